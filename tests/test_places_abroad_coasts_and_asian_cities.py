"""Places abroad the list now holds: smaller towns of the Spanish and Portuguese coasts, and the large cities of South
and East Asia and the Middle East (data/places/places_abroad.txt). Own sentences."""

from __future__ import annotations

import pytest

from afscherm.detectors.place_names import PlaceNameRecognizer

REC = PlaceNameRecognizer()


def places(text: str) -> list[str]:
    return [text[f.start : f.end] for f in REC.find(text)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("we overwinteren dit jaar in la nucía", "la nucía"),
        ("eerst barcelona, nu in l'escala op de camping", "l'escala"),
        ("ze zitten in Tarifa tot maart", "Tarifa"),
        ("de nieuwe collega komt uit Chennai", "Chennai"),
        ("mijn schoonouders wonen in Lahore", "Lahore"),
        ("hij vliegt vanuit Shenzhen naar Schiphol", "Shenzhen"),
    ],
)
def test_a_place_abroad_after_a_cue(text: str, place: str) -> None:
    assert place in places(text)


@pytest.mark.parametrize(
    "text",
    [
        "mevrouw Lahore belde over de afspraak",  # a family name after a title
        "de rota voor het weekend staat online",  # an English word left out
    ],
)
def test_a_name_or_a_word_is_no_place_abroad(text: str) -> None:
    assert places(text) == []
