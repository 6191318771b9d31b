"""Issue 12, places in chats: a listed village of any size typed in lower case without any cue (after ``en``, in a
club's name, at a line's end), read when its name is in no word list at all; OpenTaal's Dutch word list (the places
that are words too, ``places_that_are_words_nl.txt``) keeps ``doorn``, ``haren`` and ``made`` out. The cases are written
here, not copied from any set; every name and address is made up."""

from __future__ import annotations

from afscherm.detectors.place_names import lower_villages, place_index, place_words
from tests.recognizer_helpers import places

# --- the word lists ---------------------------------------------------------------------------------------------------


def test_the_places_that_are_words_hold_plain_words_only_of_listed_places() -> None:
    words = place_words()
    assert {"doorn", "haren", "made", "best"} <= words
    assert "wapserveen" not in words
    assert words <= set(place_index())


def test_the_villages_read_in_lower_case_leave_words_and_large_towns_out() -> None:
    villages = lower_villages()
    assert {"wapserveen", "elsendorp", "hollandscheveld"} <= villages
    assert not {"doorn", "haren", "made", "best"} & villages
    assert "amsterdam" not in villages  # a large town: the large towns' own rule


# --- a village in lower case without a cue ----------------------------------------------------------------------------


def test_a_village_after_a_route_word_and_a_list() -> None:
    assert "wapserveen" in places("we rijden zaterdag eerst even langs de dijk en wapserveen")


def test_a_village_in_a_clubs_account_name() -> None:
    assert "elsendorp" in places("overmaken tnv ijsbaanvereniging elsendorp graag")


def test_a_village_closing_a_question() -> None:
    assert "hollandscheveld" in places("misschien ligt het pakket in het dorp ernaast, hollandscheveld?")


# --- what stays out ---------------------------------------------------------------------------------------------------


def test_a_place_that_is_a_word_stays_a_word() -> None:
    assert places("de doorn zat in mijn voet") == []
    assert places("mijn haren zijn nat") == []


def test_a_village_as_a_surname_or_a_domain_stays_out() -> None:
    assert "wapserveen" not in places("ik heb gebeld met joost van wapserveen")
    assert places("zie wapserveen.nl voor de info") == []
    assert places("groetjes van mieke wapserveen") == []
