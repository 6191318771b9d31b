"""A district of a town the same text names elsewhere (place_names._districts_of_named_towns): the town vouches for
its own districts in any case; a district that is also a word, or a family name, needs a place's cue right before
it. The sentences are written here; every address is made up."""

from __future__ import annotations

import pytest

from afscherm.detectors.place_names import PlaceNameRecognizer

REC = PlaceNameRecognizer()


def places(text: str) -> list[str]:
    return [text[f.start : f.end] for f in REC.find(text)]


@pytest.mark.parametrize(
    ("text", "district"),
    [
        # a district no word list holds, in lower case anywhere once its town is named
        ("bas: mijn fiets staat in eindhoven bij de zaak\nkim: waar ben je?\nbas: woensel, bij de bieb", "woensel"),
        ("ze zijn verhuisd binnen zwolle hoor\nnu wonen ze marslanden, vlak bij school", "marslanden"),
        ("wonen jullie nog in den bosch? ja, maar nu in de maaspoort", "maaspoort"),
        # a district that is also a word, right after a place cue or a district's word
        ("de parkeervergunning van de gemeente utrecht\nwij wonen in wijk zuilen sinds mei", "zuilen"),
        ("ik werk in utrecht maar wij zitten in lombok, bij de moskee", "lombok"),
        ("naar amsterdam dit weekend? ik slaap bij mijn broer in de pijp", "de pijp"),
    ],
)
def test_a_district_of_a_town_the_text_names(text: str, district: str) -> None:
    assert district in places(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the town is named, but the word is a thing without a place's cue before it
        ("mijn zus woont in utrecht, de zuilen van het stadhuis zijn mooi", "zuilen"),
        ("we gingen naar amsterdam. de pijp van opa rookte nog", "pijp"),
        # a district of another town than the one named
        ("wij wonen in zwolle, ik rij langs woensel naar huis", "woensel"),
        # no town named at all: a word's district stays a word
        ("wij zitten in lombok, hoorde ik", "lombok"),
    ],
)
def test_no_district_without_its_town_or_a_cue(text: str, word: str) -> None:
    assert not any(word in value for value in places(text))


def test_a_district_named_like_a_family_name_on_its_towns_line() -> None:
    # ("Vreeswijk" is a family name too: on the line of its town, after a lower-case word that names no person)
    found = places("Hanneke: het adres staat nog op Vreeswijk, moet dat Nieuwegein zijn?")
    assert "Vreeswijk" in found
    assert "Vreeswijk" in places("Wim: het is Vreeswijk, maar de gemeente is Nieuwegein.")


@pytest.mark.parametrize(
    "text",
    [
        "mevrouw Vreeswijk uit Nieuwegein belde",
        "Anna Vreeswijk uit Nieuwegein",
        "ik had een gesprek met Vreeswijk in Nieuwegein",
        "Vreeswijk belt uit Nieuwegein",
        "we wonen in Nieuwegein\nhet is Vreeswijk die belde",  # another line than its town's
    ],
)
def test_a_family_name_beside_the_town_stays_a_name(text: str) -> None:
    assert "Vreeswijk" not in places(text)
