"""Patterns tried only where they can start (speed, issue 12): each faster reading finds what the whole scan finds.

The recognisers of dates of birth and places look for some patterns only at their lead words' positions, or behind a
cheaper pattern every match holds; these tests hold each against the plain scan, over texts written for it, cases
where the lead is missing, shifted or inside another word included.
"""

from __future__ import annotations

import re

import pytest

from afscherm.detectors import date_of_birth as dob
from afscherm.detectors import location, place_names

_OCR_TEXTS = [
    "Geboortedatum O9 O8 197S",
    "geb. 17-O6-19B4",
    "O5 SEP/SEP 2OOO",
    "kamer 1O en 2l",
    "code SB12 en 12SB",
    "geen cijfers hier, Oost en Sint Blasius",
    "1234 5678",
    "BOSS 12",
]


@pytest.mark.parametrize("text", _OCR_TEXTS)
def test_ocr_number_gate_holds_every_damaged_number(text: str) -> None:
    """Every number OCR damaged has one of its letters beside a digit, so the gate never skips one."""
    if dob._OCR_NUMBER.search(text) is not None:
        assert dob._OCR_BESIDE_DIGIT.search(text) is not None


def test_ocr_damaged_birth_date_still_read() -> None:
    text = "Naam: Eva Bos\nGeboortedatum: O9 O8 197S\n"
    found = dob.DateOfBirthRecognizer().find(text)
    assert [text[f.start : f.end] for f in found] == ["O9 O8 197S"]


def test_ocr_number_dates_skip_a_text_without_ocr_letters() -> None:
    assert dob._ocr_number_dates("geboren 12-03-1981, Oost 12") == []


_FOREIGN_BEFORE = re.compile(r"(?:[1-9]\d{3,4}|0\d{4})(?=[ \t\u00a0]+[A-ZÀ-Ý])")


@pytest.mark.parametrize(
    "text",
    [
        "B-1000 Brussel",
        "52062 Aachen en 03181 Torrevieja",
        "123456 Abc",
        "0123 Gent, 01234 Madrid",
        "tel 0612345678 Jan",
        "75001\u00a0Paris",
        "9999 X",
    ],
)
def test_foreign_postcode_led_by_a_digit_matches_as_before(text: str) -> None:
    assert [m.span() for m in location._FOREIGN_POSTCODE.finditer(text)] == [
        m.span() for m in _FOREIGN_BEFORE.finditer(text)
    ]


def test_foreign_postcode_and_its_place_found() -> None:
    text = "Ons adres: Meir 45, 2000 Antwerpen"
    found = location.LocationRecognizer().find(text)
    assert "Antwerpen" in [text[f.start : f.end] for f in found]


_ARTICLE_BEFORE = re.compile(
    "(?P<article>(?:[dD](?<![\\w'’][dD])(?i:e)|[hH](?<![\\w'’][hH])(?i:et)|'(?<![\\w'’]')(?i:t)))"
    + location._ARTICLE_STREET_SPOKEN.pattern.split(")))", 1)[1]
)


@pytest.mark.parametrize(
    "text",
    [
        "de heugden dertien in boxmeer",
        "naar leusden, De Biezenkamp zeven",
        "het Vredenburg twaalf.",
        "'t Zand vier",
        "ende heugden dertien",
        "HET huis twee en DE kerk drie, 'T veld vijf",
        "wat'de heugden dertien",
    ],
)
def test_article_street_read_out_led_by_one_class_matches_as_before(text: str) -> None:
    assert [m.groupdict() for m in location._ARTICLE_STREET_SPOKEN.finditer(text)] == [
        m.groupdict() for m in _ARTICLE_BEFORE.finditer(text)
    ]
    assert [m.span() for m in location._ARTICLE_STREET_SPOKEN.finditer(text)] == [
        m.span() for m in _ARTICLE_BEFORE.finditer(text)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "agent: en de woonplaats?\nklant: apeldoorn.",
        "Waar woont u?\nbeller: in ee.",
        "WAAR WOON JE?\nik: zwolle",
        "woonachtig in\nbeller: sint-annaparochie, ja",
        "Wonende te:\nUtrecht",
        "de stad waar je werkt?\nik: Delft",
        "hoofdstad?\nAmsterdam",  # (no word boundary before 'stad': no question)
        "welk dorp was het ook alweer?\n  klant: urk",
        "uw plaats\u017f?\nklant: urk",  # (a case oddity: the whole text scanned)
        "geen vraag hier, alleen plaatsen",
    ],
)
def test_place_questions_found_at_their_lead_words_as_everywhere(text: str) -> None:
    assert [m.span() for m in place_names._place_questions(text)] == [
        m.span() for m in place_names.PLACE_QUESTION.finditer(text)
    ]


def test_place_question_answered_still_found() -> None:
    text = "agent: en wat is uw woonplaats?\nklant: apeldoorn."
    found = place_names.PlaceNameRecognizer().find(text)
    assert "apeldoorn" in [text[f.start : f.end] for f in found]


@pytest.mark.parametrize(
    "lowered",
    [
        "ze is geboren op vijftien maart 1990",
        "ze is geboren op eenentwintig maart 1990",
        "negen  tien maart 1990",
        "x\ntien\tmaart, 1990",
        "tien\nmaart 1990",
        "gezien maart 1990",
        "één mei 2001 en drie juni 1999",
        "op 3 mei 1990 en twee juni 1999",
        "zeventien augustus 20201",
        "vier april1941",
    ],
)
def test_word_day_month_read_back_from_the_month_as_the_pattern(lowered: str) -> None:
    assert dob._word_day_month(lowered) == (dob._WORD_DAY_MONTH.search(lowered) is not None)


@pytest.mark.parametrize(
    "text",
    [
        "hoe oud is oma nu?",
        "Hoe  oud wordt ze",
        "hoe\toud",
        "schoe oud",
        "geboortehoe oud",
        "wanneer is wytske jarig?\nhoe oud wordt ze",
        "Date of birth and DOB, b-day",
        "birthoe oud",
    ],
)
def test_birth_talk_cues_found_from_their_leads_as_everywhere(text: str) -> None:
    assert [m.span() for m in dob._talk_cues(text)] == [m.span() for m in dob._BIRTH_TALK.finditer(text)]


_LABEL_TEXTS = [
    "Naam: Eva Bos\nGeboortedatum: 14-03-1981",
    "NaamKlant:Fleur BosmanGeb.datum:04-11-1990",
    "ik ben van 14 maart 1981",
    "sanne: ben van 12 mei 1990",
    "mijn vrouw is van 9 augustus 1974",
    "Jan Jansen, *14-03-1981",
    "° 14/03/1981",
    "Marie Dubois, née le 3 mars 1970",
    "Geb0ortedatuni 14-03-1981",
    "DOB:\n14-03-1981",
    "verjaardagGeboren 1-2-1980",
    "dochter eline is van 15-08-2011",
    "ur. 5 maja 1980, data urodzenia 5.05.1980",
    "de factuur van 12-03-2024",
    "JIJ BENT TOCH VAN 12 maart 1988",
]


@pytest.mark.parametrize("text", _LABEL_TEXTS)
def test_birth_label_found_at_its_lead_words_as_by_the_search(text: str) -> None:
    """For every window before each date (any start), the label found is the search's."""
    for date in dob._DATE.finditer(text):
        start = date.start()
        for lo in range(start + 1):
            expected = dob._BIRTH_LABEL.search(text, lo, start)
            got = dob._birth_label_in(text, lo, start)
            assert (got.span() if got else None) == (expected.span() if expected else None), (text, lo, start)
