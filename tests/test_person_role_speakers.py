"""Issue 12 (twenty-first session), roles that speak in podcasts, radio shows, meetings and emergency calls (``Host:``,
``Notulist:``, ``Centralist:``) are no names, though no list knows them as words: a time-stamped transcript's unlisted
speaker is otherwise taken for a name. The transcripts are written here, not copied from a gold set."""

from __future__ import annotations

import pytest

from afscherm.detectors.person_name import PersonNameRecognizer


def persons(text: str) -> list[str]:
    return [text[f.start : f.end] for f in PersonNameRecognizer().find(text)]


@pytest.mark.parametrize("role", ["Host", "Notulist", "Centralist", "Nieuwslezer", "Tolk", "Penningmeester"])
def test_a_role_speaking_in_a_stamped_transcript_is_no_name(role: str) -> None:
    text = f"[00:01:02] {role}: Goedemiddag, we beginnen.\n[00:01:09] Wiebe: Dank je.\n[00:01:15] {role}: Prima.\n"
    assert role not in persons(text)
    assert "Wiebe" in persons(text)


def test_an_unlisted_name_speaking_in_a_stamped_transcript_is_still_a_name() -> None:
    text = "[00:01:02] Jorrit: Hoi!\n[00:01:09] Quirijntje: Hallo.\n"
    assert "Quirijntje" in persons(text)
