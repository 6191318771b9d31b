"""Rules from the misses of the blind tuning set tuning_43 (issue 12), shown on examples written apart from the set:
a name no list and no dictionary knows after an opening greeting or an introduction, and what such a greeting
addresses that is no name."""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import analyze_text


def _found(text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze_text(text) if f.entity_type == entity]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hoi ngozika, ja dat kan morgen", "ngozika"),
        ("hey tesfalem, kom je ook?", "tesfalem"),
        ("goedemorgen tesfay! je pakket ligt klaar", "tesfay"),
        ("ik ben nguyet, 22, en zoek een kamer", "nguyet"),
        ("ik ben mahlet, ik bel over de huur", "mahlet"),
    ],
)
def test_an_unknown_name_after_an_opening_greeting_or_an_introduction(text: str, name: str) -> None:
    assert name in _found(text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "Hallo zusammen, bis morgen",
        "hoi heit, kinne jo my helpe",
        "ik ben achtendertig, dus dat valt mee",
        "Beste klantenadministratie,\n\nGraag een nieuwe factuur",
        "hoi allemaal, morgen geen les",
        "ik ben oke, jij?",
    ],
)
def test_what_a_greeting_addresses_that_is_no_name(text: str) -> None:
    assert _found(text, "PERSON") == []
