"""Issue 12, rules from the blind tuning set tuning_42 (the province of Utrecht, Het Gooi, the Groene Hart and the
Hoeksche Waard, written by a helper who read no rule; 5.75 % of its characters leaked on the session's start code,
chats 11.32 %, chat PERSON recall 0.822 - measured before anyone read it):

- a speaker's role in brackets after the name ('Jesse (Fysio Kromme Rijn):') was read as a nickname between a first
  name and a surname, its bracket never closed, and the name dropped with the organisation it then held;
- a name no list and no dictionary knows after someone's word of kinship ('mijn vrouw sekar'), after an English one
  ('my son mykyta'), capitalised after a kin word's 'van' ('(moeder van Aarav)'), after 'noemen hem', and signed after
  a closing greeting at a message's end ('groetjes miek').
Each example is written apart from the set's texts; the guards are sentences the same rules must leave alone.
"""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import analyze_text


def _found(text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze_text(text) if f.entity_type == entity]


def test_a_speaker_s_role_in_brackets_is_no_nickname_between_names() -> None:
    text = "02-12-26 09:14 - Lotte (Huisartsen Visser en Co): goedemorgen, uw afspraak staat"
    assert _found(text, "PERSON") == ["Lotte"]
    # A nickname in brackets between listed names stays one name.
    assert _found("Johanna (Jo) Verbeek tekent het contract", "PERSON") == ["Johanna (Jo) Verbeek"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("mijn vrouw wulan betaalt de rekening", "wulan"),
        ("onze dochter nomvula (6) gaat mee", "nomvula"),
    ],
)
def test_an_unknown_name_after_someone_s_word_of_kinship(text: str, name: str) -> None:
    assert name in _found(text, "PERSON")


def test_an_unknown_name_after_an_english_word_of_kinship() -> None:
    assert "bohdana" in _found("sorry for my dutch, my daughter bohdana starts in january", "PERSON")
    assert "Kofi" in _found("her husband Kofi picks him up", "PERSON")
    assert "nomvula" in _found("our daughter nomvula starts on monday", "PERSON")
    # An English verb after the kinship word is no name.
    assert _found("my son wants to join the club", "PERSON") == []


def test_a_capitalised_unknown_name_after_a_kin_word_s_van() -> None:
    assert "Vihaan" in _found("Meera Pillai (moeder van Vihaan): hij is ziek vandaag", "PERSON")
    # A place after it stays a place.
    assert "Utrecht" not in _found("hij is de vader van Utrecht", "PERSON")


def test_an_unknown_name_a_person_is_called_by() -> None:
    assert "myroslav" in _found("op de club noemen ze hem myroslav", "PERSON")
    assert _found("ze noemt haar altijd lieverd", "PERSON") == []


def test_a_word_of_kinship_before_a_dictionary_word_names_no_one() -> None:
    assert _found("mijn man werkt in de kaasmakerij", "PERSON") == []


def test_an_unknown_name_signed_after_a_closing_greeting() -> None:
    assert "ayodele" in _found("ik stuur de foto's vanavond. groetjes ayodele 🙂", "PERSON")
    assert "ayodele" in _found("tot zaterdag!\nliefs, ayodele", "PERSON")
    # A greeting to everyone, or from somewhere, signs no name.
    assert _found("groetjes allemaal!", "PERSON") == []
    assert _found("groetjes uit woerden", "PERSON") == []
