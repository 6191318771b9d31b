"""Birthdays without a year (issue 12): a question who has a birthday ("wie is er jarig in december?") answered in
the next turns, each a day and month after the one whose it is ("Ik, 21 december", "Hidde op 2 december, die was dus
al"); not a day after a thing ("kerst op 25 december"), nor a question about a party. Cases written for these tests,
all fictitious."""

from __future__ import annotations

from tests.recognizer_helpers import births


def test_answers_in_the_next_turns() -> None:
    text = (
        "[09-12-2025 20:11] Ellen: Voor de kerstlijst: wie is er jarig in december?\n"
        "[09-12-2025 20:12] Pim: Ik, 21 december\n"
        "[09-12-2025 20:12] Roos: Hidde op 2 december, die was dus al\n"
    )
    assert births(text) == ["21 december", "2 december"]
    # ("ik!" then the day answers too: the conversation's rule, test_birth_dates_in_birth_talk.py)
    assert births("juf: wie is er deze week jarig?\nsem: ik! 14 maart\nnoor: 16 maart") == ["14 maart", "16 maart"]


def test_things_and_parties_are_left_alone() -> None:
    text = "Ellen: wie is er jarig deze maand?\nPim: de vergadering op 21 december, niemand\nRoos: kerst op 25 december"
    assert births(text) == []
    assert births("Ellen: wie komt er op het feest voor zijn verjaardag?\nPim: ik, 21 december") == []
