"""Two chat shapes (issue 12). A community chat's display name carries its team after a bar (``[10:16] Maartje |
Boekvast support: Hoi!``): the name is the speaker (``name_slots.TURN``). A birthday without its year is a date of
birth where the clause says so, an emoji ending the clause as a full stop does (``ben jarig op 21 juni 🥳 feestje in
westkapelle``: the party is another clause), and where someone turned an age on it (``ze is op 17 januari 8
geworden``, ``Drieënveertig geworden, twaalf april``). A party's day stays unreported."""

from __future__ import annotations

import pytest

from afscherm.detectors import analyze


def _found(text: str, kind: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze([text])[0] if f.entity_type == kind]


def test_a_display_name_with_its_team_speaks() -> None:
    text = (
        "[10:14] pension_de_linde: sinds de update komen boekingen dubbel binnen\n"
        "[10:16] Maartje | Boekvast support: Hoi! Welk account?\n"
        "[10:19] pension_de_linde: info staat in de DM\n"
        "[10:21] Maartje | Boekvast support: Bekend probleem, de fix komt vandaag."
    )
    assert _found(text, "PERSON").count("Maartje") == 2


def test_a_key_and_its_value_after_a_bar_are_no_speaker() -> None:
    text = "[10:14] Status | open: ticket 4471\n[10:15] Status | dicht: ticket 4471\n[10:16] Prioriteit | hoog: ja"
    assert _found(text, "PERSON") == []


@pytest.mark.parametrize(
    "text, birthday",
    [
        ("daan: jaa ben jarig op 21 juni 🥳 feestje in westkapelle, jullie komen toch", "21 juni"),
        ("Ayşe: ze is op 17 januari 8 geworden dus ze mag nog", "17 januari"),
        ("Beller: Ja! Drieënveertig geworden, twaalf april, en mijn vrouw heeft dit geregeld.", "twaalf april"),
    ],
)
def test_the_birthday_is_a_date_of_birth(text: str, birthday: str) -> None:
    assert birthday in _found(text, "DATE_OF_BIRTH")


@pytest.mark.parametrize(
    "text",
    [
        "de verjaardag van oma vieren we op 14 juni 🎉",
        "ze is 8 geworden, 17 januari 2026 was het feest",
    ],
)
def test_a_party_is_no_birthday(text: str) -> None:
    assert _found(text, "DATE_OF_BIRTH") == []
