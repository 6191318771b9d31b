"""A birthday named with a dialect's word for "jarig" (detectors/date_of_birth.py, issue 12, fiftieth session); names
made up.
"""

from __future__ import annotations

from afscherm.detectors.analyzer import analyze_text


def births(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze_text(text) if f.entity_type == "DATE_OF_BIRTH"]


def test_a_birthday_named_joarig_or_jaorig() -> None:
    assert births("en nee, Wubbina is joarig op 4 november 😄") == ["4 november"]
    assert births("ons Hennie is jaorig op 14 maart, kom je ook?") == ["14 maart"]
