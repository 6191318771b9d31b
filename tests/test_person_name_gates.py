"""The shared word index of person_name's rules (text_words, holds_word, holds_capital_first_name, lower_word_spans):
a gate may only skip a rule that cannot fire, so each gate passes wherever its rule's words stand, in any case and
between any separators the rule's pattern allows, and each rule still fires through it."""

from __future__ import annotations

import pytest

from afscherm.detectors.person_name import (
    LOWER_WORD,
    PersonNameRecognizer,
    holds_capital_first_name,
    holds_word,
    lower_word_spans,
    text_words,
)


def persons(text: str) -> list[str]:
    return [text[f.start : f.end] for f in PersonNameRecognizer().find(text)]


def test_text_words_are_the_lower_cased_runs_of_letters() -> None:
    words = text_words("Hoi OMA, 2tante_Zoë/cliënt: x")
    assert {"hoi", "oma", "tante", "zoë", "cliënt"} <= words
    assert "x" not in words  # (runs of two letters or more)


@pytest.mark.parametrize("text", ["tante Roos", "Tante Roos", "TANTE Roos", "(tante,Roos)", "mijn\ttante\tRoos"])
def test_holds_word_in_any_case_and_between_separators(text: str) -> None:
    assert holds_word(text, frozenset({"tante"}))


def test_holds_word_not_inside_a_longer_word() -> None:
    assert not holds_word("de tantes en mantelzorg", frozenset({"tante", "man"}))


def test_capital_first_name_written_with_its_capital_only() -> None:
    assert holds_capital_first_name("morgen past Zoë op")
    assert holds_capital_first_name("is Anne-Marie er?")
    assert not holds_capital_first_name("mark en roos komen")  # (listed names, none capitalised)


@pytest.mark.parametrize(
    "text",
    ["hoi sanne en daan", "sanne's fiets", "xsanne sannex sanne", "sanne", "bij daan-sanne.", "Sanne sanne2 sanne"],
)
def test_lower_word_spans_are_the_patterns_matches(text: str) -> None:
    names = frozenset({"sanne", "daan"})
    expected = [m.span() for m in LOWER_WORD.finditer(text) if m.group() in names]
    assert lower_word_spans(text, names) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gisteren was OMA Truus jarig", "Truus"),  # a kin word in capitals
        ("groeten aan Tante Roos!", "Roos"),
        ("Morgen komt mijn buurvrouw, Fenna, langs", "Fenna"),
    ],
)
def test_kin_rule_fires_through_its_gate(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [("host=LT_KARIN status=up", "KARIN"), ("device: laptop-sanne", "sanne"), ("iPhone-van-Joost verbonden", "Joost")],
)
def test_device_owner_fires_through_its_gate(text: str, name: str) -> None:
    assert name in persons(text)


def test_vocative_and_lower_subject_fire_through_their_gates() -> None:
    assert "daan" in persons("[10:02] kim: ok daan, ik bel je zo")
    assert "kees" in persons("zeg maar tegen kees dat het later wordt")
