"""Dates of birth (issue 12): a bilingual ID-card date that OCR left without its label, and a whole date
after "<first name> is" answering a question for birth dates. Cases written for these tests, all fictitious."""

from __future__ import annotations

from datetime import date

from afscherm.detectors.date_of_birth import birth_dates_in_records
from afscherm.detectors.findings import Finding
from tests.recognizer_helpers import births


def test_unlabelled_card_date_is_the_birth_date() -> None:
    text = "IDENTITEITSKAART\nHOOGERWERF\nMAARTJE\n23 OKT/OCT 1971\nXK4R8PL27\n"
    assert births(text) == ["23 OKT/OCT 1971"]


def test_unlabelled_card_date_read_through_ocr_digits() -> None:
    text = "PASPOORT\nDIJKEMA\nJOUKE\nl2 MRT/MAR l984   V/F\n"
    assert births(text) == ["l2 MRT/MAR l984"]


def test_card_date_left_alone_when_recent_ahead_or_labelled() -> None:
    recent = date.today().year - 3
    text = f"IDENTITEITSKAART\n04 JUN/JUN {recent}\nGeldig tot\n04 JUN/JUN 1999\n19 FEB/MAR 1970\n07 FEB/FEB 2040\n"
    # the issue date is too recent, the next under its expiry label, the months of the fourth disagree, the last ahead
    assert births(text) == []


def test_card_date_with_another_label_on_its_line_is_not_taken() -> None:
    assert births("Datum afgifte 04 JUN/JUN 1999") == []


def test_named_person_is_a_whole_date_after_a_birth_question() -> None:
    text = (
        "trainer: voor de clubpas heb ik van iedereen de geboortedatum nodig\n"
        "ouder: 4-9-2013\n"
        "ouder: en femke is 17 mrt 2012\n"
    )
    assert "17 mrt 2012" in births(text)


def test_named_person_is_a_date_without_birth_word_or_going_on() -> None:
    assert births("planning: en femke is 17 mrt 2012 begonnen bij ons, geboortedatum volgt") == []
    assert births("femke is 17 mrt 2012\nhet contract ging in") == []
    lead = "zijn geboortedatum staat er al in, dat was vorige week al geregeld door de administratie. "
    assert births(lead + "femke is 17 mrt 2012.") == ["17 mrt 2012"]
    assert births(lead + "de levering is 17 mrt 2012.") == []  # no first name before "is"


def _record_births(text: str, *names: str) -> list[str]:
    persons = [Finding(text.index(n), text.index(n) + len(n), "PERSON", 0.85, "test") for n in names]
    found = birth_dates_in_records(text, None, persons)
    return [text[f.start : f.end] for f in found if f.entity_type == "DATE_OF_BIRTH"]


def test_date_after_a_name_and_a_spaced_dash_in_a_guest_list() -> None:
    text = "Gasten:\n1. Koen Verbeeck — 04/11/1977 — Lier\n2. Els Maes - 22/06/1979\n"
    assert _record_births(text, "Koen Verbeeck", "Els Maes") == ["04/11/1977", "22/06/1979"]


def test_dash_glued_to_the_name_or_a_recent_date_is_no_birth() -> None:
    recent = date.today().year - 2
    text = f"Team:\nKoen Verbeeck — 04-11-{recent} gestart\nEls Maes-04-11-1979\n"
    assert _record_births(text, "Koen Verbeeck", "Els Maes") == []


def test_a_parent_is_a_whole_date() -> None:
    assert births("Anouk: voor de huisarts: papa is toch van 14 februari 1947?") == ["14 februari 1947"]


def test_a_parent_is_a_period_or_a_thing_is_a_date() -> None:
    assert births("Anouk: papa is van 14 februari 1947 tot 20 februari 1947 weg") == []
    assert births("Anouk: de brief is toch van 14 februari 1947?") == []
    assert births("Anouk: papa is van 14 februari 2025 in het ziekenhuis") == []
