"""Chat recall (issue 12): a name joined to a personal pronoun by "en" (``ik en Wil``), and a name with a bracketed
possessive and a word of kinship after it (``ben (je broer)``)."""

from __future__ import annotations

import pytest

from afscherm.detectors.person_name import PersonNameRecognizer


def persons(text: str) -> list[str]:
    return [text[f.start : f.end] for f in PersonNameRecognizer().find(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("[10:05] Gonnie: Ik en Wil komen", "Wil"),
        ("ik en Anneke zijn er om acht uur", "Anneke"),
        ("sanne en ik gaan morgen naar de markt", "sanne"),
        ("zeg maar dat jij en Femke het regelen", "Femke"),
    ],
)
def test_a_name_joined_to_a_pronoun(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    "text", ["de roos en ik", "ik en mijn vrouw komen", "ik en jij", "ik en Zwolle, dat is een lange liefde"]
)
def test_no_name_joined_to_a_pronoun(text: str) -> None:
    assert persons(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("en ben (je broer) wil ook mee", "ben"),
        ("vraag het even aan ria (onze buurvrouw)", "ria"),
        ("Yasmina (mijn oudste zus) komt ook", "Yasmina"),
    ],
)
def test_a_name_with_a_bracketed_kin_word(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize("text", ["de auto (mijn vader zijn) is kapot", "de zaal (onze collega) is vol"])
def test_no_name_before_a_bracket_of_a_thing(text: str) -> None:
    assert persons(text) == []
