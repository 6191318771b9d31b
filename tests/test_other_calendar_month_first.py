"""Issue 12, dates of birth in other calendars: Nepali and Bengali speakers write a Bikram Sambat or Bangla date with
the month first ("Chaitra 3", "Mangsir 16, 2047") or the year first ("2015 saun 12", "२०४५ पुस २" in Devanagari
digits). In a text about a birth or birthday ("janma miti", "birthday", "jarig") such a date is a birth date, as the
day-first writing already was; without that, or with an age or a weight after the number, it is not."""

from __future__ import annotations

import pytest

from afscherm.detectors import analyze


def _births(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze([text])[0] if f.entity_type == "DATE_OF_BIRTH"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Sushila: mero birthday ta Baisakh 14 ho, party garaum 🎉", "Baisakh 14"),
        ("[20:14] Dipesh: bhai ko birthday Asar 21 haina?", "Asar 21"),
        ("Hari: janma miti 2038 Poush 7, english ma 21 December 1981", "2038 Poush 7"),
        ("Kamala didi: janma miti २०४२ चैत ९ ho, passport ma arkai cha", "२०४२ चैत ९"),
    ],
)
def test_a_bikram_sambat_birth_date_with_the_month_or_year_first_is_found(text: str, date: str) -> None:
    assert date in _births(text)


def test_the_same_writing_without_birth_context_or_with_an_age_is_no_birth_date() -> None:
    assert _births("Dashain ma ghar aaunchhau, Kartik 12 dekhi chhutti cha") == []
    assert _births("Kartik 26 jaar, geboren in Delhi, werkt bij ons sinds maart") == []
