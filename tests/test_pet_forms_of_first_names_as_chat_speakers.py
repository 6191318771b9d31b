"""Names (issue 12): a chat's speaker called by the pet form of a listed first name (``stefje:``, ``rikkie:``,
``riekie:``) is a person, in a chat where another speaker is a listed name; a note list's words before a colon
(``bonnetje: bewaren``) are not. Cases written for these tests, all fictitious."""

from __future__ import annotations

import pytest

from afscherm.detectors.person_name import pet_first_names
from tests.recognizer_helpers import persons


@pytest.mark.parametrize(
    ("form", "kind"),
    [("jorisje", "diminutive"), ("stefje", "diminutive"), ("wimpje", "after m"), ("bassie", "doubled"),
     ("riekie", "long vowel"), ("rieky", "long vowel")],
)  # fmt: skip
def test_pet_forms_of_short_listed_names(form: str, kind: str) -> None:
    assert form in pet_first_names(), kind


def test_no_common_word_or_listed_name_is_a_pet_form() -> None:
    assert "meisje" not in pet_first_names()  # a word
    assert "jantje" not in pet_first_names()  # listed itself already


def test_a_pet_form_speaks_beside_a_listed_speaker() -> None:
    text = "gijs: wie heeft de bal meegenomen\nstefje: ik niet\ngijs: en bassie?\nbassie: ligt in mn tas"
    assert persons(text) == ["gijs", "stefje", "gijs", "bassie"]


def test_words_before_a_colon_with_no_listed_speaker_are_left_alone() -> None:
    assert persons("boodschappen\nbonnetje: bewaren\nzonnetje: morgen weer") == []
    assert persons("stefje: ik niet\nbassie: ligt in mn tas") == []  # no listed speaker vouches for the chat
