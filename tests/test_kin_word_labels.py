"""Grandparents and parents in the languages a family's chat mixes in name nobody themselves, as a contact's label or
in a turn: Yiddish and Hebrew ("Bobbe", "Savta") and Icelandic and Scandinavian ("Amma", "mormor")
(person_name.FOREIGN_KIN_WORDS). Issue 12, fifty-third session. Written for this test; people made up.
"""

from __future__ import annotations

from afscherm.detectors.analyzer import analyze_text


def persons(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze_text(text) if f.entity_type == "PERSON"]


def test_a_grandmother_s_contact_label_is_no_name() -> None:
    text = (
        "[2026-03-18 21:14] Noa Friedman: ik stuur de foto's vanavond\n"
        "[2026-03-18 21:15] Savta 👵: ❤️❤️ geen cadeaus voor mij dit jaar\n"
        "[2026-03-18 21:16] Noa Friedman: savta toch!\n"
    )
    assert persons(text) == ["Noa Friedman", "Noa Friedman"]


def test_an_icelandic_grandmother_is_no_name() -> None:
    text = (
        "[15.03.26, 11:02:17] Amma ❤️: hvert á ég að senda kortið?\n"
        "[15.03.26, 11:05:40] Sindri: haha amma, naar Veldhoven natuurlijk\n"
        "[15.03.26, 11:06:12] Amma ❤️: og síminn þinn?\n"
    )
    assert "Amma" not in persons(text) and "amma" not in persons(text)


def test_a_mother_s_lower_case_label_behind_a_stamp_is_no_name() -> None:
    text = (
        "[02-03-2026 09:14:22] Bauke: ze is er!! geboren vannacht\n"
        "[02-03-2026 09:15:03] ~ mamma: til hamingju elskurnar!!!\n"
        "[02-03-2026 09:16:40] Hallgrímur Jónsson: velkomin litla\n"
        "[02-03-2026 09:19:52] ~ mamma: hvað er heimilisfangið ykkar?\n"
    )
    assert "mamma" not in persons(text)
