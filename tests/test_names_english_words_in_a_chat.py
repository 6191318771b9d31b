"""Issue 12, chat names: a capitalised name that is an English word but no Dutch one (``Trees``: wordfreq's English,
not its Dutch) in a chat's turn, where a person stands (after ``met``, ``aan``, ``vraag``; before a possessive or a
person's verb) or opening a sentence before a person's verb (``ok. Trees komt ook?``). The unknown-name rule leaves
every frequent word out. Not a brand, role or organisation (``Teams``), not a thing's verb after a sentence's first
word (``Teams werkt niet``), not a Dutch word, not outside a chat. The sentences are
written here, not copied from any set."""

from __future__ import annotations

import pytest

from tests.recognizer_helpers import names

CHAT = "mo: hoi allemaal\nlies: hee\nmo: hm\n{turn}\nlies: top"


def _chat(turn: str) -> str:
    return CHAT.format(turn=turn)


@pytest.mark.parametrize(
    ("turn", "name"),
    [
        ("mo: ok. Trees komt ook morgen naar de bbq?", "Trees"),
        ("lies: nee. Trees heeft de sleutel nog", "Trees"),
        ("mo: ik heb het aan Trees gevraagd", "Trees"),
        ("lies: ik ga zaterdag met Trees naar de markt", "Trees"),
        ("mo: vraag het even aan Trees, die weet het", "Trees"),
    ],
)
def test_an_english_word_where_a_person_stands_in_a_chat_is_a_name(turn: str, name: str) -> None:
    assert name in names(_chat(turn))


@pytest.mark.parametrize(
    ("turn", "word"),
    [
        ("mo: ok. Teams werkt weer niet", "Teams"),
        ("lies: ik bel wel via Teams", "Teams"),
        ("mo: ik zag de Trees in het park", "Trees"),
        ("lies: nee. Storm komt morgen", "Storm"),
    ],
)
def test_a_brand_a_thing_or_a_dutch_word_is_no_name(turn: str, word: str) -> None:
    assert word not in names(_chat(turn))


def test_the_same_word_outside_a_chat_is_left_to_the_other_rules() -> None:
    assert "Trees" not in names("De vergadering is verzet. Trees komt ook, staat in het verslag van Sales.")
