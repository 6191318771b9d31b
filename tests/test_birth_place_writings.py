"""The place of birth in the writings a contract, a form or a clerk uses (issue 12; ``place_names._birth_places``):
after ``geb. <date> te`` as a rental contract abbreviates it, and after the word ``geboorteplaats`` without a colon,
whether a list holds the place (a city abroad) or not. Words there that name no place stay unreported."""

from __future__ import annotations

import pytest

from afscherm.detectors import analyze


def _places(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze([text])[0] if f.entity_type == "LOCATION"]


@pytest.mark.parametrize(
    "text, place",
    [
        ("Huurder: mevrouw K. Nowak, geb. 14-05-1990 te Przemyśl, hierna: huurder;", "Przemyśl"),
        ("de heer Y. Demir, Geb. 3 maart 1968 te Yozgat.", "Yozgat"),
        ("Bij de balie staat 04-09-1951 en als geboorteplaats Oujda", "Oujda"),
        ("Moeder: zijn geboorteplaats is Nador, daarna Utrecht", "Nador"),
        ("geboorteplaats Świnoujście", "Świnoujście"),  # listed nowhere
    ],
)
def test_the_place_of_birth_is_found(text: str, place: str) -> None:
    assert place in _places(text)


@pytest.mark.parametrize(
    "text",
    [
        "Geboorteplaats onbekend, graag aanvullen",  # no capital: no place
        "geb. 14-05-1990 te Maart",  # a month
    ],
)
def test_no_place_is_made_of_other_words(text: str) -> None:
    assert _places(text) == []
