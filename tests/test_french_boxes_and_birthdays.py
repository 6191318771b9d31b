"""French writing of Belgian addresses and of birthdays (issue 12, tuning_177/_180): a box after the house number in
French ("14 bte 3", "77 boîte 2") keeps the postcode and town after it in the address; "son anniversaire ... le 1er
mai" names a birthday (an ordinal "1er" day too); a town after "Ville de" or "la mairie de" is a place; a street
typed in lower case, its kind first ("rue féronstrée 96, 4000 Liège"), when a postcode and a listed town follow or no
word of its name is a word."""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.from_config(None)


def _found(analyzer: Analyzer, text: str, entity_type: str) -> list[str]:
    return [text[f.start : f.end] for f in analyzer.analyze([text])[0] if f.entity_type == entity_type]


@pytest.mark.parametrize(
    ("text", "postcode", "town"),
    [
        (
            "kot libre: Rue des Brasseurs 9 bte 4, 1348 Louvain-la-Neuve, 480€ charges comprises",
            "1348",
            "Louvain-la-Neuve",
        ),
        ("ma nouvelle adresse: Rue du Moulin 23 boîte 1, 6001 Marcinelle, pour les papiers", "6001", "Marcinelle"),
    ],
)
def test_a_french_box_keeps_the_address(analyzer: Analyzer, text: str, postcode: str, town: str) -> None:
    places = _found(analyzer, text, "LOCATION")
    assert postcode in places
    assert town in places


def test_a_birthday_after_son_anniversaire(analyzer: Analyzer) -> None:
    text = "mamie a appelé, tu oublies toujours son anniversaire 😂 le 1er juin"
    assert "1er juin" in _found(analyzer, text, "DATE_OF_BIRTH")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Formulaire en ligne — Service Population — Ville de Tubize", "Tubize"),
        ("mon cousin travaille à la mairie de Daloa, il va voir", "Daloa"),
    ],
)
def test_a_town_after_its_office(analyzer: Analyzer, text: str, town: str) -> None:
    assert town in _found(analyzer, text, "LOCATION")


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Mawuli: rue hors-château 41, 4000 Liège, chez ma tante", "rue hors-château 41"),
        ('Papa;+228 99 31 20 47;"rue pierreuse 12 boîte 3, 4000 liège"', "rue pierreuse 12 boîte 3"),
        ("nouvelle adresse: avenue brugmann 118, 1190 forest", "avenue brugmann 118"),
    ],
)
def test_a_street_in_lower_case(analyzer: Analyzer, text: str, street: str) -> None:
    assert street in _found(analyzer, text, "LOCATION")


@pytest.mark.parametrize("text", ["la rue fait 3 km de long", "on habite avenue de la gare 12 maintenant"])
def test_no_street_of_words(analyzer: Analyzer, text: str) -> None:
    assert _found(analyzer, text, "LOCATION") == []
