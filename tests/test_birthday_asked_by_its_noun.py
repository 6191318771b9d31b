"""Dates of birth (issue 12): a birthday asked by a bare "(en) zijn verjaardag?", more said after it on its line,
answered by a day and month opening the next turn and ending its clause ("Twee oktober. Begint ..."). Cases written
for these tests, all fictitious."""

from __future__ import annotations

from tests.recognizer_helpers import births


def test_a_day_and_month_answering_a_birthday_asked_by_its_noun() -> None:
    text = "Sanne: Fijn. En haar verjaardag? Die zet ik in de agenda.\nJoris: Vier maart. Ze begint in april."
    assert births(text) == ["Vier maart"]
    assert births("mo: en jouw verjaardag? dan zet ik je op de lijst\nfay: 9 juni!") == ["9 juni"]


def test_a_date_going_on_or_asked_for_a_party_is_left_alone() -> None:
    assert births("Sanne: En haar verjaardag? Vieren jullie dat?\nJoris: 4 maart gaan we uit eten.") == []
    assert births("mo: en je verjaardag? dan regel ik het\nfay: nee, 9 juni is de vergadering") == []
