"""Names in chats (issue 12): whose party it is, a listed first name closing the clause after a party word and
``van`` (``het feest van roos``, a word-like name too). Cases written for these tests, all fictitious."""

from __future__ import annotations

from tests.recognizer_helpers import persons


def test_whose_party_it_is() -> None:
    assert persons("zijn jullie zaterdag ook op het feest van roos?") == ["roos"]
    assert persons("we gaan eerst naar de verjaardag van Daan, dan door") == ["Daan"]


def test_a_party_of_no_person_is_left_alone() -> None:
    assert persons("we gaan naar het feest van school.") == []
    assert persons("het feest van zaterdag!") == []
    assert persons("de uitvaart van juni, weet je nog") == []


def test_a_word_like_name_going_on_is_left_to_other_rules() -> None:
    # ("roos" is a rose too: with a verb after it the party rule does not vouch for it)
    assert persons("het feest van roos komt eraan") == []
