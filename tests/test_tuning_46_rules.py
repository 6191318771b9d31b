"""Rules from the misses of the blind tuning set tuning_46 (issue 12), shown on examples written apart from the set."""

from __future__ import annotations

from afscherm.detectors.analyzer import analyze_text


def _found(text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze_text(text) if f.entity_type == entity]


def test_two_phone_numbers_parted_by_a_slash() -> None:
    text = "Tel.: +48 512 345 678 / 06 2811 4093 (na 18u)"
    assert _found(text, "PHONE_NUMBER") == ["+48 512 345 678", "06 2811 4093"]
    assert _found("bereikbaar op 0578 62 30 49 / 0612345678", "PHONE_NUMBER") == ["0578 62 30 49", "0612345678"]
    # a slash inside one number, an area code set off by it, stays one number
    assert _found("tel 010 / 123 45 67", "PHONE_NUMBER") == ["010 / 123 45 67"]


def test_the_place_after_a_postcode_read_out() -> None:
    text = "Medewerker: En uw adres?\nBeller: Molenweg zeven, acht twee zes één, K L, Scherpenzeel."
    assert "Scherpenzeel" in _found(text, "LOCATION")
    assert "Scherpenzeel" not in _found(text, "PERSON")


def test_an_id_scanners_keys_for_the_name_a_person_goes_by_and_the_place_of_birth() -> None:
    text = '{"surname": "DE BOER", "known_as": "Sietske", "dob": "1990-04-02", "pob": "Harlingen", "sex": "F"}'
    assert "Sietske" in _found(text, "PERSON")
    assert "Harlingen" in _found(text, "LOCATION")
    assert "Meppel" in _found('{"birthplace": "Meppel", "nickname": "Bertus"}', "LOCATION")
    assert _found('{"pob": "onbekend"}', "LOCATION") == []


def test_a_list_of_birthdays_under_its_heading() -> None:
    text = "Nieuwsbrief: Jarig deze maand: Hennie Bos op 4 januari en Greetje Mulder op 19 januari. Proficiat!"
    assert _found(text, "DATE_OF_BIRTH") == ["4 januari", "19 januari"]
    assert _found("Nieuwsbrief: Vergaderingen: Bestuur op 4 januari", "DATE_OF_BIRTH") == []


def test_a_pasted_channels_handles_over_their_messages() -> None:
    text = (
        "#support | Tuinhuys\nsuresh_k  10:02\nklant wil retour\nMarloes Dijk  10:04\nok, suresh pak jij het op?\n"
        "suresh_k  10:05\nja"
    )
    assert _found(text, "PERSON").count("suresh_k") == 2
    assert "suresh" in _found(text, "PERSON")
    # a key of machine output over a time is no handle: said once, or its first part a word
    assert _found("build_1  10:02\nok\nstatus_ok  10:04\nklaar\nstatus_ok  10:05", "PERSON") == []


def test_a_city_of_the_worlds_list_in_lower_case_is_a_place_only_after_a_cue() -> None:
    # Ngozi is a town in Burundi and a first name: a chat's member said in lower case is no place
    text = "[07:02] ~ Kemi: ok\n[07:03] Joke: thx. kemi kun jij om 7:15 komen?"
    assert "kemi" not in _found(text, "LOCATION")
    assert _found("ik zie ngozi morgen", "LOCATION") == []
    # after a place cue, in Dutch or in the writer's own language, it is one
    assert _found("mijn zus woont in abeokuta", "LOCATION") == ["abeokuta"]
    assert _found("17.03.1994 urodzony w opole.", "LOCATION") == ["opole"]
