"""E-mail, IP address and document-number recognisers: literal positives and hard negatives."""

from __future__ import annotations

import ipaddress

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from afscherm.detectors.email import EmailAddressRecognizer
from afscherm.detectors.id_document import IdDocumentRecognizer
from afscherm.detectors.ip_address import IpAddressRecognizer

EMAIL = EmailAddressRecognizer()
IP = IpAddressRecognizer()
DOC = IdDocumentRecognizer()


def found(recognizer, text: str) -> list[str]:
    return [text[f.start : f.end] for f in recognizer.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mail naar j.de.vries@voorbeeld.nl.", ["j.de.vries@voorbeeld.nl"]),
        ("<sanne_bakker+support@example.com>", ["sanne_bakker+support@example.com"]),
        ("from: o'brien@mail.example.co.uk, cc: x@y.org", ["o'brien@mail.example.co.uk", "x@y.org"]),
        ('{"user":"piet.jansen@example.nl","ip":"1"}', ["piet.jansen@example.nl"]),
        ("geen adres: jan@ of @example.nl of jan@localhost", []),
    ],
)
def test_email(text: str, expected: list[str]) -> None:
    assert found(EMAIL, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("login vanaf 192.168.10.4 om 10:22", ["192.168.10.4"]),
        ("remote_addr=203.0.113.77:51544", ["203.0.113.77"]),
        ("client 2001:db8:85a3::8a2e:370:7334 en fe80::1%eth0", ["2001:db8:85a3::8a2e:370:7334", "fe80::1"]),
        ("::ffff:198.51.100.23", ["::ffff:198.51.100.23"]),
        ("laatste IP 2001:db8:48db:5637:71f6:b53a:b71:e02c.", ["2001:db8:48db:5637:71f6:b53a:b71:e02c"]),
        ("2001:0db8:0000:0000:0000:ff00:0042:8329", ["2001:0db8:0000:0000:0000:ff00:0042:8329"]),
        ("versie 2.4.1.0 en v1.2.3.4 en build 10.0.19045.2965", []),
        ("om 14:33:12 en MAC 00:1A:2B:3C:4D:5E en 999.1.1.1 en 1.2.3", []),
        ("localhost 127.0.0.1 of ::1 of 0.0.0.0 of ::", []),
        ("uuid 550e8400-e29b-41d4-a716-446655440000", []),
    ],
)
def test_ip(text: str, expected: list[str]) -> None:
    assert found(IP, text) == expected


@settings(max_examples=200)
@given(st.ip_addresses().filter(lambda a: not (a.is_loopback or a.is_unspecified)))
def test_every_ip_address_is_found_after_context(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> None:
    written = str(address)
    text = f"Request van IP {written} geweigerd."
    assert found(IP, text) == [written]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Documentnummer: SPECI2014", ["SPECI2014"]),
        ("mijn paspoortnummer is NXC1K2R93 toch?", ["NXC1K2R93"]),
        ("Documentnummer / Document no.\nIR57PB1T3", ["IR57PB1T3"]),
        ("id-kaart nr bz5rt8j41", ["bz5rt8j41"]),
        ("identiteitskaart (documentnummer HPTNCCXP2) stuur ik", ["HPTNCCXP2"]),
        ("bestelling SPECI2014 verzonden", []),  # no document word
        # the letter O is never used: after a document word it is OCR's 0 (issue 12), without one no number
        ("paspoort: NXO12K4R9", ["NXO12K4R9"]),
        ("bestelling NXO12K4R9", []),
        ("paspoort: wachtrij1", []),  # a word that happens to end in a digit
    ],
)
def test_document_number(text: str, expected: list[str]) -> None:
    assert found(DOC, text) == expected
