"""An address abroad written on one line without a label (issue 12, forty-seventh session): street and number,
postcode and town, each a place. All streets, numbers and people are made up."""

from __future__ import annotations

from tests.recognizer_helpers import found_set as _found


def test_an_address_abroad_on_one_line_is_read_by_its_shape() -> None:
    danish = "Sigrid (18:31): Nørregade 27, 3. th, 5000 Odense. konto volgt"
    assert {"Nørregade 27", "5000", "Odense"} <= _found(danish, "LOCATION")
    greek = "σπίτι: Οδός Ερμού 14, 546 24 Θεσσαλονίκη. τηλ αργότερα"
    assert {"Οδός Ερμού 14", "546 24", "Θεσσαλονίκη"} <= _found(greek, "LOCATION")
    hungarian = "az új cím Petőfi utca 9, 6720 Szeged, köszi"
    assert {"Petőfi utca 9", "6720", "Szeged"} <= _found(hungarian, "LOCATION")


def test_a_street_named_for_a_person_is_no_person() -> None:
    text = "mama živi na Kneza Miloša 31, 11000 Beograd"
    assert "Kneza Miloša 31" in _found(text, "LOCATION")
    assert not any("Miloša" in v for v in _found(text, "PERSON"))


def test_numbers_that_only_look_like_an_address_are_left_alone() -> None:
    # a year before a comma, and a sum in the same shape without a street
    assert not _found("geboren 3 maart 1958, 2000 mensen kwamen kijken", "LOCATION")
    assert not _found("factuur 18, 1500 euro betaald", "LOCATION")


def test_a_postcode_key_holds_other_countries_codes_too() -> None:
    assert "602 00" in _found('{"address": "Palackého 12", "postcode": "602 00", "city": "Brno"}', "LOCATION")
    assert "00184" in _found('{"zip": "00184", "city": "Roma"}', "LOCATION")
    assert "400117" in _found('{"postcode": "400117", "city": "Cluj"}', "LOCATION")
    # under another key the same digits are no place
    assert not _found('{"order": "602 00", "qty": "400117"}', "LOCATION")
