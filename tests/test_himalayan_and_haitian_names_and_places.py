"""Issue 12 (tuning_152, tuning_153): given names and call names of Tibetan, Sherpa, Nepali, Lhotshampa, Haitian and
French Antillean families, and the towns and villages of Nepal, Tibet and its exile settlements, Switzerland, Haiti and
the French Antilles, as their chats write them (lists written by a helper who read no file of the repository)."""

from __future__ import annotations

import pytest

from afscherm.detectors import analyze


def _found(text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze([text])[0] if f.entity_type == entity]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ok dan bel ik yangzom morgen wel even", "yangzom"),
        ("heb je choedon al gesproken over de bus?", "choedon"),
        ("vraag het aan kerline, zij weet het", "kerline"),
        ("zeg tegen dieuseul dat de sleutel bij de buren ligt", "dieuseul"),
    ],
)
def test_a_listed_given_name_in_lower_case_in_a_chat_is_a_person(text: str, name: str) -> None:
    assert name in _found(text, "PERSON")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("tweede nacht slapen we in khumjung bij zijn neef", "khumjung"),
        ("morgen de vlucht naar lukla, daarna lopen", "lukla"),
        ("ze zijn verhuisd naar turbenthal vorig jaar", "turbenthal"),
        ("oma komt oorspronkelijk uit Petit-Goâve", "Petit-Goâve"),
        ("de kaart ligt bij tante in Le Gosier", "Le Gosier"),
    ],
)
def test_a_listed_town_after_a_place_cue_is_a_location(text: str, place: str) -> None:
    assert place in _found(text, "LOCATION")
