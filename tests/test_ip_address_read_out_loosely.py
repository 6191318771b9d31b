"""An IP address read out in a call with pauses (issue 12): its numbers' words apart by commas, full stops, dashes or
an ellipsis, a filler after "punt", the reading going on in the speaker's next turn.

Hand-written, fictitious examples; every expected value is written out, not computed by the code under test.
"""

from __future__ import annotations

import pytest

from afscherm.detectors.ip_address import IpAddressRecognizer

FIND = IpAddressRecognizer().find


def found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in FIND(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Klant: een, negen, twee, punt, een, zes, acht, punt, nul, punt, vijf.",
         "een, negen, twee, punt, een, zes, acht, punt, nul, punt, vijf"),
        ("Gebruiker: tien... punt nul punt twaalf punt vijftig", "tien... punt nul punt twaalf punt vijftig"),
        ("Beller: het is tien punt, eh, nul punt twaalf punt vijftig", "tien punt, eh, nul punt twaalf punt vijftig"),
        ("Klant: Tien. Punt. Nul. Punt. Twaalf. Punt. Vijftig.", "Tien. Punt. Nul. Punt. Twaalf. Punt. Vijftig"),
        ("Klant: honderdtweeënnegentig punt honderdachtenzestig\nAgent: ja\nKlant: punt één punt twaalf",
         "honderdtweeënnegentig punt honderdachtenzestig\nAgent: ja\nKlant: punt één punt twaalf"),
        ("Klant: één negen twee - punt - één zes acht - punt - nul - punt - veertien",
         "één negen twee - punt - één zes acht - punt - nul - punt - veertien"),
    ],
)  # fmt: skip
def test_an_address_read_out_with_pauses(text: str, expected: str) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Klant: versie twee punt een punt drie punt vier",  # a version
        "Klant: een punt twee punt drie punt vier punt vijf",  # five numbers: no address
        "ik sta op punt twee, punt drie en punt vier van de agenda",  # points of an agenda
        "Klant: drie punt vijf, punt, en dan nog twee punt zes",  # amounts
    ],
)
def test_no_address_where_none_is_read_out(text: str) -> None:
    assert found(text) == []
