"""A one-word BAG street that no word list holds, after a preposition and an article, ending the phrase
(location._rare_listed_streets_after_article): "patat van de snackbar op de binnenban". Own sentences."""

from __future__ import annotations

import pytest

from tests.recognizer_helpers import locations


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("kim: neem je nog patat mee van de snackbar op de binnenban\njordy: die is dicht", "binnenban"),
        ("we gaan naar de Binnenban, kom je?", "Binnenban"),
        ("hij woont ergens aan de binnenban toch?", "binnenban"),
    ],
)
def test_a_rare_listed_street_after_an_article(text: str, street: str) -> None:
    assert street in locations(text)


@pytest.mark.parametrize(
    "text",
    [
        "zet hem maar op de bank",  # a word
        "we zaten op de binnenban te wachten op de bus",  # the phrase goes on
        "de kat zit op de BINNENBAN",  # capitals: no writing a chat or letter uses for a street
        "ik ben bij de Jansen thuis",  # a family name
    ],
)
def test_no_street_for_a_word_a_name_or_a_phrase_going_on(text: str) -> None:
    assert locations(text) == []
