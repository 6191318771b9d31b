"""Issue 12, places in chats: a listed street of one word typed in lower case with its house number closing the phrase
and no address word anywhere, read when the word is in no word list at all: OpenTaal's Dutch word list (the streets
that are words too, ``streets_that_are_words_nl.txt``) is the broad guard that keeps ``perron 3`` and ``tafel 4`` out.
The cases are written here, not copied from any set; every name and address is made up."""

from __future__ import annotations

from afscherm.detectors.place_names import street_names, street_words
from tests.recognizer_helpers import locations

# --- the word list the guard reads ------------------------------------------------------------------------------------


def test_the_streets_that_are_words_hold_plain_words_and_no_made_up_names() -> None:
    words = street_words()
    assert {"perron", "achterom", "boompjes"} <= words
    assert "hoogend" not in words  # a street's name, no Dutch word
    assert words <= street_names()  # derived from the listed streets only


# --- a lower-case listed street no word list holds --------------------------------------------------------------------


def test_a_lower_case_listed_street_closing_its_line() -> None:
    assert locations("annet: de kat is weggelopen van hoogend 21\nkees: oei") == ["hoogend 21"]


def test_a_lower_case_listed_street_before_a_comma_or_stop() -> None:
    assert "dukatenburg 40" in locations("we zitten nu op dukatenburg 40, kom maar langs")
    assert "smidsbelt 7" in locations("ik ben bij smidsbelt 7.")


def test_a_house_number_addition_after_the_street_is_kept() -> None:
    assert "kreekrug 12-2" in locations("vanaf juni zitten we op kreekrug 12-2")


# --- what stays out ---------------------------------------------------------------------------------------------------


def test_a_plain_word_before_a_number_stays_out() -> None:
    assert locations("we wachten bij perron 3.") == []
    assert locations("reservering voor tafel 4") == []
    assert locations("de sleutel ligt bij achterom 6, kijk maar") == []


def test_the_number_must_close_the_phrase() -> None:
    assert locations("ik heb op smidsbelt 4 jaar gewoond") == []
    assert locations("bij hoogend 21 kramen opgebouwd") == []


def test_a_capitalised_or_english_word_is_left_to_other_rules() -> None:
    assert locations("score: ajax 2, psv 1") == []
    assert locations("ik draai windows 11") == []
