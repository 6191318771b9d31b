"""OCR output and call transcripts (issue 12, tuning set 9): words hyphenated over a line end, titles before names
in capitals, house numbers and postcodes read out (hundreds, letters, corrections, the spelling alphabet), a word
said and then spelled letter by letter."""

from __future__ import annotations

import pytest

from afscherm.detectors.name_consistency import spelled_names
from afscherm.detectors.spoken_email import SpokenEmailRecognizer
from afscherm.detectors.text_view import detection_view
from tests.recognizer_helpers import found, locations, names

# --- hyphenation over a line end -----------------------------------------------------------------------------


def test_hyphenated_line_end_is_joined_in_the_view_and_maps_back_over_the_break() -> None:
    text = "Hierbij verklaar ik, Marieke Ver-\nhoeven, wonende aan de Kloos-\n  terstraat 14 te Hengelo"
    view = detection_view(text)
    assert view.text == "Hierbij verklaar ik, Marieke Verhoeven, wonende aan de Kloosterstraat 14 te Hengelo"
    at = view.text.index("Kloosterstraat 14")
    assert text[slice(*view.to_original(at, at + len("Kloosterstraat 14")))] == "Kloos-\n  terstraat 14"


@pytest.mark.parametrize(
    "text",
    [
        "Noord-\nHolland",  # a capital after the break: a real hyphen, kept
        "artikel 12-\nbijlage",  # a digit before the hyphen
        "- eerste\n- tweede",  # list items
        "zie boven --\nonder",
    ],
)
def test_other_hyphens_before_a_line_break_stay(text: str) -> None:
    assert detection_view(text).text == text


def test_names_and_streets_hyphenated_over_a_line_end_are_found_whole() -> None:
    text = "Ondergetekende, Pieter Hoog-\nland, wonende aan de Kloos-\nterstraat 14 te Leer-\ndam, verklaart"
    assert "Pieter Hoog-\nland" in found(text, "PERSON")
    assert {"Kloos-\nterstraat 14", "Leer-\ndam"} <= set(found(text, "LOCATION"))


# --- titles before names in capitals -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rekeninghouder\nDE HEER P C VAN DER MEULEN\nHOOFDWEG 21 A", "P C VAN DER MEULEN"),
        ("BELASTINGDIENST\nDE HEER H.J. TEN BRINK\nPOSTBUS 112", "H.J. TEN BRINK"),
        ("DHR. M. EL AMRANI\nP/A STICHTING DE OVERLOOP", "M. EL AMRANI"),
        ("Mevr. A.B. DE GRAAF-BOS    Kenmerk 12", "A.B. DE GRAAF-BOS"),
    ],
)
def test_title_then_name_in_capitals(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text", ["DE HEER EN MEVROUW", "Mevr. DE KLANTENSERVICE", "dhr. BSN 123", "T.a.v. DE HEER"])
def test_title_before_a_label_or_nothing_is_no_name(text: str) -> None:
    assert names(text) == []


def test_title_in_a_name_field_is_not_the_name() -> None:
    # the field rule used to cut "DE HEER P C ..." at the title word and report "DE"
    assert "DE" not in names("Rekeninghouder\nDE HEER P C VAN DER MEULEN\n")


# --- house numbers and postcodes read out --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("spreker 2: en op welk adres\nspreker 1: kanaalweg honderdzes", "kanaalweg honderdzes"),
        (
            "Interviewer: En u woont?\nCliënt: In Schiedam, Nieuwe Damlaan honderdtwaalf.",
            "Nieuwe Damlaan honderdtwaalf",
        ),
        ("Klant: ik woon op de burgemeester de withstraat achttien in hoorn", "burgemeester de withstraat achttien"),
        ("ik woon op de lindenlaan twaalf b", "lindenlaan twaalf b"),
        ("ik woon aan de dorpsweg vier nee sorry vijf", "dorpsweg vier nee sorry vijf"),
    ],
)
def test_streets_with_their_number_read_out(text: str, street: str) -> None:
    assert street in locations(text)


def test_postcode_read_out_after_the_house_number_is_its_own_finding() -> None:
    text = "het adres is molenstraat zesentwintig drie zeven zeven een a b in barneveld"
    assert {"molenstraat zesentwintig", "drie zeven zeven een a b"} <= set(locations(text))


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("[00:01:19] Agent: en het huisnummer?\n[00:01:21] Klant: twaalf", "twaalf"),
        ("Agent: u woont op de kastanjelaan?\nKlant: ja nummer vierendertig nee sorry zevenendertig",
         "vierendertig nee sorry zevenendertig"),
        ("Klant: het huisnummer is drie a, dus drie met een a erachter", "drie a"),
    ],
)  # fmt: skip
def test_house_number_read_out_apart_from_its_street(text: str, number: str) -> None:
    assert number in locations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Agent: wat is uw klantnummer?\nKlant: twaalf",  # another number asked for
        "Agent: hoe gaat het?\nKlant: ja nummer vijf van de lijst",  # no street above
        "Agent: welk huisnummer?\nKlant: geen idee",
    ],
)
def test_numbers_read_out_without_a_house_number_question_or_street_are_no_address(text: str) -> None:
    assert locations(text) == []


def test_postcode_letters_in_the_spelling_alphabet_are_the_postcode_not_a_name() -> None:
    text = "Agent: postcode drie acht een twee, k van karel, l van lodewijk?\nKlant: ja"
    assert found(text, "LOCATION") == ["drie acht een twee, k van karel, l van lodewijk"]
    assert found(text, "PERSON") == []


# --- a word said and then spelled ----------------------------------------------------------------------------


def test_word_said_then_spelled_is_a_name_even_when_it_is_a_word() -> None:
    text = "[00:00:15] Klant: met Bakker, B a k k e r, ik heb een vraag"
    said, spelled = text.index("Bakker"), text.index("B a k k e r")
    assert spelled_names(text, set()) == [(said, said + 6), (spelled, spelled + 11)]
    assert set(found(text, "PERSON")) >= {"Bakker", "B a k k e r"}


def test_spelled_letters_that_differ_from_the_word_before_are_not_taken_for_it() -> None:
    text = "Klant: met Bakker, d e f g h, ik heb een vraag"
    assert spelled_names(text, set()) == []


@pytest.mark.parametrize(
    "text",
    [
        "Agent: en het adres\nKlant: dat is de hoofdweg een ogenblik",  # an article after the street
        "ik woon aan de kerkstraat honderd meter verderop",  # a count
        "Agent: en het huisnummer?\nKlant: een ogenblikje",
        "het huisnummer is een beetje onduidelijk",
    ],
)
def test_number_words_that_are_an_article_or_a_count_are_no_house_number(text: str) -> None:
    # the street named without its number may still be found; the number word never is
    assert not [v for v in locations(text) if {"een", "honderd"} & set(v.split())]


def test_place_after_a_street_and_in_is_read_in_any_case() -> None:
    assert locations("Agent: dan stuur ik de monteur naar de parkweg 7 in oss, is dat goed?") == ["parkweg 7", "oss"]
    assert locations("Kerkstraat 12 in het weekend") == ["Kerkstraat 12"]


# --- names in registers and forms ----------------------------------------------------------------------------


def test_first_name_in_brackets_is_part_of_the_name_field() -> None:
    assert "A.J. (Anton) Veenstra" in names("Naam             A.J. (Anton) Veenstra\nGeboortedatum    17-08-1958")
    assert "Jansen (Zwolle)" not in names("Naam: Jansen (Zwolle)")  # a place in brackets is not the name's


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kind: LUUK BAKKER, geb. 3-2-2015 te Alkmaar", ["LUUK BAKKER"]),
        ("Zoon Pieter, geboren 2010", []),  # a word before the first name
        ("Het kind, geboren op 3 mei", []),
        ("Ik ben geboren in Zwolle", []),
    ],
)
def test_name_right_before_a_birth_word(text: str, expected: list[str]) -> None:
    assert [f for f in names(text) if f in ("LUUK BAKKER", "Zoon Pieter", "Het kind", "Ik ben")] == expected


def test_double_surname_with_a_spaced_dash_is_one_name_but_a_list_of_people_is_not() -> None:
    assert "T.H.M. van Beek - Kuipers" in found("Betreft: mevrouw T.H.M. van Beek - Kuipers, geb. 09-01-1952", "PERSON")
    people = found("Deelnemers: Jan Jansen - Piet de Boer - Anne Smit", "PERSON")
    assert "Jan Jansen" in people and "Anne Smit" in people


# --- e-mail addresses read out -------------------------------------------------------------------------------


def emails(text: str) -> list[str]:
    return [text[f.start : f.end] for f in SpokenEmailRecognizer().find(text)]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Klant: mijn e-mailadres is jan punt de vries apenstaartje gmail punt com",
         "jan punt de vries apenstaartje gmail punt com"),
        ("[00:02:13] Klant: sanne.bakker at hotmail punt nl", "sanne.bakker at hotmail punt nl"),
        # the speaker word is not the address's
        ("agent p jansen at ziggo punt nl dank u", "p jansen at ziggo punt nl"),
        ("Klant: het is eh: tim99 apenstaartje gmail punt com", "tim99 apenstaartje gmail punt com"),
        ("mijn mail is k punt de boer streepje smit apenstaartje outlook punt com, met een streepje",
         "k punt de boer streepje smit apenstaartje outlook punt com"),
    ],
)  # fmt: skip
def test_email_read_out(text: str, address: str) -> None:
    assert emails(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "Meet me at Amsterdam.nl or at the station",  # English "at" before a written domain
        "We meet at the office.nl tomorrow",
        "Klant: ik werk at home punt",  # no top-level domain
        "ik zit thuis apenstaartje te tekenen",  # no domain after it
    ],
)
def test_english_at_and_at_words_without_a_domain_are_no_email(text: str) -> None:
    assert emails(text) == []


def test_spoken_email_is_found_by_the_analyzer() -> None:
    text = "Klant: mijn e-mailadres is jan punt de vries apenstaartje gmail punt com"
    assert found(text, "EMAIL_ADDRESS") == ["jan punt de vries apenstaartje gmail punt com"]


def test_spoken_street_after_places_separated_by_commas() -> None:
    text = "Klant: ik woon in de achterhoek, in winterswijk, op de meddosestraat nummer twintig"
    assert locations(text) == ["meddosestraat nummer twintig"]


def test_ocr_label_with_its_role_word_is_no_name_and_no_place() -> None:
    text = "Loonstrook december\nNaarn werknemer    P.J. Dekker\nAdres              Kerklaan 4"
    assert names(text) == ["P.J. Dekker"]
    assert "Naarn" not in found(text, "LOCATION")


def test_name_field_value_in_capitals_with_ocr_digits_and_particles_is_whole() -> None:
    assert "J0HAN VAN DER B0SCH" in names("Naam: J0HAN VAN DER B0SCH\nStraat: Kanaa1straat 1O")
    # particles with nothing after them before a label word are no part of the name
    assert "Jansen" in names("Naam: Jansen van de afdeling inkoop")
    assert not [n for n in names("Naam: Jansen van de afdeling inkoop") if "afdeling" in n or n.endswith(" de")]


# --- rows of labels over rows of values ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Naam          Voornamen        Geboortedatum\nDE BOER       JAN PIETER       01-01-1980",
         ["DE BOER", "JAN PIETER"]),
        ("Huurder                          Verhuurder\nM. de Lange                      Woonstichting De Key",
         ["M. de Lange"]),  # the firm under the other role label is no name
        ("Naam werknemer      Personeelsnummer     Functie\nK. Vermeulen        20114                Monteur",
         ["K. Vermeulen"]),  # the next label is no value of the first
    ],
)  # fmt: skip
def test_values_under_name_labels_read_by_column(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_values_under_other_labels_are_no_names() -> None:
    assert names("Artikel      Kleur       Maat\nTulp         Geel        40") == []


def test_place_under_a_place_label_read_by_column() -> None:
    assert locations("Achternaam   Voornamen          Geboorteplaats\nMEIJER       JOHANNA MARIA      OSS") == ["OSS"]
    assert locations("Artikel     Plaats     Aantal\nTulp        Schap 4    12") == []


def test_name_never_runs_over_a_form_gap() -> None:
    assert names("Aanvrager 1: G. Smits              Aanvrager 2: L. Smits-Peeters") == ["G. Smits", "L. Smits-Peeters"]


@pytest.mark.parametrize(
    ("text", "name"),
    [("ja met de vries goedemiddag", "de vries"), ("klant ja met bakker hallo ik bel over de factuur", "bakker")],
)
def test_call_answered_with_a_name_in_speech_recognition_output(text: str, name: str) -> None:
    assert name in names(text)


def test_met_before_a_thing_is_no_name() -> None:
    assert names("met de auto dag") == [] and names("klant komt met de auto") == []


def test_the_ocr_name_index_folds_each_word_as_it_would_be_folded_alone() -> None:
    # The index is folded as one text for speed; word by word it must come out the same.
    from afscherm.detectors import person_name

    words = person_name.common_words()
    names = {
        person_name.ocr_name_key(n)
        for n in (*person_name.first_names(), *person_name.family_names())
        if len(n) >= 4 and n not in words
    }
    others = {person_name.ocr_name_key(w) for w in (*words, *person_name.STOP, *person_name.places())}
    assert person_name.ocr_name_index() == frozenset(names - others)
    assert person_name.ocr_name_key("P3tra") in person_name.ocr_name_index()
