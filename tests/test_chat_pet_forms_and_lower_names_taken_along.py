"""Names in chats (issue 12): the pet form of a first name the chat names elsewhere (``ward: ...`` ... ``merci
wardje``), and a lower-case first name or pet form taken along or picked up (``ik neem ruudje mee``, ``haal jij kim
op?``). Cases written for these tests, all fictitious."""

from __future__ import annotations

from afscherm.detectors.name_consistency import pet_forms
from tests.recognizer_helpers import found, persons


def test_the_pet_form_of_a_name_the_chat_names() -> None:
    text = "teun: wie rijdt er zaterdag?\nfloor: ik, ik haal je om 9 uur op\nfloor: tot dan teuntje"
    assert "teuntje" in found(text, "PERSON")


def test_the_pet_form_of_a_capitalised_full_name() -> None:
    text = "Stijn Verhoef heeft de sleutels.\nDank je stijntje, tot morgen"
    assert "stijntje" in found(text, "PERSON")


def test_no_pet_form_of_a_name_that_is_a_word_or_of_a_name_not_in_the_text() -> None:
    text = "roos: ik neem een roosje voor oma mee\nmila: lief"
    assert "roosje" not in found(text, "PERSON")
    assert pet_forms("roos") == set()  # a rose
    assert pet_forms("Bakker") == set()  # a surname, no first name
    assert pet_forms("ward peeters") == {"wardje", "Wardje"}


def test_a_lower_case_name_or_pet_form_taken_along_or_picked_up() -> None:
    assert "femmetje" in persons("ik kom zaterdag helpen, ik neem femmetje mee")
    assert "jorn" in persons("haal jij jorn op? ik moet werken")
    assert "sven" in persons("morgen breng ik sven mee naar de training")


def test_a_thing_taken_along_or_picked_up_is_left_alone() -> None:
    assert persons("neem een bolletje mee, ik haal de koffie op en breng taart mee, ik neem koekjes mee") == []
