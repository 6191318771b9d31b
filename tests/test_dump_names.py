"""Names as values in dumps: the key or column says the value is a person's name or a part of one (issue 12).

Hand-written, fictitious examples; every expected value is written out, not computed by the code under test.
"""

from __future__ import annotations

import pytest

from afscherm.detectors.field_context import name_field_values, names_person
from afscherm.detectors.person_name import PersonNameRecognizer

REC = PersonNameRecognizer()


def names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in REC.find(text)]


@pytest.mark.parametrize(
    "key",
    ["naam", "klantnaam", "first_name", "lastName", "achternaam", "voorletters", "Tussenvoegsel", "contact_person",
     "naam_ouder", "customer_name", "given_names", "displayName", "partnernaam"],
)  # fmt: skip
def test_keys_naming_a_person(key: str) -> None:
    assert names_person(key)


@pytest.mark.parametrize(
    "key", ["product_name", "bedrijfsnaam", "hostname", "file_name", "straatnaam", "status", "first", "klant"]
)
def test_keys_naming_a_thing_or_nothing(key: str) -> None:
    assert not names_person(key)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names that are also words (Zwart, Rik, Bakker) or unlisted: the key vouches for them
        ('{"klantnaam": "Wim Zwart", "bsn": "111222333"}', ["Wim Zwart"]),
        ("first_name,last_name,dob\nTess,Kramer,1988-12-01\nRik,Bakker,2002-03-17",
         ["Tess", "Kramer", "Rik", "Bakker"]),
        (
            "voorletters;tussenvoegsel;achternaam\nJ.W.;van der;Linden\nM.;;Kok",
            ["J.W.", "van der", "Linden", "M.", "Kok"],
        ),
        ("INSERT INTO p (id, voornaam, achternaam) VALUES (1, 'Rik', 'Postma'), (2, 'Anna', 'Bos');",
         ["Rik", "Postma", "Anna", "Bos"]),
        ("UPDATE klanten SET achternaam = 'Zwart', voornaam = 'Rik' WHERE id = 77;", ["Zwart", "Rik"]),
        ('{"name": {"first": "Iris", "last": "Koopman"}, "phone": "0612345678"}', ["Iris", "Koopman"]),
        ("- naam: Bram Oosterhout\n  rol: huurder", ["Bram Oosterhout"]),
        ("| id | naam        | plaats |\n+----+-------------+--------+\n|  7 | Joep Zwart  | Ede    |", ["Joep Zwart"]),
    ],
)  # fmt: skip
def test_name_under_a_person_key(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        '{"product_name": "Tafel Linde", "bedrijfsnaam": "Groen"}',  # keys that name things
        '{"klantnaam": "onbekend"}',  # a placeholder
        '{"naam": "null", "achternaam": "n.v.t."}',
        '{"klantnaam": "Bakkerij Zwart"}',  # an organisation under a person key
    ],
)
def test_no_name_under_other_keys_or_placeholders(text: str) -> None:
    assert names(text) == []


def test_particles_alone_only_under_their_own_column() -> None:
    assert names('{"tussenvoegsel": "van der"}') == ["van der"]
    assert names('{"naam": "van der"}') == []


def test_field_values_positions() -> None:
    text = "voornaam=Rik&achternaam=Zwart&tel=0612345678"
    assert [(k, text[a:b]) for k, a, b in name_field_values(text)] == [("voornaam", "Rik"), ("achternaam", "Zwart")]


# -- OCR'd forms: name labels as OCR damaged them, the register's comma writing, wide spacing between fields ----------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Narne: OOSTERHOF\nGiven narnes: LUUK", ["OOSTERHOF", "LUUK"]),
        ("Na am: Kuipers\nVoor naam: Daan", ["Kuipers", "Daan"]),
        ("Werknerner: JANSEN, PETRA   Pers.nr 10234", ["JANSEN, PETRA"]),
        ("Naam patiënt  : BRUIJN, M. de\nVerzekerd bij : Zilveren Kruis", ["BRUIJN, M. de"]),
        ("Achternaarn: Smit      Voorletters: A.M.      Tussenvoegsel: -", ["Smit", "A.M."]),
        ("Hierbij bevestig ik, dhr. H. Mu1der, dat de sleutels zijn ingeleverd.", ["H. Mu1der"]),
    ],
)
def test_ocr_form_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Werknemer: vast contract",  # a role label whose value is no name
        "Naar: Utrecht Centraal      Vertrek: 10.15",  # one edit from "Naam" is not read as it
        "Factuurnummer 2024-0012\nBedrag: EUR 45,00",
    ],
)
def test_ocr_form_labels_that_name_no_person(text: str) -> None:
    assert names(text) == []


# -- call transcripts: answering the phone with "met", the answer to a question for a name ------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Agent: Met wie spreek ik?\nBeller: met de vries.\nAgent: Meneer de vries, zegt u het maar.",
         ["de vries", "de vries"]),
        ("Agent: met wie heb ik het genoegen?\nBeller: met bakker.", ["bakker"]),
        ("Klant: Ja, met Jansen, goedemiddag.", ["Jansen"]),
        ("Agent: kunt u uw naam spellen?\nKlant: bosma, b-o-s-m-a.", ["bosma"]),
        ("Agent: En uw achternaam?\nKlant: Zwart, gewoon zwart.", ["Zwart"]),
    ],
)  # fmt: skip
def test_transcript_names(text: str, expected: list[str]) -> None:
    assert names(text)[: len(expected)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Agent: met wie spreek ik?\nBeller: met mij, haha.",
        "Klant: met de auto kom ik morgen.",
        "Agent: Mag ik uw naam?\nKlant: Ja, momentje.",
        "Agent: Wat is uw naam?\nKlant: sorry?",
    ],
)
def test_transcript_turns_that_name_no_one(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Beller: Met Klantenservice, goedemiddag.",  # a desk answers, not a person
        "Agent: Mag ik uw naam?\nKlant: Dat is goed.",
    ],
)
def test_phone_answers_and_name_answers_that_are_no_name(text: str) -> None:
    assert names(text) == []
