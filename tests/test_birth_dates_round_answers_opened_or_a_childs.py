"""Dates of birth (issue 12): answers in a chat's round of birth dates opened by an apology or a word of assent
("dmitri: sorry! 15/04/1987") or closed by "toch" ("mam: 3-11-2019 toch"); a recent date only when the round asks a
child's birth date (a word for a child, or "de geboortedatum van jesse"), and never a future one. Cases written for
these tests, all fictitious."""

from __future__ import annotations

from tests.recognizer_helpers import births


def test_an_answer_after_an_apology_turns_later() -> None:
    text = (
        "Evelien: wat is je geboortedatum?\ndmitri: moment, in call\nGwen: ticket OPS-4471 staat weer open\n"
        "Evelien: ik kijk ernaar na de sprint\ndmitri: sorry! 15/04/1987"
    )
    assert births(text) == ["15/04/1987"]


def test_a_childs_recent_date_with_toch() -> None:
    text = (
        "mam: hee heb je voor de school nog de geboortedatum van jesse nodig?\n"
        "inge: ja die vraagt de rembrandt op het formulier\nmam: 3-11-2019 toch"
    )
    assert births(text) == ["3-11-2019"]
    text = "juf: ik mis nog de geboortedatum van de kinderen\nmam: ok\nmam: 12-4-2018"
    assert births(text) == ["12-4-2018"]


def test_recent_dates_of_a_grown_up_round_and_future_dates_are_left_alone() -> None:
    text = "Evelien: wat is je geboortedatum?\ndmitri: moment\nGwen: de release is gepland\ndmitri: ok 15/04/2025"
    assert births(text) == []
    assert births("mam: heb je de geboortedatum van jesse nodig?\ninge: ja\nmam: 3-11-2027 toch") == []


def test_a_forms_other_date_field_is_no_answer() -> None:
    text = "Geboortedatum kind: 17-05-2024\nBSN kind: 377 190 883\nNaam ouder: Joyce\nGewenste startdatum: 01-09-2026"
    assert births(text) == ["17-05-2024"]
