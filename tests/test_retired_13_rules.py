"""Issue 12, general rules from the kinds of miss the retired thirteenth set showed (read after it was retired): a
teacher named by a surname that is a place, a place that is a word at a residence with a chat's words between, a
town's church or hospital, and a titled surname before the street the person lives in."""

from __future__ import annotations

import pytest

from afscherm.detectors import analyze


def _found(text: str) -> set[tuple[str, str]]:
    return {(text[f.start : f.end], f.entity_type) for f in analyze([text])[0]}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Voor de reünie nodigen we ook meester Hoogland uit.", "Hoogland"),
        ("juf Kampen heeft de rapporten al klaar", "Kampen"),
        ("Mijn mentor Dijkstra stuurt het rooster.", "Dijkstra"),
    ],
)
def test_a_teacher_is_named_by_a_surname_even_one_that_is_a_place(text: str, name: str) -> None:
    assert (name, "PERSON") in _found(text)


def test_a_practice_named_by_its_place_stays_a_place() -> None:
    found = _found("notaris Zwolle belde over de akte")
    assert ("Zwolle", "PERSON") not in found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("lotte: ik woon zelf in haren dus dat is vlakbij", "haren"),
        ("wij wonen tegenwoordig in kampen, en jullie?", "kampen"),
        ("ze woont sinds kort in leiden 🥳", "leiden"),
    ],
)
def test_a_place_that_is_a_word_is_the_place_where_someone_lives(text: str, place: str) -> None:
    assert (place, "LOCATION") in _found(text)


def test_a_word_after_living_in_that_goes_on_is_no_place() -> None:
    assert not any(t == "LOCATION" for _, t in _found("mensen wonen in huizen met tuinen"))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("De uitvaart is in de kerk van Susteren.", "Susteren"),
        ("opa ligt nog in het ziekenhuis van Deventer", "Deventer"),
        ("afspraak bij het gemeentehuis van Venray om 10 uur", "Venray"),
    ],
)
def test_a_town_s_church_or_hospital_names_the_town(text: str, place: str) -> None:
    found = _found(text)
    assert (place, "LOCATION") in found and (place, "PERSON") not in found


@pytest.mark.parametrize(
    ("text", "person", "street"),
    [
        ("Mevrouw Den Hartog van Zandweg 30 komt de broden halen", "Den Hartog", "Zandweg 30"),
        ("dhr. Bakker van Kerkweg 12 belde over de lekkage", "Bakker", "Kerkweg 12"),
    ],
)
def test_a_titled_surname_before_van_and_a_street_is_the_person_and_their_street(
    text: str, person: str, street: str
) -> None:
    found = _found(text)
    assert (person, "PERSON") in found and (street, "LOCATION") in found


def test_a_street_named_after_someone_stays_one_street() -> None:
    assert ("Anna van Burenstraat 6", "LOCATION") in _found("Adres: Anna van Burenstraat 6")
