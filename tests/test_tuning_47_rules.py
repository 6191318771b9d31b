"""Rules from the blind tuning set tuning_47 (issue 12), each tried on examples written apart from the set:
first names of people from abroad in lower case, Dutch double first names, compound roles before a speaker, channel
handles, an unlisted person's surname said again, a record's key that is a name too, an English word after a name."""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import default_analyzer
from afscherm.detectors.person_name import first_names, is_first_name


@pytest.fixture(scope="module")
def analyzer():  # noqa: ANN201
    return default_analyzer()


def _persons(analyzer, text: str) -> set[str]:  # noqa: ANN001
    return {text[f.start : f.end] for f in analyzer.analyze_one(text) if f.entity_type == "PERSON"}


def test_first_names_from_abroad_are_listed_in_chat_spelling() -> None:
    # Polish, Romanian (accents dropped), Ukrainian and Greek (transliterated) names the Dutch list lacks.
    for name in ("grazyna", "wiktor", "mihaela", "oleksandr", "chukwuemeka", "adaeze", "jolanta"):
        assert name in first_names(), name
    # ... and the call names they go by (data/names/call_names_abroad.txt)
    for name in ("wojtek", "gosho", "zsuzsi", "vova"):
        assert name in first_names(), name
    # Frequent words of another language, kin words and role words are no first names.
    for word in ("manda", "buna", "nani", "beppe", "jaan"):
        assert word not in first_names(), word


def test_a_lower_case_name_from_abroad_is_a_person_in_a_chat(analyzer) -> None:  # noqa: ANN001
    text = (
        "[02-12-26 07:10:03] Marja Verbeek: wie rijdt er morgen met grazyna mee naar de veiling?\n"
        "[02-12-26 07:11:45] Henk: ik, en wiktor kan ook mee als hij vrij is\n"
    )
    persons = _persons(analyzer, text)
    assert "grazyna" in persons
    assert "wiktor" in persons


def test_a_word_of_another_language_is_no_name(analyzer) -> None:  # noqa: ANN001
    text = "[03/12/2026 10:02] Lucía: mamá manda fotos de la boda desde Sevilla, buna dimineata allemaal\n"
    persons = _persons(analyzer, text)
    assert "manda" not in persons
    assert "buna" not in persons


def test_a_frequent_english_word_is_no_surname_after_a_first_name(analyzer) -> None:  # noqa: ANN001
    # 'Has' is a listed Dutch family name; after a name in English it is the verb.
    text = "[08:02] priya: good morning juf, nikhil has a cold, he stays home today\n[08:05] juf Ans: beterschap!"
    persons = _persons(analyzer, text)
    assert "nikhil" in persons
    assert "nikhil has" not in persons


def test_a_double_first_name_of_two_listed_names_is_a_first_name(analyzer) -> None:  # noqa: ANN001
    assert is_first_name("Teun-Jasper")
    assert is_first_name("jan-kees", lowercase_ok=True)
    assert not is_first_name("mei-juni", lowercase_ok=True)
    text = (
        "02-12-2026 18:40 - Teun-Jasper: wie neemt de sleutel van de loods mee?\n"
        "02-12-2026 18:42 - Wendy: ik niet, vraag het Teun-Jasper zelf maar morgen"
    )
    spans = [(f.start, f.end) for f in analyzer.analyze_one(text) if f.entity_type == "PERSON"]
    second = text.rindex("Teun-Jasper")
    assert any(s <= second and second + len("Teun-Jasper") <= e for s, e in spans), spans


def test_a_compound_role_before_a_speakers_name(analyzer) -> None:  # noqa: ANN001
    text = (
        "04-12-2026 06:01 - Kasbaas Willemijn: pad 12 eerst plukken vandaag\n"
        "04-12-2026 06:03 - Bouwcoördinator Gerrit-Jan: en de heftruck staat bij kas 2\n"
        "04-12-2026 06:05 - Ploegleider: iedereen om 7 uur binnen"
    )
    persons = _persons(analyzer, text)
    assert "Willemijn" in persons
    assert "Gerrit-Jan" in persons
    assert "Ploegleider" not in persons


def test_a_channel_members_handle_in_every_header_and_its_name_alone(analyzer) -> None:  # noqa: ANN001
    text = (
        "teamkanaal · Kwekerij De Zonnebloem\n"
        "zbigniew.kowal 06:10: morning, i am in kas 4 today\n"
        "Marja (planning) 06:12: prima. wie doet de sortering?\n"
        "zbigniew.kowal 06:15: i can do it after the break\n"
        "@zbigniew.kowal ok, dan doet zbigniew de sortering\n"
        "roosterbot_app 06:20: nieuwe dienst gepland voor morgen\n"
    )
    spans = [text[f.start : f.end] for f in analyzer.analyze_one(text) if f.entity_type == "PERSON"]
    assert spans.count("zbigniew.kowal") == 3, spans
    assert "zbigniew" in spans
    assert not any("roosterbot" in s for s in spans)


def test_a_discord_handle_with_a_listed_first_name(analyzer) -> None:  # noqa: ANN001
    text = (
        "#welpen · Discord\n"
        "baloe_marieke — vandaag om 19:02\n"
        "opkomst zaterdag gaat door, verzamelen bij de blokhut\n"
        "kaa_bas — gisteren om 21:40\n"
        "ik neem de bus mee"
    )
    persons = _persons(analyzer, text)
    assert "baloe_marieke" in persons


def test_an_unlisted_persons_surname_said_again_alone(analyzer) -> None:  # noqa: ANN001
    text = (
        "Vanochtend belde Tunde Okafor over zijn aanvraag (AV-2291).\n"
        "Let op: Okafor wil graag teruggebeld worden na vijven."
    )
    spans = [(f.start, f.end) for f in analyzer.analyze_one(text) if f.entity_type == "PERSON"]
    second = text.rindex("Okafor")
    assert any(s <= second and second + len("Okafor") <= e for s, e in spans), spans


def test_a_records_key_is_no_name(analyzer) -> None:  # noqa: ANN001
    # "sofi" (the BSN's old name) is a first name abroad too; as a JSON key it names a field.
    text = '{"relatie": {"naam": "Gerda Wolters", "sofi": "111222333", "actief": false}}'
    assert "sofi" not in _persons(analyzer, text)


def test_a_time_stamped_speakers_call_name_before_a_shortened_particle_and_surname(analyzer) -> None:  # noqa: ANN001
    # tuning_48: 'huug vd wetering' spoke; 'huug' (Hugo's call name) is on no list.
    assert not is_first_name("wubbe", lowercase_ok=True)  # the premise: a call name no list holds
    text = "[01-12-26 20:14:02] wubbe vd berg: wie neemt de boot mee zaterdag?\n[01-12-26 20:15:40] Marja: ik niet"
    assert "wubbe vd berg" in _persons(analyzer, text)
    text = "[01-12-26 20:14:02] wubbe van der meulen: wie neemt de boot mee?\n[01-12-26 20:16:11] kees: ik"
    assert "wubbe van der meulen" in _persons(analyzer, text)


def test_a_sign_off_line_in_another_language_names_its_writer(analyzer) -> None:  # noqa: ANN001
    text = "De bestelling is nog niet binnen, kunt u kijken?\n\nPozdrawiam,\nGrażyna\n\nVerstuurd vanaf mijn telefoon"
    assert "Grażyna" in _persons(analyzer, text)
    text = "Thanks for the quick fix.\n> Best, Wenqian\n\n> Op 2 dec. 2026 om 10:04 schreef de helpdesk:"
    assert "Wenqian" in _persons(analyzer, text)
    text = "Het adres klopt weer.\n\nObrigado, João\n\n> Op 1 dec. 2026 schreef de klantenservice:"
    assert "João" in _persons(analyzer, text)


def test_a_first_name_typed_with_its_accents_is_the_listed_name() -> None:
    assert is_first_name("Inês")
    assert is_first_name("João")
    assert is_first_name("Zoë")


def test_a_column_named_in_two_parts_announces_its_kind(analyzer) -> None:  # noqa: ANN001
    # tuning_47: "id_nr" (a buyer's pass export) held Dutch document numbers; "geb_datum" the birth date.
    text = (
        "INSERT INTO pashouders (pas, voornaam, achternaam, geb_datum, id_nr, status) VALUES\n"
        "('P-0931', 'Wendy', 'Kuijt', '1981-02-14', 'NBF3KR7T4', 'actief');"
    )
    found = {(f.entity_type, text[f.start : f.end]) for f in analyzer.analyze_one(text)}
    assert ("NL_ID_DOCUMENT", "NBF3KR7T4") in found
    assert ("DATE_OF_BIRTH", "1981-02-14") in found
    # A customer's id is no document number: the value must have the Dutch shape.
    text = "klant_id_nr=40-1187 status=actief"
    assert not any(f.entity_type == "NL_ID_DOCUMENT" for f in analyzer.analyze_one(text))


def test_a_dictionary_word_capitalised_after_someones_kin_word_is_their_name(analyzer) -> None:  # noqa: ANN001
    # tuning_47/48: "onze moeder Trui", "haar dochter Trui" (Trui, a call name, is a word: a jumper).
    assert "Roos" not in _persons(analyzer, "De roos staat in de tuin.")
    assert "Hoop" in _persons(analyzer, "Na het overlijden van onze moeder Hoop. Wilt u de factuur sturen?")
    assert "Zondag" not in _persons(analyzer, "Mijn vader Zondag kan hij niet.")
    assert "Gouda" not in _persons(analyzer, "Mijn moeder Gouda. Daar woont ze al jaren.")  # a place


def test_a_user_keys_handle_of_names_no_list_holds(analyzer) -> None:  # noqa: ANN001
    text = 'ts=2026-12-02T06:01Z msg="shift swap" user="grazvydas.bielskis" kas=2\nts=2026-12-02T06:03Z user=zilvinas.p'
    persons = _persons(analyzer, text)
    assert "grazvydas.bielskis" in persons
    assert "zilvinas.p" in persons
    for text in ('user="svc.backup" status=ok', "login=admin.console", 'user="build.agent"'):
        assert not _persons(analyzer, text), text


def test_a_minister_shortened_before_a_surname(analyzer) -> None:  # noqa: ANN001
    assert "Kraaijeveld" in _persons(analyzer, "de rouwdienst werd geleid door ds. Kraaijeveld uit het dorp")
    assert not _persons(analyzer, "DS. bestand opgeslagen in de map")


def test_a_name_ending_as_a_verb_does_after_someones_kin_word_before_a_persons_verb(analyzer) -> None:  # noqa: ANN001
    # tuning_48: "haar zoon naveed zegt ..." ('naveed' ends in -d, as a participle does).
    assert "javed" in _persons(analyzer, "haar zoon javed zegt dat de oude telefoon niet meer werkt")
    assert not _persons(analyzer, "zijn moeder appt je morgen nog even")


def test_a_spelled_name_before_a_sentence_that_opens_with_a_one_letter_word(analyzer) -> None:  # noqa: ANN001
    # tuning_48: "Figueiredo, F-I-G-U-E-I-R-E-D-O. I stay ..." - the run took the "I" of the next sentence.
    text = "Agent: Uw achternaam graag?\nBeller: Kowalczyk, K-O-W-A-L-C-Z-Y-K. U kunt het zo noteren."
    assert "K-O-W-A-L-C-Z-Y-K" in _persons(analyzer, text)
    text = "Intaker: En de voornaam?\nBeller: Grzegorz, G-R-Z-E-G-O-R-Z. A naam van mijn opa."
    assert "G-R-Z-E-G-O-R-Z" in _persons(analyzer, text)
