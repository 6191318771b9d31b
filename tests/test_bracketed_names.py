"""A person's other name in brackets after their name, and a number's owner in brackets after the number
(detectors/contact_names.names_in_brackets, issue 12, fiftieth session); names and numbers here are made up.
"""

from __future__ import annotations

from afscherm.detectors.analyzer import analyze_text


def persons(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze_text(text) if f.entity_type == "PERSON"]


def test_a_name_in_its_own_script_or_a_call_name_after_the_name() -> None:
    assert "ნინო ბერიძე" in persons("Met vriendelijke groet,\nNino Beridze (ნინო ბერიძე)")
    assert "박서연" in persons("Bezoeker: mijn naam is Park Seoyeon (박서연), mail volgt")
    assert "Dieuwke" in persons("Getuige: Diederika van Wijngaarden-Blom (Dieuwke), Dorpsstraat 3")


def test_the_owner_of_a_number_in_brackets_after_it() -> None:
    assert "Sipkje" in persons("nummer van mijn zus als ik niet opneem: 06 2871 4409 (Sipkje)")
    assert persons("contracten KX-26-0931 (Ebeltje) en KX-26-0932 (Tjeerdje) liggen klaar") == ["Ebeltje", "Tjeerdje"]


def test_roles_teams_places_and_words_in_brackets_are_no_names() -> None:
    text = "Mirjam (Kinderopvang): hoi\nbel 06 2871 4409 (mobiel) of 020 5513 870 (Kantoor), 06 1199 3040 (Pokhara)"
    assert "Kinderopvang" not in persons(text)
    assert not {"mobiel", "Kantoor", "Pokhara"} & set(persons(text))
    assert "Extern" not in persons("Aslan, Diyar (Extern)  10:16\nben ik zelf")
    assert persons("Kaart: 5500 0000 0000 0004 (Mastercard), order AB-12 (Urgent)") == []


def test_a_parents_label_names_the_child_and_the_child_is_named_so_elsewhere() -> None:
    text = (
        "[04-10-2026 20:10:55] Thu (mẹ Phong): Phong komt graag!\n"
        "[04-10-2026 20:11:55] Lotte: top\n"
        "[04-10-2026 20:12:55] Thu (mẹ Phong): ok"
    )
    assert persons(text).count("Phong") == 3
    assert "Jurriaan" in persons("[09:02] Sandra (mama van Jurriaan): hij is ziek vandaag")
    # a kin word before a word or a place in brackets names nobody
    assert persons("de kaart voor oma (mama Cadeau) ligt klaar") == []
    assert persons("het pakket (papa Zwolle) is onderweg") == []
