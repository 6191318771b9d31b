"""Issue 12: a capitalised listed first name mid-sentence written with the accents its language gives it (``Jānis``,
``Dovilė``, ``Zoltán``: the lists hold them without) is found as the same name without them is; an emoji between
the word before and the name does not hide it (``ziek 🤒 Tamriko kan wel``); a kin word so written is no name
(Albanian ``Nëna``, 'mother'). Lithuanian, Latvian, Estonian, Georgian, Armenian and Russian given names and call
names written from common knowledge (``call_names_abroad.txt``) are listed, and a chat label with an emoji glued to it
names its writer (``sopho🌸:``; tuning_127/128). A lower-case listed name of two or three letters joins a list only
beside a name written in lower case too (Lithuanian ``Aušra, ji``, 'she')."""

from __future__ import annotations

import pytest

from tests.recognizer_helpers import found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("and my uncle is Jānis so the party is at ours", "Jānis"),
        ("morgen past Dovilė op de kinderen", "Dovilė"),
        ("heb je Zoltán nog gesproken over de dienst?", "Zoltán"),
        ("sorry, ziek 🤒 Gerda kan wel, haar nummer staat in de groep", "Gerda"),
    ],
)
def test_an_accented_or_emoji_led_first_name_mid_sentence_is_found(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


def test_a_kin_word_with_its_accents_is_no_name() -> None:
    assert "Nëna" not in found("ja dat klopt, vraag Nëna maar, zij weet het", "PERSON")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("de planning van rimantas is veranderd, hij rijdt nu nachten", "rimantas"),
        ("vraag even aan kaarel of hij de sleutel heeft", "kaarel"),
        ("nikusha komt morgen de auto ophalen", "nikusha"),
    ],
)
def test_baltic_and_caucasus_call_names_in_lower_case_are_names(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


def test_a_chat_label_with_an_emoji_glued_to_it_names_its_writer() -> None:
    # (a phone saves a contact with an emoji after the name; a copy of the chat writes it before the colon)
    text = "[09:01] mzeka🌷: ben je thuis?\n[09:02] Wessel: ja hoor\n[09:04] mzeka🌷: top, ik kom zo\n"
    text += "[09:05] Wessel: ok"
    assert found(text, "PERSON").count("mzeka") == 2


def test_a_kin_word_opening_a_sentence_is_no_name() -> None:
    assert "Nëna" not in found("Geboren in negentienvijftig. Nëna, a je e sigurt? Ja, klopt.", "PERSON")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("švenčiam pas Aušra, ji grįžta penktadienį", "ji"),  # Lithuanian 'she'
        ("La mulți ani, Răzvan! 34 de ani deja", "ani"),  # Romanian 'years'
    ],
)
def test_a_short_lower_case_word_beside_a_capitalised_name_is_no_name(text: str, absent: str) -> None:
    assert absent not in found(text, "PERSON")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("fleur jij neemt bo en lotte mee?", "bo"),  # a chat's names in lower case
        ("Komen Sven en Bo ook zaterdag?", "Bo"),
    ],
)
def test_a_short_name_in_a_list_of_names_so_written_is_a_name(text: str, name: str) -> None:
    assert name in found(text, "PERSON")
