"""Issue 12, chat names: whose thing something is, a capitalised listed first name after a lower-case "van" closing
its phrase (``de trekker van Bertus.``), also when the name is a surname's core too (Bertus, Maarten): the lists hold
surnames with their particles, so "van" and the name that are no listed surname name a person. Not a listed surname
(``van Dam``, ``van Marle``), not a place (``van Ede``) or a brand (``van Zara``), not after a given name, not with
the sentence going on into a capitalised word. The sentences are written here, not copied from any set."""

from __future__ import annotations

import pytest

from afscherm.detectors.person_name import PersonNameRecognizer
from tests.recognizer_helpers import names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ik kom met de trekker van Bertus. hoe laat past het?", "Bertus"),
        ("is dit de fiets van Maarten?", "Maarten"),
        ("de sleutels van Bertus, die liggen nog hier", "Bertus"),
    ],
)
def test_a_first_name_after_van_closing_its_phrase_is_a_person(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("dat pakket is van Dam.", "Dam"),
        ("we wonen in de buurt van Ede.", "Ede"),
        ("de auto van Marle.", "Marle"),
        ("heb jij die jurk van Hunkemöller of van Zara?", "Zara"),
    ],
)
def test_a_listed_surname_or_a_place_after_van_is_no_first_name(text: str, word: str) -> None:
    assert word not in names(text)


def test_after_a_given_name_van_opens_the_surname() -> None:
    # (the rule alone: other rules read "Piet van Bertus" as one name)
    assert PersonNameRecognizer()._first_name_after_van("ik sprak gisteren Piet van Bertus.") == []
