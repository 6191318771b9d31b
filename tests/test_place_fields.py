"""LOCATION values named by their field (detectors.place_fields), through LocationRecognizer; own examples."""

from __future__ import annotations

import doctest

import pytest

import afscherm.detectors.place_fields as place_fields
from afscherm.detectors.location import LocationRecognizer
from afscherm.detectors.place_fields import address_field_findings, address_kind

RECOGNIZER = LocationRecognizer()


def found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in RECOGNIZER.find(text)]


def test_docstring_examples() -> None:
    result = doctest.testmod(place_fields, verbose=False, report=True)
    assert result.attempted >= 5 and result.failed == 0, result


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("woonplaats", "place"),
        ("Geboorteplaats", "place"),
        ("billingCity", "place"),
        ("straatnaam", "street"),
        ("bezoekadres", "street"),
        ("huisnr", "number"),
        ("house_number", "number"),
        ("huisnummertoevoeging", "addition"),
        ("postal_code", "postcode"),
        ("emailadres", None),
        ("ip_address", None),
        ("plaatsingsdatum", None),
        ("status", None),
    ],
)
def test_field_names(name: str, kind: str | None) -> None:
    assert address_kind(name) == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a table under a header that names the parts (semicolons, pipes)
        ("naam;straat;huisnr;plaats\nPiet Kok;Zwanenveld;8;Epe", ["Zwanenveld", "8", "Epe"]),
        ("| naam | woonplaats |\n| Ans | Wolvega |", ["Wolvega"]),
        # SQL with a column list; JSON; YAML; logfmt; XML
        ("INSERT INTO t (naam, plaats) VALUES ('Ans', 'Lochem'), ('Bo', 'Haaksbergen');", ["Lochem", "Haaksbergen"]),
        ('{"street": "Reigerhof", "house_number": 3, "city": "vlaardingen"}', ["Reigerhof", "3", "vlaardingen"]),
        ("adres:\n  straat: Mollenhof 12\n  plaats: Den Helder", ["Mollenhof 12", "Den Helder"]),
        ("ts=1 city=Goirle status=ok", ["Goirle"]),
        ("<woonplaats>Hattem</woonplaats>", ["Hattem"]),
        # a form's label without a colon, and a label line with the value on the next line
        ("Woonplaats Winterswijk", ["Winterswijk"]),
        ("Place of birth / Lieu de naissance\nGOES", ["GOES"]),
        ("Straatnaam: Eikenlaan Huisnummer: 7 Toevoeging: A", ["Eikenlaan", "7", "A"]),
    ],
)
def test_address_parts_under_their_names(text: str, expected: list[str]) -> None:
    assert found(text) == expected


def test_a_street_value_ends_at_its_house_number() -> None:
    text = "Adres: Van Goghstraat 1 is het."
    assert found(text) == ["Van Goghstraat 1"]
    ocr = "Straat Mathenesserlaan 2l0"  # OCR's l for 1: the street rules need digits, the field does not
    assert found(ocr) == ["Mathenesserlaan 2l0"]


@pytest.mark.parametrize(
    "text",
    [
        '{"emailadres": "a.b@voorbeeld.nl"}',
        "woonplaats: onbekend",
        '{"plaats": null, "straat": "-"}',
        "Adres wijzigen doet u online",
        "Plaats een bestelling via de site",
        "Kerkstraat is afgesloten",  # a street's own name is no label
        "Geboorteplaats Sneek\nNationaliteit Nederlandse",  # the value is on the label's line
        "Met vriendelijke groet,\nFunctionaris gegevensbescherming\nGemeente Voorbeeldstad",  # an organisation
        "huisnummer: onbekend, postcode: n.v.t.",
    ],
)
def test_no_address_part(text: str) -> None:
    values = [text[f.start : f.end] for f in address_field_findings(text)]
    assert "Nationaliteit Nederlandse" not in values
    assert values == (["Sneek"] if text.startswith("Geboorteplaats") else [])
