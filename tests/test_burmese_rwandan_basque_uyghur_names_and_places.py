"""Given names, family names and places of Burmese, Karen, Chin and Khmer, Rwandan, Burundian and Congolese, Basque,
Catalan and Galician, and Uyghur and Central Asian families (issue 12, tuning_156 ... tuning_159), listed in the
sixty-fourth session (Rwandan, Burundian and Congolese names as family names: "fiche: Cyprien Manirakiza" keeps its
given name); and a family name before a listed given name is a name written surname first ("Chhun Sreynich"), no role
word ("Correspondent Kees Broere")."""

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
        ("Mila esker!\nGarazi\n--\nTulpenhuis Au Pairs B.V.", "Garazi"),
        ("ik heb Sopheak gisteren nog gesproken over de huur", "Sopheak"),
        ("Thiha zegt dat de bus om 8 uur gaat", "Thiha"),
        ("kun je Mariona vragen of ze zaterdag komt?", "Mariona"),
        ("Zarnigor stuurt de formulieren morgen op", "Zarnigor"),
        ("Mihray heeft de sleutel van kamer 3", "Mihray"),
        ("de factuur staat op naam van Lalhmung, niet op de mijne", "Lalhmung"),
    ],
)
def test_a_listed_given_name(analyzer: Analyzer, text: str, name: str) -> None:
    assert ("PERSON", name) in _found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("mijn moeder woont nog in Batdambang, bij mijn tante", "Batdambang"),
        ("hij komt uit Qeshqer en woont nu in Delft", "Qeshqer"),
        ("we gaan in augustus naar Ondarroa", "Ondarroa"),
    ],
)
def test_a_listed_place_abroad(analyzer: Analyzer, text: str, place: str) -> None:
    assert ("LOCATION", place) in _found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("umunyamuryango mushya, fiche: Cyprien Manirakiza, né le 27/04/1991 à Muyinga", "Cyprien Manirakiza"),
        ("mon fils Grady Mwamba né le 17/08/2009, on habite maintenant à Gand", "Grady Mwamba"),
    ],
)
def test_an_unlisted_given_name_before_a_listed_name_is_kept(analyzer: Analyzer, text: str, name: str) -> None:
    assert ("PERSON", name) in _found(analyzer, text)


def test_a_surname_first_name_is_kept_whole(analyzer: Analyzer) -> None:
    assert ("PERSON", "Chhun Sreynich") in _found(analyzer, "de huurder is Chhun Sreynich, kamer 4")


def test_a_dutch_role_word_and_a_saint_stay_out_of_the_name(analyzer: Analyzer) -> None:
    assert ("PERSON", "Kees Broere") in _found(analyzer, "Correspondent Kees Broere schrijft vanuit Kyiv")
    assert not any(t == "PERSON" for t, _ in _found(analyzer, "we vierden het feest bij de Sveti Nikola kerk"))
