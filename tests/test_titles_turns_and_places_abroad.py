"""Names and places as the chats of Central American, Caribbean, North Caucasian and Hausa families write them (issue
12, tuning_171 ... tuning_174): a form of address or kin word before a speaker's name stays out of the name ("Hna.
Lesbia:", "Tanty Merle:", "Mallam Aminu:"), a transcript's turn after a dash on the question's line opens a turn
("... met Keyla. — Beller: ..."), Hausa's hooked letters read as the plain ones ("Ɗahiru"), a town after French "à",
Patois "inna", "born" or Hausa "daga", a Belgian street named alone ("Chaussée de Helmet"), a quarter or village after
its word ("quartier Yantala", "aldea Simajuleu"), a Russian town in the locative or genitive ("в Хасавюрте", "из
Буйнакска"), and a model person that is a listed place of no names ("Spanish Town")."""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import Analyzer
from afscherm.detectors.ner_guard import model_entity_type


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.from_config(None)


def _found(analyzer: Analyzer, text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in analyzer.analyze([text])[0] if f.entity_type == entity]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("12/05/2026, 19:41 - Hna. Lesbia: bendiciones hermanos 🙏 aqui la lista", "Lesbia"),
        ("29/06/2026, 07:58 - Tanty Merle: happy birthday Odessa gyal!!!", "Merle"),
        ("[09:12] Mallam Aminu: na gode, zan duba", "Aminu"),
        ("[21/11/2026, 18:02:11] Sister Beverley: blessings choir, bus list tomorrow", "Beverley"),
    ],
)
def test_a_title_or_kin_word_before_a_speaker_stays_out_of_the_name(analyzer: Analyzer, text: str, name: str) -> None:
    assert name in _found(analyzer, text, "PERSON")


def test_a_kin_word_in_chinese_labelling_a_turn_is_no_person(analyzer: Analyzer) -> None:
    text = "20:14\t媽\t妳的bsn給我一下\n20:16\t哥\t好\n20:17\t媽\t謝謝\n20:18\t哥\tok"
    assert "媽" not in _found(analyzer, text, "PERSON") and "哥" not in _found(analyzer, text, "PERSON")


def test_a_turn_after_a_dash_on_the_questions_line_makes_a_transcript(analyzer: Analyzer) -> None:
    text = (
        "Agent: Envíos Don Toño, buenas tardes, met Keyla. — Beller: buenas, soy Wilmer, quiero mandar plata\n"
        "Agent: Va pues. ¿Su fecha de nacimiento? — Beller: veintiocho de octubre\n"
        "Agent: ¿Y la cuenta? — Beller: ya se la mando"
    )
    assert "Keyla" in _found(analyzer, text, "PERSON")


def test_hausa_hooked_letters_read_as_the_plain_ones(analyzer: Analyzer) -> None:
    assert "Ɗahiru" in _found(analyzer, "hi Ɗahiru, ina kwana? kun isa lafiya?", "PERSON")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("bon, je suis à Liège demain pour les papiers", "Liège"),
        ("Jahmali Kemar Robinson, born 14 jan 1995 inna Linstead, passport later", "Linstead"),
        ("ok ok 11 feb 1998, born Scarborough but mummy from Plymouth eh", "Scarborough"),
        ("via mijn moeder in Niamey, quartier Yantala: +227 96 48 21 07", "Yantala"),
        ("aqui seguimos en aldea Simajuleu, la casa de la abuela", "Simajuleu"),
        ("норм мам, ещё 2 экзамена. у вас снег в Хасавюрте?", "Хасавюрте"),
        ("не знаю!! может Гасан из Буйнакска? спроси", "Буйнакска"),
        ("14-02-2026 21:22 - +234 803 917 4826: na Dahiru daga Fagge, sabon layi ne", "Fagge"),
        ("after sallah we go see Monsieur Lhoest for Chaussée de Helmet. abeg", "Chaussée de Helmet"),
    ],
)
def test_a_place_after_its_cue_abroad(analyzer: Analyzer, text: str, place: str) -> None:
    assert place in _found(analyzer, text, "LOCATION")


@pytest.mark.parametrize("text", ["vamos à feira amanhã cedo", "le quartier est calme le soir"])
def test_no_place_where_the_cue_leads_to_a_word(analyzer: Analyzer, text: str) -> None:
    assert _found(analyzer, text, "LOCATION") == []


def test_a_model_person_that_is_a_listed_place_of_no_names_is_that_place() -> None:
    text = "yuh born 3 juli 2011 inna Spanish Town, mi was there"
    start = text.index("Spanish Town")
    assert model_entity_type(text, start, start + len("Spanish Town"), "PERSON") == "LOCATION"
    text = "bel San Fernando morgen"
    start = text.index("San Fernando")
    assert model_entity_type(text, start, start + len("San Fernando"), "PERSON") == "PERSON"  # (a first name in it)
