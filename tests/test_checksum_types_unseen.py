"""Issue 12, checksum types and their neighbours in writings support desks meet (tuning_10): BSNs over two turns and
in 8-digit groups, MRZ zones wrapped, with fillers misread or without their name line, document numbers of
driving licences, residence documents, Belgian and German ID cards, and Belgian dates of birth (``°``)."""

from __future__ import annotations

import pytest

from afscherm.detectors.bsn import BsnRecognizer
from afscherm.detectors.date_of_birth import DateOfBirthRecognizer
from afscherm.detectors.id_document import IdDocumentRecognizer
from afscherm.detectors.mrz import MrzRecognizer, MrzShapeRecognizer, compose_td1, compose_td3

# Valid by construction (python-stdnum's 11-proef, ICAO check digits from compose_*), written out so the tests do not
# compute their expectations with the code under test.
BSN = "339775555"
TD1 = compose_td1("I", "NLD", "NX7R4KP21", "830514", "F", "310219", "NLD", "BAKKER", "SANNE LOTTE")
TD3 = compose_td3("P", "NLD", "NR8K2TQ31", "870911", "M", "300305", "NLD", "HENDRIKS", "RUUD")


def spans(findings: list, text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in findings if f.entity_type == entity]


# --- BSN ------------------------------------------------------------------------------------------------------


def test_bsn_given_over_two_turns_is_found_in_both_pieces() -> None:
    text = "Klant: mijn bsn is 339 775\nAgent: ja?\nKlant: 555"
    assert spans(BsnRecognizer().find(text), text, "NL_BSN") == ["339 775", "555"]


def test_bsn_over_two_chat_messages_with_time_stamps() -> None:
    text = "[10:02] jan: mijn bsn 339775\n[10:03] jan: 555"
    assert spans(BsnRecognizer().find(text), text, "NL_BSN") == ["339775", "555"]


@pytest.mark.parametrize(
    "text",
    [
        "Klant: mijn bsn is 339 775\nAgent: 555",  # another speaker's digits
        "Klant: mijn bsn is 339 775\nAgent: ja?\nKlant: 556",  # together they fail the 11-proef
        "Klant: mijn telefoon is 339 775\nAgent: ja?\nKlant: 555",  # no BSN label
    ],
)
def test_two_turns_that_are_no_bsn(text: str) -> None:
    assert BsnRecognizer().find(text) == []


@pytest.mark.parametrize(
    ("text", "bsn"),
    [
        ("Social security number (NL): 339 77 55 55", "339 77 55 55"),
        ("persoonsnr: 339 7755 55", "339 7755 55"),
        ("BSN klant (ordernr 4455): 339775555", "339775555"),  # the order word has its own number
        ("BSN: 339775555/01", "339775555"),
        ("bsn 339775555-2", "339775555"),
    ],
)
def test_bsn_labels_and_suffixes(text: str, bsn: str) -> None:
    assert spans(BsnRecognizer().find(text), text, "NL_BSN") == [bsn]


@pytest.mark.parametrize(
    "text",
    [
        "BSN 4754 256 74. Zijn bestelnummer was 382563906",  # the order word names the second number
        "bsn 339775556-2",  # fails the 11-proef
        "339775555/01",  # a suffixed number without a BSN label
        "bsn 1339775555/01",  # ten digits: a longer number
    ],
)
def test_no_second_bsn(text: str) -> None:
    assert spans(BsnRecognizer().find(text), text, "NL_BSN") in ([], ["4754 256 74"])


def test_eight_digit_bsn_in_groups_with_its_label() -> None:
    text = "bsn: 2592 4989"  # 025924989 with the leading zero dropped
    assert spans(BsnRecognizer().find(text), text, "NL_BSN") == ["2592 4989"]


def test_eight_digit_groups_inside_a_phone_number_are_no_bsn() -> None:
    text = f"BSN {BSN}, bel 06 2592 4989"
    assert spans(BsnRecognizer().find(text), text, "NL_BSN") == [BSN]


# --- MRZ ------------------------------------------------------------------------------------------------------


def test_td1_zone_without_its_name_line_and_its_values() -> None:
    text = "Kopie ID (naamregel niet leesbaar):\n" + "\n".join(TD1[:2])
    found = MrzShapeRecognizer().find(text)
    assert spans(found, text, "MRZ") == ["\n".join(TD1[:2])]
    assert spans(found, text, "NL_ID_DOCUMENT") == ["NX7R4KP21"]
    assert spans(found, text, "DATE_OF_BIRTH") == ["830514"]
    assert MrzRecognizer().find(text) == []  # the ID-copy path reads whole zones only, as before


def test_td1_top_lines_joined_in_json() -> None:
    text = '{"mrz": "' + TD1[0] + TD1[1] + '"}'
    assert spans(MrzShapeRecognizer().find(text), text, "MRZ") == [TD1[0] + TD1[1]]


def test_two_td1_lines_with_two_check_digits_broken_are_not_a_zone() -> None:
    broken = TD1[1].replace("8305147F3102190", "8305144F3102191")
    assert MrzShapeRecognizer().find(TD1[0] + "\n" + broken) == []


def test_zone_wrapped_at_another_width() -> None:
    joined = TD3[0] + TD3[1]
    wrapped = "\n".join([joined[:35], joined[35:76], joined[76:]])
    found = MrzShapeRecognizer().find("MRZ:\n" + wrapped)
    assert [(f.entity_type, f.end - f.start) for f in found if f.entity_type == "MRZ"] == [("MRZ", len(wrapped))]
    assert "NR8K2TQ31" in spans(found, "MRZ:\n" + wrapped, "NL_ID_DOCUMENT")


@pytest.mark.parametrize("misread", ["(", "[", "c", "e"])
def test_fillers_printed_as_brackets_or_letters(misread: str) -> None:
    text = "\n".join(TD3).replace("<", misread)
    found = MrzShapeRecognizer().find(text)
    assert spans(found, text, "MRZ") == [text]
    assert spans(found, text, "DATE_OF_BIRTH") == ["870911"]


def test_zone_quoted_in_an_e_mail_reply() -> None:
    text = "> " + "\n> ".join(TD3)
    assert spans(MrzRecognizer().find(text), text, "MRZ") == [text[2:]]


def test_fillers_printed_as_single_guillemets() -> None:
    text = "\n".join(TD1).replace("<", "\u2039")
    assert spans(MrzShapeRecognizer().find(text), text, "MRZ") == [text]


def test_fillers_printed_as_gaps() -> None:
    text = "\n".join(TD3).replace("<<<<<<<<<<<<<<02", "<<<< <<<  <<<<02")
    assert spans(MrzShapeRecognizer().find(text), text, "MRZ") == [text]


@pytest.mark.parametrize(
    "text",
    [
        "Hello <<world>> this is ((((fun)))) cccccccccccccccccccccccccccccc eeeeeeeeeeeeeeeeeeeeee",
        "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n(((((((((((((((((((((((((((((((",
        # wrapped, two check digits off: at most a shape (score 0.6), never values
        "P<NLDHENDRIKS<<RUUD<<<<<<<<<<<<<<<<\n<<<<<<<<<NR8K2TQ318NLD8709115M3003057<<<<\n<<<<<<<<<<02",
    ],
)
def test_no_checked_zone_where_the_structure_or_check_digits_do_not_hold(text: str) -> None:
    assert [f for f in MrzShapeRecognizer().find(text) if f.score > 0.6] == []


# --- Document numbers -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("RIJBEWIJS   Koninkrijk der Nederlanden\n1. VISSER\n4c. CBR\n5. 5293847106", "5293847106"),
        ("Rijbewijsnummer: 4812093756 (categorie B)", "4812093756"),
        ("Mijn verblijfsdocument heeft nummer E03856213, geldig tot 2028.", "E03856213"),
        ("CARTE D'IDENTITE / IDENTITEITSKAART\nKaartnummer: 592-8765430-09", "592-8765430-09"),
        ("Belgische eID, kaartnr 601347982132", "601347982132"),
        ("PERSONALAUSWEIS\nAusweisnummer T22000129", "T22000129"),
        ("Documentnr.: LF2C8XN4S", "LF2C8XN4S"),  # OCR's S for the last digit 5
        ("mijn id: KT4R9WZ27", "KT4R9WZ27"),
        ("Ik heb mijn ID (nummer PV3X8LJ50) als bijlage gestuurd.", "PV3X8LJ50"),
        ("Documentnummer: KT4R 9WZ2 7", "KT4R 9WZ2 7"),
        ("Agent: en het documentnummer van uw paspoort?\nKlant: K T 4 R 9 W Z 2 7", "K T 4 R 9 W Z 2 7"),
    ],
)
def test_other_document_numbers(text: str, number: str) -> None:
    assert spans(IdDocumentRecognizer().find(text), text, "NL_ID_DOCUMENT") == [number]


@pytest.mark.parametrize(
    "text",
    [
        "Rijbewijs verlopen, klantnummer 4812093756 graag verlengen.",  # another number's name between
        "Bel mij op 0612345678, mijn rijbewijs ligt thuis.",  # a phone number, before the word
        "Uw rijbewijs (categorie B) is geldig. Bel 0201234567.",
        "Verblijfsvergunning aangevraagd, zaaknummer Z20240311.",
        "Belgische eID kwijt, kaartnr 601347982131",  # mod 97 fails
        "Identiteitskaart kwijt, ordernummer 123456789012",
        "Ausweis verloren, Bestellnummer T22000129",
        "T22000129",  # the German shape without its words
        "KT4R 9WZ2 7",  # groups of the Dutch shape without a label
        "Documentnummer: KT4R 9WZ2",  # groups that are no number of the Dutch shape
        "Documentnr.: JANSS3NS",  # a name in capitals with one OCR digit, ending in S
    ],
)
def test_no_document_number(text: str) -> None:
    assert IdDocumentRecognizer().find(text) == []


# --- Dates of birth -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Naam: Els Janssens\n° 14/03/1981 te Gent", "14/03/1981"),
        ("Mevrouw A. Peeters, ° 2 mei 1962, wonende te Leuven.", "2 mei 1962"),
        ("En mijn vrouw is van 9 augustus 1974.", "9 augustus 1974"),
        ("Mijn moeder is van 12 februari 1950 en mijn vader van 3 maart 1948.", "12 februari 1950|3 maart 1948"),
        ("geb. datum: 14-03-1981", "14-03-1981"),
        ("Geboortedatum: 3 7 1985", "3 7 1985"),
        ("Aanvrager: M. Hoekstra, 14 maart 1981 (geboortedatum)", "14 maart 1981"),
        ("Klant: ik ben geboren op de veertiende maart 1981, in Assen.", "de veertiende maart 1981"),
        ("Geboren op 14 maart, 1981", "14 maart, 1981"),
        ("geb.14-03-1981", "14-03-1981"),
        ("birthdate = datetime(1981, 3, 14, 0, 0)", "1981, 3, 14"),
    ],
)
def test_birth_dates(text: str, day: str) -> None:
    assert "|".join(spans(DateOfBirthRecognizer().find(text), text, "DATE_OF_BIRTH")) == day


@pytest.mark.parametrize(
    "text",
    [
        "Ik ben geboren in Deventer. Factuurdatum 12-03-2024, ordernummer 2024-88123.",
        "Mijn zoon is vorig jaar geboren. Bestelling geplaatst op 04-11-2024.",
        "Temperatuur 20° 14/03/1981",
        "Factuur n° 14/03/1981",
        "° 14/03/2022 (datum intake)",  # too recent for the degree sign
        "Mijn contract is van 3 mei 1998.",
        "Geboortedatum: 3 7 85",  # one-digit day and month with a two-digit year: no date
        "14 maart 1981 (factuurdatum)",
        "Geboren op 14 maart, 12 uur 's middags",  # a comma before a year only of four digits
        "geboren 1.14-03-1981",  # the tail of a longer number
    ],
)
def test_no_birth_date(text: str) -> None:
    assert DateOfBirthRecognizer().find(text) == []
