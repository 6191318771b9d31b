"""Arabic's vocative "ya" before a name, an Egyptian aunt's label, and Egyptian and Sudanese Arabizi as a chat language
(issue 12; tuning_129, _134): "shukran ya Ikhlas" names Ikhlas, "ya Allah" and "ya KNVB" name none; "Khalto Samia:"
speaks as Samia; "bas", "ana", "msh" in an Egyptian line are its words, no names."""

from __future__ import annotations

from tests.recognizer_helpers import found


def test_a_name_after_the_arabic_vocative() -> None:
    assert "Ikhlas" in found("shukran ya Ikhlas 🙏 el police addoni report 2026-DL-88104", "PERSON")
    assert "Shosho" in found("ya Shosho matb3teesh el kalam da fel group 😤", "PERSON")


def test_god_a_club_and_a_word_after_the_vocative_are_no_names() -> None:
    persons = found("ya Allah wat een dag, ya KNVB doe normaal", "PERSON")
    assert "Allah" not in persons and "KNVB" not in persons


def test_an_egyptian_aunt_speaks_under_her_name() -> None:
    text = (
        "14/03/2026, 20:45 - Khalto Samia: ya benty ektebi 21-05-1943 w makan el milad\n"
        "14/03/2026, 20:47 - Nourhan: 5alas ana ha5odo\n"
        "14/03/2026, 20:50 - Khalto Samia: w matnsoosh el shanta"
    )
    assert "Samia" in found(text, "PERSON")


def test_egyptian_arabizi_words_are_no_names() -> None:
    text = (
        "[10:01] Doaa: ezayak ya Mido? ana msh fakra el rakam keda\n"
        "[10:02] Mido: tamam, bas ana feen el form? leh keda\n"
        "[10:03] Doaa: mashy, bas el form msh hena"
    )
    persons = found(text, "PERSON")
    assert not {"ana", "ana feen", "bas"} & set(persons)
    assert "Doaa" in persons
