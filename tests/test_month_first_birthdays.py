"""Issue 12: a birthday written month first, as Korea, Japan and the United States write it (``생일 3/14``, ``誕生日
11/28``, ``my birthday is 12/25``), is read so where no day-first reading can be meant (a month past twelve); a card's
expiry after its word (``exp 11/29``) stays no birthday."""

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
        ("지우 생일 4/17 맞죠?", "4/17"),
        ("娘の誕生日 10/23 なので休みます", "10/23"),
        ("hi! my birthday is 12/25, so no meeting that day please", "12/25"),
    ],
)
def test_a_month_first_birthday_is_a_birth_date(analyzer: Analyzer, text: str, date: str) -> None:
    assert _birth_dates(analyzer, text) == [date]


def test_a_cards_expiry_beside_a_birthday_is_none(analyzer: Analyzer) -> None:
    text = "my birthday is 14 july. can i pay now? card exp 11/29"
    found = _birth_dates(analyzer, text)
    assert not any("11/29" in date for date in found) and any("14 july" in date for date in found)
