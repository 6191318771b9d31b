"""OCR's letters in a phone number with many zeros after a phone word ("Telefoon: O1O-47l 2O 93"), a number that
ends before the next word ("Bel Ol86-6l 90 30 of mail ..."), and a zero for the O of an ID card's month ("O9 0KT/OCT
l949", "23 NOV/N0V l958"): detectors/phone.py, date_of_birth.py, issue 12, fifty-second session. Written for this
test; people and numbers made up.
"""

from __future__ import annotations

from afscherm.detectors.analyzer import analyze_text


def found(text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze_text(text) if f.entity_type == entity]


def test_a_number_with_four_ocr_letters_after_a_phone_word() -> None:
    assert found("BSN: 2O4l77O36     Telefoon: O1O-4l2 2O 83", "PHONE_NUMBER") == ["O1O-4l2 2O 83"]
    assert found("Postbus 10, 5590 AA Heeze · tel. O4O 226 l3 7O", "PHONE_NUMBER") == ["O4O 226 l3 7O"]


def test_an_ocr_number_ends_before_the_next_word() -> None:
    text = "Vragen? Bel O594 5l6 27O of mail parkeren@example.nl."
    assert found(text, "PHONE_NUMBER") == ["O594 5l6 27O"]


def test_a_word_with_ocr_letters_stays_no_number() -> None:
    assert found("Kenrnerk: BZ-2O26-OOl4 lO, zie bijlage", "PHONE_NUMBER") == []


def test_a_zero_for_the_o_of_a_card_s_month() -> None:
    text = "Geboortedaturn / Date of birth  O4 0KT/OCT l977   Geslacht V"
    assert found(text, "DATE_OF_BIRTH") == ["O4 0KT/OCT l977"]
    text = (
        "Geboortedaturn / Date of birth          Geboorteplaats / Place of birth\n"
        "l2 NOV/N0V l961                      ZlERIKZEE\n"
    )
    assert "l2 NOV/N0V l961" in found(text, "DATE_OF_BIRTH")
