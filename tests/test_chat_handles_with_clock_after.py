"""Issue 12, two more ways a chat copy heads its turns with a user name: Instagram's copied messages write the clock
bare after the name and then the colon ("jerson.bitoon_ 23:41: bhe ..."), Discord's copy writes the stamp in brackets
and the name on a line of its own, the message below ("[05-Apr-26 10:15 PM] 3rdmate.kristel"), a name that may open
with a digit. Such labels are the chat's members as the other writings' labels are (tuning_122); a key of machine
output with a clock after it is none."""

from __future__ import annotations

from afscherm.detectors import analyze


def _persons(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze([text])[0] if f.entity_type == "PERSON"]


def test_user_names_before_a_bare_clock_and_a_colon_are_members() -> None:
    text = (
        "marvin.delacruz_ 21:02: nasa Vlaardingen na ako, ang lamig dito grabe\n"
        "joyce.tolentino 21:05: ingat ka! kumain ka na ba?\n"
        "marvin.delacruz_ 21:07: oo, sinigang sa kapitbahay haha\n"
        "joyce.tolentino 21:09: sige tawag ka bukas ha"
    )
    persons = _persons(text)
    assert persons.count("marvin.delacruz_") == 2
    assert persons.count("joyce.tolentino") == 2


def test_a_user_name_under_a_bracketed_stamp_is_a_member() -> None:
    text = (
        "[12-Mar-26 08:14 PM] bosun_ramil\n"
        "sino may extra na charger? naiwan ko sa cabin\n"
        "[12-Mar-26 08:16 PM] 2ndeng.marites\n"
        "meron ako, kunin mo sa mess room mamaya\n"
        "[12-Mar-26 08:20 PM] bosun_ramil\n"
        "salamat! libre kita kape sa port\n"
        "[12-Mar-26 08:22 PM] 2ndeng.marites\n"
        "deal 😂"
    )
    assert _persons(text).count("2ndeng.marites") == 2


def test_machine_keys_before_a_clock_are_no_members() -> None:
    text = (
        "error_code 10:02: 3 attempts left for the export job\n"
        "queue_depth 10:03: 41 items waiting in the backlog\n"
        "error_code 10:04: 2 attempts left for the export job\n"
        "queue_depth 10:05: 39 items waiting in the backlog"
    )
    assert _persons(text) == []
