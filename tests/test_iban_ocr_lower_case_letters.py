"""IBANs (and BSNs) whose OCR reading holds lower-case look-alikes of digits (o for 0, i for 1, s for 5) or a
lower-case l for the country code's I (issue 12). Until the sixty-fourth session a lower-case o was read as 1, not 0,
so "37o4" failed mod-97 and the account was left in the text; the values below pass mod-97 once read back
(python-stdnum checks that here, not the recogniser)."""

from __future__ import annotations

import pytest
from stdnum import iban

from afscherm.detectors.analyzer import Analyzer

CASES = [
    # (text, the IBAN as written, the IBAN read back)
    ("IBAN: DE89 37o4 0044 0532 0130 00", "DE89 37o4 0044 0532 0130 00", "DE89370400440532013000"),
    ("Rekeningnummer DE8937o400440532013000 t.n.v. Huisman", "DE8937o400440532013000", "DE89370400440532013000"),
    ("IBAN ES91 2i00 0418 4502 0005 1332\nEUR 45,00", "ES91 2i00 0418 4502 0005 1332", "ES9121000418450200051332"),
    ("rekening: nl91 abna o417 1643 oo", "nl91 abna o417 1643 oo", "NL91ABNA0417164300"),
    ("IBAN: NL20 INGB 0001 234s 67", "NL20 INGB 0001 234s 67", "NL20INGB0001234567"),
    ("IBAN: lT60 X054 2811 1010 0000 0123 456", "lT60 X054 2811 1010 0000 0123 456", "IT60X0542811101000000123456"),
]


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.from_config(None)


@pytest.mark.parametrize(("text", "written", "read_back"), CASES)
def test_lower_case_look_alikes_are_read_as_digits(analyzer: Analyzer, text: str, written: str, read_back: str) -> None:
    assert iban.is_valid(read_back)
    found = [(f.entity_type, text[f.start : f.end]) for f in analyzer.analyze([text])[0]]
    assert ("IBAN_CODE", written) in found


@pytest.mark.parametrize(
    "text",
    [
        # one look-alike too many or a digit changed: mod-97 fails whatever is read back
        "IBAN: DE89 37o4 0044 0532 0130 01",
        "IBAN: ES91 2i00 0418 4502 0005 1333",
        # an l before a code that is no IBAN country after the reading either
        "IBAN: lQ60 X054 2811 1010 0000 0123 456",
    ],
)
def test_no_iban_where_mod_97_fails(analyzer: Analyzer, text: str) -> None:
    assert "IBAN_CODE" not in {f.entity_type for f in analyzer.analyze([text])[0]}


def test_a_lone_lower_case_o_after_a_date_is_no_bsns_last_digit(analyzer: Analyzer) -> None:
    # read as 0 now, "14-02-2007 o" would pass the 11-proef (140220070); a lone o is Spanish "or", no OCR digit
    text = "y mi fecha de nacimiento la pongo como 14-02-2007 o como sale en la partida?"
    found = [(f.entity_type, text[f.start : f.end]) for f in analyzer.analyze([text])[0]]
    assert ("DATE_OF_BIRTH", "14-02-2007") in found
    assert "NL_BSN" not in {t for t, _ in found}
    payslip = "Burgerservicenummer 7336 4362 O"  # a capital O alone still is
    assert ("NL_BSN", "7336 4362 O") in [
        (f.entity_type, payslip[f.start : f.end]) for f in analyzer.analyze([payslip])[0]
    ]
