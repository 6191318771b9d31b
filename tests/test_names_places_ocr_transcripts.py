"""Names and places in OCR output and call transcripts (issue 12, tuning set 8): spelled names, a first name that
is also a word before a surname, OCR-damaged name labels and postcodes, places in a move and in answers, streets
with their number read out after 'nummer'."""

from __future__ import annotations

import doctest

import pytest

from afscherm.detectors import person_name
from afscherm.detectors.place_names import PlaceNameRecognizer
from tests.recognizer_helpers import NAMES, locations, names

PLACES = PlaceNameRecognizer()


def places(text: str) -> list[str]:
    return [text[f.start : f.end] for f in PLACES.find(text)]


def test_dutch_spelling_alphabet_is_one_name() -> None:
    text = "Klant: b van bernard, o van otto, s van simon. Agent: dank u."
    assert "b van bernard, o van otto, s van simon" in names(text)


def test_one_spelled_letter_or_unrelated_van_is_no_name() -> None:
    assert person_name.dutch_spelled_runs("de trein van utrecht, a van het alfabet") == []
    assert person_name.dutch_spelled_runs("p van pieter") == []  # one letter alone: too weak


def test_nato_alphabet_run_is_a_name_and_two_words_are_not() -> None:
    assert "kilo oscar kilo" in names("Klant: dat is kilo oscar kilo.")
    assert names("we spelen golf in het hotel") == []


def test_first_name_that_is_a_word_needs_particle_and_surname() -> None:
    assert "ellen de vries" in names("Klant: met de vries, ellen de vries.")
    assert names("wil de vries morgen bellen?") == []  # a verb, not a first name
    # a surname that is a common word after the particle is a phrase as often ("de boer", "de bakker")
    assert NAMES._word_first_pair("ze ellen de boer op") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Narn: BOUWMAN   Voornarn: SASKIA", ["BOUWMAN", "SASKIA"]),  # OCR dropped a letter and read m as rn
        ("Aanvrager: de VRIES, K.", ["de VRIES, K."]),  # a role label before a register's particle
    ],
)
def test_ocr_form_labels(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_role_label_still_needs_a_name_value() -> None:
    assert names("Aanvrager: de gemeente") == []


def test_ocr_postcode_before_a_listed_place_or_after_an_address_word() -> None:
    assert locations("Dorpsstraat 22\n8O31 CD  ZWOLLE") == ["Dorpsstraat 22", "8O31 CD", "ZWOLLE"]
    assert "7Z11 KL" in locations("Postcode/Woonplaats: 7Z11 KL Ommen")
    assert locations("ref 1O12 AB in de tekst") == []  # no place, no address word
    assert locations("serienummer X1O2 AB") == []


def test_spoken_street_with_nummer_and_answer_to_address_question() -> None:
    assert locations("Klant: ik woon in zwolle, aan de bergstraat nummer vijftien.") == ["bergstraat nummer vijftien"]
    # the street's title word is read with it (tuning_9)
    assert locations("Agent: wat is uw adres?\nKlant: lange nieuwstraat achtentwintig.") == [
        "lange nieuwstraat achtentwintig"
    ]
    assert locations("Agent: wat is uw bestelnummer?\nKlant: kerkstraat twaalf.") == []


def test_digits_after_a_street_stay_the_written_rules() -> None:
    assert locations("nieuw adres: zonnebloemstraat 86 8731 BZ waalwijk") == [
        "zonnebloemstraat 86",
        "8731 BZ",
        "waalwijk",
    ]


def test_places_of_a_move_and_of_an_answer() -> None:
    assert places("ik ben verhuisd van almere naar lelystad") == ["almere", "lelystad"]
    assert places("Agent: en de plaats?\nKlant: apeldoorn.") == ["apeldoorn"]
    assert places("het dossier ging van Dijk naar Jansen") == []


def test_place_that_is_a_word_only_when_it_ends_the_phrase() -> None:
    assert places("Agent: en u woont in best?") == ["best"]
    assert places("hij woont in best wel een mooi huis") == []


def test_person_name_doctests() -> None:
    finder = doctest.DocTestFinder()
    tests = [t for t in finder.find(person_name) if t.name.endswith(("dutch_spelled_runs", "alphabet_spelled_word"))]
    runner = doctest.DocTestRunner()
    for test in tests:
        runner.run(test)
    assert len(tests) == 2 and runner.failures == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Verzekerde     K0BUS, ANNEKE\nPolisnummer    889120344", ["K0BUS, ANNEKE"]),  # no colon, OCR's 0 for O
        ("Naam\tJan Jansen", ["Jan Jansen"]),
        ("Naam         niet ingevuld", []),
        ("Werknemer     vast contract", []),
        ("Omschrijving      Bedrag", []),
    ],
)
def test_form_row_without_colon(text: str, expected: list[str]) -> None:
    assert [text[f.start : f.end] for f in NAMES._spaced_field(text)] == expected


def test_lower_case_surname_with_particles_answers_a_name_question() -> None:
    assert names("Agent: en uw achternaam?\nKlant: van der heijden.") == ["van der heijden"]
    assert names("Agent: uw naam?\nKlant: van de bank.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Geachte mevrouw P3tra Jansen,", ["P3tra Jansen"]),  # 3 for e, the listed surname beside it
        ("In behandeling bij: M. van den B3rg", ["M. van den B3rg"]),  # initials and particles before it
        ("Geachte heer Pleter Muider,", ["Pleter Muider"]),  # l for i, i for l
        ("Met vriendelijke groet,\n\nErnrna Schilder", ["Ernrna Schilder"]),  # rn for m
    ],
)
def test_ocr_damaged_names(text: str, expected: list[str]) -> None:
    assert [text[f.start : f.end] for f in NAMES._ocr_damaged_names(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rekening NL51 wordt vandaag afgeschreven",  # a code, not a damaged name
        "Wij leveren in Arnhern en Rotterdarn",  # damaged places are the place rules'
        "Geachte heer Jansen",  # written as listed: the other rules'
        "Hoi Mayke! Tot morgen",  # the ! ends the sentence
    ],
)
def test_ocr_damaged_names_not_taken(text: str) -> None:
    assert NAMES._ocr_damaged_names(text) == []


@pytest.mark.parametrize("text", ["user=Ann1 login ok", "pad /home/Wi11ems/docs"])
def test_user_names_and_paths_are_no_ocr_damage(text: str) -> None:
    assert NAMES._ocr_damaged_names(text) == []


def test_alphabet_spelled_word() -> None:
    assert person_name.alphabet_spelled_word("d van dirk, e van eduard, k van karel") == "dek"
    assert person_name.alphabet_spelled_word("ij van ijmuiden, k van karel") == "ijk"
    assert person_name.alphabet_spelled_word("kilo oscar kilo") == "kok"
    assert person_name.alphabet_spelled_word("de trein van utrecht") is None


def test_name_spelled_with_the_alphabet_marks_its_other_mentions() -> None:
    from afscherm.detectors.name_consistency import propagate_names

    spelled = "d van dirk, e van eduard, k van karel, k van karel, e van eduard, r van rudolf"
    text = f"Klant: {spelled}.\nAgent: dekker, dank u."
    found = propagate_names(text, None, NAMES.find(text))
    assert "dekker" in [text[f.start : f.end] for f in found if f.entity_type == "PERSON"]
