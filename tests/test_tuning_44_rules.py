"""Rules from the misses of the blind tuning set tuning_44 (issue 12), shown on examples written apart from the set:
an international phone number whose first nine digits pass the 11-proef, the number to call back on in a log, and a
date of birth beside an age said without its unit."""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import analyze_text


def _found(text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze_text(text) if f.entity_type == entity]


def test_an_international_number_is_a_phone_number_whatever_its_digits_pass() -> None:
    # 351 912 447 passes the 11-proef: read as a BSN, the phone's last digits were left
    text = "{'naam': 'R. Gomes', 'tel': '+351 912 447 308', 'plaats': 'Hulst'}"
    assert _found(text, "PHONE_NUMBER") == ["+351 912 447 308"]
    assert _found(text, "NL_BSN") == []
    assert _found("bsn 111222333, bel +31 6 12345678", "NL_BSN") == ["111222333"]


def test_the_number_to_call_back_on_in_a_log() -> None:
    assert _found('ts=2026-11-30 melding="lamp kapot" terugbellen=0113-21 44 90', "PHONE_NUMBER") == ["0113-21 44 90"]
    assert _found("terugbellen=ja", "PHONE_NUMBER") == []


def test_a_date_of_birth_beside_an_age_said_without_its_unit() -> None:
    assert _found("en die van mij? 14-5-1989, Made. ik ben al 37 pfff", "DATE_OF_BIRTH") == ["14-5-1989"]
    assert _found("de factuur van 14-5-1989 is oud, ik ben 37 euro kwijt", "DATE_OF_BIRTH") == []


def test_a_listed_street_and_its_number_before_a_capitalised_place_after_one_space() -> None:
    found = _found("de aanhanger staat nu achter de schuur, Noordzijde 21 Halsteren\nbel maar even", "LOCATION")
    assert "Noordzijde 21" in found and "Halsteren" in found
    assert "Blok 4" not in _found("Blok 4 Zwolle is klaar voor de oplevering", "LOCATION")


def test_a_surname_opening_the_next_line_after_a_form_of_address_and_a_given_name() -> None:
    text = "Het gaat om de rekening van mijn man, meneer Dilan\nZebari. Graag het oude nummer stopzetten."
    assert "Zebari" in _found(text, "PERSON")
    assert (
        _found("uw zaak tegen mevrouw S. Koç\nBehandelend advocaat: mr. Verschoor", "PERSON").count("Behandelend") == 0
    )


def test_a_birth_date_said_in_spanish_or_portuguese() -> None:
    assert _found("nací el 7 de octubre de 1994 en Pereira, mamá lo manda", "DATE_OF_BIRTH") == ["7 de octubre de 1994"]
    assert _found("nasci em 3 de junho de 1988 na Praia", "DATE_OF_BIRTH") == ["3 de junho de 1988"]
    assert "el" not in _found("nací el 7 de octubre de 1994 en Pereira", "PERSON")
    assert _found("we spraken op 14 de marzo de 2024 af", "DATE_OF_BIRTH") == []


def test_a_speaker_no_list_holds_before_the_time_speaking_twice() -> None:
    text = (
        "Jurgen 08:02: wie heeft de sleutel van de werkplaats?\n"
        "Kwamena 08:09: ik, ligt in mijn bus\n"
        "Jurgen 08:10: breng hem vandaag terug\n"
        "Kwamena 08:11: doe ik"
    )
    assert _found(text, "PERSON").count("Kwamena") == 2
    assert "Werkplaats" not in _found("Werkplaats 08:00: open\nWerkplaats 17:00: dicht", "PERSON")


def test_a_teams_copy_with_header_lines_is_a_chat_for_names_where_a_person_stands() -> None:
    text = (
        "Verhoef, Anouk  09:12\n"
        "kun jij de uren van vorige week invoeren? ze staan nog open\n"
        "Kaya, Emre  09:14\n"
        "ja, doe ik. hij woont nu bij Wojciech op de Markt 4 in Dongen\n"
        "Verhoef, Anouk  09:20\n"
        "top"
    )
    assert "Wojciech" in _found(text, "PERSON")


def test_a_parent_named_by_the_child_as_ouder_van() -> None:
    assert "bo" in _found("ouder van bo: bij ons stond het al ingevuld", "PERSON")
    assert "jesse" in _found("ouder van jesse: ik kan rijden", "PERSON")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ola, sou a Djenifer, mulher do dono da carrinha", "Djenifer"),
        ("hi, my name is Tinotenda, I rent the caravan from next week", "Tinotenda"),
        ("I'm Chiedza, new in the group", "Chiedza"),
    ],
)
def test_an_unknown_name_after_an_introduction_in_another_language(text: str, name: str) -> None:
    assert name in _found(text, "PERSON")


@pytest.mark.parametrize(
    "text", ["ich bin müde, bis morgen", "Beste Blokkeerlijn, graag een nieuwe pas", "soy nueva, hola"]
)
def test_what_an_introduction_or_a_greeting_says_that_is_no_name(text: str) -> None:
    assert _found(text, "PERSON") == []


def test_a_date_ending_a_forms_line_is_no_bsn_with_the_next_lines_section_number() -> None:
    # "23-07-1984" and the "3" opening the next line pass the 11-proef together (230719843)
    text = "Burgerservicenummer 111222333\nGeboortedatum partner 23-07-1984\n3. Adresgegevens"
    assert _found(text, "NL_BSN") == ["111222333"]
    assert _found(text, "DATE_OF_BIRTH") == ["23-07-1984"]
    # a BSN said over two messages still is one
    assert _found("mijn bsn is 1112\n22333", "NL_BSN") != []
