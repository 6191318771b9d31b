"""Groups right after a found document number on a card's row (the card access number, "CAN 482917") are the card's
next field, not a second document number announced by the same label."""

from __future__ import annotations

from afscherm.detectors.id_document import IdDocumentRecognizer


def _numbers(text: str) -> list[str]:
    return [text[f.start : f.end] for f in IdDocumentRecognizer().find(text) if f.entity_type == "NL_ID_DOCUMENT"]


def test_card_access_number_after_the_document_number_is_left() -> None:
    assert _numbers("Documentnr.  SPECI2014   CAN 739105   Geldig tot 02 03 2031") == ["SPECI2014"]


def test_grouped_number_after_its_label_is_still_found() -> None:
    # near case: the grouped writing right after the label, no other number before it
    assert _numbers("Documentnr.  SPEC I201 4   Geldig tot 02 03 2031") == ["SPEC I201 4"]
