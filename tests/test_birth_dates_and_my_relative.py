"""Dates of birth (issue 12): after a birth date, "en mijn <relative> ..." opening the next turn or sentence, the
relative's date ending it ("dmitri: sorry! 15/04/1987" / "dmitri: en mijn vrouw Olena moet er ook in, 2 december
1989"); a child's however recent, never a future date nor a date the clause goes on from. Cases written for these
tests, all fictitious."""

from __future__ import annotations

from tests.recognizer_helpers import births


def test_the_next_turn_names_a_relative() -> None:
    text = (
        "Evelien: wat is je geboortedatum?\ndmitri: sorry! 15/04/1987\n"
        "dmitri: en mijn vrouw Olena moet er ook in, 2 december 1989"
    )
    assert births(text) == ["15/04/1987", "2 december 1989"]


def test_the_next_sentence_names_a_child() -> None:
    text = "Agent: uw geboortedatum?\nKlant: 3 maart 1970. En mijn zoon Bram, 14-06-2016."
    assert births(text) == ["3 maart 1970", "14-06-2016"]


def test_an_appointment_is_left_alone() -> None:
    text = "Agent: uw geboortedatum?\nKlant: 3 maart 1970\nKlant: en mijn vrouw wil een afspraak, 14-06-2026 om 10 uur"
    assert births(text) == ["3 maart 1970"]
    text = "Agent: uw geboortedatum?\nKlant: 3 maart 1970\nKlant: en mijn vrouw kwam op, 14-06-2020"
    assert births(text) == ["3 maart 1970"]  # a grown-up's recent date
