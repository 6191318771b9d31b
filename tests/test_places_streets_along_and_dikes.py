"""A street without its number named by a place along it ("op de hoek van de dorpsstraat", "aan het eind van de
molenweg"), and a dike's name after a preposition and "de" ("op de vughterdijk") - location._streets_after_article.
Own sentences; every street is made up or common."""

from __future__ import annotations

import pytest

from tests.recognizer_helpers import locations


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("die bakker op de hoek van de dorpsstraat", "dorpsstraat"),
        ("aan het eind van de molenweg woont ze", "molenweg"),
        ("aan het begin van de Beukenlaan staat een bankje", "Beukenlaan"),
        ("ik sta aan de overkant van de kerkstraat", "kerkstraat"),
        ("floor zei dat ze op de vughterdijk zou staan", "vughterdijk"),
        ("we fietsen langs de Lekdijk terug", "Lekdijk"),
    ],
)
def test_a_street_along_which_or_a_dike_on_which_someone_is(text: str, street: str) -> None:
    assert street in locations(text)


@pytest.mark.parametrize(
    "text",
    [
        "op de hoek van de kamer staat een kast",
        "aan het begin van de week",
        "aan het eind van de snelweg",  # a kind of road, a common word
        "we liepen op de dijk",  # the dike itself: no compound name
        "de hoek van de dorpsstraat 3",  # with a house number: the street rules
    ],
)
def test_no_street_without_a_name(text: str) -> None:
    assert all("dijk" not in v and "snelweg" not in v and "kamer" not in v and "week" not in v for v in locations(text))
    assert "dorpsstraat" not in locations(text)
