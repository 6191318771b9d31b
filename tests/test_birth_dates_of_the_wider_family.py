"""Dates of birth (issue 12): the wider family is a relative as a parent or a child is - "mijn schoonmoeder is van 4
mei 1950", "mijn oom kees is van 3-2-1948", and "En tante Jo?" asked after a birthday, answered by a day and month.
Cases written for these tests, all fictitious."""

from __future__ import annotations

from tests.recognizer_helpers import births


def test_is_van_after_an_in_law_or_an_uncle() -> None:
    assert births("mijn schoonmoeder is van 4 mei 1950 en mijn oom kees is van 3-2-1948") == ["4 mei 1950", "3-2-1948"]


def test_en_tante_asked_after_a_birthday() -> None:
    text = "Roos: Hidde is jarig op 2 december, die was al\nEllen: En tante Jo?\nRoos: 31 december, oudejaarsdag haha"
    assert births(text) == ["2 december", "31 december"]


def test_a_thing_asked_is_still_no_relative() -> None:
    text = "Roos: Hidde is jarig op 2 december\nEllen: En de taart?\nRoos: 31 december, oudejaarsdag haha"
    assert births(text) == ["2 december"]
