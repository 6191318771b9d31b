"""A street typed in lower case without its number after a place found and a comma, ending the phrase
(place_names._streets_after_places): "wij zitten in lombok, jan pieterszoon coenstraat". Own sentences."""

from __future__ import annotations

import pytest

from afscherm.detectors.place_names import PlaceNameRecognizer

REC = PlaceNameRecognizer()


def places(text: str) -> list[str]:
    return [text[f.start : f.end] for f in REC.find(text)]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        (
            "de gemeente utrecht\nFemke: wij zitten in lombok, jan pieterszoon coenstraat\nJoris: haha",
            "jan pieterszoon coenstraat",
        ),
        ("we wonen nu in zwolle, molenweg", "molenweg"),
        ("in zwolle, assendorperstraat toch?", "assendorperstraat"),
        ("het ligt ten noorden van assen, aan de asserstraat", "asserstraat"),  # the preposition and article left out
    ],
)
def test_a_lower_case_street_after_a_place_and_a_comma(text: str, street: str) -> None:
    assert street in places(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("in zwolle, via de snelweg", "snelweg"),  # a kind of road
        ("in zwolle, assendorperstraat is afgesloten vandaag", "assendorperstraat"),  # the phrase goes on
    ],
)
def test_no_street_for_a_road_word_or_a_sentence_going_on(text: str, word: str) -> None:
    assert not any(word in value for value in places(text))
