"""Rules from the blind tuning set tuning_112 (Curaçao and Bonaire families with relatives in the Netherlands; issue
12, fifty-first session): Papiamentu's kin words before a name, its "from" before a place, its "kumpleaño" before a
birthday, and a Messenger copy's "Name · 19:05" header. Names here are made up; the places are real.
"""

from __future__ import annotations

from afscherm.detectors.analyzer import analyze_text
from afscherm.detectors.ner_guard import model_entity_type


def found(text: str) -> list[tuple[str, str]]:
    return [(text[f.start : f.end], f.entity_type) for f in analyze_text(text)]


def test_papiamentu_kin_words_before_a_name() -> None:
    assert ("Ruthmila", "PERSON") in found("saludo pa tanchi Ruthmila, mi ta yama bo mañan")
    assert ("Jurdenly", "PERSON") in found("mi ruman Jurdenly ta bin djadumingu")
    assert ("Edsilia", "PERSON") in found("wela Edsilia a kai, nan a hib'é hospital")


def test_papiamentu_from_before_a_listed_place() -> None:
    assert ("sabana westpunt", "LOCATION") in found("mama ta manda saludo for di sabana westpunt")
    assert ("westpunt", "LOCATION") in found("ok mi ta bai awor for di westpunt")
    assert ("Westpunt", "LOCATION") in found("Zij woont Kaya Flamboyan 9, Westpunt, tel. +599 9 864 2213.")


def test_papiamentu_birthday_word() -> None:
    text = "[10:01] Jurdenly: i pa bo kumpleaño 14 di febrüari mi ta manda keshi\n[10:02] Ruthmila: hahaha"
    assert ("14 di febrüari", "DATE_OF_BIRTH") in found(text)


def test_a_messenger_copy_with_a_middle_dot_before_the_time() -> None:
    text = (
        "Jurdenly Martis · 19:02\ndushi, mi a manda 300 dollar\nYuzeira · 19:05\ndanki papi!!! welke rekening?\n"
        "Jurdenly Martis · 19:06\nai no\nYuzeira · 19:09\ngeeft niks"
    )
    assert found(text).count(("Yuzeira", "PERSON")) == 2


def test_a_kin_word_before_a_common_word_is_no_name() -> None:
    assert not any(t == "PERSON" for _, t in found("mi wela ta bon, danki"))


def test_a_column_of_origins_names_places_not_countries() -> None:
    text = (
        "lid_id;achternaam;voornamen;herkomst;woonplaats_nl\n"
        "KK-0101;Martis;Jurdenly;Montaña;Zuidwijk\n"
        "KK-0102;Ouali;Samir;Marokko;Lewedorp\n"
        "KK-0103;Berzina;Ilze;LVA;Lewedorp\n"
    )
    result = found(text)
    assert ("Montaña", "LOCATION") in result
    assert not any(s in ("Marokko", "LVA") for s, _ in result)


def test_lower_case_words_of_a_papiamentu_chat_are_no_names() -> None:
    text = (
        "[21:14] Jurdenly: mi ta bin buska bo mucha awor. wela ta warda bo\n"
        "[21:16] Ruthmila: danki dushi, tin awa atrobe na kas?\n"
        "[21:18] Jurdenly: si, tambe luz. ta bon"
    )
    people = [s for s, t in found(text) if t == "PERSON"]
    assert sorted(set(people)) == ["Jurdenly", "Ruthmila"]


def test_a_lower_case_name_in_a_dutch_line_stays_a_name() -> None:
    # (the same first name typed in a Dutch chat: not Papiamentu's word for "month")
    text = "[21:14] Jurdenly: heb je luna al gezien?\n[21:16] Ruthmila: nee, luna komt morgen"
    assert ("luna", "PERSON") in found(text)


def test_a_word_the_model_takes_for_a_place_after_a_kin_word_is_that_kin() -> None:
    text = "e ta den hospital ku su mami Shurayra, nan ta bai kas djaweps"
    at = text.index("Shurayra")
    assert model_entity_type(text, at, at + 8, "LOCATION") == "PERSON"
    text = "we gaan met oom naar Zwolle"  # (a listed place after a kin word and a preposition stays a place)
    at = text.index("Zwolle")
    assert model_entity_type(text, at, at + 6, "LOCATION") == "LOCATION"


def test_a_foundation_in_papiamentu_is_no_person() -> None:
    assert not any(t == "PERSON" for _, t in found("mi ta traha na Fundashon Marieke pa 3 aña"))


def test_a_register_name_in_capitals_under_a_name_key() -> None:
    text = '2026-11-14T08:02:51Z DEBUG kyc.match name="DOMACASSE, JURSWAILY" dob=1979-06-03 result=PASS'
    assert ("DOMACASSE, JURSWAILY", "PERSON") in found(text)
    assert found('{"product": "STOEL, ZWART", "price": 49}') == []
