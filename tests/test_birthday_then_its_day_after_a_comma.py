"""Dates of birth (issue 12): a birthday named and its day and month after a comma, as an aside ("ik ben dan jarig,
21 juni 😅"), the date ending its clause; not a date a sentence goes on from. Cases written for these tests, all
fictitious."""

from __future__ import annotations

from tests.recognizer_helpers import births


def test_a_day_and_month_after_the_birthday_and_a_comma() -> None:
    assert births("Henk 10:02: dan ben ik jarig, 3 oktober 🎈 neem ik gebak mee") == ["3 oktober"]
    assert births("wanneer is jouw verjaardag, 8 mei?") == ["8 mei"]


def test_a_date_the_sentence_goes_on_from_or_a_party_is_left_alone() -> None:
    assert births("hij is jarig, 5 juli is de vergadering") == []
    assert births("morgen jarig, 5 juli feest in de tuin") == []
