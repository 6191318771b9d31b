"""Birthdays without a year (issue 12): a birth announced with its day after a comma ("Mees is vannacht geboren, 1
november om 04:12"), the day ending its clause or its hour after it; not another event's day after a comma. Cases
written for these tests, all fictitious."""

from __future__ import annotations

from tests.recognizer_helpers import births


def test_a_birth_announced_with_its_day_and_hour() -> None:
    text = "[02-11-2026 07:15] Thomas: Hij is er!!! Mees is vannacht geboren, 1 november om 04:12, 3420 gram 💙"
    assert births(text) == ["1 november"]


def test_a_birth_announced_with_its_day_ending_the_sentence() -> None:
    assert births("Onze dochter Fenna is geboren, 14 maart. Moeder en kind maken het goed") == ["14 maart"]
    assert births("Ons zoontje is geboren! 3 juni 💙 alles goed met moeder en kind") == ["3 juni"]


def test_another_event_after_the_comma_is_left_alone() -> None:
    assert births("ik ben in Zwolle geboren, 3 mei verhuisd naar Deventer") == []
    assert births("Onze baby wordt geboren, 12 mei is de uitgerekende datum") == []
