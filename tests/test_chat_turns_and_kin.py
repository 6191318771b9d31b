"""Issue 12, rules found on tuning_21 (lower-case chats), tested on cases written apart from it: a place cue right after
another, Dutch call names, hyphenated double surnames and Arabic particles after a first name, dates of birth of a
relative named before "is van" and answering a question one turn header above, lower-case postcodes after a street,
a place name before an emoji, and a licence number before a comma. Each rule has a case it must leave alone."""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import default_analyzer


def found(text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in default_analyzer().analyze_one(text) if f.entity_type == entity]


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        # a cue right after another: the pattern of the second cue needs the white space the first one took
        ("roel: ik haal je wel op in hattem?", "LOCATION", ["hattem"]),
        ("fenna: ik stap uit in epe", "LOCATION", ["epe"]),
        # call names the first-name list lacks
        ("sander: mijn tante bep komt ook", "PERSON", ["sander", "bep"]),
        ("sander: mijn schoonmoeder sjaan belt je", "PERSON", ["sander", "sjaan"]),
        # a double surname joined by a hyphen, the second half a word as well
        ("klant: mevrouw de jong-visser belde gisteren", "PERSON", ["de jong-visser"]),
        # an Arabic or Berber particle after a first name vouches for the word after it
        ("teun: mijn collega nadia el idrissi neemt het over", "PERSON", ["teun", "nadia el idrissi"]),
        # a relative named before "is van"; the next one in the list without the verb
        ("mijn zoon daan is van 4-7-2016", "DATE_OF_BIRTH", ["4-7-2016"]),
        ("dochter noor is van 9-1-2012, zoon stijn van 30-5-2015", "DATE_OF_BIRTH", ["9-1-2012", "30-5-2015"]),
        # the question one turn header above the answer
        ("Agent 14:02\nMag ik uw geboortedatum?\nfloor 14:03\n7 juni 1988", "DATE_OF_BIRTH", ["7 juni 1988"]),
        # a lower-case postcode whose letters are also a unit, after a street and house number, ending the line
        ("nieuw adres: beekstraat 9 7311 cm", "LOCATION", ["beekstraat 9", "7311 cm"]),
        # the place ends before the emoji
        ("groeten uit oude pekela 🌷 tot snel", "LOCATION", ["oude pekela"]),
        # a licence number before a comma
        ("rijbewijs, nr 4812093756, verloopt in mei", "NL_ID_DOCUMENT", ["4812093756"]),
    ],
)
def test_found_in_chats(text: str, entity: str, expected: list[str]) -> None:
    assert found(text, entity) == expected


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("het riet langs de sloot is gemaaid", "PERSON"),  # a call name that is a word is left out of the list
        ("stuur een e-mail naar de check-in balie", "PERSON"),  # hyphenated words that are no surnames
        ("sanne: al gedaan hoor", "DATE_OF_BIRTH"),
        ("de man werkt van 1-3-2024 tot 5-3-2024", "DATE_OF_BIRTH"),  # a verb, not a name, before "van"
        ("Agent 14:02\nWanneer heeft u besteld?\nfloor 14:03\n7 juni 2024", "DATE_OF_BIRTH"),  # another question
        ("rijbewijs kost 1234567890,50 euro", "NL_ID_DOCUMENT"),  # a decimal comma goes on
    ],
)
def test_left_alone(text: str, entity: str) -> None:
    assert found(text, entity) == []


def test_postcode_in_running_text_after_a_street_stays_out() -> None:
    # "1234 en" after a street goes on with the sentence: "en" is the word, not a postcode's letters
    assert found("stuur het naar kerkstraat 3, 1234 en daarna bellen", "LOCATION") == ["kerkstraat 3"]


def test_arabic_particle_before_a_common_word_is_no_surname() -> None:
    assert found("teun: mijn collega nadia al klaar?", "PERSON") == ["teun", "nadia"]


# --- places and addresses as chats type them (tuning_22) -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a postcode label vouches for letters that are also a unit; a house-number word for the digits after it
        ("wouter: postcode 6821 mb, huisnr 40", ["6821 mb", "40"]),
        # abbreviated titles that open street names
        ("adres kon. wilhelminalaan 8 3818 hn amersfoort", ["kon. wilhelminalaan 8", "3818 hn", "amersfoort"]),
        # a listed street whose last word holds a hyphen, after "adres was"
        ("mijn vorige adres was laan van oost-indie 3", ["laan van oost-indie 3"]),
    ],
)
def test_addresses_in_chats(text: str, expected: list[str]) -> None:
    assert found(text, "LOCATION") == expected


def test_units_without_a_label_stay_out() -> None:
    assert found("de foto is 6821 mb groot", "LOCATION") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("r.visser: is het pakket er al?", ["r.visser"]),  # a speaker's handle, the surname also a word
        ("[14:20] h.bakker: dank u", ["h.bakker"]),
        ("roep de functie p.bakker: aan", []),  # not at a turn's start: a surname that is a word stays out
    ],
)
def test_speaker_handles(text: str, expected: list[str]) -> None:
    assert found(text, "PERSON") == expected
