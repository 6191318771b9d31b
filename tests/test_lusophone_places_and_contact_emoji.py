"""Portuguese-speaking and Andean families' chats (issue 12, tuning_178/_179): a town abroad after Portuguese "do",
"da", "no" (the article joined: "nascido no Huambo", "era do Lubango") or "para" ("la caja para Ciudad del Este"),
capitalised, not inside a person's name ("Maria do Carmo") nor a saint's feast ("festas do Espírito Santo"); a
contact saved with an emoji speaking twice ("Zuny 🌺:") is a person."""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.from_config(None)


def _found(analyzer: Analyzer, text: str, entity_type: str) -> list[str]:
    return [text[f.start : f.end] for f in analyzer.analyze([text])[0] if f.entity_type == entity_type]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("a Ngueve, nascida no Huambo, chega sábado", "Huambo"),
        ("o avô é que era do Lubango, a avó de Benguela", "Lubango"),
        ("mandamos la caja para Ciudad del Este el lunes", "Ciudad del Este"),
    ],
)
def test_a_town_after_a_portuguese_cue(analyzer: Analyzer, text: str, town: str) -> None:
    assert town in _found(analyzer, text, "LOCATION")


@pytest.mark.parametrize(
    ("text", "word"),
    [("a Maria do Carmo vem amanhã", "Carmo"), ("quer que vamos às festas do Espírito Santo em maio", "Santo")],
)
def test_no_town_inside_a_name_or_a_feast(analyzer: Analyzer, text: str, word: str) -> None:
    assert not any(word in place for place in _found(analyzer, text, "LOCATION"))


def test_a_contact_saved_with_an_emoji(analyzer: Analyzer) -> None:
    text = (
        "Ysapy Galeano: el torneo es el 7 de junio\n"
        "Yeruti 🌺: yo me anoto, mi dirección es la de siempre\n"
        "Ysapy Galeano: dale, gracias\n"
        "Yeruti 🌺: jajaja sí"
    )
    assert _found(analyzer, text, "PERSON").count("Yeruti") >= 2
