"""What a recogniser or the whole analyzer finds in a text, as the strings found (shared by the rule tests)."""

from __future__ import annotations

from afscherm.detectors.analyzer import default_analyzer
from afscherm.detectors.date_of_birth import DateOfBirthRecognizer
from afscherm.detectors.findings import Finding
from afscherm.detectors.location import LocationRecognizer
from afscherm.detectors.person_name import PersonNameRecognizer
from afscherm.detectors.place_names import PlaceNameRecognizer

NAMES = PersonNameRecognizer()
STREETS = LocationRecognizer()


def names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in NAMES.find(text)]


def locations(text: str) -> list[str]:
    return [text[f.start : f.end] for f in STREETS.find(text)]


def spans(findings: list[Finding], text: str, entity: str) -> list[str]:
    """The strings of the ``entity`` findings among ``findings``."""
    return [text[f.start : f.end] for f in findings if f.entity_type == entity]


def places(text: str) -> list[str]:
    """The places the gazetteer recogniser finds."""
    return spans(PlaceNameRecognizer().find(text), text, "LOCATION")


def found(text: str, entity: str) -> list[str]:
    """The strings of one entity type the whole analyzer reports."""
    return [text[f.start : f.end] for f in default_analyzer().analyze_one(text) if f.entity_type == entity]


def found_set(text: str, entity: str) -> set[str]:
    """:func:`found` as a set (the tuning-rule tests compare sets)."""
    return set(found(text, entity))


def persons(text: str) -> list[str]:
    """The persons the name recogniser finds."""
    return spans(PersonNameRecognizer().find(text), text, "PERSON")


def births(text: str) -> list[str]:
    """The dates of birth the date-of-birth recogniser finds."""
    return spans(DateOfBirthRecognizer().find(text), text, "DATE_OF_BIRTH")
