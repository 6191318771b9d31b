"""Capitalised listed first names a sentence places as people (issue 12): whom to ask for (``Vraag naar Jannie of
Kees 👋``; ``naar`` before a place otherwise), after a clause's comma (``Die is van de tweede verdieping, Thijs
heeft hem ook al gemeld``), before an emoji; a surname after a church's, notary's or neighbourhood's role (``dominee
Kuiper``, ``notaris Hoekstra``), not the practice's place (``notaris Zwolle``)."""

from __future__ import annotations

import pytest

from afscherm.detectors import analyze


def _persons(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze([text])[0] if f.entity_type == "PERSON"]


@pytest.mark.parametrize(
    "text, names",
    [
        ("Ja, ik ben er vanaf 15u. Vraag naar Jannie of Kees 👋", ["Jannie", "Kees"]),
        ("Vraag maar naar Kees.", ["Kees"]),
        ("Servicedesk: Die is van de tweede verdieping, Thijs heeft hem ook al gemeld.", ["Thijs"]),
        ("Medewerker: Dan neemt dominee Kuiper contact met u op.", ["Kuiper"]),
        ("De akte ligt bij notaris Hoekstra ter inzage.", ["Hoekstra"]),
    ],
)
def test_the_name_is_found(text: str, names: list[str]) -> None:
    found = _persons(text)
    assert all(name in found for name in names)


@pytest.mark.parametrize(
    "text",
    ["we gaan naar Milan, Italie", "De akte ligt bij notaris Zwolle ter inzage.", "Vraag naar Amsterdam de prijs"],
)
def test_no_person(text: str) -> None:
    assert _persons(text) == []
