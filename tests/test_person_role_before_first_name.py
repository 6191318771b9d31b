"""A role a club, school, practice or firm's customer calls a person by, before a listed first name, makes the name a
person's as a word of kinship does (``dirigent Wybren``, ``coach ronald``, ``onze trainer Kees``)."""

from __future__ import annotations

import pytest

from afscherm.detectors.person_name import PersonNameRecognizer


def persons(text: str) -> list[str]:
    return [text[f.start : f.end] for f in PersonNameRecognizer().find(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ik geef het door aan dirigent Wybren", "Wybren"),
        ("Onze trainer Kees is ziek, de training gaat niet door", "Kees"),
        ("heb je juf anouk al gesproken over de excursie", "anouk"),
        ("de fysiotherapeut, mijn fysio Marloes, zegt rust", "Marloes"),
        ("het was gezellig bij kapster lotte", "lotte"),
    ],
)
def test_a_role_before_a_first_name(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize("text", ["de monteur komt morgen", "mijn docent zei dat het goed was", "de coach is ziek"])
def test_a_role_alone_names_no_one(text: str) -> None:
    assert persons(text) == []
