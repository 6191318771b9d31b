"""A chat whose messages print the stamp after the sender's label, as a marketplace's or a forum's conversation does
("Jelte_v (16 mrt 20:41): hoi!"): the member's handle is a name as in a chat stamped before its labels, also when the
other member's label holds a blank (detectors/person_name.py, CHAT_LABEL). Issue 12, fifty-third session. Written for
this test; people made up.
"""

from __future__ import annotations

from afscherm.detectors.analyzer import analyze_text


def persons(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze_text(text) if f.entity_type == "PERSON"]


def test_a_handle_stamped_after_its_label() -> None:
    text = (
        'Marktplaats · gesprek over "eikenhouten kast"\n'
        "Jelte_v (16 mrt 20:41): hoi! is de kast nog te koop?\n"
        "Wim de Ruiter (16 mrt 20:43): ja hoor, ophalen in het weekend\n"
        "Jelte_v (16 mrt 20:45): top, dan kom ik zaterdag langs\n"
    )
    assert persons(text).count("Jelte_v") == 2


def test_keys_stamped_once_are_no_members() -> None:
    # a log's fields with a time in brackets, each said once: no chat
    text = "status (12:01): ok, wacht op de volgende stap\nqueue_depth (12:02): 14 items in de wachtrij\n"
    assert persons(text) == []
