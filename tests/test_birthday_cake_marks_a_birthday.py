"""Issue 12: a birthday cake in a chat marks a birthday in any language, as a birthday's word does: the day within
reach of it is a birth date (``ja 19-8 🎂``, ``🎂 okt: @Noor (4/10)``), unless a party or a meeting stands between
them (``feest op 12-3 🎂``)."""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.from_config(None)


def _birth_dates(analyzer: Analyzer, text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyzer.analyze([text])[0] if f.entity_type == "DATE_OF_BIRTH"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Femke 19:20: ja 19-8 🎂 maar geen cadeautjes hoor", "19-8"),
        ("taartrooster 🎂 okt: @Noor (4/10) · nov: @Bram (21 nov)", "4/10"),
        ("onze Dirk wordt 7 op 2 maart 🎂🎈", "2 maart"),
    ],
)
def test_a_day_beside_a_birthday_cake_is_a_birth_date(analyzer: Analyzer, text: str, date: str) -> None:
    assert date in _birth_dates(analyzer, text)


def test_a_party_between_the_day_and_the_cake_makes_it_the_partys_day(analyzer: Analyzer) -> None:
    assert _birth_dates(analyzer, "ok dus 12-3 feest bij ons thuis 🎂") == []
