"""Issue 12: a month in brackets after a name is the month of that person's turn or birthday ("order: Toyin (March),
Dapo (April), Wale (May)", tuning_123), not the person's other name, though April and May are given names too; a
nickname in brackets after a name still is one."""

from __future__ import annotations

from afscherm.detectors import analyze


def _persons(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze([text])[0] if f.entity_type == "PERSON"]


def test_a_month_in_brackets_after_a_name_is_no_name() -> None:
    persons = _persons("volgorde pot: Femke (April), Anouk (May), ik (juni)")
    assert "Femke" in persons and "Anouk" in persons
    assert not [p for p in persons if p in ("April", "May")]


def test_a_nickname_in_brackets_after_a_name_still_is_one() -> None:
    assert "Johnny" in _persons("ik heb Jan de Vries (Johnny) gisteren gebeld")
