"""A first name and its date in brackets, as a register lists children (issue 12; ``date_of_birth.bracketed_births``):
``Jeugdpas voor kind(eren): Tess (11-02-2018) en Mats (27-09-2020)`` - the names are people and the dates their
births where a line lists two such pairs or names a child or relative. One name and the date of something done
(``Aangepast door Jan (12-03-2024)``) is none."""

from __future__ import annotations

import pytest

from afscherm.detectors import analyze


def _found(text: str) -> set[tuple[str, str]]:
    return {(text[f.start : f.end], f.entity_type) for f in analyze([text])[0]}


@pytest.mark.parametrize(
    "text, pairs",
    [
        (
            "Jeugdpas voor kind(eren): Tess (11-02-2018) en Mats (27-09-2020)",
            [("Tess", "11-02-2018"), ("Mats", "27-09-2020")],
        ),
        ("mijn dochter Sanne (03-04-2015) zit in groep 5", [("Sanne", "03-04-2015")]),
    ],
)
def test_names_and_births(text: str, pairs: list[tuple[str, str]]) -> None:
    found = _found(text)
    for name, birth in pairs:
        assert (name, "PERSON") in found
        assert (birth, "DATE_OF_BIRTH") in found


def test_a_date_of_something_done_is_no_birth() -> None:
    assert not any(kind == "DATE_OF_BIRTH" for _, kind in _found("Aangepast door Jan (12-03-2024)"))
