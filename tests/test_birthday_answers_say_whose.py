"""Birthdays without a year (issue 12): the answer to whether someone has a birthday then says whose the day is ("Trudy
is toch ook op Koningsdag jarig?" / "Nee joh, die is van 26 april, de dag ervoor"), a "joh" or "hoor" after the yes
or no. Not a period ("die is van 12 mei tot 14 mei weg"). Cases written for these tests, all fictitious."""

from __future__ import annotations

from tests.recognizer_helpers import births


def test_whose_day_it_is_after_a_no() -> None:
    text = "Wilma: Trudy is toch ook op Koningsdag jarig?\nHans Brouwer: Nee joh, die is van 26 april, de dag ervoor"
    assert births(text) == ["26 april"]


def test_whose_day_it_is_after_a_yes() -> None:
    assert births("Wilma: is kees volgende week jarig?\nHans: ja hoor, hij is op 12 mei!") == ["12 mei"]


def test_a_period_is_no_birthday() -> None:
    assert births("Wilma: is kees volgende week jarig?\nHans: nee, die is van 12 mei tot 14 mei weg") == []
