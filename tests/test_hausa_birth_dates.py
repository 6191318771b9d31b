"""Birth dates as Hausa writes them, "ga" between the day and the month ("1 ga Afrilu 1986"), and birthdays without a
year after "ranar haihuwa" (the day of birth), its owner named after it ("ranar haihuwar Abba 28 ga Fabrairu");
issue 12, tuning_174. Not another day's date ("ranar litinin 3 ga Nuwamba": on Monday 3 November)."""

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
        ("Lantana Issoufou, haihuwata 1 ga Afrilu 1986 a Maradi. lamba tana nan", "1 ga Afrilu 1986"),
        ("anyway ranar haihuwar Abba 28 ga Fabrairu ne, mu shirya wani abu", "28 ga Fabrairu"),
        ("ranar haihuwa: 3 ga Nuwamba", "3 ga Nuwamba"),
    ],
)
def test_a_hausa_birth_date(analyzer: Analyzer, text: str, date: str) -> None:
    assert date in _births(analyzer, text)


def test_another_days_date_is_no_birth(analyzer: Analyzer) -> None:
    assert _births(analyzer, "ranar litinin 3 ga Nuwamba za mu tafi Kano") == []
