"""Issue 12 (tuning_152): French writes a street's word in lower case ("avenue Louis Bertrand 61", "rue Herkoliers 33",
Brussels and Walloon addresses in a Dutch chat): the street is one LOCATION from its word to its number, a person it is
named after no PERSON of its own. Not "place" or "impasse" in lower case (English words), and France's number-first
writing stays whole ("12 rue des Tanneurs" before a postcode in another column)."""

from __future__ import annotations

import pytest

from afscherm.detectors import analyze


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, text[f.start : f.end]) for f in analyze([text])[0]]


@pytest.mark.parametrize(
    "street",
    ["avenue Louis Bertrand 61", "rue Herkoliers 33", "chaussée de Waterloo 1120", "boulevard Émile Jacqmain 9"],
)
def test_a_french_street_word_in_lower_case_opens_the_street(street: str) -> None:
    text = f"ik woon sinds maart in Brussel, {street}, bel maar aan"
    found = _found(text)
    assert ("LOCATION", street) in found
    assert not any(t == "PERSON" for t, _ in found)


def test_lower_case_place_and_impasse_open_no_street() -> None:
    found = _found("we need a place Jansen 12 times bigger, an impasse Peters 4 days")
    assert not any(t == "LOCATION" for t, _ in found)


def test_the_number_first_writing_keeps_its_number_across_columns() -> None:
    text = "50215\tLefèvre, Camille\t12 rue des Tanneurs\t59000\tLille\tFR"
    assert ("LOCATION", "12 rue des Tanneurs") in _found(text)
