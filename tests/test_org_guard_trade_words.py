"""Names (issue 12, precision): a chip shop, ice-cream parlour or butcher's named after its owner's first
name is a business, not a person. Cases written for these tests, all fictitious."""

from __future__ import annotations

from afscherm.detectors.analyzer import analyze_text


def persons(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze_text(text) if f.entity_type == "PERSON"]


def test_a_business_headed_by_its_trade_word_and_a_first_name_is_no_person() -> None:
    assert persons("Joris: Daarna frieten halen bij Frituur Mieke?") == ["Joris"]
    assert persons("Ijssalon Greetje is weer open") == []


def test_the_same_first_name_outside_the_business_name_is_a_person() -> None:
    assert persons("Mieke: ik haal frieten bij de frituur") == ["Mieke"]
    assert persons("Bel Mieke even, ze staat bij de frituur") == ["Mieke"]
