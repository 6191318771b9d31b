"""A listed village that is also a word, in lower case after a town cue, when a comma, a street and a house number
follow (place_names._street_and_number_after): the address's town ("we wonen in monster, choorstraat 12"). Own
sentences; every address is made up."""

from __future__ import annotations

import pytest

from afscherm.detectors.place_names import PlaceNameRecognizer

REC = PlaceNameRecognizer()


def places(text: str) -> list[str]:
    return [text[f.start : f.end] for f in REC.find(text)]


@pytest.mark.parametrize(
    ("text", "village"),
    [
        ("we wonen gewoon in monster, irisstraat 12, bij de bakker", "monster"),
        ("we zitten nu in echt, kerkstraat 4a", "echt"),
        ("verhuisd naar sloten, De Leeuwerik 7", "sloten"),  # a BAG street without an ending, capitalised
        ("stuur het maar naar helden, molenweg 3 hoor", "helden"),
    ],
)
def test_a_village_that_is_a_word_before_its_street_and_number(text: str, village: str) -> None:
    assert village in places(text)


@pytest.mark.parametrize(
    "text",
    [
        "in monster, over 3 weken",  # no street
        "het zit in winkel, straat 4",  # "straat" alone is no street's name
        "ik lag in echt, 12 uur lang",  # a number without a street
        "we zien in monster, molenweg 12,5 km verderop",  # a distance, no house number
    ],
)
def test_no_village_without_a_street_and_number_after_it(text: str) -> None:
    assert places(text) == []
