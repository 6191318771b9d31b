"""A bus or tram stop named after its street, right after "halte" (location._stops_by_their_street): "halte
hobbemastraat", "bij de bushalte Kerkstraat". Own sentences."""

from __future__ import annotations

import pytest

from tests.recognizer_helpers import locations


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("nina: halte hobbemastraat, dan lopen naar huis", "hobbemastraat"),
        ("uitstappen bij de bushalte Kerkstraat en dan rechtsaf", "Kerkstraat"),
        ("de tramhalte van baerlestraat is dicht", "van baerlestraat"),
    ],
)
def test_a_stop_named_by_its_street(text: str, street: str) -> None:
    assert street in locations(text)


@pytest.mark.parametrize(
    "text",
    [
        "stop maar bij de halte snelweg",  # a kind of road
        "bij de halte is het druk",
        "halte Centraal Station",  # no street
    ],
)
def test_no_stop_without_a_streets_name(text: str) -> None:
    assert locations(text) == []
