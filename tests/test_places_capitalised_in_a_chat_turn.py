"""Issue 12, chat places: a Dutch woonplaats written with its capital inside a chat's turn is a place when the bare
rule leaves it as a name: a village that is a family name too (``weekendje Giethoorn geweest``, ``† 9 juni 2025
Eibergen``), or one that is a first name too after a place's preposition (``we zitten in Veere``). Not after a word that
asks for a person (``met``, ``tegen``, a kin word), nor after a first name, nor before a surname or a person's verb,
nor a place that is a common word, nor outside a chat. The sentences are written here, not copied from any set."""

from __future__ import annotations

import pytest

from tests.recognizer_helpers import places

CHAT = "mo: hoi allemaal\nlies: hee\nmo: hm\n{turn}\nlies: top"


def _chat(turn: str) -> str:
    return CHAT.format(turn=turn)


@pytest.mark.parametrize(
    ("turn", "place"),
    [
        ("mo: heerlijk weekendje Giethoorn geweest", "Giethoorn"),
        ("lies: volgende week weer Giethoorn, kijk er naar uit", "Giethoorn"),
        ("mo: overleden 9 juni 2025 Eibergen", "Eibergen"),
        ("lies: ok top, om 9:30 vertrekken we, rondje Hellendoorn 🚗", "Hellendoorn"),
        ("mo: morgen eerst langs Eibergen en dan door", "Eibergen"),
        ("lies: ik zat vorige week in Veere op een terrasje", "Veere"),
    ],
)
def test_a_village_named_like_a_person_inside_a_turn_is_a_place(turn: str, place: str) -> None:
    assert place in places(_chat(turn))


@pytest.mark.parametrize(
    ("turn", "name"),
    [
        ("mo: ik heb hem gisteren gebeld met Goor erbij", "Goor"),
        ("lies: de wedstrijd tegen Goor is om 2 uur", "Goor"),
        ("mo: het feest van z'n oom Eibergen", "Eibergen"),
        ("lies: moet je eens kijken wat Elst gezegd heeft", "Elst"),
        ("mo: heb je Hasselt nog gesproken?", "Hasselt"),
        ("lies: morgen komt Ricardo Elshout langs", "Elshout"),
        ("mo: volgens Elst Bouw is het klaar", "Elst"),
        ("lies: stuur het maar naar Veere", "Veere"),
        ("mo: dus Elst zei nee", "Elst"),
    ],
)
def test_a_person_or_a_firm_named_like_a_village_is_no_place(turn: str, name: str) -> None:
    assert name not in places(_chat(turn))


def test_the_same_village_outside_a_chat_is_left_to_the_other_rules() -> None:
    assert "Giethoorn" not in places("Heerlijk weekendje Giethoorn geweest, zei de gids.")
