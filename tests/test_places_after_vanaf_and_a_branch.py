"""A place after "vanaf" (where a trip starts, as "vanuit") and after the word for a firm's branch ("de locatie kampen",
"onze vestiging zwolle"): town cues, after which a large town that is also a word is the town where the phrase ends.
Own sentences; every name is made up."""

from __future__ import annotations

import pytest

from afscherm.detectors.place_names import PlaceNameRecognizer

REC = PlaceNameRecognizer()


def places(text: str) -> list[str]:
    return [text[f.start : f.end] for f in REC.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hij zit nog in de bus vanaf kampen.", ["kampen"]),
        ("de trein vanaf ede.", ["ede"]),
        ("vanaf oss rijden we samen", ["oss"]),
        ("pak de bus vanaf Best", ["Best"]),
        ("hoe staat het met de locatie kampen\nen met de rest?", ["kampen"]),
        ("en de vestiging ede?", ["ede"]),
    ],
)
def test_a_place_after_vanaf_or_a_branch(text: str, expected: list[str]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "vanaf morgen ben ik er weer",
        "vanaf nu gaat alles anders",
        "vanaf best wel vroeg in de ochtend",  # a village that is a word, going on
        "de locatie wordt nog bekend gemaakt",
        "vanaf kampen tot aan de grens van het bos",  # a town that is a word, going on as a phrase
        "bel vanaf Linde haar telefoon",  # a first name after a cue a person follows
    ],
)
def test_no_place_after_vanaf_or_a_branch(text: str) -> None:
    assert places(text) == []
