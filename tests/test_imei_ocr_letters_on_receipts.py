"""An IMEI on a scanned receipt: OCR reads l for 1 and O for 0 in the digits, and damages the label too."""

from __future__ import annotations

from afscherm.detectors.imei import ImeiRecognizer

# 352099001761481 passes Luhn; written with five OCR letters (O, O, l, l, l).
OCR_IMEI = "352O990Ol76l48l"


def _found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in ImeiRecognizer().find(text) if f.entity_type == "IMEI"]


def test_five_ocr_letters_under_a_damaged_label() -> None:
    text = f"Kassabon 17\nArtikel 4411\n  IMEl: {OCR_IMEI}\nBedankt"
    assert _found(text) == [OCR_IMEI]


def test_five_ocr_letters_under_the_plain_label() -> None:
    text = f"Toestel retour, IMEI {OCR_IMEI} ontvangen"
    assert _found(text) == [OCR_IMEI]


def test_failing_luhn_left_alone() -> None:
    text = f"  IMEl: {OCR_IMEI[:-1]}O"  # 352099001761480: Luhn fails
    assert _found(text) == []


def test_ocr_letters_without_a_device_label_left_alone() -> None:
    text = f"Referentie: {OCR_IMEI}"
    assert _found(text) == []


def test_a_label_of_another_word_left_alone() -> None:
    text = f"Time: {OCR_IMEI}"
    assert _found(text) == []
