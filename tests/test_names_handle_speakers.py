"""Issue 12, chat names: speakers written as handles. (1) A handle of an initial, a surname's particle and the surname
(``RvdMeer:``, ``JvDijk:``) speaks as a person though the surname's parts are words (meer, dijk). (2) A pasted Slack
message's speaker in bold before its clock (``*dennis.k* 10:12``, ``**tom.v** 09:01``), a first name and an initial,
as without the bold marks. Not a file name in bold before a time (``*config.py* 10:12``). The chats are written here,
not copied from any set."""

from __future__ import annotations

import pytest

from afscherm.detectors.name_slots import NAME, speaker_name
from tests.recognizer_helpers import names


@pytest.mark.parametrize("label", ["RvdMeer", "JvDijk", "MdeVries2", "JvanDijk"])
def test_an_initial_a_particle_and_a_surname_name_a_speaker(label: str) -> None:
    assert speaker_name(label) == (0, NAME)


def test_a_particle_handles_turns_are_found() -> None:
    chat = (
        "JvDijk: is de fiets nog te koop?\n"
        "sanne88: ja hoor, 120 euro\n"
        "JvDijk: top, ik haal hem zaterdag\n"
        "sanne88: prima"
    )
    assert names(chat).count("JvDijk") == 2


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("*ellen.b* 10:12  kan je even kijken?\n*marloes* 10:13  ja hoor", "ellen.b"),
        ("**tom.v** 09:01 hoi, ben er zo", "tom.v"),
        ("_ruud.k_ 09:01 hoi, ben er zo", "ruud.k"),
    ],
)
def test_a_bold_handle_before_its_clock_is_a_speaker(text: str, name: str) -> None:
    assert name in names(text)


def test_a_file_in_bold_before_a_time_is_no_speaker() -> None:
    assert names("zie *config.py* 10:12 regels") == []


def test_a_telegram_exports_turn_headers_name_their_speakers() -> None:
    chat = (
        "Petra Mulder, [02.05.25 10:01]\nwie wil de kast?\n"
        "JoostK, [02.05.25 10:04]\nik! kan ik hem vanavond halen?\n"
        "Petra Mulder, [02.05.25 10:06]\nprima, na zevenen\n"
        "JoostK, [02.05.25 10:07]\ntop"
    )
    assert names(chat).count("JoostK") == 2


def test_a_single_stamped_line_is_no_chat() -> None:
    assert "Verslag" not in names("Verslag, [02.05.25 10:01]\nde vergadering begon om tien uur")
