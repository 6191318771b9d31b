"""The branch's town after a listed chain's name anywhere on a line (issue 12; ``place_names._branch_places``): a
bank statement's payee ``PIN  JUMBO ROSMALEN  -23,84``, a receipt's ``HUBO ST. ANNAPAROCHIE``. A word after the
chain that is no listed place (``Jumbo Markt``) stays unreported."""

from __future__ import annotations

import pytest

from afscherm.detectors import analyze


def _places(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze([text])[0] if f.entity_type == "LOCATION"]


@pytest.mark.parametrize(
    "text, place",
    [
        ("28-10   Betaalautomaat  PIN  JUMBO ROSMALEN            -23,84", "ROSMALEN"),
        ("HUBO ST. ANNAPAROCHIE", "ST. ANNAPAROCHIE"),
        ("12-11 Betaling Hoogvliet Nootdorp pas 041 -12,80", "Nootdorp"),
    ],
)
def test_the_branch_town_is_found(text: str, place: str) -> None:
    assert place in _places(text)


def test_a_word_after_the_chain_is_no_town() -> None:
    assert _places("ik haal het wel bij de Jumbo Markt") == []
