"""A large town whose name has two words or more, shortened to its first letter and its last word, with or without the
apostrophe (place_names.abbreviated_place): "d'bosch", "in dbosch", "b'zoom". Own sentences."""

from __future__ import annotations

import pytest

from afscherm.detectors.place_names import PlaceNameRecognizer, abbreviated_place

REC = PlaceNameRecognizer()


def places(text: str) -> list[str]:
    return [text[f.start : f.end] for f in REC.find(text)]


@pytest.mark.parametrize(
    ("word", "town"),
    [
        ("d'bosch", "den bosch"),
        ("b'zoom", "bergen op zoom"),
        ("a'rijn", "alphen aan den rijn"),
        ("r'dam", "rotterdam"),  # one word, as before
    ],
)
def test_a_shortened_town_is_its_first_letter_and_last_word(word: str, town: str) -> None:
    assert abbreviated_place(word) == town


@pytest.mark.parametrize("word", ["d'ham", "n'eind", "m'hoop", "t'huis"])
def test_a_small_place_or_a_word_shortened_so_is_none(word: str) -> None:
    # (only the large towns: a village's last word is as often a word, and the apostrophe a chat's elision)
    assert abbreviated_place(word) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("zit nog in de trein, ben om 8 in dbosch\nok", ["dbosch"]),
        ("we gaan zaterdag naar d'bosch", ["d'bosch"]),
        ("kom jij uit bzoom?", ["bzoom"]),
    ],
)
def test_a_shortened_town_of_two_words_in_a_chat(text: str, expected: list[str]) -> None:
    assert places(text) == expected
