"""Issue 12, checksum types and numbers in text a scanner read (tuning_17): BSNs with OCR's wider letter confusions
(``Z`` 2, ``G`` 6, ``T`` 7, ``A`` 4), hyphenated over a line end, in a form's boxes, under block-letter labels and
under a space-aligned table's column header; 11-proef-valid numbers under another number's label (polis, relatie,
kenmerk, dossier) as hard negatives."""

from __future__ import annotations

from typing import Any

import pytest

from afscherm.detectors.bsn import BsnRecognizer
from afscherm.detectors.iban import IbanCodeRecognizer
from afscherm.detectors.id_document import IdDocumentRecognizer
from afscherm.detectors.mrz import MrzRecognizer, MrzShapeRecognizer
from afscherm.detectors.number_writings import digit_runs
from afscherm.detectors.phone import PhoneNumberRecognizer

# Written out (11-proef-valid, checked with python-stdnum when tuning_17 was made) so that no expectation is computed
# by the code under test. BSN_FAIL differs from BSN in its last digit and fails the 11-proef.
BSN = "929799057"
BSN_2 = "226078164"
BSN_FAIL = "929799058"


def spans(findings: list[Any], text: str, entity: str = "NL_BSN") -> list[str]:
    return [text[f.start : f.end] for f in findings if f.entity_type == entity]


# --- OCR's letters for digits ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BSN aanvrager: 9Z9799O57", "9Z9799O57"),  # Z for 2, O for 0
        ("BSN: Z26O78164", "Z26O78164"),  # a leading Z
        ("Uw burgerservicenummer 22607816A", "22607816A"),  # A for 4
        ("Burgerservicenr: 92979905T", "92979905T"),  # T for 7
        ("BSN 2Z6078l64", "2Z6078l64"),
    ],
)
def test_a_labelled_bsn_with_ocr_letters_for_digits(text: str, expected: str) -> None:
    assert spans(BsnRecognizer().find(text), text) == [expected]


def test_ocr_letters_are_read_back_only_when_the_11_proef_then_holds() -> None:
    text = "BSN aanvrager: 9Z9799O58"  # BSN_FAIL with Z and O
    assert spans(BsnRecognizer().find(text), text) == []


def test_ocr_letters_need_a_bsn_label() -> None:
    text = "Artikel 9Z9799O57 op voorraad"
    assert spans(BsnRecognizer().find(text), text) == []


def test_one_digit_read_as_one_letter_throughout_may_exceed_the_letter_limit() -> None:
    # 411512912 with every 1 read as l: four letters, one confusion
    text = "B.S.N. 4ll5l29l2"
    assert spans(BsnRecognizer().find(text), text) == ["4ll5l29l2"]


def test_many_mixed_ocr_letters_stay_no_run() -> None:
    # four letters of two kinds (l and S): beyond the limit, no single confusion
    assert [r.digits for r in digit_runs("BSN 4llSl29l2 ")] == []


def test_digit_runs_read_the_wider_ocr_letters_as_digits() -> None:
    (run,) = digit_runs("nr 9Z9799O57.")
    assert (run.digits, run.ocr_letters) == (BSN, 2)


# --- writings of a scanned form ------------------------------------------------------------------------------------


def test_a_bsn_hyphenated_over_a_line_end() -> None:
    text = "geboren op 18 november 1996, BSN 226-078-\n164, hierna te noemen huurder"
    assert spans(BsnRecognizer().find(text), text) == ["226-078-\n164"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BSN         | 2|2|6|0|7|8|1|6|4 |", "2|2|6|0|7|8|1|6|4"),
        ("Burgerservicenummer |2 2 6|0 7 8|1 6 4|", "2 2 6|0 7 8|1 6 4"),
        ("B S N 2 2 6 | 0 7 8 | 1 6 4", "2 2 6 | 0 7 8 | 1 6 4"),  # a block-letter label too
    ],
)
def test_a_bsn_in_a_forms_boxes(text: str, expected: str) -> None:
    assert spans(BsnRecognizer().find(text), text) == [expected]


def test_boxed_digits_need_the_11_proef_and_a_label() -> None:
    assert spans(BsnRecognizer().find("BSN | 9|2|9|7|9|9|0|5|8 |"), "BSN | 9|2|9|7|9|9|0|5|8 |") == []
    text = "Aantal | 2|2|6|0|7|8|1|6|4 |"
    assert spans(BsnRecognizer().find(text), text) == []


@pytest.mark.parametrize("label", ["8SN", "B5N", "B.S.N.", "Burger service nr.", "Burgerservice-nr"])
def test_ocr_and_form_writings_of_the_bsn_label(label: str) -> None:
    text = f"{label} 2260 78l64"
    assert spans(BsnRecognizer().find(text), text) == ["2260 78l64"]


def test_letters_that_only_look_like_the_label_across_words_are_none() -> None:
    text = "Club snack 2260 78l64"
    assert spans(BsnRecognizer().find(text), text) == []


def test_a_block_letter_label_names_an_odd_writing() -> None:
    text = "B U R G E R S E R V I C E N U M M E R  2260 78l64"
    assert spans(BsnRecognizer().find(text), text) == ["2260 78l64"]


def test_a_bsn_under_a_space_aligned_tables_column_header() -> None:
    text = (
        "Naam            BSN            Geboortedatum\n"
        f"Jansen, P.      {BSN}      16-01-1991\n"
        "Visser, H.J.    2Z6078l64      01-07-1963\n"
    )
    assert spans(BsnRecognizer().find(text), text) == [BSN, "2Z6078l64"]


def test_a_column_header_elsewhere_in_the_line_is_no_label() -> None:
    # (rows enough between that the header lies beyond the label window before the value)
    text = (
        "Naam            BSN            Kenteken\n"
        "Jansen, P.      —              ab-12-cd\n"
        "Bakker, S.      —              xy-34-zz\n"
        "Visser, H.J.    —              2Z6078l64\n"
    )
    assert spans(BsnRecognizer().find(text), text) == []


# --- hard negatives: another number's label right before the value -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        f"Polisnummer: {BSN}",
        f"Polis: {BSN}   Ingangsdatum 01-01-2025",
        f"Relatienr {BSN}\nBSN {BSN_2}",
        f"Uw kenmerk: {BSN}",
        f"Dossiernummer {BSN[:3]} {BSN[3:6]} {BSN[6:]}",
        f"Uw aanvraag met nummer {BSN} is ontvangen.",
        f"Klantnummer: {BSN}",
    ],
)
def test_a_valid_number_under_another_numbers_label_is_no_bsn(text: str) -> None:
    assert BSN not in spans(BsnRecognizer().find(text), text)


def test_the_bsn_under_its_own_label_beside_another_number_is_still_found() -> None:
    text = f"Relatienr 532341405\nBSN {BSN_2}"
    assert spans(BsnRecognizer().find(text), text) == [BSN_2]


def test_a_line_naming_the_bsn_before_another_label_keeps_the_value() -> None:
    # fail closed: "BSN/klantnummer" may be either; the value is reported
    text = f"BSN/klantnummer: {BSN}"
    assert spans(BsnRecognizer().find(text), text) == [BSN]


# --- MRZ: C for < ----------------------------------------------------------------------------------------------------

# A TD3 zone (compose_td3, check digits valid) as OCR printed it with C for every filler.
TD3_C_FILLERS = "PCNLDMULDERCCDAANCCCCCCCCCCCCCCCCCCCCCCCCCCC\nAEWUDKFL67NLD8405014F3008247187856667CCCCC26"


def test_an_mrz_whose_fillers_ocr_read_as_capital_cs() -> None:
    findings = MrzShapeRecognizer().find(TD3_C_FILLERS)
    assert [(f.start, f.end) for f in findings if f.entity_type == "MRZ"] == [(0, len(TD3_C_FILLERS))]


def test_a_single_capital_c_in_a_line_is_no_filler() -> None:
    # one C in a name stays a letter: a line of letters with single Cs only is no zone
    text = "PCNLDMULDERCDAANCXCYCZCWCVCUCTCSCRCQCPCOCNCMC\nAEWUDKFL67NLD8405014F3008247187856667CXCXC26"
    assert MrzShapeRecognizer().find(text) == []


# --- phone numbers with S, B, Z for digits -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mobiel 06 - 2B 45 71 90", "06 - 2B 45 71 90"),  # B for 8
        ("Tel: 06-1234S678", "06-1234S678"),  # S for 5
        ("telefoon O2O-555 l2 34", "O2O-555 l2 34"),
    ],
)
def test_a_phone_number_with_ocr_letters_after_a_phone_word(text: str, expected: str) -> None:
    assert spans(PhoneNumberRecognizer().find(text), text, "PHONE_NUMBER") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Telefoon 06-\n12345678", "06-\n12345678"),  # hyphenated over a line end
        ("Telefoon |0|6|1|2|3|4|5|6|7|8|", "0|6|1|2|3|4|5|6|7|8"),  # a form's boxes
        ("Telefoon | 06 | 12 | 34 | 56 | 78 |", "06 | 12 | 34 | 56 | 78"),
        ("Tel +31 (O)6 1234 5678", "+31 (O)6 1234 5678"),  # the bracketed trunk zero read as O
        ("Noodnummer (partner): 06-\n29071845", "06-\n29071845"),  # an emergency contact's number
    ],
)
def test_a_phone_number_as_a_scanned_form_writes_it(text: str, expected: str) -> None:
    assert spans(PhoneNumberRecognizer().find(text), text, "PHONE_NUMBER") == [expected]


def test_boxed_digits_without_a_phone_word_are_no_phone_number() -> None:
    text = "Aantal |0|6|1|2|3|4|5|6|7|8|"
    assert spans(PhoneNumberRecognizer().find(text), text, "PHONE_NUMBER") == []


def test_ocr_letters_in_a_number_without_a_phone_word_are_no_phone_number() -> None:
    text = "Factuur 06 - 2B 45 71 90"
    assert spans(PhoneNumberRecognizer().find(text), text, "PHONE_NUMBER") == []


# --- IBAN: wider OCR letters, hyphenated over a line end --------------------------------------------------------------

# NL79RABO3117135925 and NL70SNSB9941269714 pass mod-97 (checked with python-stdnum when tuning_17 was made).


def test_an_iban_with_z_for_2_in_its_account_digits() -> None:
    text = "Rekening NL79 RABO 3ll7 l3S9 ZS   L. Visser"
    assert spans(IbanCodeRecognizer().find(text), text, "IBAN_CODE") == ["NL79 RABO 3ll7 l3S9 ZS"]


def test_wider_ocr_letters_still_need_mod_97() -> None:
    text = "Rekening NL79 RABO 3ll7 l3S9 ZZ"  # ...22 instead of ...25
    assert spans(IbanCodeRecognizer().find(text), text, "IBAN_CODE") == []


def test_an_iban_hyphenated_over_a_line_end() -> None:
    text = "over op rekening NL70 SNSB 9941-\n2697 14 ten name van D. Mulder"
    assert spans(IbanCodeRecognizer().find(text), text, "IBAN_CODE") == ["NL70 SNSB 9941-\n2697 14"]


# --- document numbers -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ID-KAART\nNL\nVAN DER MEER\nLOTTE\n09 JUL/JUL 1966\nLGKDCDCDl", "LGKDCDCDl"),  # l for the last digit
        ("Documentnummer NEPTC0HX 6", "NEPTC0HX 6"),  # a space before the last digit
        ("Documentnummer: NEPTC0H2G", "NEPTC0H2G"),  # G for the last digit, 6
    ],
)
def test_a_labelled_document_number_as_ocr_printed_it(text: str, expected: str) -> None:
    assert spans(IdDocumentRecognizer().find(text), text, "NL_ID_DOCUMENT") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Documentnummer: NEPTC0HXG",  # one real digit: G may be a letter of a word or code
        "Paspoort JANSSENSZ",  # a name in capitals
        "ID-KAART LGKDCDCDL",  # capitals only, no lower-case l: a word
    ],
)
def test_capitals_closed_by_a_letter_need_real_digits(text: str) -> None:
    assert spans(IdDocumentRecognizer().find(text), text, "NL_ID_DOCUMENT") == []


# --- MRZ: a long trailing filler run miscounted, a short name line, Z/G/D for digits -------------------------------

# Zones made with compose_td3 / compose_td1 (check digits valid), then damaged as OCR damages them.
TD3_LINE_2 = "AEWUDKFL67NLD8405014F3008247187856667<<<<<26"
TD1_LINES_1_2 = "I<NLDMTNHLMFK58187856667<<<<<<\n8405014M3008247NLD<<<<<<<<<<<4"


# (the name line's trailing run has 27 fillers: five and three short, three and five over)
@pytest.mark.parametrize("fillers", [22, 24, 30, 32])
def test_a_td3_zone_whose_name_line_ocr_gave_too_few_or_too_many_trailing_fillers(fillers: int) -> None:
    text = "P<NLDMULDER<<DAAN" + "<" * fillers + "\n" + TD3_LINE_2
    zones = [(f.start, f.end, f.score) for f in MrzRecognizer().find(text) if f.entity_type == "MRZ"]
    assert zones == [(0, len(text), 1.0)]


def test_a_trailing_filler_run_is_not_stretched_beyond_six() -> None:
    text = "P<NLDMULDER<<DAAN" + "<" * 34 + "\n" + TD3_LINE_2  # seven over
    assert [f for f in MrzRecognizer().find(text) if f.entity_type == "MRZ"] == []


def test_a_td1_zones_short_name_line_is_covered_with_the_lines_above() -> None:
    text = TD1_LINES_1_2 + "\nMULDER<<DAAN<<<<<<<<<<<<<<\nHandtekening"
    zones = [(f.start, f.end) for f in MrzShapeRecognizer().find(text) if f.entity_type == "MRZ"]
    assert zones == [(0, text.index("\nHandtekening"))]


def test_a_line_of_words_below_a_td1_zone_is_no_name_line() -> None:
    text = TD1_LINES_1_2 + "\nHandtekening houder"
    zones = [(f.start, f.end) for f in MrzShapeRecognizer().find(text) if f.entity_type == "MRZ"]
    assert zones == [(0, len(TD1_LINES_1_2))]


def test_g_and_d_for_digits_in_an_mrz_date_and_check_digit() -> None:
    text = "P<NLDMULDER<<DAAN" + "<" * 27 + "\nAEWUDKFL67NLD84D5014F3DD8247187856667<<<<<2G"
    zones = [(f.start, f.end, f.score) for f in MrzRecognizer().find(text) if f.entity_type == "MRZ"]
    assert zones == [(0, len(text), 1.0)]
