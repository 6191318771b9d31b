"""A chat contact saved with their town abroad after their name (issue 12, tuning_148): "Mustafe Bristol: ...",
"Abshir Oslo 🇳🇴, [14.03.26 21:09]" - the name is a person's, the town a place; a Dutch place at a label's end stays
the name's (a surname that is also a village), and a label that is a first name and a word stays whole."""

from __future__ import annotations

from tests.recognizer_helpers import found


def test_a_town_abroad_after_a_contact_s_name_in_its_label() -> None:
    text = "12/02/2026, 19:05 - Ubax Nairobi: they want the old passport\n12/02/2026, 19:07 - Hodan: ok"
    assert "Ubax" in found(text, "PERSON")
    assert "Nairobi" in found(text, "LOCATION")
    assert "Ubax Nairobi" not in found(text, "PERSON")


def test_a_telegram_header_with_a_town_abroad_and_a_flag() -> None:
    text = "Sahra Helsinki 🇫🇮, [14.03.26 21:09]\nhoi allemaal, ik kom 12 april"
    assert found(text, "LOCATION") == ["Helsinki"]
    assert found(text, "PERSON") == ["Sahra"]


def test_a_label_ending_in_a_dutch_place_stays_a_name() -> None:
    text = "[09:18] Marietje: wie rijdt?\n[09:20] Wilma Bavel: ik kan de woensdagen\n[09:22] Marietje: top"
    assert "Wilma Bavel" in found(text, "PERSON")
