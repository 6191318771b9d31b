"""Given names, family names and places of Cuban, Dominican, Puerto Rican, Samoan, Tongan, Fijian and Maori families
(issue 12, tuning_162 and tuning_163), listed in the sixty-fifth session; Dutch and Belgian cities by their names in
other languages ("desde Bruselas"); a listed place abroad after a chat's English "back to", "fly to", "near", "island";
a Spanish "tell", "ask" or "greet" before a person ("dile a Jeancarlos") and a Caribbean family's kin words before a
name ("la vecina Sharda", "doña Chea")."""

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
        ("dile a Yuniesky que nos recoja a las 8", "Yuniesky"),
        ("ik haal sitiveni zondag op van het vliegveld", "sitiveni"),
        ("Yanisleidy stuurt morgen het formulier", "Yanisleidy"),
        ("de factuur staat op naam van Taumoepeau", "Taumoepeau"),
        ("ok mail it to the bar, Finau does payroll now", "Finau"),
        ("voor de school van Tanielu heb ik een attest nodig", "Tanielu"),
        ("de huur staat op naam van Vakalahi", "Vakalahi"),
    ],
)
def test_a_listed_name(analyzer: Analyzer, text: str, name: str) -> None:
    assert ("PERSON", name) in _found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("20 kg waka from vanua levu, € 640", "vanua levu"),
        ("my uncle from taveuni sends the kava", "taveuni"),
        ("she grew up near mulifanua, now in Utrecht", "mulifanua"),
        ("mijn schoonmoeder komt uit morovis", "morovis"),
    ],
)
def test_a_listed_place_abroad(analyzer: Analyzer, text: str, place: str) -> None:
    assert ("LOCATION", place) in _found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("el vuelo FR 2214 el 3 de noviembre desde Bruselas", "Bruselas"),
        ("mi hijo vive en Amberes desde 2019", "Amberes"),
        ("my housemate goes back to Salelologa for 6 months", "Salelologa"),
        ("renew it before we fly to Aguadilla", "Aguadilla"),
        ("he was born in Ohope near Whakatane not in Rotorua", "Whakatane"),
        ("passport says born Waiyevo, same island Taveuni", "Taveuni"),
    ],
)
def test_a_place_in_another_language_or_after_an_english_cue(analyzer: Analyzer, text: str, place: str) -> None:
    assert ("LOCATION", place) in _found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("dile a Jeancarlos q nos recoja, su cel es +1 787 442 9170", "Jeancarlos"),
        ("y diganle a Solangel q no traiga al novio", "Solangel"),
        ("pon el mio y de la vecina Sharda 0627 11 94 38, ella vive abajo", "Sharda"),
        ("doña Chea es Ruddy, mi mamá quiere mandarle un pernil", "Chea"),
    ],
)
def test_a_person_told_or_named_by_kin_in_spanish(analyzer: Analyzer, text: str, name: str) -> None:
    assert ("PERSON", name) in _found(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "dile a Madrid que no vamos",  # a place
        "I want to go to Jansen tomorrow",  # no listed place after "go to"
    ],
)
def test_no_person_or_place_where_the_cue_leads_to_neither(analyzer: Analyzer, text: str) -> None:
    found = _found(analyzer, text)
    assert ("PERSON", "Madrid") not in found and ("LOCATION", "Jansen") not in found
