"""Issue 12, a family chat's labels: a phone saves a parent as "Baba", "Madar", "Dayê" or "Nanay", and the export
labels that parent's turns so. A word for kin alone is no name, whichever path reads the label (a chat member's
handle too, where a name list knows the word as a given name somewhere), and no place when the model tags it one;
the members named by their names stay names. Afghan Dari, Kurdish, Filipino and Javanese words for parents, elders
and teachers are kin words (tuning_121, tuning_122)."""

from __future__ import annotations

import pytest

from afscherm.detectors import analyze


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[f.start : f.end], f.entity_type) for f in analyze([text])[0]]


@pytest.mark.parametrize(("parent", "other"), [("Baba", "Madar"), ("Dayê", "Bavo"), ("Nanay", "Tatay")])
def test_a_parent_saved_under_a_word_for_kin_is_no_name(parent: str, other: str) -> None:
    text = (
        f"02-03-2026 18:10 - Soraya: salam, heeft iemand de brief van de gemeente gezien?\n"
        f"02-03-2026 18:12 - {parent}: ja die ligt in de la bij de telefoon\n"
        f"02-03-2026 18:13 - {other}: en de pasjes ook, pak ze morgen mee\n"
        f"02-03-2026 18:15 - Soraya: top dank jullie, ik haal ze na mijn werk op\n"
        f"02-03-2026 18:16 - {parent}: goed zo, rij voorzichtig\n"
        f"02-03-2026 18:20 - {other}: en bel even als je er bent"
    )
    found = _found(text)
    assert ("Soraya", "PERSON") in found
    assert not [value for value, _ in found if value in (parent, other)]


@pytest.mark.parametrize("word", ["Tita", "Kuya", "Manang", "Mbak", "Ustad", "Lala"])
def test_the_new_kin_words_alone_are_no_chat_member(word: str) -> None:
    text = (
        f"[10:01] Rolando: musta na kayo dito sa Schiedam?\n"
        f"[10:03] {word}: ok lang, busy sa trabaho\n"
        f"[10:04] Rolando: ingat kayo ha\n"
        f"[10:06] {word}: salamat, ikaw din"
    )
    found = _found(text)
    assert ("Rolando", "PERSON") in found
    assert not [value for value, _ in found if value == word]
