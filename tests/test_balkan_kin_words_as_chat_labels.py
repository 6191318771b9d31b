"""Issue 12, a Balkan family's chat (tuning_124, tuning_100): a phone saves a parent as "nëna" (Albanian mother),
"Тато" or "Мама" (Macedonian and Serbian dad and mum), and the export labels that parent's turns so. A word for kin
alone is no name, also where a name list holds it as a given name somewhere ("nëna", "baba" in lower case); the
members named by their names stay names. And Bosnian, Croatian and Serbian little words in their lines are words."""

from __future__ import annotations

import pytest

from afscherm.detectors import analyze


def _persons(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze([text])[0] if f.entity_type == "PERSON"]


@pytest.mark.parametrize(("parent", "other"), [("nëna", "babi"), ("Тато", "Мама"), ("baba", "deda")])
def test_a_parent_saved_under_a_balkan_word_for_kin_is_no_name(parent: str, other: str) -> None:
    text = (
        f"03-05-2026 19:02 - Valbona Krasniqi: a e keni parë letrën nga komuna?\n"
        f"03-05-2026 19:04 - {parent}: po, është në sirtar te telefoni\n"
        f"03-05-2026 19:05 - {other}: edhe pasaportat, merri nesër\n"
        f"03-05-2026 19:07 - Valbona Krasniqi: faleminderit, i marr pas punës\n"
        f"03-05-2026 19:08 - {parent}: mirë, ngadalë me makinë"
    )
    persons = _persons(text)
    assert "Valbona Krasniqi" in persons
    assert not [p for p in persons if p in (parent, other)]


def test_bosnian_little_words_in_their_lines_are_no_names() -> None:
    # ("sam", "I am", is a given name in the lists; a line with two of the language's little words is Bosnian,
    # Croatian or Serbian, and there its frequent words are words)
    text = (
        "[10:01] Jasmina: ja sam danas kod mame, nije dobro\n"
        "[10:02] Edin: ako treba nesto, samo reci\n"
        "[10:03] Jasmina: hvala, sam sam ovdje do sutra\n"
        "[10:05] Edin: ok, kako je tata?"
    )
    persons = _persons(text)
    assert "Jasmina" in persons and "Edin" in persons
    assert not [p for p in persons if "sam" in p.split()]
