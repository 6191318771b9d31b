"""Issue 12, places in chats and calls: a street whose name no ending tells, written after its district or town and a
comma with its number closing the phrase (the address written place first), and a listed street whose number a verb
of living follows (``op Kloosterakker 18 woont``). The cases are written here, not copied from any set; every name and
address is made up."""

from __future__ import annotations

from tests.recognizer_helpers import locations

# --- a district or town, a comma, then the street ---------------------------------------------------------------------


def test_an_unlisted_street_after_a_district_and_a_comma() -> None:
    assert "Wilgenrozendonk 14" in locations("Vanaf 1 april Batau-Zuid, Wilgenrozendonk 14. Groet, Sem")


def test_an_unlisted_street_after_a_town_and_a_comma() -> None:
    assert "Ganzenbloemhof 7" in locations("nieuw: Zwolle, Ganzenbloemhof 7")


def test_a_thing_or_a_word_after_a_town_and_a_comma_stays() -> None:
    assert locations("Vanuit Zwolle, Teamvergadering 3.") == []  # a compound of a common word
    assert locations("In Zwolle, Blok 4.") == []  # a short word
    assert locations("In Utrecht, Wilgenrozendonk 14 keer geweest") == []  # the sentence goes on


def test_a_word_before_the_comma_that_is_no_place_stays() -> None:
    assert locations("Prima gedaan, Wilgenrozendonk 14.") == []


# --- a verb of living after the number --------------------------------------------------------------------------------


def test_a_listed_street_before_a_verb_of_living() -> None:
    assert "Kloosterakker 9" in locations("de buurvrouw zegt dat u op Kloosterakker 9 woont?")
    assert "Kloosterakker 9" in locations("we hebben tot vorig jaar op Kloosterakker 9 gewoond")


def test_a_plain_word_before_a_verb_of_living_stays() -> None:
    assert locations("ze heeft op Perron 3 gewoond") == []
    assert locations("kinderen die in Groep 8 wonen") == []


def test_a_listed_street_without_the_verb_stays() -> None:
    assert locations("de buurvrouw zegt dat Kloosterakker 9 dicht is") == []
