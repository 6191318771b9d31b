"""Dates of birth (issue 12): a list of birthdays in a chat written in lower case ("verjaardagen deze maand: gonnie
3 nov, ad 11 november en rieky 27/11"): each day and month after a listed first name, a word-like one or a pet
form of one, is a birthday, as after a capitalised name. Cases written for these tests, all fictitious."""

from __future__ import annotations

from tests.recognizer_helpers import births


def test_days_after_lower_case_names_in_a_list_of_birthdays() -> None:
    text = "hanna: jarigen in april: wietske 4 april, bas 12-4 en bassie 30 april\nbas: ik trakteer"
    assert births(text) == ["4 april", "12-4", "30 april"]


def test_days_after_words_that_are_no_names_are_left_alone() -> None:
    assert births("verjaardagen deze maand: morgen 3 nov en vrijdag 11 november") == []
    assert births("rooster: wietske 4 april, bas 12-4") == []  # no list of birthdays
