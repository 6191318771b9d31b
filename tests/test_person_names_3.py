"""Names in lower-case chats (issue 12, tuning_18): surnames behind a particle only names have (``van der``, ``ter``,
``vd``), frequent surnames after a word that takes a person, first names in an enumeration beside a name, and
chat messages that open in lower case though an organisation further on is capitalised — with the phrases that
must stay words. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from afscherm.detectors.findings import Finding
from afscherm.detectors.name_consistency import with_initials
from afscherm.detectors.person_name import PersonNameRecognizer, message_in_lower_case
from tests.recognizer_helpers import found

NAMES = PersonNameRecognizer()


def names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in NAMES.find(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("kun je het contract even aan van der heijden geven", "van der heijden"),
        ("volgens mij heeft vd meer de sleutel nog", "vd meer"),
        ("ik stuur de foto's wel naar ten kate", "ten kate"),
        ("morgen komt ter beek de meterkast bekijken", "ter beek"),
    ],
)
def test_surname_behind_a_particle_only_names_have(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ik heb het pakket afgegeven bij de vries, ze was thuis", "de vries"),
        ("zeg maar tegen van beek dat de bus later komt", "van beek"),
        ("het telefoonnummer van van dijk heb ik niet", "van dijk"),  # no phrase reads "van van"
    ],
)
def test_frequent_surname_after_a_word_that_takes_a_person(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "we gaan morgen naar de man van de verzekering",  # "de man" is a listed surname, and a man
        "ik kom net van huis, sorry",  # "van huis" is a listed surname, and a phrase
        "ten slotte nog een vraag over de planning",
        "de boer had weer verse eieren",
    ],
)
def test_phrases_that_read_like_a_particle_surname_stay_words(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("vanavond eten bij ons: femke, daan en ik", ["femke", "daan"]),  # daan is also a word
        ("de dienst van zondag draaien mark, thijs en ingrid", ["mark", "thijs", "ingrid"]),  # mark is also a word
    ],
)
def test_first_names_in_an_enumeration_with_a_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_an_enumeration_without_a_name_stays_words() -> None:
    assert names("neem mee: brood, mark en kaas") == []  # no name in the list vouches for "mark"


def test_months_in_an_enumeration_beside_a_name_stay_months() -> None:
    assert names("thijs is jarig in juni, juli of mei") == ["thijs"]


def test_message_opening_in_lower_case_is_chat_despite_an_organisation() -> None:
    line = "[10:02] wim: weet iemand of hakan al bij Bouwbedrijf Peters BV is begonnen"
    assert message_in_lower_case(line)
    assert "hakan" in names(line)


def test_message_opening_with_a_capital_is_no_chat() -> None:
    assert not message_in_lower_case("Gisteren heeft de Raad van State besloten")


def test_a_name_inside_a_word_before_a_quote_is_no_name() -> None:
    # "'NoneType'": the letters after the capital are no possessive of a name
    assert names("TypeError: can only concatenate str (not 'NoneType') to str") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("wil je de bon nog even doorsturen naar mulder?", "mulder"),
        ("ik heb net gebeld met hoekstra, hij komt dinsdag", "hoekstra"),
    ],
)
def test_frequent_surname_alone_after_a_preposition_in_chat(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "we gaan vanavond met de bus naar huis",  # an article before the noun
        "hij had een spray tegen schimmel gekocht",  # "tegen" takes a bare noun
    ],
)
def test_bare_nouns_after_a_preposition_stay_words(text: str) -> None:
    assert names(text) == []


def test_kin_word_comma_then_unlisted_first_name_and_listed_surname() -> None:
    assert "berdien van der heijden" in names("dit gaat over mijn zus, berdien van der heijden")


def test_kin_word_comma_without_possessive_is_no_apposition() -> None:
    # "de man, hoe heet hij" - no possessive names the kin, and "hoe" is no name
    assert names("de man, hoe heet hij ook alweer") == []


def test_letter_spelled_before_a_sentence_is_no_initial() -> None:
    # "...L-T. Daarna": the spelled run's last letter and the next sentence's first word are no "T. Daarna"
    assert "T. Daarna" not in names("Agent: u spelt dat als H-O-L-T. Daarna graag uw geboortedatum.")


# --- the whole analyzer: spelled runs, employers after a first name, surnames on the next line ---------------------


def test_letters_spelled_with_commas_are_the_name() -> None:
    text = "Klant: mijn naam is Kuiper. K, U, I, P, E, R. Met een i."
    assert any("K, U, I, P, E, R" in value for value in found(text, "PERSON"))


def test_first_name_before_the_brand_one_works_for_stays_a_person() -> None:
    assert found("Voicemail: goedemiddag, met Wendy van de Hema. Uw foto's zijn klaar.", "PERSON") == ["Wendy"]


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Partijen:\n1. Karel Jan\nvan Wijngaarden, hierna te noemen koper,", "van Wijngaarden"),
        ("Leerling: NOAH\nVERMEULEN\nKlas 3c", "VERMEULEN"),
    ],
)
def test_surname_on_the_line_after_first_names(text: str, surname: str) -> None:
    assert surname in found(text, "PERSON")


def test_a_word_on_the_line_after_a_first_name_that_is_no_surname() -> None:
    assert found("Met vriendelijke groet,\nSanne\nTeamleider Wonen", "PERSON") == ["Sanne"]


# --- machine output: rows without a header, user handles, key=value tokens -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("INSERT INTO leden VALUES (31, 'Marloes', 'Hiemstra', 'Leeuwarden');", ["Marloes", "Hiemstra"]),
        ("88;Teun;Oosterhof;Assen;2021", ["Teun", "Oosterhof"]),
        ('"van Dalen-Kroes","Wilma","1961"', ["van Dalen-Kroes", "Wilma"]),  # surname first, a double name
        ("result = [('Bram', 'Kuijpers', 1979)]", ["Bram", "Kuijpers"]),
    ],
)
def test_first_name_and_surname_in_neighbouring_cells(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "sku;kleur;maat\nA-114;Roos;Groen",  # a first name that is also a colour, beside no surname
        "12;Amsterdam;Utrecht;Rotterdam",
        "Marloes;2021;actief",  # a first name alone is no evidence
    ],
)
def test_cells_that_are_no_first_name_and_surname(text: str) -> None:
    assert names(text) == []


def test_user_handle_of_a_first_name_and_surname() -> None:
    assert names("WARN session expired for sanne.hoekstra (idle 30m)") == ["sanne.hoekstra"]


@pytest.mark.parametrize("text", ["see config.yaml and anna.txt for details", "mirror at femke.nl.example.org"])
def test_files_and_domains_are_no_handles(text: str) -> None:
    assert not any("." in value for value in names(text))


def test_a_key_value_in_capitals_is_no_ocr_damaged_name() -> None:
    assert names("TEL;TYPE=CELL:+31 6 21436587") == []


# --- transcripts and forms: fillers after a title, initials answered, labels of a person's role --------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Beller: ik sprak eerst met meneer eh... Wolterink, van de buitendienst", "Wolterink"),
        ("klant: mevrouw uhm van der poel had het al goedgekeurd", "van der poel"),
    ],
)
def test_filler_between_title_and_name(text: str, name: str) -> None:
    assert name in names(text)


def test_initials_answer_a_question_for_initials() -> None:
    assert "P.W." in names("Agent: En wat zijn uw voorletters?\nKlant: P.W.\nAgent: Dank u.")


def test_a_question_for_initials_answered_with_words_is_no_name() -> None:
    assert names("Agent: uw voorletters?\nKlant: weet ik niet meer.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Naam van de vader: Hendrik Oosterbaan", "Hendrik Oosterbaan"),
        ("Achternaam overledene: KRAMER", "KRAMER"),
    ],
)
def test_name_label_of_a_persons_role(text: str, name: str) -> None:
    assert names(text) == [name]


def test_name_label_of_an_organisation_is_no_name_field() -> None:
    assert names("Naam school: De Wegwijzer\nNaam vereniging: Vooruit") == []


def test_name_label_value_that_is_also_a_place_is_a_name() -> None:
    assert found("Achternaam: HARDERWIJK\nVoornamen: TEUN", "PERSON") == ["HARDERWIJK", "TEUN"]
    assert found("Achternaam: HARDERWIJK\nVoornamen: TEUN", "LOCATION") == []


def test_user_handle_with_underscore_and_glued_particle() -> None:
    assert names("2025-05-01 INFO gebruiker anouk_vandijk ingelogd") == ["anouk_vandijk"]


# --- chat vocatives, double first names, lists beside a name the model found, "naar" a person ----------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ok sanne, ik bel je zo terug", "sanne"),
        ("thx roos!", "roos"),  # a first name that is also a word: only a person is addressed so
        ("[09:12] piet: sorry kim, ik kom later", "kim"),
    ],
)
def test_chat_message_opening_with_an_interjection_and_a_name(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text", ["ok prima, tot dan", "ja zeker, doen we", "sorry hoor, ik kan niet"])
def test_interjection_before_a_word_is_no_vocative(text: str) -> None:
    assert names(text) == []


def test_hyphenated_first_names_in_chat() -> None:
    assert names("morgen eten bij anne-fleur, jan-willem kookt") == ["anne-fleur", "jan-willem"]


def test_hyphenated_words_are_no_double_first_names() -> None:
    assert names("de e-mail en de wifi-code komen later, ook de check-in") == []


def test_list_beside_a_name_the_model_found() -> None:
    assert found("Volgende week zijn Klaas en Kees op cursus.", "PERSON") == ["Klaas", "Kees"]


def test_first_name_after_naar_is_a_person_unless_a_place() -> None:
    assert found("Vragen over het rooster graag naar Ineke.", "PERSON") == ["Ineke"]
    assert found("Morgen rijden we naar Emmen.", "PERSON") == []


def test_initial_without_a_dot_before_a_surname_in_capitals() -> None:
    text = "05-03  Naar: K HOOGENDOORN   huur maart"
    surname = Finding(text.index("HOOGENDOORN"), text.index("HOOGENDOORN") + 11, "PERSON", 0.85, "SpacyNer")
    (widened,) = with_initials(text, [surname])
    assert text[widened.start : widened.end] == "K HOOGENDOORN"


def test_a_capital_word_before_a_surname_is_no_initial() -> None:
    text = "OMSCHRIJVING A BAKKER"  # one space after a word: a sentence's "A", no initial after a label
    surname = Finding(text.index("BAKKER"), len(text), "PERSON", 0.85, "SpacyNer")
    assert with_initials(text, [surname]) == [surname]


def test_frequent_surname_after_naar_is_a_person_unless_a_place() -> None:
    assert found("Het getekende contract gaat morgen naar Hermans.", "PERSON") == ["Hermans"]
    assert found("Het contract gaat morgen naar Groningen.", "PERSON") == []


def test_quoted_value_of_a_first_name_and_a_frequent_surname_that_is_a_word() -> None:
    assert names('ERROR sync failed for owner="karin post" after 3 tries') == ["karin post"]


def test_quoted_words_that_are_no_name() -> None:
    assert names("status='roos rood' label='open taak'") == []


def test_display_name_written_surname_first() -> None:
    text = 'To: "Van der Wal, Hester" <h.vanderwal@example.nl>'
    assert "Van der Wal, Hester" in names(text)


def test_quoted_pair_with_a_comma_without_an_address_is_no_display_name() -> None:
    assert names("tags: 'Kaas, Brood'") == []


def test_first_name_said_after_its_label_in_a_turn() -> None:
    assert "Jolien" in names("Klant: Brouwer, met een w. Voornaam Jolien.")


def test_a_word_after_a_name_label_is_no_name() -> None:
    assert names("Systeem: voornaam Onbekend. Achternaam Verplicht.") == []


def test_display_name_field_written_surname_first() -> None:
    assert names('{"displayName": "Kuipers, A.M.", "enabled": true}') == ["Kuipers, A.M."]


def test_name_field_with_a_comma_that_is_no_name() -> None:
    assert names('{"name": "Stoel, zwart", "sku": "ST-01"}') == []
