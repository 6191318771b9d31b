"""Checksum identifiers in the writings real text has (issue 12): any separators, irregular groups, digits
one by one, OCR letters for digits, a line break inside, spoken repeats — and the limits that keep random
numbers out. Values are synthetic and checked with python-stdnum; offsets come from ``str.index``.
"""

from __future__ import annotations

import pytest
from stdnum import iban, luhn
from stdnum.nl import bsn

from afscherm.detectors.analyzer import analyze_text
from afscherm.detectors.bsn import BsnRecognizer
from afscherm.detectors.credit_card import CardNumberRecognizer
from afscherm.detectors.iban import IbanCodeRecognizer
from afscherm.detectors.imei import ImeiRecognizer
from afscherm.detectors.number_writings import digit_runs
from afscherm.detectors.spoken_numbers import SpokenNumberRecognizer
from afscherm.detectors.text_view import detection_view
from afscherm.discovery.fingerprint import normalise_iban

BSN = "620966543"
IMEI = "356337417029176"
CARD = "5227355743966180"
NL_IBAN = "NL49TRIO4155260033"
DE_IBAN = "DE29908041705844622729"


def test_values_are_valid() -> None:
    assert bsn.is_valid(BSN) and luhn.is_valid(IMEI) and luhn.is_valid(CARD)
    assert iban.is_valid(NL_IBAN) and iban.is_valid(DE_IBAN)
    assert not bsn.is_valid("620966544")


def analyzed(text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze_text(text) if f.entity_type == entity]


def found(recognizer: object, text: str, entity: str) -> list[str]:
    view = detection_view(text)
    spans = [view.finding(f) for f in recognizer.find(view.text) if f.entity_type == entity]  # type: ignore[attr-defined]
    return [text[f.start : f.end] for f in spans]


# ---------------------------------------------------------------------------------------------------
# BSN: odd writings need BSN context


@pytest.mark.parametrize(
    "written",
    [
        "620_966_543",  # underscores
        "6209 665 43",  # irregular groups
        "620.966 543",  # mixed separators
        "62 09 66 54 3",  # pairs
        "6 2 0 9 6 6 5 4 3",  # digits one by one (transcribed speech)
        "620\u2009966\u2009543",  # thin spaces
        "620\u00a0966-543",  # no-break space and a dash
        "62O966543",  # OCR: O for 0
        "620966543",  # plain: the strict rule, reported once
        "6209665\n43",  # broken over two lines
    ],
)
def test_bsn_in_odd_writings_with_context(written: str) -> None:
    text = f"Klant geeft bsn {written} door."
    assert found(BsnRecognizer(), text, "NL_BSN") == [written]


@pytest.mark.parametrize("written", ["747l74295", "6B6335387", "97O662841", "248292ll0"])
def test_bsn_ocr_letters_read_as_digits(written: str) -> None:
    digits = written.translate(str.maketrans("OlB", "018"))
    assert bsn.is_valid(digits)
    text = f"Persoonsnummer {written}"
    assert found(BsnRecognizer(), text, "NL_BSN") == [written]


@pytest.mark.parametrize("written", ["6209 665 43", "6 2 0 9 6 6 5 4 3", "62O966543", "620_966_543"])
def test_bsn_odd_writing_without_context_is_not_reported(written: str) -> None:
    assert found(BsnRecognizer(), f"Referentie {written} staat in de map.", "NL_BSN") == []


def test_bsn_odd_writing_fails_closed_on_the_checksum_and_company_context() -> None:
    assert found(BsnRecognizer(), "bsn 620 966 54 4", "NL_BSN") == []  # 11-proef fails
    assert found(BsnRecognizer(), "bsn? nee, kvk-nummer 6209 665 43", "NL_BSN") == []
    assert found(BsnRecognizer(), "bsn-vraag: bel +31 6209 66543", "NL_BSN") == []  # a phone number's "+"


def test_too_many_ocr_letters_are_no_number() -> None:
    assert found(BsnRecognizer(), "bsn 62OO66S43", "NL_BSN") == []  # three letters: a word, not a number
    assert digit_runs("BSB OOS lIl") == ()


# ---------------------------------------------------------------------------------------------------
# IMEI and card: a printed grouping with any separator as it is; irregular writings with context


@pytest.mark.parametrize("written", ["35.633741.702917.6", "35_633741_702917_6", "3563.3741.7029.176"])
def test_imei_usual_grouping_with_other_separators(written: str) -> None:
    assert found(ImeiRecognizer(), f"Gevonden: {written} (zie lijst)", "IMEI") == [written]


def test_imei_in_an_inventory_row_after_a_decimal() -> None:
    text = f"A-1042,iPhone 14,iOS 17.4,{IMEI},B. Smit"
    assert found(ImeiRecognizer(), text, "IMEI") == [IMEI]


@pytest.mark.parametrize("written", ["3563374\n17029176", "3S6337417029176", "356 33 7417 029 176"])
def test_imei_odd_writings_need_context(written: str) -> None:
    assert found(ImeiRecognizer(), f"imei {written}", "IMEI") == [written]
    assert found(ImeiRecognizer(), f"nummer {written}", "IMEI") == []


@pytest.mark.parametrize("written", ["5227.3557.4396.6180", "5227_3557_4396_6180"])
def test_card_usual_grouping_with_other_separators(written: str) -> None:
    assert found(CardNumberRecognizer(), f"betaald met {written} gisteren", "CREDIT_CARD") == [written]


@pytest.mark.parametrize("written", ["5227 3557\n4396 6180", "S227 3557 4396 6180", "52273 557 43966 180"])
def test_card_odd_writings_need_context(written: str) -> None:
    assert found(CardNumberRecognizer(), f"creditcard {written}", "CREDIT_CARD") == [written]
    assert found(CardNumberRecognizer(), f"referentie {written}", "CREDIT_CARD") == []


def test_card_luhn_failure_is_never_reported() -> None:
    assert not luhn.is_valid("5227355743966181")
    assert found(CardNumberRecognizer(), "creditcard 5227.3557.4396.6181", "CREDIT_CARD") == []


# ---------------------------------------------------------------------------------------------------
# IBAN


@pytest.mark.parametrize(
    "written",
    [
        "DE 29 9080 4170 5844 6227 29",  # space after the country code
        "NL49 TRIO 4155 260 033",  # irregular groups
        "NL49_TRIO_4155_2600_33",  # underscores
        "NL 49 TRIO 4155 2600 33",
        "NL49 TRIO 4l55 26OO 33",  # OCR letters in the numeric part
        "NL-49-TRIO-4155-2600-33",  # a dash after the country code too
        "NL-49 TRIO 4155 2600 33",
        "nl-49-trio-4155-2600-33",
    ],
)
def test_iban_odd_writings(written: str) -> None:
    text = f"Graag storten op {written} t.n.v. de klant, dank!"
    assert found(IbanCodeRecognizer(), text, "IBAN_CODE") == [written]


@pytest.mark.parametrize(
    "written",
    [
        "FI0 721 234 560 000 785",  # read in threes: the code's own I is no misread check digit
        "SI5 619 100 000 012 343 8",
        "LI2 108 810 000 232 401 3AA",
    ],
)
def test_iban_of_a_code_ending_in_i_read_in_threes(written: str) -> None:
    assert iban.is_valid(written.replace(" ", ""))
    assert found(IbanCodeRecognizer(), f"Graag storten op {written} t.n.v. de klant", "IBAN_CODE") == [written]


def test_iban_misread_check_digit_after_a_code_ending_in_i() -> None:
    # OCR's O for the first check digit of FI07: the O is a digit there, the I the code's own letter
    assert found(IbanCodeRecognizer(), "IBAN FIO7 2123 4560 0007 85", "IBAN_CODE") == ["FIO7 2123 4560 0007 85"]
    assert found(IbanCodeRecognizer(), "IBAN FI0 721 234 560 000 786", "IBAN_CODE") == []  # one digit off


def test_iban_ocr_repair_follows_the_format() -> None:
    # the bank code TRIO is letters in the Dutch format: OCR's "TR1O" is read as TRIO there (issue 12), and mod-97
    # still decides; a letter where the format has a digit is read as that digit, never the other way round
    assert found(IbanCodeRecognizer(), "iban NL49 TR1O 4155 2600 33", "IBAN_CODE") == ["NL49 TR1O 4155 2600 33"]
    assert found(IbanCodeRecognizer(), "iban NL49 TR1O 4155 2600 34", "IBAN_CODE") == []
    assert found(IbanCodeRecognizer(), "iban NL49 TRIO 4I55 26OO 33", "IBAN_CODE") == ["NL49 TRIO 4I55 26OO 33"]


def test_iban_ocr_repair_in_fields_of_letters_or_digits() -> None:
    # France's account number (11 letters or digits) is digits in most accounts: OCR's O there is read as 0 when
    # mod-97 then holds; one digit changed and no reading holds
    written = "FR76 3OOO 6OOO O112 3456 789O 189"
    assert found(IbanCodeRecognizer(), f"IBAN: {written}", "IBAN_CODE") == [written]
    assert found(IbanCodeRecognizer(), "IBAN: FR76 3OOO 6OOO O112 3456 789O 188", "IBAN_CODE") == []
    assert normalise_iban(written) == "FR7630006000011234567890189"


@pytest.mark.parametrize(
    "said",
    [
        # the bank's letters by the Dutch spelling alphabet, with "van" or the words alone
        "NL vier vier R van Richard, A van Anton, B van Bernard, O van Otto, nul een twee drie vier vijf zes zeven "
        "acht negen",
        "NL vier vier Richard Anton Bernard Otto nul een twee drie vier vijf zes zeven acht negen",
        # NATO's alphabet and English digit words, an English-speaking caller
        "NL four four Romeo Alpha Bravo Oscar zero one two three four five six seven eight nine",
        "N L four four R A B O zero one two three four five six seven eight nine",
        # the code glued to the bank's letters, the digits in Dutch words
        "NL44RABO nul een twee drie vier vijf zes zeven acht negen",
    ],
)
def test_iban_spelled_out_in_a_call(said: str) -> None:
    assert iban.is_valid("NL44RABO0123456789")
    text = f"Medewerker: En uw rekeningnummer?\nBeller: {said}.\nMedewerker: Dank u."
    assert analyzed(text, "IBAN_CODE") == [said]
    # one digit said wrong: mod-97 fails and nothing is reported
    assert analyzed(text.replace("acht negen.", "acht acht.").replace("eight nine.", "eight eight."), "IBAN_CODE") == []


def test_lower_case_words_with_numbers_are_no_iban() -> None:
    assert found(IbanCodeRecognizer(), "is 12 mei 2024 om 10 uur bij de balie", "IBAN_CODE") == []


# ---------------------------------------------------------------------------------------------------
# Spoken


def test_numbers_read_out_in_english_digit_words() -> None:
    # an English-speaking caller: a mobile number and a BSN digit by digit ("oh" for zero too)
    text = "Caller: my number is oh six one two three four five six seven eight, and my BSN is " + " ".join(
        "zero one two three four five six seven eight nine".split()[int(d)] for d in BSN
    )
    assert analyzed(text, "PHONE_NUMBER") == ["oh six one two three four five six seven eight"]
    assert len(analyzed(text, "NL_BSN")) == 1
    # counting in English is no number: no checksum or phone number holds
    assert analyzed("step one, two, three, four, five and six, then seven", "NL_BSN") == []
    assert analyzed("step one, two, three, four, five and six, then seven", "PHONE_NUMBER") == []


def test_spoken_repeats() -> None:
    value = "411100002"
    assert bsn.is_valid(value)
    text = "klant: mijn bsn is vier, drie keer een, vier keer nul, twee"
    assert found(SpokenNumberRecognizer(), text, "NL_BSN") == ["vier, drie keer een, vier keer nul, twee"]
    text = "bsn vier een dubbel een dubbel nul dubbel nul twee"  # 4 1 11 00 00 2
    assert found(SpokenNumberRecognizer(), text, "NL_BSN") == ["vier een dubbel een dubbel nul dubbel nul twee"]


def test_spoken_imei_and_card() -> None:
    words = {"0": "nul", "1": "een", "2": "twee", "3": "drie", "4": "vier", "5": "vijf", "6": "zes", "7": "zeven",
             "8": "acht", "9": "negen"}  # fmt: skip
    imei_words = " ".join(words[d] for d in IMEI)
    card_words = " ".join(words[d] for d in CARD)
    assert found(SpokenNumberRecognizer(), f"het imei is {imei_words}, klopt dat", "IMEI") == [imei_words]
    assert found(SpokenNumberRecognizer(), f"de kaart is {card_words}.", "CREDIT_CARD") == [card_words]
    wrong = card_words[:-4] + "acht"  # last digit 0 -> 8: Luhn fails
    assert found(SpokenNumberRecognizer(), f"de kaart is {wrong}.", "CREDIT_CARD") == []


def test_runs_glued_to_letters_are_no_runs() -> None:
    assert digit_runs("ref 620966543abc") == ()
    assert digit_runs("ref abc620966543") == ()
    [run] = digit_runs("ref 620966543.")
    assert (run.start, run.end, run.digits) == (4, 13, BSN)
