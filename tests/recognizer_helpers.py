"""What a recogniser or the whole analyzer finds in a text, as the strings found (shared by the rule tests)."""

from __future__ import annotations

from afscherm.detectors.analyzer import default_analyzer
from afscherm.detectors.location import LocationRecognizer
from afscherm.detectors.person_name import PersonNameRecognizer

NAMES = PersonNameRecognizer()
STREETS = LocationRecognizer()


def names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in NAMES.find(text)]


def locations(text: str) -> list[str]:
    return [text[f.start : f.end] for f in STREETS.find(text)]


def found(text: str, entity: str) -> list[str]:
    """The strings of one entity type the whole analyzer reports."""
    return [text[f.start : f.end] for f in default_analyzer().analyze_one(text) if f.entity_type == entity]
