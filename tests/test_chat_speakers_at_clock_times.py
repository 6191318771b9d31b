"""Issue 12, chat speakers: a lower-case label behind a clock's time stamp speaks even when it is a common word too
('wil', 'kroon', 'mo'), in a chat where another speaker is a listed name; a note's or log's line label does not."""

from __future__ import annotations

import pytest

from afscherm.detectors import analyze


def _persons(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze([text])[0] if f.entity_type == "PERSON"]


@pytest.mark.parametrize("speaker", ["wil", "kroon", "toon"])
def test_a_word_behind_a_clock_speaks_in_a_chat_of_named_speakers(speaker: str) -> None:
    text = f"[19:02] marieke: wie neemt de sleutel mee?\n[19:04] {speaker}: doe ik, ben er om 8\n[19:05] marieke: top"
    assert speaker in _persons(text)


def test_without_a_named_speaker_a_word_label_is_no_name() -> None:
    assert _persons("[09:40] kroon: vervangen\n[09:45] deur: gesmeerd") == []


@pytest.mark.parametrize("label", ["status", "vraag", "opmerking"])
def test_a_line_label_behind_a_clock_is_no_speaker(label: str) -> None:
    text = f"[10:00] marieke: verslag van vandaag\n[10:05] {label}: alles verstuurd"
    assert label not in _persons(text)
