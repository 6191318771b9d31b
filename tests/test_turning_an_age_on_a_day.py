"""A birthday on which someone turns an age, said with a dialect's verb or an adverb before the age ("weurt 3 op 9
juni", "wordt bijna 90 op 12 maart"; detectors/date_of_birth.py, issue 12, fiftieth session); names made up.
"""

from __future__ import annotations

from afscherm.detectors.analyzer import analyze_text


def births(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze_text(text) if f.entity_type == "DATE_OF_BIRTH"]


def test_turning_an_age_on_a_day_in_dialect_or_with_an_adverb() -> None:
    assert births("[17-04-26 19:22] Sjoerd: lotte weurt 4 op 11 juni, die kump mit de taart") == ["11 juni"]
    assert births("ons oma wordt bijna 90 op 12 maart, feest!") == ["12 maart"]


def test_a_price_on_a_day_is_no_birthday() -> None:
    assert births("de huur wordt bijna 40 euro hoger op 1 mei") == []
