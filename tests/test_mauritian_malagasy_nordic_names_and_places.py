"""Given names, family names and places of Mauritian, Seychellois, Malagasy, Réunion, Icelandic, Faroese and
Greenlandic families (issue 12, tuning_160 and tuning_161), listed in the sixty-fourth session, and a place's two
names joined by a slash read as one rule reads any listed place."""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.from_config(None)


def _found(analyzer: Analyzer, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, text[f.start : f.end]) for f in analyzer.analyze([text])[0]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Anishta stuurt morgen het formulier", "Anishta"),
        ("kun je Voahirana vragen of ze zaterdag komt?", "Voahirana"),
        ("Pipaluk heeft de sleutel van kamer 3", "Pipaluk"),
        ("de factuur staat op naam van Rakotondrabe", "Rakotondrabe"),
        ("Aqqaluk zegt dat de bus om 8 uur gaat", "Aqqaluk"),
    ],
)
def test_a_listed_name(analyzer: Analyzer, text: str, name: str) -> None:
    assert ("PERSON", name) in _found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("mijn moeder woont nog in Ambositra", "Ambositra"),
        ("hij komt uit Sisimiut en werkt nu in Den Helder", "Sisimiut"),
        ("we gaan in augustus naar Fuglafjørður", "Fuglafjørður"),
    ],
)
def test_a_listed_place_abroad(analyzer: Analyzer, text: str, place: str) -> None:
    assert ("LOCATION", place) in _found(analyzer, text)
