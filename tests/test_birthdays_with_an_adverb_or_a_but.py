"""Birthdays without a year (issue 12): an adverb between the birthday and its day ("haar verjaardag is pas 22
november", "jarig is ze toch 3 mei"), and a party named after "maar" in the next clause, which does not make the
birthday a party's day. Cases written for these tests, all fictitious."""

from __future__ import annotations

from tests.recognizer_helpers import births


def test_a_birthday_after_an_adverb() -> None:
    assert births("haar verjaardag is pas 22 november, dus nog even wachten") == ["22 november"]
    assert births("mijn verjaardag is al 3 maart geweest") == ["3 maart"]
    assert births("ja hij is jarig, zijn verjaardag valt toch 9 okt?") == ["9 okt"]


def test_a_party_in_the_clause_after_maar_is_another_day() -> None:
    text = "haar verjaardag is pas 22 november maar het feestje is zaterdag 15 november. graag snel antwoord!!"
    assert births(text) == ["22 november"]
    assert births("hij is jarig op 4 juni maar het feest is 7 juni") == ["4 juni"]


def test_a_party_on_the_day_itself_is_still_left_alone() -> None:
    assert births("de verjaardag is ook 12 mei vieren we") == []
    assert births("zijn verjaardag op 12 mei vieren we bij oma") == []
