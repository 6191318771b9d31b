"""A name written in capitals as a document prints it, after "naam" in a sentence or a label that goes on to its
colon (issue 12; ``person_name._name_is_capitals``, ``LABEL_GOES_ON``, ``_lower_after_comma``); and a district's
compass word after a name is no second person, but a place (``ner_guard.COMPASS_WORDS``)."""

from __future__ import annotations

import pytest

from afscherm.detectors import analyze


def _people(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze([text])[0] if f.entity_type == "PERSON"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Klopt. Zijn naam in het paspoort is PIETER JAN VAN DONGEN, nummer erachter.", "PIETER JAN VAN DONGEN"),
        ("Zie bijlage. Naam zoals op de verblijfspas: FATIMA EL AMRANI, geboren in Tanger.", "FATIMA EL AMRANI"),
        ("Naam zoals in het paspoort: MARIA JOHANNA SMIT, paspoortnummer volgt", "MARIA JOHANNA SMIT"),
        ("Naam: ANNA SMIT, klantnummer KL-4471", "ANNA SMIT"),  # a lower-case word after the comma: the next field
    ],
)
def test_the_name_in_capitals_is_found_whole(text: str, name: str) -> None:
    assert _people(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "De naam van de stichting is VRIENDEN VAN HET MUSEUM.",  # no listed names
        "Uw bedrijfsnaam is: AUTOBEDRIJF ROTTERDAM ZUID",  # another thing's name
    ],
)
def test_other_names_in_capitals_are_no_person(text: str) -> None:
    assert _people(text) == []


def test_a_districts_compass_word_is_no_person_but_stays_covered() -> None:
    text = "Contactpersoon: Rianne Evers, wijkteam Oost"
    assert _people(text) == ["Rianne Evers"]
    assert [text[f.start : f.end] for f in analyze([text])[0] if f.entity_type == "LOCATION"] == ["Oost"]
