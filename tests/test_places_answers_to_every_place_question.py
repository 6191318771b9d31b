"""A turn that answers a question for a place (place_names._answers) after every question word its pattern reads:
the cheap gate before the pattern held only "plaats" and "woon", so "stad", "dorp" and "wonende" never got there."""

from __future__ import annotations

import pytest

from afscherm.detectors.place_names import PlaceNameRecognizer

REC = PlaceNameRecognizer()


def places(text: str) -> list[str]:
    return [text[f.start : f.end] for f in REC.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Medewerker: en in welke stad?\nKlant: best.", ["best"]),
        ("Agent: uit welke stad belt u?\nBeller: eh, dat is haren.", ["haren"]),
        ("Medewerker: welk dorp?\nKlant: ee.", ["ee"]),
        ("Assistente: en het dorp waar u woonde?\nBeller: made", ["made"]),
        ("Agent: wonende te\nKlant: sint-annaparochie, ja", ["sint-annaparochie"]),
        ("Notulist: mevrouw is wonende in...\nBeller: doorn.", ["doorn"]),
        # the words that were already let through still are
        ("Medewerker: en de woonplaats?\nKlant: best.", ["best"]),
    ],
)
def test_the_answer_to_a_question_for_a_town_or_village(text: str, expected: list[str]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Medewerker: welk dorp?\nKlant: geen idee.",  # no place in the answer
        "Medewerker: in welke stad?\nKlant: best wel ver weg eigenlijk.",  # a word going on: no whole answer
        "Jan: de stad is mooi\nPiet: best.",  # no question
    ],
)
def test_no_answer_that_is_no_place(text: str) -> None:
    assert places(text) == []
