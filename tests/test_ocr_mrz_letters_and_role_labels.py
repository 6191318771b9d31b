"""An OCR'd MRZ whose letters read as a lower-case l (``lRQ`` for an Iraqi holder's ``IRQ``) is still an MRZ, and a
chat label's role word (``Coördinator Annet:``, ``Cliente:``) is no part of a name (issue 12, tuning_129, _130)."""

from __future__ import annotations

from tests.recognizer_helpers import found

OCR_ZONE = (
    "Kenmerk brief: IND-2026-4471093\n"
    "lRNLDWKF8RO2L47<<<<<<<<<K<<<<<\n"
    "89O2111F3OO9082lRQ<<<<<<<<<<4\n"
    "BARWARl<<ZOZAN<<<<<<<<<<<<<<<<"
)


def test_an_ocr_zone_with_an_l_for_a_letter_is_an_mrz() -> None:
    zones = found(OCR_ZONE, "MRZ")
    assert len(zones) == 1 and zones[0].startswith("lRNLD") and zones[0].endswith("<<<<")


def test_a_role_before_a_name_in_a_chat_label_is_left_out() -> None:
    text = (
        "20-05-26 09:12 - Coördinator Annet: goedemorgen tolken, dinsdag gesprek\n"
        "20-05-26 09:14 - Aseel: ok welke dag?\n"
        "20-05-26 09:15 - Coördinator Annet: dinsdag"
    )
    persons = found(text, "PERSON")
    assert persons.count("Annet") == 2
    assert not any("Coördinator" in p for p in persons)


def test_a_customer_label_in_spanish_is_no_name() -> None:
    text = "Agent: Goedemiddag, waarmee kan ik helpen?\nCliente: Hola, ik bel over mijn pakket\nAgent: Uw naam?"
    assert found(text, "PERSON") == []
