"""German national numbers: after a German phone word in German text, and under a phone-named field or column."""

from __future__ import annotations

import pytest

from afscherm.detectors.field_context import FieldValueRecognizer, context_findings
from afscherm.detectors.phone import PhoneNumberRecognizer


def _phones(text: str) -> list[str]:
    return [text[f.start : f.end] for f in PhoneNumberRecognizer().find(text) if f.entity_type == "PHONE_NUMBER"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a mobile in odd groups, in a ticket with a .de address
        ("Von: j.weber@beispiel-gmbh.de\nBitte Rückruf, Handynummer 0160 9427 315 danke", "0160 9427 315"),
        # a Cologne landline whose Dutch reading (022 …) would stop one group early
        ("Kontakt: info@musterbau.de\nTelefon: 0221 47 93 05 8", "0221 47 93 05 8"),
        ("Zentrale in Deutschland, Rufnummer 089 3301 4472", "089 3301 4472"),
    ],
)
def test_german_number_after_german_phone_word(text: str, number: str) -> None:
    assert _phones(text) == [number]


def test_dutch_number_in_german_text_keeps_dutch_reading() -> None:
    assert _phones("Mail: a.jansen@beispiel.de\nTel. 020 639 4418") == ["020 639 4418"]


def test_no_german_reading_without_phone_word() -> None:
    # near case: German text, the same digits as an order number
    assert _phones("Bestellung bei shop.de: Auftrag 0160 9427 315 versandt") == []


def test_no_german_reading_outside_german_text() -> None:
    # near case: without a German hint the number is read as Dutch only, and 0221 is no Dutch area code
    assert _phones("Telefoon: 0221 47 93 05 8") == []


def test_phone_column_named_in_german() -> None:
    text = "Nr\tName\tTelefon privat\n7\tKlein\t0231 4471902\n"
    found = [(f.entity_type, text[f.start : f.end]) for f in FieldValueRecognizer().find(text)]
    assert ("PHONE_NUMBER", "0231 4471902") in found


def test_radius_calling_station_holds_the_caller() -> None:
    text = 'Info: Calling-Station-Id = "31687215490", NAS-Port = "3"'
    found = [(f.entity_type, text[f.start : f.end]) for f in FieldValueRecognizer().find(text)]
    assert found == [("PHONE_NUMBER", "31687215490")]


def test_german_field_word_needs_a_phone_value() -> None:
    # near case: a phone-named field with a value no numbering plan accepts
    assert context_findings("Telefon", "0000 12") == []
