"""Issue 12, OCR-noisy number writings: OCR of a narrow column breaks an IBAN over three lines, the first break right
after the check digits ("NL64\\nSNSB 7621\\n0195 40"), and OCR of a statement glues a label other than "IBAN" to the
country code ("RekeningnrNL64SNSB7621019540", "ReknrDE50…"). Both are found whole; mod-97 still decides, and a
country code glued inside an ordinary word is no IBAN."""

from __future__ import annotations

import pytest

from afscherm.detectors import analyze


def _ibans(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze([text])[0] if f.entity_type == "IBAN_CODE"]


@pytest.mark.parametrize(
    "written",
    [
        "NL64\nSNSB 7621\n0195 40",
        "ES40 \n6350 6889 \n3823 4317 6310",
        "GB27\nEFCT 6203\n6103 7721 46",
    ],
)
def test_an_iban_broken_after_its_check_digits_and_again_is_found_whole(written: str) -> None:
    text = f"Afschrift (scan)\nTegenrekening\n{written}\nOmschrijving huur december"
    assert _ibans(text) == [written]


@pytest.mark.parametrize(
    ("label", "iban"),
    [
        ("Rekeningnr", "NL64SNSB7621019540"),
        ("Reknr", "DE50400467522076890847"),
        ("Tegenrekening", "GB27EFCT62036103772146"),
        ("ACCOUNT", "PL61363596612413069107996282"),
    ],
)
def test_an_iban_glued_to_its_label_is_found_without_the_label(label: str, iban: str) -> None:
    text = f"Betaald van {label}{iban} op 12-03, omschrijving huur"
    assert _ibans(text) == [iban]


def test_a_glued_number_that_fails_mod_97_is_no_iban() -> None:
    assert _ibans("Betaald van RekeningnrNL64SNSB7621019541 op 12-03") == []


def test_a_country_code_glued_inside_another_word_is_no_iban() -> None:
    # the label must end where the code starts: "VERZENDNL64…" is a parcel code, not a label and an IBAN
    assert _ibans("Zending VERZENDNL64SNSB7621019540 onderweg") == []
