"""Checksum types and their neighbours as text we did not write holds them (issue 12, tuning set 7).

Each rule has its positives and the hard negatives that must stay unflagged. Values are literals made with
python-stdnum / the ``mrz`` package outside the code under test.
"""

from __future__ import annotations

from datetime import date

import pytest

from afscherm.detectors.bsn import BsnRecognizer
from afscherm.detectors.date_of_birth import DateOfBirthRecognizer
from afscherm.detectors.iban import IbanCodeRecognizer
from afscherm.detectors.id_document import IdDocumentRecognizer
from afscherm.detectors.mrz import MrzRecognizer, MrzShapeRecognizer
from afscherm.detectors.spoken_numbers import SpokenNumberRecognizer

BSN = BsnRecognizer()
IBAN = IbanCodeRecognizer()
DOC = IdDocumentRecognizer()
DOB = DateOfBirthRecognizer()
SPOKEN = SpokenNumberRecognizer()


def spans(recognizer: object, text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in recognizer.find(text) if f.entity_type == entity]  # type: ignore[attr-defined]


# --- BSN -------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # three OCR letters in a dotted BSN (671152440), with its label
        ("BSN: 67l.l52.44O\nOndertekend te Breda", ["67l.l52.44O"]),
        ("Burgerservicenummer 3O4.Sl8.992", ["3O4.Sl8.992"]),  # 304518992
        # no label: OCR letters are not read
        ("code 67l.l52.44O", []),
        # labelled, but the 11-proef fails once the letters are read (671152441)
        ("BSN: 67l.l52.44l", []),
    ],
)
def test_bsn_with_three_ocr_letters_needs_its_label(text: str, expected: list[str]) -> None:
    assert spans(BSN, text, "NL_BSN") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BSN: 3287,83,602", ["3287,83,602"]),  # OCR's commas for the official dots
        ("3287,83,602", []),  # unlabelled: a list of numbers
        ("totaal 3287,83,602 euro", []),
        ("sofinr. 32878 3602", ["32878 3602"]),  # an odd grouping after the short label
    ],
)
def test_bsn_with_commas_and_short_labels(text: str, expected: list[str]) -> None:
    assert spans(BSN, text, "NL_BSN") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an order word stands between the BSN label and the second number, which passes the 11-proef too
        ("BSN 4754 256 74. Zijn bestelnummer was 382563906.", [("4754 256 74", 0.9)]),
        # a customer number is no order number: still reported (fail closed), but not as a labelled BSN
        ("Uw BSN staat op de brief, klantnummer 382563906", [("382563906", 0.6)]),
        # the label after the order number: the BSN is the label's
        ("Ordernummer 2025-114, BSN: 382563906", [("382563906", 0.95)]),
        ("BSN voor uw bestelling: 382563906", [("382563906", 0.95)]),  # a word about an order names no number
    ],
)
def test_the_nearest_label_names_the_number(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(text[f.start : f.end], f.score) for f in BSN.find(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Agent: uw BSN? Beller: zeven negen vier, even kijken, nul nul twee, twee zeven vier",
            "zeven negen vier, even kijken, nul nul twee, twee zeven vier",
        ),
        ("bsn: 7 9 4, eh, momentje, 0 0 2, 2 7 4", "7 9 4, eh, momentje, 0 0 2, 2 7 4"),
    ],
)
def test_spoken_bsn_with_pauses_between_the_digits(text: str, expected: str) -> None:
    assert spans(SPOKEN, text, "NL_BSN") == [expected]


def test_groups_of_three_read_as_hundreds() -> None:
    text = "mijn bsn is driehonderdachtentwintig, zevenhonderddrieëntachtig, zeshonderdtwee"  # 328 783 602
    assert spans(SPOKEN, text, "NL_BSN") == ["driehonderdachtentwintig, zevenhonderddrieëntachtig, zeshonderdtwee"]
    # a price in hundreds is no number read out
    assert SPOKEN.find("het kost driehonderd euro, of tweehonderdvijftig met korting") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 2 8 7 8 3 6 0 2 is mijn BSN", ["3 2 8 7 8 3 6 0 2"]),
        ("3287 836 02 (BSN)", ["3287 836 02"]),
        ("3287 836 02 en nog wat", []),  # an odd grouping without a label anywhere
    ],
)
def test_bsn_label_right_after_an_odd_writing(text: str, expected: list[str]) -> None:
    assert spans(BSN, text, "NL_BSN") == expected


def test_pause_words_alone_make_no_number() -> None:
    assert SPOKEN.find("ik kijk even, momentje hoor, ik bel zo terug") == []
    # three pauses in a row: a run does not bridge them
    assert spans(SPOKEN, "zeven negen vier, eh, even kijken, momentje, nul nul twee twee zeven vier", "NL_BSN") == []


# --- IBAN ------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("IBANNL04SNSB7020506812BIC SNSBNL2A", ["NL04SNSB7020506812"]),
        ("Rekening: NL04SNSB7020506812BIC", ["NL04SNSB7020506812"]),
        ("iban:BE35043820267837", ["BE35043820267837"]),
        ("XNL04SNSB7020506812", []),  # glued to another word than IBAN
        ("IBANNL04SNSB70205068123", []),  # runs on in digits: a longer number
        ("IBANNL05SNSB7020506812BIC", []),  # mod-97 fails
    ],
)
def test_iban_glued_to_its_label_or_the_next_field(text: str, expected: list[str]) -> None:
    assert spans(IBAN, text, "IBAN_CODE") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("IBAN NL63 lNGB 7692 3959 OO", ["NL63 lNGB 7692 3959 OO"]),  # l for I in the bank code, O for 0
        ("IBAN: NL63 1NGB 7692 3959 00", ["NL63 1NGB 7692 3959 00"]),  # 1 for I
        ("IBAN NL63 INGB 7692 3959 00BIC INGBNL2A", ["NL63 INGB 7692 3959 00"]),  # grouped, glued to BIC
        ("IBAN: NL63 1NGB 7692 3959 01", []),  # mod-97 fails after the repair
    ],
)
def test_iban_with_ocr_digits_for_bank_code_letters(text: str, expected: list[str]) -> None:
    assert spans(IBAN, text, "IBAN_CODE") == expected


# --- document numbers ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("INFO id-check passed docNumber=TRTHW8KN5 expiry=2031-06-12", ["TRTHW8KN5"]),
        ('{"document_number": "LC1S8B6R1", "type": "P"}', ["LC1S8B6R1"]),
        ('{"idNumber": "SIYF5SR21", "passport_no": "AFXQR45D9"}', ["SIYF5SR21", "AFXQR45D9"]),
        ("doc_nr: JUJUZQTW3", ["JUJUZQTW3"]),
        ("numéro du document;Dokumentennummer\nSH3NE0NP5;-", ["SH3NE0NP5"]),
        ("Ausweisnummer: AGV1WFZ03", ["AGV1WFZ03"]),
        # hard negatives: the same shape under other keys
        ("order_id=AB1234567", []),
        ("paid_number=AB1234567", []),
        ("tracking: JVGL06123", []),
        ("doc=XR4KP82R1", ["XR4KP82R1"]),  # the bare key right before its value
        ("order=XR4KP82R1", []),
        # the column's header, however far up
        (
            "naam;geboortedatum;woonplaats;documentnummer;geldig_tot\nJan de Vries;14-03-1981;Zwolle;XR4KP82R1;2031",
            ["XR4KP82R1"],
        ),
        ("naam;bestelcode\nJan;XR4KP82R1", []),
        ('{"document": {"type": "ID", "number": "XR4KP82R1"}}', ["XR4KP82R1"]),  # a number key in a document
        ('order {"number": "AB1234567"}', []),
        ("kopie ID (XR4KP82R1) ontvangen", ["XR4KP82R1"]),  # the capitals ID as its label
        ("reisdocument XR4KP82R1", ["XR4KP82R1"]),
        ("Ticket-id: AB1234567", []),
        ("klant id: AB1234567", []),
    ],
)
def test_document_number_under_keys_and_foreign_labels(text: str, expected: list[str]) -> None:
    assert spans(DOC, text, "NL_ID_DOCUMENT") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Docurnentnummer WMlL36HOl", ["WMlL36HOl"]),  # WM1L36H01: l for 1, O for 0
        ("Paspoort: CRGJF0VHO", ["CRGJF0VHO"]),  # CRGJF0VH0
        ("WMlL36HOl", []),  # no label
        ("Paspoort: OOSTERHOUT", []),  # a word: no real digit
    ],
)
def test_document_number_with_ocr_letters_after_a_label(text: str, expected: list[str]) -> None:
    assert spans(DOC, text, "NL_ID_DOCUMENT") == expected


# --- dates of birth --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Geboortedatum: 14 maart '81", "14 maart '81"),
        ("geb. 14 mrt ’81 te Zwolle", "14 mrt ’81"),
        ("sanne: geb. 14-mrt-1981 idd", "14-mrt-1981"),
        ("Klant: ik ben geboren op veertien maart eenentachtig.", "veertien maart eenentachtig"),
        (
            "Agent: geboortedatum?\nKlant: twaalf, nul vier, negentien zevenenzestig.",
            "twaalf, nul vier, negentien zevenenzestig",
        ),
        ("Date of birth: 03/14/1981", "03/14/1981"),
        ("mo: mn verjaardag is 7-9-1992 dus", "7-9-1992"),
        ("agent: wanneer bent u jarig?\nklant: 14 maart 1981", "14 maart 1981"),
        ("[14-02-2024 08:12] Sanne: ik ben van 14 maart 1981", "14 maart 1981"),
        ("Kees: geboortedatum 14031981", "14031981"),
        ("Geboortedatum\n\n14-03-1981", "14-03-1981"),  # one blank line between label and value
        ("dob: 14/Mar/1981", "14/Mar/1981"),
        ("born on March 14th, 1981", "March 14th, 1981"),
        ("born 14th March 1981", "14th March 1981"),
        ("Plaats en datum van geboorte: Zwolle, 14 maart 1981", "14 maart 1981"),
        ("Geboorteplaats en -datum: Zwolle, 14-03-1981", "14-03-1981"),
        ("geboortedatum: 14-03-'81", "14-03-'81"),
        ("Jan Jansen, *14-03-1981", "14-03-1981"),
        ("fecha de nacimiento: 14/03/1981", "14/03/1981"),
        ("Date of Birth 14 MAR 81", "14 MAR 81"),
        ("Geboortedatum: 14 - 03 - 1981", "14 - 03 - 1981"),
        ("Geboortedatum: 14 03 81", "14 03 81"),
        ("Geboortedatum:14/03/1981Geslacht:M", "14/03/1981"),  # OCR glued the next label on
        ("Ik ben op 14 maart 1981 in Zwolle geboren", "14 maart 1981"),  # the label after the date
        ("Geboortedatum: 14 MRT/MAR l98l", "14 MRT/MAR l98l"),  # OCR's l for 1 in the year
        ("geboortedatum: nul vier, nul drie, een negen acht een", "nul vier, nul drie, een negen acht een"),
        (
            "Geboortedatum / Date of birth          Geslacht / Sex          Nationaliteit / Nationality\n"
            "14 MRT/MAR 1981    V/F    Nederlandse",
            "14 MRT/MAR 1981",
        ),  # an ID card's long row of labels over the row of values
        ("Afgiftedatum    Geboortedatum\n01-01-2020      14-03-1981", "14-03-1981"),  # the date under its label
        ("Geboortedatum: 14-03 -1981", "14-03 -1981"),  # OCR's space on one side of a separator
        (
            "Medewerker: Goedemiddag, voor ik uw dossier open moet ik u eerst identificeren, mag ik uw geboortedatum"
            " en postcode?\nKlant: ja, 14 maart 1981, en 8011 AB.",
            "14 maart 1981",
        ),  # the label in a long question on the line above
    ],
)
def test_birth_dates_in_more_writings(text: str, expected: str) -> None:
    assert spans(DOB, text, "DATE_OF_BIRTH") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        f"de verjaardag van oma vieren we op 12-03-{date.today().year}",  # the party, not the birth
        "Verzenddatum 14-mrt-2025, ordernummer 2025-031-7781",  # no birth label
        "geboren in negentien eenentachtig",  # a year alone
        "Overleden op 3-4-2020, geboren 1940",  # the label after the date names another
        "ik ben van 14-03-2025 tot 20-03-2025 weg",  # "ben van" before a recent date: a period
        "* 14-03-2025 levering",  # a bullet before a recent date
        "**14-03-1981**",  # bold, no star label
        "afspraak 14 maart 12:30 geb. onbekend",  # a clock time is no two-digit year
        "Geboortedatum\n\n\n14-03-1981",  # two blank lines: the label is something else's
        "geboortedatum 14031981abc",
        '{"geboortedatum": null, "created": "2025-03-14T10:22:33Z"}',  # an ISO time stamp's date
        "geboortedatum: veertien maart twee",  # a single digit is no year
        "Afgiftedatum / Date of issue    Geboortedatum / Date of birth\n01 JAN 2020",  # the label is another's
    ],
)
def test_other_dates_stay_unflagged(text: str) -> None:
    assert spans(DOB, text, "DATE_OF_BIRTH") == []


# --- MRZ -------------------------------------------------------------------------------------------------------------

TD3 = ("P<NLDKORTEWEG<<ANNELIES<MARIJE<<<<<<<<<<<<<<", "GV8B510X38NLD8805175F3306116929337955<<<<<88")
TD1 = ("I<NLDFX2JJ9WR99198387817<<<<<<", "7902147M3108022NLD<<<<<<<<<<<2", "VAN<DER<MEULEN<<JOOST<ADRIAAN<")


def zones(text: str) -> list[tuple[str, float]]:
    found = MrzRecognizer().find(text) + MrzShapeRecognizer().find(text)
    return [(text[f.start : f.end], f.score) for f in found if f.entity_type == "MRZ"]


@pytest.mark.parametrize(
    ("zone", "score"),
    [
        ("I<NLDFX2JJ9WR99198387817«««<<<\n" + "\n".join(TD1[1:]), 1.0),  # « for one filler as well as two
        ("\n".join(TD3).lower(), 1.0),  # printed in lower case
        (TD3[0].replace("KORTEWEG", "Korteweg") + "\n" + TD3[1], 1.0),  # a name line in mixed case
        (TD3[0][:30] + "\n" + TD3[0][30:] + "\n" + TD3[1], 1.0),  # the first line broken in two
        (TD3[0] + "\n" + TD3[1][:15] + TD3[1][16:], 1.0),  # a 0 dropped from the birth date: a stand-in restores it
        (TD3[0] + "\n" + TD3[1][:16] + TD3[1][17:], 0.75),  # a 5 dropped: the stand-in breaks one check digit
        (TD3[0] + "\n" + TD3[1][:15] + "7" + TD3[1][15:], 1.0),  # a character too many
        ("1" + TD1[0][1:] + "\n" + "\n".join(TD1[1:]), 1.0),  # the document type I read as a one
        (TD1[0] + " »\n" + TD1[1] + "|\n" + TD1[2], 1.0),  # OCR specks at the line ends
        ('"' + TD3[0] + '"\n"' + TD3[1], 1.0),  # each line quoted
        ("\n".join([TD1[0].replace("198387817", "l983878l7"), *TD1[1:]]), 1.0),  # l for 1 in the optional data
        ("\n".join(line.replace("<", "K") for line in TD1), 1.0),  # every filler read as K
        ("\n".join(line.replace("<", "K") for line in TD3), 1.0),
    ],
)
def test_damaged_zones_are_found_whole(zone: str, score: float) -> None:
    text = f"Scan van de klant:\n{zone}\nEinde scan."
    assert zones(text) == [(zone.strip('"'), score)]


def test_a_broken_line_does_not_swallow_the_next_word() -> None:
    # the name line one filler short, "Einde" below it: the zone ends at the name line
    name = TD1[2][:-1]
    text = "\n".join((*TD1[:2], name)) + "\nEinde scan."
    assert zones(text) == [("\n".join((*TD1[:2], name)), 1.0)]


@pytest.mark.parametrize(
    "text",
    [
        "ABC<DEF<GHI lorem ipsum\n<<<<<<<<<<<<<<<<<<<<<<<<\nHTML &lt;br&gt; met <<<< pijltjes",
        "P<NLDKORTEWEG<<ANNELIES<MARIJE<<<<<<<<<<<<<<\nen verder geen tweede regel",
        "ticket<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\nSTATUS<OPEN<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
        # capitals with K runs, no fillers and no zone's digits
        "KKKKKKKKKKKKKKKKKKKKKKKKKKKKKK\nBAKKERKKKKKKKKKKKKKKKKKKKKKKKK\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    ],
)
def test_filler_runs_alone_make_no_zone(text: str) -> None:
    assert zones(text) == []
