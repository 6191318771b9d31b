"""Names in records and tickets, and roads named alone (issue 12): a vCard's additional names, a list of given names
(FHIR's HumanName), a middle name beside a given name, a ticket's person before an address in angle brackets, an
initial without its dot before a capitalised surname after "tnv", a first name before "van" and a one-word trade, and a
road the BAG holds after a preposition and an article (tuning_111, _115, _116, _117, _118, _122)."""

from __future__ import annotations

from tests.recognizer_helpers import found, locations


def test_a_vcards_additional_names_are_a_name() -> None:
    text = "BEGIN:VCARD\nVERSION:3.0\nN:Bosgra;Tjitske;Wopkje;;\nFN:Tjitske Bosgra\nEND:VCARD"
    assert "Wopkje" in found(text, "PERSON")


def test_a_list_of_given_names_under_a_name_key() -> None:
    text = '{"resourceType": "Patient", "name": [{"family": "Kroeze", "given": ["Wendelien", "Ilse"]}]}'
    assert {"Wendelien", "Ilse", "Kroeze"} <= set(found(text, "PERSON"))


def test_a_list_of_tags_is_no_name() -> None:
    assert found('{"tags": ["retour", "spoed"], "status": "open"}', "PERSON") == []


def test_a_middle_name_beside_a_given_name() -> None:
    text = 'payload={"given":"Jerson","middle":"Gumapac","surname":"Bitoon"}'
    assert "Gumapac" in found(text, "PERSON")


def test_a_tickets_reporter_before_an_address_in_angle_brackets() -> None:
    text = "Reporter: Nonomura Ren <r.nonomura@mizukane.eu> · Priority: High"
    assert "Nonomura Ren" in found(text, "PERSON")


def test_a_service_before_an_address_in_angle_brackets_is_no_name() -> None:
    assert found("Contact: Klantenservice Hoorwinkel <info@hoorwinkel.nl>", "PERSON") == []


def test_an_initial_without_its_dot_before_a_capitalised_surname_after_tnv() -> None:
    text = "NL68 INGB 0427 2935 93 tnv M Kleerekoper 🙏 maar echt niks nodig hoor"
    assert "M Kleerekoper" in found(text, "PERSON")


def test_an_initial_before_a_firms_word_after_tnv_is_no_name() -> None:
    assert found("tnv M Bakkerij", "PERSON") == []


def test_a_first_name_before_van_and_a_one_word_trade() -> None:
    text = "Goedemiddag, met Gerke van Punterverhuur 't Schutje in Kalenberg."
    assert "Gerke" in found(text, "PERSON")


def test_a_road_after_a_preposition_and_an_article() -> None:
    text = "Daarvoor mochten we op het kamp aan de Graafsebaan in Den Bosch staan."
    assert "Graafsebaan" in found(text, "LOCATION")


def test_a_lower_case_road_in_a_chat_question() -> None:
    assert "kempenbaan" in found("is dat bij de kempenbaan? dan ben ik er in 10 min", "LOCATION")


def test_a_word_of_a_roads_ending_is_no_road() -> None:
    text = "we keken naar de ijsbaan, de boot lag in de jachthaven en ik was bij de Mediamarkt."
    assert locations(text) == []
