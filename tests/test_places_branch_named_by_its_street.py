"""A firm's branch named after its street, before or after "vestiging"/"filiaal" (location._branches_by_their_street):
"de key van de oudegracht vestiging", "het filiaal Kalverstraat". Own sentences."""

from __future__ import annotations

import pytest

from tests.recognizer_helpers import locations


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("jolien: wie heeft de key van de oudegracht vestiging?\nbas: fem", "oudegracht"),
        ("Het filiaal Kalverstraat is vandaag dicht", "Kalverstraat"),
        ("ik werk in de vestiging stationsweg, niet in het centrum", "stationsweg"),
    ],
)
def test_a_branch_named_by_its_street(text: str, street: str) -> None:
    assert street in locations(text)


@pytest.mark.parametrize(
    "text",
    [
        "onze snelweg vestiging opent later",  # a kind of road
        "de nieuwe vestiging opent in mei",
        "vestiging noord en vestiging zuid",
    ],
)
def test_no_street_for_a_branch_without_one(text: str) -> None:
    assert locations(text) == []
