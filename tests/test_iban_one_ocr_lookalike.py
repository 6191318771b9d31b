"""Issue 12, OCR-noisy number writings: in a field the IBAN registry lets hold letters or digits (Cyprus', Malta's,
Romania's, Bulgaria's account numbers), OCR's look-alikes (S for 5, B for 8, O for 0) cannot all be read back at
once when the field holds real letters too. One look-alike read back at a time, the IBAN is found whole; a number
no single read-back makes valid stays no IBAN. A checksum type: nothing found before stays unfound."""

from __future__ import annotations

import pytest

from afscherm.detectors import analyze
from afscherm.detectors.iban import ocr_repaired


@pytest.mark.parametrize(
    ("written", "account"),
    [
        ("CY02 0020 0128 0000 0012 O0S2 7600", "CY020020012800000012O0527600"),  # a real O, a 5 read as S
        ("RO49 AAAA 1B31 0075 93B4 0000", "RO49AAAA1B31007593840000"),  # a real B, an 8 read as B
        ("BG80 BNBG 9661 1O20 3456 78", "BG80BNBG96611020345678"),  # an 0 read as O in the account
    ],
)
def test_one_ocr_lookalike_in_a_letters_or_digits_field_is_read_back(written: str, account: str) -> None:
    assert ocr_repaired(written.replace(" ", "")) == account
    text = f"Scan bankpas (OCR):\nRekeninghouder: R. Kyriakou\nIBAN {written}\nBIC: onleesbaar"
    found = [text[f.start : f.end] for f in analyze([text])[0] if f.entity_type == "IBAN_CODE"]
    assert found == [written]


def test_a_misread_field_with_two_readings_is_found_either_way() -> None:
    # MT84 MALT 0110 0001 2345 MTLC AST0 01S with its 5 read as S: the S at the end could be a 5 as well
    text = "rekening van oom Joseph op Malta: MT84 MALT 0110 0001 234S MTLC AST0 01S (app-screenshot)"
    found = [text[f.start : f.end] for f in analyze([text])[0] if f.entity_type == "IBAN_CODE"]
    assert found == ["MT84 MALT 0110 0001 234S MTLC AST0 01S"]


def test_a_number_no_single_lookalike_makes_valid_is_no_iban() -> None:
    text = "Referentie RO49 AAAA 1B31 0075 9384 0007 (niet geldig)"
    assert not any(f.entity_type == "IBAN_CODE" for f in analyze([text])[0])
