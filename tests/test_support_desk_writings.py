"""Issue 12, rules found on tuning_20 (support-desk material of every kind), tested on cases written apart from it:
a number ending its line before the next line's item number, BSNs OCR read with four letters for digits, document
numbers read out letter by letter with their digits as words, six-digit dates of birth written year first under a
birth key, and birth labels spelled out letter by letter."""

from __future__ import annotations

from typing import Any

import pytest

from afscherm.detectors.analyzer import default_analyzer
from afscherm.detectors.bsn import BsnRecognizer
from afscherm.detectors.date_of_birth import DateOfBirthRecognizer
from afscherm.detectors.findings import Finding
from afscherm.detectors.id_document import IdDocumentRecognizer
from afscherm.detectors.mrz import MrzRecognizer
from afscherm.detectors.number_writings import digit_runs
from afscherm.detectors.person_name import PersonNameRecognizer
from afscherm.detectors.repeats import repeated_numbers
from tests.recognizer_helpers import found

# Written out (checked with python-stdnum when the tests were written) so that no expectation is computed by the code
# under test. BSN_FAIL differs from BSN in its last digit and fails the 11-proef.
BSN = "192285142"
BSN_2 = "162275869"
BSN_FAIL = "192285143"


def spans(findings: list[Any], text: str) -> list[str]:
    return [text[f.start : f.end] for f in findings]


# --- a number at a line's end, the next line opening with a number ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2.4 BSN ........... 1922 85142\n2.5 Naam ........ Vos", "1922 85142"),  # the next item's number
        ("BSN partner: 192285142\n3 kinderen", "192285142"),
        ("| BSN | 192 285 142\n| 4 | Geboortedatum", "192 285 142"),
    ],
)
def test_number_ending_its_line_before_an_item_number(text: str, expected: str) -> None:
    assert spans(BsnRecognizer().find(text), text) == [expected]


def test_number_hyphenated_over_a_line_end_still_joined() -> None:
    # (the hyphen says the number goes on: its two parts are one run, not the first part alone)
    text = "BSN 19228-\n5142 bekend"
    assert [r.digits for r in digit_runs(text)] == [BSN]


def test_line_end_number_still_checked() -> None:
    text = "2.4 BSN ........... 1922 85143\n2.5 Naam"
    assert BsnRecognizer().find(text) == []


# --- four OCR letters in a BSN ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("B S N : l6Z 27S 8G9", "l6Z 27S 8G9"),  # grouped, four letters, five real digits
        ("upload 4411 fields: bsn='l6ZZ7S869' name='X'", "l6ZZ7S869"),
    ],
)
def test_bsn_with_four_ocr_letters(text: str, expected: str) -> None:
    assert spans(BsnRecognizer().find(text), text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "B S N : l6Z 27S 8G8",  # four letters, but the 11-proef fails
        "ordernr l6ZZ7S869 verzonden",  # no BSN label
        "BSN: lOZZ7S8l9",  # five letters: the real digits no longer the majority
    ],
)
def test_bsn_with_ocr_letters_still_needs_label_and_checksum(text: str) -> None:
    assert BsnRecognizer().find(text) == []


# --- document numbers read out -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("klant: mijn paspoortnummer is N W acht F J drie K zes een", "N W acht F J drie K zes een"),
        ("agent: het documentnummer?\nbeller: S P, E C I, twee nul een vier", "S P, E C I, twee nul een vier"),
    ],
)
def test_document_number_read_out(text: str, expected: str) -> None:
    assert spans(IdDocumentRecognizer().find(text), text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "klant: ik heb A B C en D gekozen, vier vijf zes",  # no document word
        "paspoortnummer: N O acht F J drie K zes een",  # an O: no Dutch document number
        "paspoort: A B C D E F G H een",  # one digit only
    ],
)
def test_read_out_letters_without_the_shape_or_label(text: str) -> None:
    assert IdDocumentRecognizer().find(text) == []


# --- six-digit dates of birth, year first ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("{'naam': 'X', 'dob': '881130', 'geldig': True}", "881130"),  # 30 Nov 1988: 88 is no day
        ('{"birth_date": "011231"}', "011231"),  # day first when that is a date (1 Dec 1931)
        ("geboortedatum: 140388", "140388"),  # day first, as before
    ],
)
def test_six_digit_birth_date_under_a_key(text: str, expected: str) -> None:
    assert spans(DateOfBirthRecognizer().find(text), text) == [expected]


def test_six_digits_neither_way_a_date() -> None:
    assert DateOfBirthRecognizer().find("dob: 881340") == []  # month 13 both ways


# --- birth labels spelled out letter by letter ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("G e b o r e n : 21 - O4 - 1977", "21 - O4 - 1977"),
        ("G E B . D A T U M    21-04-1977", "21-04-1977"),
    ],
)
def test_spaced_out_birth_label(text: str, expected: str) -> None:
    assert spans(DateOfBirthRecognizer().find(text), text) == [expected]


def test_spaced_out_other_label_is_no_birth_label() -> None:
    assert DateOfBirthRecognizer().find("D a t u m   o n t v a n g s t : 21-04-1977") == []


# --- a machine-readable zone joined onto one line, OCR's letters for digits in it ----------------------------------

# A TD3 zone (check digits computed with a separate ICAO 7-3-1 script when the test was written): document
# XN7P4RT29, born 1993-06-21, expiry 2031-02-14.
TD3_1 = "P<NLDWESTRA<<JOOST<<<<<<<<<<<<<<<<<<<<<<<<<<"
TD3_2 = "XN7P4RT299NLD9306211M3102145<<<<<<<<<<<<<<08"


@pytest.mark.parametrize(
    "line_2",
    [
        TD3_2.replace("930621", "93O62l"),  # O for 0 and l for 1 in the birth date
        TD3_2.replace("3102145", "31O2145"),  # O in the expiry date
    ],
)
def test_joined_zone_with_ocr_letters_for_digits(line_2: str) -> None:
    text = f"scan: {TD3_1} {line_2} einde"
    zones = [f for f in MrzRecognizer().find(text) if f.entity_type == "MRZ"]
    assert [text[f.start : f.end] for f in zones] == [f"{TD3_1} {line_2}"]


def test_joined_zone_a_letter_no_digit_looks_like_stays_a_letter() -> None:
    # an X where the birth date's digit stands is no OCR confusion: the line fits no layout
    text = f"scan: {TD3_1} {TD3_2.replace('930621', '93X621')} einde"
    assert [f for f in MrzRecognizer().find(text) if f.entity_type == "MRZ"] == []


# --- the same date of birth again --------------------------------------------------------------------------------


def test_date_of_birth_read_back() -> None:
    text = "agent: uw geboortedatum?\nklant: negen mei vierenzeventig\nagent: dus 9-5-1974, klopt dat?"
    assert spans(DateOfBirthRecognizer().find(text), text) == ["negen mei vierenzeventig", "9-5-1974"]


def test_other_date_is_not_the_date_of_birth() -> None:
    text = "agent: uw geboortedatum?\nklant: negen mei vierenzeventig\nagent: uw afspraak is 9-5-2026"
    assert spans(DateOfBirthRecognizer().find(text), text) == ["negen mei vierenzeventig"]


# --- a number found once, repeated in another writing -------------------------------------------------------------

IMEI = "353918104466723"  # Luhn-valid (checked with python-stdnum when the test was written)


def test_imei_read_back_in_pairs() -> None:
    text = (
        "agent: wat is het IMEI van het toestel?\n"
        "klant: het staat op de doos, even pakken hoor, de sticker zit onderop: 353918104466723\n"
        "agent: en dat was het toestel van uw zoon, die in het weekend op het station is gestolen?\n"
        "klant: ja\nagent: ik lees het nog even terug: 35 39 18 10 44 66 72 3"
    )
    imei = [text[f.start : f.end] for f in default_analyzer().analyze_one(text) if f.entity_type == "IMEI"]
    assert imei == [IMEI, "35 39 18 10 44 66 72 3"]


def test_repeat_of_a_number_never_found_is_not_reported() -> None:
    finding = Finding(0, 9, "NL_BSN", 0.95, "BsnRecognizer")
    text = "192285142 en later 35 39 18 10 44 66 72 3"
    assert repeated_numbers(text, None, [finding]) == [finding]


def test_repeat_takes_the_found_type() -> None:
    text = "bsn 192285142, nogmaals: 1922 85 142"
    first = Finding(4, 13, "NL_BSN", 0.95, "BsnRecognizer")
    assert [(text[f.start : f.end], f.entity_type) for f in repeated_numbers(text, None, [first])] == [
        ("192285142", "NL_BSN"),
        ("1922 85 142", "NL_BSN"),
    ]


# --- names in machine output ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"persoon": {"voornamen": "Joost", "geslachtsnaam": "Meijer-Hoek"}}', ["Joost", "Meijer-Hoek"]),
        ("anr;geslachtsnaam;voorvoegsel;voornamen\n7;Brouwer;de;Sanne", ["Brouwer", "de", "Sanne"]),
    ],
)
def test_register_name_keys(text: str, expected: list[str]) -> None:
    assert spans(PersonNameRecognizer().find(text), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("audit actor=m.vanderlinden action=export", "m.vanderlinden"),  # particles glued
        ("ticket toegewezen aan h.van.dam door systeem", "h.van.dam"),  # particles between dots
        ("login ok: s.hendriks (2fa)", "s.hendriks"),  # a listed surname that is no word
    ],
)
def test_initial_and_surname_handle(text: str, expected: str) -> None:
    assert spans(PersonNameRecognizer().find(text), text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "result = r.status if r else None",  # an attribute, no surname
        "f.visser(42) aangeroepen",  # a method call
        "zie docs/a.hendriks.pdf",  # a file name
    ],
)
def test_handle_like_code_is_no_name(text: str) -> None:
    assert PersonNameRecognizer().find(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('capture ok cardholder="DIJKSTRA/WILLEM" amount=12.50', "DIJKSTRA/WILLEM"),
        ("PNR QX7T2L  VAN DAM/EVA MARIA MRS  AMS-BCN", "VAN DAM/EVA MARIA"),  # the title left out
    ],
)
def test_surname_slash_given_names(text: str, expected: str) -> None:
    assert spans(PersonNameRecognizer().find(text), text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Geboortedatum 03 FEB/FEB 1990",  # a card's month in two languages
        "gebruik TCP/IP en EN/OF in de specificatie",
        "AFLEVERING ALBERT HEIJN/DIRK",  # a shop's name is no surname
    ],
)
def test_slash_words_that_are_no_name(text: str) -> None:
    assert [f for f in PersonNameRecognizer().find(text) if "/" in text[f.start : f.end]] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('WARN sync: owner="Kramer, Ilse" niet gevonden', "Kramer, Ilse"),
        ("behandelaar='Hoekstra, B.J.' status=open", "Hoekstra, B.J."),
    ],
)
def test_surname_comma_given_names_in_quotes(text: str, expected: str) -> None:
    assert spans(PersonNameRecognizer().find(text), text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        'filter="Utrecht, Zeist" toegepast',  # places, no surname
        'label="Groente, Fruit"',  # words, no first name after the comma
    ],
)
def test_quoted_comma_pairs_that_are_no_name(text: str) -> None:
    assert PersonNameRecognizer().find(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3.1 Voorletters ........... K.L.\n3.2 Datum ....... 1-2-2025", "K.L."),
        ("Naam..................Ruud Zijlstra", "Ruud Zijlstra"),
    ],
)
def test_name_after_dot_leaders(text: str, expected: str) -> None:
    assert spans(PersonNameRecognizer().find(text), text) == [expected]


def test_dot_leaders_before_no_name() -> None:
    assert PersonNameRecognizer().find("Naam ........ niet ingevuld\nTotaal ........ 12,50") == []


# --- numbers a spreadsheet stored as floats; document numbers in machine output ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("id,bsn\n3,192285142.0", "192285142.0"),  # a data frame's float column
        ('{"bsn": "1.92285142E+08"}', "1.92285142E+08"),  # Excel's scientific notation, every digit kept
        ('{"bsn": "1,62275869E+08"}', "1,62275869E+08"),  # ... with a Dutch decimal comma
    ],
)
def test_bsn_written_as_a_float_under_its_key(text: str, expected: str) -> None:
    assert found(text, "NL_BSN") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        '{"bsn": "1.92285E+08"}',  # digits lost: no number left to check
        '{"bsn": 192285143.0}',  # fails the 11-proef
        '{"bedrag": 192285142.0}',  # no BSN key
    ],
)
def test_float_writings_that_are_no_bsn(text: str) -> None:
    assert found(text, "NL_BSN") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"ids": [{"type": "PASSPORT_NL", "value": "SPECI2014"}]}', "SPECI2014"),  # a type/value pair
        ('{"soort": "identiteitskaart", "waarde": "SPECI2014"}', "SPECI2014"),
        ("<Legitimatie><Type>ID-kaart</Type><Nummer>SPECI2014</Nummer></Legitimatie>", "SPECI2014"),
        ("12:00:01 kyc ok for SPECI2014", "SPECI2014"),
        ("mrz mismatch: printed SPECI2014", "SPECI2014"),
    ],
)
def test_document_number_in_machine_output(text: str, expected: str) -> None:
    assert found(text, "NL_ID_DOCUMENT") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        '{"type": "ORDER", "value": "SPECI2014"}',  # a type that names no document
        "<Artikel><Nummer>SPECI2014</Nummer></Artikel>",
    ],
)
def test_document_shape_without_document_context(text: str) -> None:
    assert found(text, "NL_ID_DOCUMENT") == []


# --- dates of birth in chats: a relative's year first, the label after the date ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("klant: mijn moeder is van 1938, 2 februari", "1938, 2 februari"),
        # relatives whose word holds no "er" (the recogniser's cheap gate once ran the pattern only after one)
        ("mijn oma is van 1950, 3 mei", "1950, 3 mei"),
        ("klant: mijn zus is van 1988, 12 juli", "1988, 12 juli"),
        ("en m'n opa is van 1931, 9 mei", "1931, 9 mei"),
        ("klant: 14-02-1938, dat is haar geboortedatum", "14-02-1938"),
        ("klant: 2 februari 1938, dat is mijn geb. datum", "2 februari 1938"),
    ],
)
def test_birth_date_of_a_relative_or_labelled_after(text: str, expected: str) -> None:
    assert spans(DateOfBirthRecognizer().find(text), text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "klant: de factuur is van 2024, 2 februari",  # no relative: a document's date
        "klant: 14-02-2025, dat is mijn afspraak",  # another date named after it
    ],
)
def test_other_dates_in_these_writings(text: str) -> None:
    assert DateOfBirthRecognizer().find(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WARN retry customer=Joris_Hoekstra order=88", "Joris_Hoekstra"),
        ("owner: Mila.van.Dijk", "Mila.van.Dijk"),
    ],
)
def test_capitalised_name_handle(text: str, expected: str) -> None:
    assert spans(PersonNameRecognizer().find(text), text) == [expected]


@pytest.mark.parametrize("text", ["zie Main.java en Config_Manager", "kleur Rose_Gold gekozen"])
def test_capitalised_handles_that_are_no_name(text: str) -> None:
    assert PersonNameRecognizer().find(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("agent: geboortedatum van uw zoon?\nbeller: negen, drie, elf", "negen, drie, elf"),  # a year 2010-2019
        ("agent: uw geboortedatum?\nbeller: vier-vier-zeventig", "vier-vier-zeventig"),  # joined by hyphens
    ],
)
def test_spoken_numeric_birth_date(text: str, expected: str) -> None:
    assert spans(DateOfBirthRecognizer().find(text), text) == [expected]


def test_spoken_numbers_without_a_birth_question() -> None:
    assert DateOfBirthRecognizer().find("klant: ik heb negen, drie, elf euro betaald") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mevr. J . Kuiper\nDorpsstraat 1", "J . Kuiper"),
        ("ondertekend door R . van Houten", "R . van Houten"),
        ("A . J . Visser tekende", "A . J . Visser"),
    ],
)
def test_initials_with_a_space_before_their_dot(text: str, expected: str) -> None:
    assert spans(PersonNameRecognizer().find(text), text) == [expected]


@pytest.mark.parametrize("text", ["Kies optie B . Daarna volgt stap 2", "zie bijlage A . Hierin staat alles"])
def test_letter_and_dot_ending_a_sentence(text: str) -> None:
    assert PersonNameRecognizer().find(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("agent: geboortedatum?\nklant: zes en twintig juni negentien twee en zeventig",
         "zes en twintig juni negentien twee en zeventig"),
        ("agent: uw geboortedatum?\nklant: een en dertig mei, zestig", "een en dertig mei, zestig"),
    ],
)  # fmt: skip
def test_spoken_compound_written_apart(text: str, expected: str) -> None:
    assert spans(DateOfBirthRecognizer().find(text), text) == [expected]


def test_words_apart_that_are_no_date() -> None:
    assert DateOfBirthRecognizer().find("agent: geboortedatum?\nklant: zes en twintig euro") == []


# --- 11-proef-valid numbers of other kinds in tables and SQL -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nr|bsn|dossiernummer\n1|192285142|162275869", ["192285142"]),  # a pipe table's other column
        ("INSERT INTO d (bsn, contractnummer) VALUES ('192285142', '162275869');", ["192285142"]),
        ("SELECT * FROM p WHERE personeelsnr = 162275869;", []),
    ],
)
def test_other_numbers_in_their_own_column(text: str, expected: list[str]) -> None:
    assert spans(BsnRecognizer().find(text), text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "nr|bsn/klantnummer\n1|192285142",  # the column says BSN as well: fail closed
        "nr|klantnaam|bsn\n1|Jansen|192285142",  # a name column, no number's name
    ],
)
def test_bsn_column_headers_keep_the_bsn(text: str) -> None:
    assert spans(BsnRecognizer().find(text), text) == [BSN]
