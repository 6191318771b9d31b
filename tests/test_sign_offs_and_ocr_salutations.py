"""A writer's name after a sign-off written in full or without its comma, and a salutation's form of address as OCR
reads it ("rn" for "m"), found whether the name lists know the name or not (issue 12; tuning_78, _80, _128)."""

from __future__ import annotations

from tests.recognizer_helpers import found


def test_a_name_after_a_greeting_in_full_on_its_line() -> None:
    text = "Het BSN staat op het formulier.\nMet vriendelijke groet, Volha"
    assert "Volha" in found(text, "PERSON")


def test_a_name_after_groet_without_a_comma() -> None:
    assert "Vardan" in found("ok, de auto is klaar. groet Vardan\nhoi", "PERSON")


def test_a_name_after_a_sign_off_before_the_writers_role() -> None:
    text = "U kunt reageren binnen 30 dagen. Met vriendelijke groet, Gertje (privacycoördinator)"
    assert "Gertje" in found(text, "PERSON")


def test_a_salutation_as_ocr_reads_it() -> None:
    assert "Vardanyan" in found("Geachte rnevrouw Vardanyan,\nUw aanvraag is ontvangen.", "PERSON")
    assert "Chkheidze" in found("Geachte rneneer Chkheidze, uw aanvraag", "PERSON")


def test_a_place_or_a_word_after_a_sign_off_is_no_name() -> None:
    assert found("Tot ziens in de winkel. groet Amsterdam", "PERSON") == []
    assert found("Dat was het. Met vriendelijke groet, Klantenservice", "PERSON") == []
