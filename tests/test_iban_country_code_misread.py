"""Issue 12, OCR-noisy number writings: OCR misreads an IBAN's country code as it misreads other letters (I for L, 8
for B, 0 for D, F for E). Where no IBAN was found, the code's look-alikes are tried in its place and mod-97 decides:
the IBAN is found whole, as written; a number that fails mod-97 under every reading stays no IBAN, and without a label
saying an account follows the look-alikes are not tried."""

from __future__ import annotations

import pytest

from afscherm.detectors import analyze


def _ibans(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze([text])[0] if f.entity_type == "IBAN_CODE"]


@pytest.mark.parametrize(
    "written",
    [
        "NI20 INGB 0001 2345 67",  # NL20INGB0001234567, L read as I
        "8E68 5390 0754 7034",  # BE68539007547034, B read as 8
        "0E89 3704 0044 0532 0130 00",  # DE89370400440532013000, D read as 0
        "DF89370400440532013000",  # E read as F
    ],
)
def test_an_iban_whose_country_code_ocr_misread_is_found_whole(written: str) -> None:
    text = f"Bankafschrift (scan, OCR)\nRekeninghouder: Stichting Wadloop\nIBAN {written}\nSaldo € 1.204,17"
    assert _ibans(text) == [written]


def test_a_misread_code_before_a_number_that_fails_mod_97_is_no_iban() -> None:
    assert _ibans("Referentie NI20 INGB 0001 2345 68 (scan)") == []


def test_without_a_label_a_misread_code_is_not_tried() -> None:
    # each reading is another chance for a dump's run of digits to pass mod-97: only after "IBAN", "rekening", ...
    row = "4471;8E68 5390 0754 7034;Samsung Galaxy A35;350948034881729"
    assert _ibans(row) == []
