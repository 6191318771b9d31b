"""Issue 12, streets in chats: a chat gives an address as a capitalised listed street and its number alone, opening a
turn (``kees: Lijsterbes 31, achterom``) or after a comma or a preposition of where in it (``sleutel ligt bij buurvrouw,
Lijsterbes 9``, ``ophalen bij Lijsterbes 9``), the number closing its phrase. Not a common or short word (``Perron 3``,
``Kamer 14``), not outside a chat, not with the sentence going on after the number. The cases are written here, not
copied from any set; every address is made up."""

from __future__ import annotations

import pytest

from tests.recognizer_helpers import locations

CHAT = "mo: wie heeft de sleutel?\nlies: ik niet\nmo: hm\n{turn}\nlies: top"


def _chat(turn: str) -> str:
    return CHAT.format(turn=turn)


@pytest.mark.parametrize(
    ("turn", "street"),
    [
        ("lies: Lijsterbes 31, achterom via het hek", "Lijsterbes 31"),
        ("lies: Lijsterbes 31", "Lijsterbes 31"),
        ("lies: sleutel ligt bij de buurvrouw, Lijsterbes 9", "Lijsterbes 9"),
        ("mo: ik haal hem wel op bij Lijsterbes 9.", "Lijsterbes 9"),
        ("mo: kom maar naar Lijsterbes 12b!", "Lijsterbes 12b"),
    ],
)
def test_a_listed_street_and_its_number_as_a_turn_gives_it(turn: str, street: str) -> None:
    assert street in locations(_chat(turn))


@pytest.mark.parametrize(
    "turn",
    [
        "lies: Perron 3, daar staan we",
        "lies: Kamer 14, tweede gang",
        "lies: Tafel 12 is vrij",
        "mo: ik zit op Pagina 4, jij?",
        "mo: bij Groep 7, de juf",
    ],
)
def test_a_room_a_page_or_a_group_is_no_street(turn: str) -> None:
    assert locations(_chat(turn)) == []


def test_the_same_street_outside_a_chat_needs_another_cue() -> None:
    assert locations("Lijsterbes 31, achterom via het hek.") == []


def test_a_number_the_sentence_goes_on_after_is_no_address() -> None:
    assert locations(_chat("lies: Lijsterbes 31 bomen gesnoeid vandaag")) == []


@pytest.mark.parametrize(
    ("turn", "street"),
    [
        ("lies: lijsterbes 31, achterom via het hek", "lijsterbes 31"),
        ("mo: ik haal hem wel op bij lijsterbes 9.", "lijsterbes 9"),
    ],
)
def test_the_same_street_in_a_chats_lower_case(turn: str, street: str) -> None:
    assert street in locations(_chat(turn))


@pytest.mark.parametrize(
    "turn", ["lies: groep 7, wie doet mee", "lies: kamer 14, tweede gang", "lies: bus 12, die moet je hebben"]
)
def test_a_group_a_room_or_a_bus_in_lower_case_is_no_street(turn: str) -> None:
    assert locations(_chat(turn)) == []
