"""Dates of birth and places as writers outside our generators write them (issue 12, tuning set 19): OCR numbers with
S and B for digits and a label split by a space, a day read out as two digits, an ordinal month after ``van de``, the
year of birth before the birthday (``geboren in '79, 2 mei``, ``een 91'er``), a child's recent date after its name.
Each rule is shown firing and holding back; every sentence here is written for this file."""

from __future__ import annotations

import pytest

from afscherm.detectors.date_of_birth import DateOfBirthRecognizer, birth_dates_in_records
from afscherm.detectors.findings import Finding
from afscherm.detectors.place_names import PlaceNameRecognizer
from tests.recognizer_helpers import locations

BIRTH_DATES = DateOfBirthRecognizer()


def dobs(text: str) -> list[str]:
    return [text[f.start : f.end] for f in BIRTH_DATES.find(text)]


def person(text: str, name: str) -> Finding:
    start = text.index(name)
    return Finding(start, start + len(name), "PERSON", 0.9, "test")


def in_records(text: str, findings: list[Finding]) -> list[str]:
    found = birth_dates_in_records(text, None, findings)
    return [text[f.start : f.end] for f in found if f.entity_type == "DATE_OF_BIRTH"]


# -- OCR ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Geboortedatum: 2S O4 198B", "2S O4 198B"),  # spaced, S for 5 and B for 8
        ("Geboortedatum 11-O7-19S3", "11-O7-19S3"),
        ("Geboortedatum / Date of birth\nO3 FEB/FEB 2OO1", "O3 FEB/FEB 2OO1"),  # a month name between damaged numbers
    ],
)
def test_ocr_letters_for_digits_in_a_labelled_date(text: str, written: str) -> None:
    assert dobs(text) == [written]
    # the same damage under another date's label is no birth date
    assert dobs(text.replace("Geboortedatum", "Afgiftedatum").replace("Date of birth", "Date of issue")) == []


def test_birth_label_split_by_ocr() -> None:
    assert dobs("Geboor tedatum   O8.1O.1962") == ["O8.1O.1962"]
    assert dobs("Verval datum   O8.1O.2032") == []


# -- spoken -------------------------------------------------------------------------------------------------------


def test_spoken_day_as_two_digits_then_a_month_word() -> None:
    text = "agent: wat is uw geboortedatum?\nbeller: nul twee, twaalf, negentien tweeëntachtig"
    assert dobs(text) == ["nul twee, twaalf, negentien tweeëntachtig"]


def test_spoken_ordinal_month_after_van_de() -> None:
    text = "beller: ik ben geboren op de tiende van de zesde negentien vierenzestig"
    assert dobs(text) == ["de tiende van de zesde negentien vierenzestig"]
    assert dobs("agent: de monteur komt de tiende van de zesde tweeduizend vijfentwintig") == []


# -- year of birth first ------------------------------------------------------------------------------------------


def test_year_of_birth_before_the_birthday() -> None:
    assert dobs("ik ben geboren in '79, 2 mei, in een dorp bij Zwolle") == ["'79, 2 mei"]
    assert dobs("geboren in 1979, 31 februari") == []  # no such day


def test_date_in_the_stated_year_of_birth() -> None:
    text = "joep: ik ben een 91'er, 6 oktober. voor het formulier dus 06-10-1991"
    assert dobs(text) == ["6 oktober", "06-10-1991"]
    # another year's date on the line is an appointment, not the birth date
    assert dobs("joep: ik ben een 91'er, en de afspraak is op 06-10-2025") == []
    assert dobs("de jaren 90'ers waren leuk, 06-10-1991 was een mooie dag") == []


# -- a child's date -----------------------------------------------------------------------------------------------


def test_a_childs_recent_date_after_its_name() -> None:
    text = "onze kinderen: bente (2-11-2019) en sep (15-6-2021)"
    found = in_records(text, [person(text, "bente"), person(text, "sep")])
    assert found == ["2-11-2019", "15-6-2021"]
    # without children on the line a recent date after a name is an appointment
    text = "afspraak: bente (2-11-2024) en sep (15-6-2025)"
    assert in_records(text, [person(text, "bente"), person(text, "sep")]) == []


def test_spoken_year_of_birth_before_the_birthday() -> None:
    assert dobs("beller: ik ben van zevenenzestig, negen augustus") == ["zevenenzestig, negen augustus"]
    assert dobs("beller: ik ben van zevenenzestig, en negen augustus heb ik vrij") == []


def test_speaker_pauses_inside_a_spoken_date() -> None:
    text = "beller: mijn geboortedatum is eh negen augustus eh negentien zevenenzestig"
    assert dobs(text) == ["negen augustus eh negentien zevenenzestig"]
    assert dobs("beller: de afspraak is eh negen augustus eh tweeduizend zesentwintig") == []


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("DOB 09AUG1967", "09AUG1967"),
        ("geb.datum: 9AUG67", "9AUG67"),
        ("birthday: 9th of August 1967", "9th of August 1967"),
    ],
)
def test_month_name_dates_without_spaces_or_with_of(text: str, written: str) -> None:
    assert dobs(text) == [written]
    assert dobs(text.replace("DOB", "flight").replace("geb.datum", "vlucht").replace("birthday", "party")) == []


# -- places and addresses -----------------------------------------------------------------------------------------

PLACES = PlaceNameRecognizer()


def places(text: str) -> list[str]:
    return [text[f.start : f.end] for f in PLACES.find(text)]


def test_place_abroad_in_lower_case_after_a_cue() -> None:
    assert places("mijn ouders overwinteren in fuengirola, lekker warm") == ["fuengirola"]
    assert places("oma komt uit paramaribo en woont nu hier") == ["paramaribo"]
    assert places("de fuengirola van het noorden, zo noemen ze het") == []  # no cue, lower case


def test_listed_street_beside_a_place_in_a_one_line_address() -> None:
    assert locations("kantoor te Drachten, Zuiderdwarsvaart 14, open op maandag") == ["Zuiderdwarsvaart 14"]
    assert locations("Zuiderdwarsvaart 14, Drachten") == ["Zuiderdwarsvaart 14", "Drachten"]
    # a street of the BAG that is a short word too needs more than a place beside it
    assert locations("in Utrecht, Blok 4 is nu klaar") == []


def test_postcode_letters_read_out_by_their_names() -> None:
    text = "agent: en de postcode?\nbeller: vijfenzeventig, elf, ef gee"
    assert locations(text) == ["vijfenzeventig, elf, ef gee"]


def test_amsterdam_door_colour_after_the_house_number() -> None:
    assert locations("adres: Lindengracht 71 zwart, Amsterdam") == ["Lindengracht 71 zwart", "Amsterdam"]


def test_five_digit_postcode_before_a_place_abroad() -> None:
    # (the street too since tuning_25's rules: a southern street word first, a postcode after the number)
    assert locations("Avenida del Mar 4, 29602 Marbella") == ["Avenida del Mar 4", "29602", "Marbella"]
    assert locations("bestelling 29602 Marbella-stoel") == []


def test_village_opening_with_an_article_in_an_organisations_name() -> None:
    assert places("de jeugd van Korfbalvereniging De Glind traint op woensdag") == ["De Glind"]
    assert places("Dorpshuis Den Ham zoekt vrijwilligers") == ["Den Ham"]
    assert places("Restaurant De Klomp is dicht") == []  # an article and a thing, whatever the gazetteer says


def test_postcode_area_on_its_own_after_the_word_postcode() -> None:
    assert locations("beller: mijn postcode begint met 7411, verder weet ik het niet") == ["7411"]
    assert locations("agent: in welk postcodegebied?\nbeller: zeven vier een een") == ["zeven vier een een"]
    assert locations("agent: uw postcode?\nbeller: een momentje, ik zoek het op") == []
    assert locations("postcode en huisnummer: 7411 12") == []  # the number does not end its phrase


def test_date_alone_on_the_line_under_a_name_alone_on_its_line() -> None:
    text = "Sanne Roelofs\n22-09-1979\nPeperstraat 8"
    assert in_records(text, [person(text, "Sanne Roelofs")]) == ["22-09-1979"]
    text = "Sanne Roelofs\n22-09-1979 was de dag van de verhuizing"  # the date opens a sentence
    assert in_records(text, [person(text, "Sanne Roelofs")]) == []


def test_street_read_out_with_a_comma_before_nummer() -> None:
    text = "agent: op welk adres?\nbeller: de pieter de hooghstraat, nummer achttien"
    assert locations(text) == ["pieter de hooghstraat, nummer achttien"]
    # no number read out after "nummer": nothing past the street is taken for one
    found = locations("agent: op welk adres?\nbeller: de pieter de hooghstraat, nummer weet ik niet")
    assert not any("nummer" in value for value in found)


def test_postcode_vowels_and_consonants_by_their_names() -> None:
    assert locations("beller: de postcode is zes acht een twee, ee pee") == ["zes acht een twee, ee pee"]


def test_dash_between_postcode_and_place_is_no_part_of_the_place() -> None:
    assert locations("Bezoekadres: Havenweg 3 - 8861 NB - Harlingen") == ["Havenweg 3", "8861 NB", "Harlingen"]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("beller: ik ben geboren op zes mei in negenenzeventig", "zes mei in negenenzeventig"),
        ("Ik ben geboren op 6 mei in 1979 in Deventer.", "6 mei in 1979"),
    ],
)
def test_year_after_in_behind_the_birthday(text: str, written: str) -> None:
    assert dobs(text) == [written]
    assert dobs(text.replace("geboren", "getrouwd")) == []


def test_post_box_number_with_ocr_letters() -> None:
    assert locations("GEMEENTE ZWOLLE\nPostbus l0007\n8000 GA Zwolle")[:1] == ["Postbus l0007"]
    assert locations("Postbus lOl") == []  # no real digit: no number OCR damaged


def test_year_first_answer_to_a_question_for_the_birth_date() -> None:
    assert dobs("agent: en wanneer bent u geboren?\nbeller: in achtenzestig, op elf juli") == [
        "achtenzestig, op elf juli"
    ]
    assert dobs("agent: en wanneer is de verhuizing?\nbeller: in tweeduizend zesentwintig, op elf juli") == []
