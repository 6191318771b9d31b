"""A district written before its town with a comma or an opening bracket (place_names._districts_by_their_towns)
is read only on the town's own line: the pattern's "$" also matched before a line break, so a word ending the line
before was taken for the district of the town opening the next."""

from __future__ import annotations

import pytest

from afscherm.detectors.place_names import PlaceNameRecognizer

REC = PlaceNameRecognizer()


def places(text: str) -> list[str]:
    return [text[f.start : f.end] for f in REC.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Adres: Parkflat Merwestein, Nieuwegein", ["Merwestein", "Nieuwegein"]),
        ("Zuilen, Utrecht", ["Zuilen", "Utrecht"]),
        ("Verhuisd naar Zuilen (Utrecht)", ["Zuilen", "Utrecht"]),
        ("Adres: Parkflat Merwestein,   Nieuwegein", ["Merwestein", "Nieuwegein"]),
    ],
)
def test_a_district_before_its_town_on_the_same_line(text: str, expected: list[str]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Naar de film Lombok,\nUtrecht dan maar", ["Utrecht"]),
        ("Zuilen,\nUtrecht", ["Utrecht"]),
        ("Hij zag de Zuilen (\nUtrecht)", ["Utrecht"]),
    ],
)
def test_a_word_that_ends_the_line_before_the_town_is_not_its_district(text: str, expected: list[str]) -> None:
    assert places(text) == expected
