"""Numbers, dates and zones in OCR output and call transcripts (issue 12): hand-written, fictitious values whose
check digits were computed apart (stdnum, mrz); every expected span is written out."""

from __future__ import annotations

import pytest

from afscherm.detectors.credit_card import CardNumberRecognizer
from afscherm.detectors.date_of_birth import DateOfBirthRecognizer
from afscherm.detectors.field_context import FieldValueRecognizer
from afscherm.detectors.iban import IbanCodeRecognizer
from afscherm.detectors.mrz import MrzRecognizer
from afscherm.detectors.name_consistency import spelled_names
from afscherm.detectors.person_name import PersonNameRecognizer
from afscherm.detectors.spoken_numbers import SpokenNumberRecognizer


def spans(recognizer: object, text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in recognizer.find(text) if f.entity_type == entity]  # type: ignore[attr-defined]


def test_iban_broken_over_a_line_by_ocr() -> None:
    text = "Uitbetaald op NL82 SNSB\n6510 0931 54\nDank u voor uw inzet"
    assert spans(IbanCodeRecognizer(), text, "IBAN_CODE") == ["NL82 SNSB\n6510 0931 54"]


def test_iban_broken_over_a_line_still_needs_mod_97() -> None:
    assert spans(IbanCodeRecognizer(), "Uitbetaald op NL82 SNSB\n6510 0931 55\nDank u", "IBAN_CODE") == []


def test_card_number_with_four_ocr_letters_after_card_context() -> None:
    text = "Kaarthouder S. de Bruin\nVISA 4953 O6O4 87OO 8933"
    assert spans(CardNumberRecognizer(), text, "CREDIT_CARD") == ["4953 O6O4 87OO 8933"]


def test_card_number_with_ocr_letters_needs_context_and_luhn() -> None:
    assert spans(CardNumberRecognizer(), "ref 4953 O6O4 87OO 8933", "CREDIT_CARD") == []
    assert spans(CardNumberRecognizer(), "VISA 4953 O6O4 87OO 8934", "CREDIT_CARD") == []


def test_mrz_with_ocr_digit_in_the_name_line() -> None:
    zone = "I<NLDPZYCM4T115929929901<<<<<<\n9902037M3402030NLD<<<<<<<<<<<4\nEL<AMRANI<<YASS1N<<<<<<<<<<<<<"
    assert spans(MrzRecognizer(), "Scan:\n" + zone, "MRZ") == [zone]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Klant: dat is eh 6 0 7, 5 9 3, eh 3 3 7.", ["6 0 7, 5 9 3, eh 3 3 7"]),
        ("Beller: 9 1 9 8 9 8, eh nee, 9 1 9 8 9 9 4 9 3", ["9 1 9 8 9 9 4 9 3"]),  # the corrected reading
    ],
)
def test_bsn_read_out_digit_by_digit_with_fillers(text: str, expected: list[str]) -> None:
    assert spans(SpokenNumberRecognizer(), text, "NL_BSN") == expected


def test_digits_read_out_that_fail_the_11_proef_are_no_bsn() -> None:
    assert SpokenNumberRecognizer().find("stap 1 2 3 4 5 6 7 8 9 van de handleiding") == []


LICENCE = "RIJBEWIJS\n1. DE GROOT\n2. WILLEM\n3. 23.08.1979 ALKMAAR\n4a. 12.03.2019\n4b. 12.03.2029"


def test_driving_licence_numbered_fields() -> None:
    assert spans(DateOfBirthRecognizer(), LICENCE, "DATE_OF_BIRTH") == ["23.08.1979"]
    assert spans(PersonNameRecognizer(), LICENCE, "PERSON") == ["DE GROOT", "WILLEM"]


def test_numbered_fields_outside_a_licence_are_no_birth_date() -> None:
    text = "Agenda\n1. Opening\n2. Notulen\n3. 23.08.2024 vergadering"
    assert spans(DateOfBirthRecognizer(), text, "DATE_OF_BIRTH") == []
    assert spans(PersonNameRecognizer(), text, "PERSON") == []


def test_mrz_style_birth_date_under_a_birth_key() -> None:
    text = '{"surname": "EL AMRANI", "birth_date": "990203", "issue_no": "990203"}'
    assert spans(FieldValueRecognizer(), text, "DATE_OF_BIRTH") == ["990203"]


def test_ij_spelled_as_one_letter() -> None:
    text = "Klant: mijn achternaam is Wijnands, W-IJ-N-A-N-D-S."
    # the word said right before its spelling is the name too (tuning_9)
    assert [text[a:b] for a, b in spelled_names(text, {"wijnands"})] == ["Wijnands", "W-IJ-N-A-N-D-S"]
