"""Dates of birth (issue 12): a date answering a request for it in the next chat turn, a request without
a question mark. Cases written for these tests, all fictitious."""

from __future__ import annotations

from tests.recognizer_helpers import births


def test_a_date_opening_the_turn_after_a_request_for_the_birth_date_without_a_question_mark() -> None:
    text = (
        "Ilona Verbeek  09:12\nVoor de ledenadministratie heb ik nog je geboortedatum nodig\n"
        "Ruben Kamphuis  09:20\n14-02-1996 en mijn adres klopt nog"
    )
    assert births(text) == ["14-02-1996"]


def test_a_date_later_in_the_turn_or_after_a_turn_asking_nothing_is_left_alone() -> None:
    # the date does not open the answer: a date the writer tells of
    text = "Ilona  09:12\nstuur je geboortedatum even door\nRuben  09:20\nik had hem op 14-02-2019 al gemaild"
    assert births(text) == []
    # the turn before asks for no birth date
    text = "Ilona  09:12\nik heb je mail van gisteren gelezen\nRuben  09:20\n14-02-1996 was de datum daarin"
    assert births(text) == []
