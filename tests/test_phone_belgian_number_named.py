"""A Belgian national number right after a word naming a phone number (issue 12): no Dutch number, a valid Belgian
one, in any text ("haar vaste nummer is trouwens 057 33 48 91"); a number of another kind is none.

Hand-written, fictitious examples; every expected value is written out, not computed by the code under test.
"""

from __future__ import annotations

import pytest

from afscherm.detectors.phone import PhoneNumberRecognizer

FIND = PhoneNumberRecognizer().find


def found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in FIND(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ruben: Hare mama haar vaste nummer is trouwens 057 33 48 91 moest ze nie opnemen", "057 33 48 91"),
        ("Het nummer van oma: 050 36 12 44", "050 36 12 44"),
        ("telefoonnummer 014 41 22 80 (kantoor Turnhout)", "014 41 22 80"),
        ("zijn thuisnummer is 09/233 18 40", "09/233 18 40"),
        ("het nummer is dus 057.33.48.91, bel na zessen", "057.33.48.91"),
    ],
)
def test_a_belgian_number_after_a_phone_number_word(text: str, expected: str) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "mijn ordernummer is 057 33 48 91",  # an order's number
        "factuurnummer 050 36 12 44",
        "huisnummer 057 33 48 91",
        "het nummer is 0123.456.789",  # an enterprise number's writing
        "het nummer is 057 33 48",  # too short for either country
    ],
)
def test_no_phone_number_after_other_number_words(text: str) -> None:
    assert found(text) == []


def test_a_dutch_number_stays_the_dutch_readings() -> None:
    assert found("het nummer is 050 361 24 40") == ["050 361 24 40"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("toestel,gebruiker,nummer,imei\nPixel 8,m.schaap,06-18 43 70 25,359378657975436", ["06-18 43 70 25"]),
        ("naam,tel,klantnr\nAnna,0612345678,4471", ["0612345678"]),
        ("06 20 11 98 34,019711471049743,Galaxy", ["06 20 11 98 34"]),
        ("plaats,telefoon,postcode\nAmsterdam,020-6241111,1012", ["020-6241111"]),
        ("Kees,+31 6 12345678,12", ["+31 6 12345678"]),
    ],
)
def test_a_number_in_a_csv_cell_of_its_own_before_a_cell_of_digits(text: str, expected: list[str]) -> None:
    assert found(text) == expected


def test_a_number_running_on_after_a_comma_is_no_cell() -> None:
    assert found("bedrag 1,0612345678,50 euro") == []
    assert found("ref NL-0612345678,5") == []
