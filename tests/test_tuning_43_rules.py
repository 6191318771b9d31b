"""Rules from the misses of the blind tuning set tuning_43 (issue 12), shown on examples written apart from the set:
a name no list and no dictionary knows after an opening greeting or an introduction, and what such a greeting
addresses that is no name."""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import analyze_text


def _found(text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze_text(text) if f.entity_type == entity]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hoi ngozika, ja dat kan morgen", "ngozika"),
        ("hey tesfalem, kom je ook?", "tesfalem"),
        ("goedemorgen tesfay! je pakket ligt klaar", "tesfay"),
        ("ik ben nguyet, 22, en zoek een kamer", "nguyet"),
        ("ik ben mahlet, ik bel over de huur", "mahlet"),
    ],
)
def test_an_unknown_name_after_an_opening_greeting_or_an_introduction(text: str, name: str) -> None:
    assert name in _found(text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "Hallo zusammen, bis morgen",
        "hoi heit, kinne jo my helpe",
        "ik ben achtendertig, dus dat valt mee",
        "Beste klantenadministratie,\n\nGraag een nieuwe factuur",
        "hoi allemaal, morgen geen les",
        "ik ben oke, jij?",
    ],
)
def test_what_a_greeting_addresses_that_is_no_name(text: str) -> None:
    assert _found(text, "PERSON") == []


DISCORD = (
    "HUURDERSLOKET · #vragen\n"
    "mirre.k — 02-11-2026 09:12\n"
    "hoi, moet ik nog iets sturen voor het contract?\n"
    "Joost | Huurdersloket — 02-11-2026 09:30\n"
    "ja graag je geboortedatum en je iban\n"
    "mirre.k — 02-11-2026 09:41\n"
    "geboren 3 juni 2001, NL91 ABNA 0417 1643 00\n"
    "Joost | Huurdersloket — 02-11-2026 09:45\n"
    "top, ontvangen"
)


def test_a_discord_header_s_date_is_no_date_of_birth_and_its_speaker_before_a_bar_is_a_person() -> None:
    assert _found(DISCORD, "DATE_OF_BIRTH") == ["3 juni 2001"]
    assert _found(DISCORD, "PERSON").count("Joost") == 2


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("kun je mw de wit-adebayo terugbellen?", "de wit-adebayo"),
        ("dhr van dijk-oumarou belde over de huur", "van dijk-oumarou"),
    ],
)
def test_a_double_surname_after_a_form_of_address(text: str, name: str) -> None:
    assert name in _found(text, "PERSON")


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("voor de pasjes: sanne geboren 14-02-1991, tesfay 3 maart 1993", "3 maart 1993"),
        ("noor is geboren op 2 mei 2015 en jip op 30-11-2017.", "30-11-2017"),
    ],
)
def test_a_second_person_s_birth_date_after_the_first_with_the_verb_left_out(text: str, second: str) -> None:
    assert second in _found(text, "DATE_OF_BIRTH")


def test_a_date_after_a_birth_date_and_a_word_is_no_second_birth_date() -> None:
    assert _found("geboren 03-09-1995, bestelling 17 jan 2020", "DATE_OF_BIRTH") == ["03-09-1995"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ok. wojtek zei dat de kas dicht is", "wojtek"),
        ("en ifeoma belde net over de sleutel", "ifeoma"),
    ],
)
def test_an_unknown_name_opening_a_clause_before_a_verb_only_a_person_does(text: str, name: str) -> None:
    assert name in _found(text, "PERSON")


def test_a_service_named_by_two_words_run_together_says_things_too() -> None:
    assert _found("de aanvraag liep vast. klantportaal zei dat het adres niet klopte", "PERSON") == []


def test_a_month_that_is_a_given_name_in_a_first_name_column() -> None:
    text = "INSERT INTO `deelnemers` (`id`,`voornaam`,`achternaam`) VALUES (77,'Mei Xiu','Chen'),(78,'April','Jones');"
    found = _found(text, "PERSON")
    assert "Mei Xiu" in found and "April" in found
    assert _found("INSERT INTO t (`id`,`voornaam`) VALUES (1,'mei');", "PERSON") == []


def test_a_guest_named_in_a_log_line() -> None:
    text = '2026-11-02T18:40:03.117Z level=info svc=door msg="day pass" host=m_10293 guest="tesfay" ip=10.0.0.7'
    assert "tesfay" in _found(text, "PERSON")


def test_unknown_names_listed_with_their_numbers_in_brackets() -> None:
    text = "nieuw op de rota: oluchi (77120) en dragana (77121), starten maandag in kas 2"
    found = _found(text, "PERSON")
    assert "oluchi" in found and "dragana" in found
    assert _found("bestel kas drie (40512) en kas vier (40513) bij", "PERSON") == []


def test_an_unknown_name_after_a_kin_word_a_preposition_governs() -> None:
    assert "tsehay" in _found("breng jij de taart naar tante tsehay?", "PERSON")
    assert "mebrahtu" in _found("ik logeer bij oom mebrahtu in asmara", "PERSON")
    assert _found("zondag ga ik bij opa langsgaan", "PERSON") == []


def test_an_unknown_name_said_to_be_someone_s_kin_or_role() -> None:
    assert "yordanos" in _found("en yordanos is peetmoeder, dat is geregeld", "PERSON")
    assert "chidinma" in _found("ok. chidinma is mijn collega van de planning", "PERSON")


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("ik sta al op de jp coenstraat, kom maar", "jp coenstraat"),
        ("hij woont op de p.c. hooftlaan sinds mei", "p.c. hooftlaan"),
    ],
)
def test_a_street_named_after_a_person_with_the_initials_its_sign_prints(text: str, street: str) -> None:
    assert street in _found(text, "LOCATION")
