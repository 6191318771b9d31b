"""Writings of text we did not write (issue 12): numbers read out in pairs, spoken and OCR-damaged dates of birth,
OCR-damaged labels, and values named by their key, column or element in machine output."""

from __future__ import annotations

import doctest

import pytest

from afscherm.detectors import context, field_context, spoken_numbers
from afscherm.detectors.bsn import BsnRecognizer
from afscherm.detectors.context import fuzzy_label_near, ocr_folded
from afscherm.detectors.date_of_birth import DateOfBirthRecognizer
from afscherm.detectors.field_context import FieldValueRecognizer, field_values
from afscherm.detectors.id_document import IdDocumentRecognizer
from afscherm.detectors.spoken_numbers import SpokenNumberRecognizer, number_word_value


def spans(recognizer: object, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, text[f.start : f.end]) for f in recognizer.find(text)]  # type: ignore[attr-defined]


@pytest.mark.parametrize("module", [context, field_context, spoken_numbers])
def test_docstring_examples_hold(module: object) -> None:
    result = doctest.testmod(module)  # type: ignore[arg-type]
    assert result.failed == 0 and result.attempted >= 1


# -- numbers read out in pairs ("nul zes, achtendertig, ...") -------------------------------------------------

SPOKEN = SpokenNumberRecognizer()


@pytest.mark.parametrize(
    ("before", "spoken", "entity"),
    [
        ("mijn nummer is ", "nul zes, achtendertig, vierenzeventig, dertien, negenentwintig", "PHONE_NUMBER"),
        ("bereikbaar op ", "nul zes twaalf vierendertig zesenvijftig achtenzeventig", "PHONE_NUMBER"),
        ("iban: ", "N L elf R A B O nul drie een twee vier vijf acht acht zeven zes", "IBAN_CODE"),
        ("bsn ", "zes vijf drie, twee zes negen, vier acht een", "NL_BSN"),
        ("bsn ", "vijfenzestig, drie twee, zes negen, achtenveertig, een", "NL_BSN"),  # 653269481 in pairs
    ],
)
def test_numbers_read_out_in_pairs_are_found_whole(before: str, spoken: str, entity: str) -> None:
    assert spans(SPOKEN, before + spoken + ", klopt") == [(entity, spoken)]


def test_a_pair_read_wrong_fails_the_check_and_counting_words_are_no_number() -> None:
    assert spans(SPOKEN, "bsn vijfenzestig, drie twee, zes negen, achtenveertig, twee") == []
    assert spans(SPOKEN, "het waren er twaalf, dertien of veertien") == []


def test_number_words() -> None:
    assert [number_word_value(w) for w in ("nul", "elf", "negentig", "eenentwintig", "tweeënveertig", "tafel")] == [
        "0",
        "11",
        "90",
        "21",
        "42",
        None,
    ]


# -- dates of birth spoken, OCR-damaged, compact, as Python writes them ---------------------------------------

DOB = DateOfBirthRecognizer()


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "en wanneer bent u geboren?\nklant: veertien maart negentien eenentachtig",
            "veertien maart negentien eenentachtig",
        ),
        (
            "geboren op drie december negentienhonderd zesenzeventig, in Emmen",
            "drie december negentienhonderd zesenzeventig",
        ),
        ("geboortedatum graag\nbeller: één januari tweeduizend twee", "één januari tweeduizend twee"),
        (
            "uw geboortedatum? ja, dat is de zeventiende mei negentien vierenzestig",
            "de zeventiende mei negentien vierenzestig",
        ),
        ("geboren op de eerste april negentien negentig", "de eerste april negentien negentig"),
        ("Geboortedaturn\n14 rnaart 1981", "14 rnaart 1981"),
        ("Geb0ortedatum: 14-O3-1981", "14-O3-1981"),
        ("Geboortedatum l2.1O.1968  Geslacht M", "l2.1O.1968"),
        ("BDAY:1979-08-23", "1979-08-23"),
        ("kyc mismatch dob=19860412 name=x", "19860412"),
        ("    geboortedatum = datetime.date(1988, 4, 9)", "1988, 4, 9"),
        ("Gebooriedaturn: 03-04-1977", "03-04-1977"),  # "t" read as "i": one edit from the label
    ],
)
def test_birth_dates_in_unusual_writings(text: str, date: str) -> None:
    assert spans(DOB, text) == [("DATE_OF_BIRTH", date)]


@pytest.mark.parametrize(
    "text",
    [
        "we spreken af op veertien maart negentien eenentachtig",  # no birth label
        "geboren op eenendertig februari negentien tachtig",  # no such day
        "geboren? factuur 14-O3-19XX",  # not a date
        "Geldig tot 14-O3-2031, geboren elders",  # label after the date
        "order=19860412 geboren",  # the label comes after
        "dob=19861332",  # no month 13
    ],
)
def test_no_birth_date_without_a_label_or_a_real_date(text: str) -> None:
    assert spans(DOB, text) == []


# -- labels as OCR prints them --------------------------------------------------------------------------------


def test_ocr_folding_and_one_further_edit() -> None:
    assert ocr_folded("Docurnentnumrner") == "documentnummer"
    assert fuzzy_label_near("Dacurnentnr: ", 13, ["documentnr"])
    assert not fuzzy_label_near("Ordernummer: ", 13, ["documentnummer", "persoonsnummer"])
    assert not fuzzy_label_near("nummer: ", 8, ["documentnr"])  # a short word allows no further edit


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Docurnentnr. GGWAFI9B8", "GGWAFI9B8"),
        ("D0cumentnummer: CT69M1E03", "CT69M1E03"),
        ("Docurnentnumrner VZFJLCDS8", "VZFJLCDS8"),
        ("Paspoortnumrner LPN0MBZW0", "LPN0MBZW0"),
    ],
)
def test_document_numbers_behind_ocr_damaged_labels(text: str, value: str) -> None:
    assert spans(IdDocumentRecognizer(), text) == [("NL_ID_DOCUMENT", value)]


def test_document_shapes_need_a_label() -> None:
    assert spans(IdDocumentRecognizer(), "Ordernummer: GGWAFI9B8") == []


def test_an_odd_bsn_writing_behind_an_ocr_damaged_label() -> None:
    # 341672117 in a grouping no BSN is printed in: accepted only with a label, here as OCR left it
    assert spans(BsnRecognizer(), "Persoonsnumrner 341 67 2117") == [("NL_BSN", "341 67 2117")]
    assert spans(BsnRecognizer(), "Ordernumrner 341 67 2117") == []


# -- values named by their key, column or element -------------------------------------------------------------

FIELDS = FieldValueRecognizer()


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ('{"document_number":"PUYSILAW8","surname":"BAKKER"}', "NL_ID_DOCUMENT", "PUYSILAW8"),
        ("{'docnr': 'PUFWCZK36'}", "NL_ID_DOCUMENT", "PUFWCZK36"),
        ("naam;documentnummer;geldig_tot\nRoel;YDTNP1FS3;2031-04-02", "NL_ID_DOCUMENT", "YDTNP1FS3"),
        ("INSERT INTO id (klant, doc_nr) VALUES ('Gert', 'QEBQ2HAH9');", "NL_ID_DOCUMENT", "QEBQ2HAH9"),
        ("COPY p (naam, geb_datum) FROM stdin;\nSara\t2001-07-15\n\\.", "DATE_OF_BIRTH", "2001-07-15"),
        ("<persoon><geboortedatum>1972-02-29</geboortedatum></persoon>", "DATE_OF_BIRTH", "1972-02-29"),
        ("POST /klant?telefoon=06-23456789&x=1", "PHONE_NUMBER", "06-23456789"),
        ("set phone=06.12.34.56.78 ok", "PHONE_NUMBER", "06.12.34.56.78"),
        ("bsn_nr: 12345672", "NL_BSN", "12345672"),  # leading zero dropped by a spreadsheet
        ("- rekening: nl91.abna.0417.1643.00", "IBAN_CODE", "nl91.abna.0417.1643.00"),
        ("Docurnentnr.: GGWAFI9B8", "NL_ID_DOCUMENT", "GGWAFI9B8"),  # an OCR-damaged key
    ],
)
def test_values_named_by_their_field(text: str, entity: str, value: str) -> None:
    assert (entity, value) in spans(FIELDS, text)


@pytest.mark.parametrize(
    "text",
    [
        '{"status": "PUFWCZK36", "order": "12345672"}',  # names that announce nothing
        "ordernr;bedrag\n12345672;12.50",
        "INSERT INTO t (documentnummer) VALUES ('onbekend1');",  # no document number's shape
        '{"geboortedatum": "2031-13-01"}',  # no calendar date
    ],
)
def test_names_that_announce_nothing_or_values_that_do_not_fit(text: str) -> None:
    assert spans(FIELDS, text) == []


def test_field_values_reads_sql_tuples_by_column() -> None:
    text = "INSERT INTO k (naam, bsn) VALUES ('A', '184049489'), ('B', '366946729');"
    assert [(n, text[a:b]) for n, a, b in field_values(text)] == [("bsn", "184049489"), ("bsn", "366946729")]


# -- phone numbers OCR printed with letters for digits --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"), [("Tel.: O6-2345678l", "O6-2345678l"), ("Telefoon O2O-l234567", "O2O-l234567")]
)
def test_ocr_damaged_phone_numbers_after_a_phone_word(text: str, value: str) -> None:
    from afscherm.detectors.phone import PhoneNumberRecognizer

    assert spans(PhoneNumberRecognizer(), text) == [("PHONE_NUMBER", value)]


def test_ocr_letters_in_a_number_without_a_phone_word_stay_unread() -> None:
    from afscherm.detectors.phone import PhoneNumberRecognizer

    assert spans(PhoneNumberRecognizer(), "code O6-2345678l") == []


# -- a date of birth right after its person's name ------------------------------------------------------------


def test_an_old_date_right_after_a_name_is_a_birth_date_a_recent_one_is_not() -> None:
    from afscherm.detectors.date_of_birth import birth_dates_in_records
    from afscherm.detectors.findings import Finding

    text = "mijn gegevens zijn Eva de Wit 14-03-1981 Zwolle; afspraak met Jan Smit 14-03-2025"
    names = [Finding(19, 29, "PERSON", 0.85, "t"), Finding(63, 71, "PERSON", 0.85, "t")]
    added = [f for f in birth_dates_in_records(text, None, names) if f.entity_type == "DATE_OF_BIRTH"]
    assert [text[f.start : f.end] for f in added] == ["14-03-1981"]


def test_a_name_before_a_date_in_another_dates_column_is_no_birth_date() -> None:
    from afscherm.detectors.date_of_birth import birth_dates_in_records
    from afscherm.detectors.findings import Finding

    text = "naam,aangemaakt\nEva de Wit,14-03-1981"
    found = birth_dates_in_records(text, None, [Finding(16, 26, "PERSON", 0.85, "t")])
    assert [f.entity_type for f in found] == ["PERSON"]


# -- organisations named after people -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"Kwekerij Van der Wal","Piet"', "Van der Wal"),  # a quoted CSV cell: the quote opens the name run
        ("Onze overnachting in Hotel-Restaurant Smit was duur", "Smit"),
        ("Afspraak bij Fysiotherapie De Boer om 9 uur", "De Boer"),
        ("De koekjes komen van Van Dam Koekfabriek uit het oosten", "Van Dam"),
        ("zaterdag uit bij v.v. De Vries", "De Vries"),
    ],
)
def test_names_inside_organisation_names_are_no_persons(text: str, name: str) -> None:
    from afscherm.detectors.findings import Finding
    from afscherm.detectors.org_guard import drop_org_persons

    start = text.index(name)
    assert drop_org_persons(text, None, [Finding(start, start + len(name), "PERSON", 0.85, "t")]) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"Piet van der Wal" belde over de kwekerij', "Piet van der Wal"),
        ("Contactpersoon: Lies Peters; sponsor Sportvereniging", "Lies Peters"),
        ("fysiotherapeut Anna de Boer helpt je", "Anna de Boer"),  # a profession is no business
    ],
)
def test_people_next_to_business_words_stay_persons(text: str, name: str) -> None:
    from afscherm.detectors.findings import Finding
    from afscherm.detectors.org_guard import drop_org_persons

    start = text.index(name)
    person = Finding(start, start + len(name), "PERSON", 0.85, "t")
    assert drop_org_persons(text, None, [person]) == [person]


# -- IBANs of every registry country in the writings people use ------------------------------------------------


def _registry_ibans() -> list[str]:
    """One valid IBAN per country of python-stdnum's copy of the IBAN registry (random BBAN of the registered
    format, check digits by stdnum; countries whose national check a random BBAN fails are tried again)."""
    import random
    import re

    from stdnum import iban, numdb

    registry = numdb.get("iban")
    rnd = random.Random(12)
    alphabets = {"n": "0123456789", "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "c": "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"}
    out = []
    for country in _countries():
        bban_format = registry.info(country + "00")[0][1]["bban"]
        for _ in range(500):
            bban = "".join(
                "".join(rnd.choice(alphabets[kind]) for _ in range(int(count)))
                for count, kind in re.findall(r"(\d+)!([nac])", bban_format)
            )
            value = country + iban.calc_check_digits(country + "00" + bban) + bban
            if iban.is_valid(value):
                out.append(value)
                break
    return out


def _countries() -> list[str]:
    import re
    from pathlib import Path

    import stdnum

    data = (Path(stdnum.__file__).parent / "iban.dat").read_text(encoding="utf-8")
    return sorted(set(re.findall(r"^([A-Z]{2}) ", data, re.M)))


def _grouped(value: str) -> str:
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4))


@pytest.mark.parametrize(
    "writing",
    [
        lambda v: v,
        lambda v: v.lower(),
        _grouped,
        lambda v: _grouped(v).lower(),
        lambda v: v[:2] + " " + _grouped(v[2:]),  # a space after the country code
        lambda v: _grouped(v).replace(" ", "-"),
    ],
)
def test_ibans_of_every_registry_country_in_common_writings(writing: object) -> None:
    from afscherm.detectors.iban import IbanCodeRecognizer

    ibans = _registry_ibans()
    assert len(ibans) >= 80  # the registry's countries (89 in stdnum 1.20)
    missed = []
    for value in ibans:
        written = writing(value)  # type: ignore[operator]
        for text in (f"iban {written} graag", f"https://pay.example/betaal?iban={written}&x=1"):
            if ("IBAN_CODE", written) not in spans(IbanCodeRecognizer(), text):
                missed.append(text)
    assert missed == []
