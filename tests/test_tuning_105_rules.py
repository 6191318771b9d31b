"""Rules of the forty-eighth session (issue 12), each from misses on blind tuning sets; names, places and numbers
here are made up and none is in the sets.
"""

from __future__ import annotations

from afscherm.detectors.analyzer import analyze_text


def found(text: str, entity_type: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze_text(text) if f.entity_type == entity_type]


def test_place_of_birth_label_of_several_words_in_a_cards_row() -> None:
    # an OCR'd card's row: the label "Place of Birth" after a wide gap, its value after two spaces, no colon
    text = (
        "Surname  WANJIRU      Given Names  AMANI\n"
        "Date of Birth  03 JUN 1990      Place of Birth  NYAHURURU\n"
        "Date of Issue  11 FEB 2021      Date of Expiry  10 FEB 2031"
    )
    assert "NYAHURURU" in found(text, "LOCATION")
    # French and Dutch labels of several words
    assert "Tamanrasset" in found("Lieu de naissance  Tamanrasset\nSexe  F", "LOCATION")
    assert "Wjelsryp" in found("Plaats van geboorte  Wjelsryp\nGeslacht  M", "LOCATION")


def test_words_after_place_of_birth_that_are_no_place() -> None:
    # the label's own words are not its value, and a date under the label is no place
    text = "Date of Birth  03 JUN 1990      Place of Birth  03 JUN 1990"
    assert found(text, "LOCATION") == []
