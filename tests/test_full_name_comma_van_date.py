"""A caller giving someone's full name and birth in one breath (issue 12): ``Klant: Pieter Dekkers, van vijftien
augustus achtentachtig.`` - the name opens the turn, its first word a listed first name, then a comma, ``van`` and a
past date: that person's date of birth (``date_of_birth._full_name_comma_van``). A firm's name or a document's date
(``Garage Jansen, van 3 mei 2019``, ``Rapport van Anna de Vries, van 3 mei 2019``) is none."""

from __future__ import annotations

import pytest

from afscherm.detectors import analyze


def _births(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze([text])[0] if f.entity_type == "DATE_OF_BIRTH"]


@pytest.mark.parametrize(
    "text, birth",
    [
        (
            "Klant: Pieter Dekkers, van vijftien augustus achtentachtig. Zijn BSN volgt.",
            "vijftien augustus achtentachtig",
        ),
        ("Klant: Desirée Angela Martina, van 15 augustus 1988.", "15 augustus 1988"),
    ],
)
def test_the_date_is_the_birth(text: str, birth: str) -> None:
    assert _births(text) == [birth]


@pytest.mark.parametrize("text", ["Garage Jansen, van 3 mei 2019.", "Rapport van Anna de Vries, van 3 mei 2019."])
def test_no_birth(text: str) -> None:
    assert _births(text) == []
