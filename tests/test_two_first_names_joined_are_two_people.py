"""Names (issue 12): two capitalised first names the model takes as one name, joined by ``&`` or ``en`` (``Groeten
van Jeroen & Lisa``), are two people: two findings, the joiner between them uncovered. Cases written for these
tests, all fictitious."""

from __future__ import annotations

from afscherm.detectors.findings import Finding
from afscherm.detectors.name_consistency import split_pairs_of_first_names


def _found(text: str, value: str) -> list[Finding]:
    start = text.index(value)
    return [Finding(start, start + len(value), "PERSON", 0.85, "SpacyNer")]


def _strings(text: str, findings: list[Finding]) -> list[str]:
    return [text[f.start : f.end] for f in findings]


def test_two_first_names_joined_by_an_ampersand_or_en_are_split() -> None:
    text = "Liefs van Wouter & Noor, tot snel"
    assert _strings(text, split_pairs_of_first_names(text, _found(text, "Wouter & Noor"))) == ["Wouter", "Noor"]
    text = "Het kaartje is van Sanne en Bram"
    assert _strings(text, split_pairs_of_first_names(text, _found(text, "Sanne en Bram"))) == ["Sanne", "Bram"]


def test_a_firm_or_a_full_name_is_left_whole() -> None:
    text = "Bakker & Zonen levert morgen"
    assert _strings(text, split_pairs_of_first_names(text, _found(text, "Bakker & Zonen"))) == ["Bakker & Zonen"]
    text = "Groeten, Wouter de Groot"
    assert _strings(text, split_pairs_of_first_names(text, _found(text, "Wouter de Groot"))) == ["Wouter de Groot"]
