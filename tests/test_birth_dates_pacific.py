"""Birth dates of Tongan, Samoan, Fijian and Maori families (issue 12, tuning_163): their months ("3 Sepitema 2000",
"9 Iuni 1999", "21 Noveba 1990", "30 Hōngongoi 2003"; Tongan "ʻo" and Maori "o" before the month) and words for
being born and for a birthday ("fanau mai", "whānau mai", "siga ni sucu"); and a day right after "jarig", the birthday
itself however the clause goes on ("mn zus is jarig 22 maart en we vieren het om 12 uur")."""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.from_config(None)


def _births(analyzer: Analyzer, text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyzer.analyze([text])[0] if f.entity_type == "DATE_OF_BIRTH"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("geboortedatum: 3 Sepitema 2000, adres volgt", "3 Sepitema 2000"),
        ("ze is geboren 14 ʻo ʻEpeleli 1947 in Kolonga", "14 ʻo ʻEpeleli 1947"),
        ("i whānau mai a Rangimārie i te 3 o Hereturikōkā 2025", "3 o Hereturikōkā 2025"),
        ("whanau mai a Tama i te 12 o Pipiri 2019, ka pai", "12 o Pipiri 2019"),
        ("geb. datum 21 Noveba 1990, nationaliteit Fijisch", "21 Noveba 1990"),
        ("na fanau 8 Aperila 1972 i Apia", "8 Aperila 1972"),
        ("siga ni sucu 19 Okotova 1993 sorry fijian haha", "19 Okotova 1993"),
    ],
)
def test_a_pacific_birth_date(analyzer: Analyzer, text: str, date: str) -> None:
    assert date in _births(analyzer, text)


def test_a_day_right_after_jarig_is_the_birthday_whatever_follows(analyzer: Analyzer) -> None:
    assert _births(analyzer, "hoi, mn zus is jarig 22 maart en we vieren het om 12 uur") == ["22 maart"]
    # a birthday's party on a day after "verjaardag" is still the party's day
    assert _births(analyzer, "zijn verjaardag op 16 juni vieren we in de tuin") == []


@pytest.mark.parametrize(
    "text",
    [
        "tamā matua passed away 4 Mati 2026 in Safotu",  # a death, this year
        "the faʻalavelave is on 12 Tesema at the church hall",  # a gathering
        "vergadering 14 Sepitema 2026 om 19:00",  # a meeting
    ],
)
def test_other_days_in_those_months_are_no_birth_dates(analyzer: Analyzer, text: str) -> None:
    assert _births(analyzer, text) == []
