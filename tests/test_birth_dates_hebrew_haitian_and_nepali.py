"""Issue 12 (tuning_152, tuning_153, tuning_155): birth dates as Jewish, Haitian and Nepali families write them:
a Hebrew month in its common Latin spelling with a Hebrew year ("14 nisan 5745"; "nisan" is Turkish April too, read
so with a Gregorian year), Hebrew's prefix joined to the day by a hyphen ("נולדתי ב-12 באוקטובר 1990"), Haitian
Creole's "fèt" (born) after a name and its months "jen" and "mas", and Nepali's Poush as "पुष"."""

from __future__ import annotations

import pytest

from afscherm.detectors import analyze


def _births(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze([text])[0] if f.entity_type == "DATE_OF_BIRTH"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("(502, 'Rebecca', 'Goudsmit', '1985-04-05', '14 nisan 5745', NULL)", "14 nisan 5745"),
        ("haar Hebreeuwse geboortedag is 4 tammuz 5748, dus vieren we het later", "4 tammuz 5748"),
        ("שמי ברכטיה. נולדתי ב-12 באוקטובר 1990. hoop dat het klopt", "12 באוקטובר 1990"),
        ("Nelzy fèt 11 jen 1993 si yo mande", "11 jen 1993"),
        ("fòm lekòl la mande dat nesans Widlene: li fèt 17 mas 2014", "17 mas 2014"),
        ("de kleine Lovena fèt 8 oktòb 2017, de grote in januari", "8 oktòb 2017"),
        ("geboren 12-01-1973 (volgens mijn Nepalese papieren २०२९ पुष २८)", "२०२९ पुष २८"),
    ],
)
def test_the_birth_date_is_found(text: str, date: str) -> None:
    assert date in _births(text)


def test_a_turkish_nisan_with_a_recent_year_and_no_birth_is_no_birth_date() -> None:
    assert _births("toplantı 3 nisan 2026 saat 10'da, oda 4") == []


def test_kreyol_month_words_without_a_day_are_no_dates() -> None:
    assert _births("dame 2 mas por favor; Jen komt om drie uur") == []
