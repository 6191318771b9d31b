"""Issue 12, addresses in lists and forms: a listed place written before its street and a comma (``Laken,
Kerkstraat 4``), a line, a dash, a colon or a bracket opening it, is the address's place, also when the place is a
Dutch word too (``Best``, ``Drongen``: capitalised here). Not a place inside a sentence, nor a first name or an
unlisted word before a street. The cases are written here, not copied from any set; every name and address is made
up."""

from __future__ import annotations

from tests.recognizer_helpers import locations


def test_a_place_that_is_a_word_after_a_birth_date_and_a_dash() -> None:
    found = locations("Ruben Wouters °04.11.2012 - Drongen, Brugsesteenweg 48")
    assert "Drongen" in found and "Brugsesteenweg 48" in found


def test_a_place_opening_its_line() -> None:
    assert "Best" in locations("Best, Dorpsstraat 5\nbezorgen na 17 uur")


def test_a_place_of_two_words_after_a_dash_or_a_bracket() -> None:
    assert "Ter Aar" in locations("- Ter Aar, Dorpsstraat 9")
    assert "Den Ham" in locations("(Den Ham, Kerkweg 4)")  # the whole name, not its last word


def test_a_place_inside_a_sentence_is_left_to_the_other_rules() -> None:
    assert "Best" not in locations("Dat is Best, Kerkstraat 4 heeft al betaald")


def test_no_first_name_or_unlisted_word_before_a_street() -> None:
    assert locations("Ruth, Kerkstraat 5") == ["Kerkstraat 5"]
    assert locations("Voordeur, Kerkstraat 5") == ["Kerkstraat 5"]
