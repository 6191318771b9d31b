"""A place after a residence's verb and ``te``/``in``, with a form's colon too (issue 12; ``place_names.CUE``):
``Laatst gewoond te: KAMPEN``, ``Ingeschreven in: Zwolle``, ``woonde in Dalfsen``. A word that names no place stays
unreported."""

from __future__ import annotations

import pytest

from afscherm.detectors import analyze


def _places(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze([text])[0] if f.entity_type == "LOCATION"]


@pytest.mark.parametrize(
    "text, place",
    [
        ("Laatst gewoond te: KAMPEN", "KAMPEN"),
        ("Verblijvend te: Lelystad", "Lelystad"),
        ("Ingeschreven in: Zwolle (sinds 2019)", "Zwolle"),
    ],
)
def test_the_place_is_found(text: str, place: str) -> None:
    assert place in _places(text)


def test_no_place_after_the_cue() -> None:
    assert _places("Ingeschreven in: de cursus Excel gevorderd") == []
