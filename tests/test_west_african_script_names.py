"""Names written in Adlam (Fula) or N'Ko (Manding) letters among Latin words, as Guinean and Senegalese families write
their own names beside the French spelling (issue 12, tuning_180): a chat's sender and the name after it in Adlam, a
name in N'Ko in a Dutch sentence; not a sentence of Adlam (its words after the first in small letters). And members of a
channel speaking under user names no list holds, each turn opening with its clock ("[18:04] Almamy_K: ...")."""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.from_config(None)


def _people(analyzer: Analyzer, text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyzer.analyze([text])[0] if f.entity_type == "PERSON"]


def test_an_adlam_sender_and_name(analyzer: Analyzer) -> None:
    text = "[19:40] 𞤀𞤥𞤭𞤲𞤢𞤼𞤢 𞤔𞤢𞤤𞤮𞥅: 𞤀𞤥𞤭𞤲𞤢𞤼𞤢 𞤔𞤢𞤤𞤮𞥅 / Aminata Diallo, ik kom morgen"
    assert text.count("𞤀𞤥𞤭𞤲𞤢𞤼𞤢 𞤔𞤢𞤤𞤮𞥅") == 2
    assert _people(analyzer, text).count("𞤀𞤥𞤭𞤲𞤢𞤼𞤢 𞤔𞤢𞤤𞤮𞥅") == 2


def test_a_nko_name_in_a_dutch_sentence(analyzer: Analyzer) -> None:
    text = "mijn oom schrijft zijn naam zelf als ߡߊߡߊߘߎ ߞߊߡߊߙߊ, kan dat op het formulier?"
    assert "ߡߊߡߊߘߎ ߞߊߡߊߙߊ" in _people(analyzer, text)


@pytest.mark.parametrize("text", ["𞤀𞤣𞤵𞤥𞤢 𞤸𞤵𞤲𞤣𞤵 𞤱𞤮𞤲𞤭 𞤳𞤢𞤤𞤢", "een zin zonder ander schrift"])
def test_no_name_without_capitals(analyzer: Analyzer, text: str) -> None:
    assert _people(analyzer, text) == []


def test_user_names_speaking_under_their_clock(analyzer: Analyzer) -> None:
    # a Discord channel copied: each turn opens with its clock, the members by user names no list holds
    text = (
        "[20:01] Almamy_D: wie gaat er zaterdag mee naar Namur?\n"
        "[20:03] kabo_c: ik ga mee, de trein van 8u15\n"
        "[20:04] Almamy_D: top, ik koop de tickets vanavond\n"
        "[20:06] kabo_c: stuur me het bedrag maar"
    )
    people = _people(analyzer, text)
    assert people.count("Almamy_D") == 2
    assert people.count("kabo_c") == 2
