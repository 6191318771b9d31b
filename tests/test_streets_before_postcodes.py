"""A street no list or ending tells, its number, a comma and a full Dutch postcode with its place: the postcode's
letters a unit as often ("PB", "KW") or the street typed in lower case (detectors/location.py, issue 12, fiftieth
session). Streets here are made up and none is in the sets.
"""

from __future__ import annotations

from afscherm.detectors.analyzer import analyze_text


def places(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze_text(text) if f.entity_type == "LOCATION"]


def test_a_street_before_a_postcode_whose_letters_are_a_unit() -> None:
    assert "Lijsterhoek 9" in places("vanaf mei Lijsterhoek 9, 7448 PB Haarle")


def test_a_lower_case_street_before_a_postcode_and_its_place() -> None:
    assert "zwaluwhoek 21" in places("ahora zwaluwhoek 21, 7448 RT haarle, desde mayo")


def test_a_word_after_another_addresses_number_is_no_street() -> None:
    found = places("adres nu dorpsweg 31 pokoj 4, 1619 BW andijk")
    assert "pokoj 4" not in found
    assert "dorpsweg 31" in found
