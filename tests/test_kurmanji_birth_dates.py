"""Kurmanji birth dates: January's name in its construct form (çileyê) and "roja bûyîna" 'the day of (my) birth'
before a day and month (issue 12, tuning_129)."""

from __future__ import annotations

from tests.recognizer_helpers import found


def test_january_in_kurmanji_after_a_birth_word() -> None:
    assert "1ê çileyê 1960" in found("ez ji dayik bûm 1ê çileyê 1960, li Zaxo", "DATE_OF_BIRTH")


def test_the_day_of_birth_in_its_construct_form() -> None:
    assert "17ê gulanê" in found("roja bûyîna min 17ê gulanê ye, were!", "DATE_OF_BIRTH")
