"""Issue 12, streets in chats: a listed street of two words or more typed in lower case (``achter de kerk``, ``de
wiekslag``), its house number closing the phrase, is an address without an address word: a phrase the BAG names a
street by is rarely anything else before a closing number. Not a family name with its particle (``de rooij 30.``),
not a qualified word no list holds (``nieuwe versie 2``), not a number the sentence goes on from. The cases are
written here, not copied from any set; every address is made up."""

from __future__ import annotations

from tests.recognizer_helpers import locations


def test_a_lower_case_street_of_three_words_before_a_comma() -> None:
    assert "achter de kerk 7" in locations("de kliko staat nog bij achter de kerk 7, die van anne")


def test_a_lower_case_street_of_two_words_with_its_article() -> None:
    assert "de hoven 22" in locations("staat die kliko bij de hoven 22, of niet")


def test_a_family_name_with_its_particle_is_no_street() -> None:
    assert locations("ik heb het doorgegeven aan de rooij 30.") == []


def test_a_qualified_word_is_no_street() -> None:
    assert locations("mijn adres is oud, nieuwe versie 2") == []


def test_a_number_the_sentence_goes_on_from_is_left_alone() -> None:
    assert locations("het is achter de kerk 2 keer misgegaan") == []
