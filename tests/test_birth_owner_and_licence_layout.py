"""Whose birth a date is, and a driving licence known by its layout (issue 12).

``PersonNameRecognizer._birth_owner``: a name right before its own date of birth in brackets or after a comma is a
person, listed or not. ``date_of_birth.licence_page``: a licence whose heading OCR garbled (``RlJBEWlJS``) is still
known by its numbered fields, so field 3's date is a date of birth and field 5's number a document number."""

from __future__ import annotations

import pytest

from afscherm.detectors import analyze


def _found(text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze([text])[0] if f.entity_type == entity]


def test_children_named_before_their_births_in_brackets() -> None:
    text = "De toelage geldt voor uw kinderen Yaw (geboren 04-05-2012) en Efua (geboren 17-09-2015)."
    assert {"Yaw", "Efua"} <= set(_found(text, "PERSON"))


@pytest.mark.parametrize(
    "text, name",
    [
        ("Leerling 2: Sten, geboortedatum 03-03-2018", "Sten"),
        ("Betrokkene: Mevrouw Ilona Brandsma, geb. 12-08-1961, wonend te", "Ilona Brandsma"),
    ],
)
def test_a_name_before_a_comma_and_its_birth(text: str, name: str) -> None:
    assert name in _found(text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "Zoon (geboren 3-4-2011) gaat naar groep 3",  # a word, not a name
        "Utrecht, geb. 3-4-1999 staat er op het formulier",  # a place
        "Maandag, geboortedatum 4-4-2001 ingevuld",  # a weekday
    ],
)
def test_other_words_before_a_birth_are_no_person(text: str) -> None:
    assert _found(text, "PERSON") == []


LICENCE = "RlJBEWlJS   NL\n1. BRANDSMA\n2. ILONA\n3. 12.08.1961 SNEEK\n4a. 02.03.2018   4b. 02.03.2028\n5. 5187342290\n"


def test_a_licence_known_by_its_fields_without_its_heading() -> None:
    assert "rijbewijs" not in LICENCE.lower()
    assert _found(LICENCE, "DATE_OF_BIRTH") == ["12.08.1961"]
    assert _found(LICENCE, "NL_ID_DOCUMENT") == ["5187342290"]


def test_a_numbered_agenda_is_no_licence() -> None:
    agenda = "1. OPENING\n2. NOTULEN\n3. 12.08 VERGADERING START\n4a. rondvraag\n5. 5187342290 (zaalnummer)\n"
    assert _found(agenda, "DATE_OF_BIRTH") == []
    assert _found(agenda, "NL_ID_DOCUMENT") == []


def test_a_list_of_birthdays_goes_on_after_its_first_birth_date() -> None:
    text = "Ans: verjaardagen voor de lijst: mees 11-03-2016, ilse 23-10-2020 en wouter 04-06-2018"
    assert _found(text, "DATE_OF_BIRTH") == ["11-03-2016", "23-10-2020", "04-06-2018"]


def test_a_tables_other_dates_stay_other_dates() -> None:
    text = "nr\tnaam\tgeboren\ttelefoon\tingeschreven\n4415\tSanne Visscher\t2011-03-22\t06-18224571\t2019-09-01\n"
    assert _found(text, "DATE_OF_BIRTH") == ["2011-03-22"]
