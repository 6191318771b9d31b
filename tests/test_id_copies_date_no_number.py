"""A whole date is no document or personal number, however near a number's label OCR read it (issue 13, tuning seed
2085 page 23: a '5', a driving licence's number field, read in the seal's rosette of a licence's back, and the dates
of the categories table beside it taken for numbers found under a label, a front's sign: the back alone was refused
as 'not a back side alone')."""

from __future__ import annotations

from afscherm.redactors.id_copies import fields
from afscherm.redactors.id_copies.ocr import Word, lines


def _numbers(words: list[Word]) -> list[tuple[str, str]]:
    return [(r.type, r.source) for r in fields._labelled_numbers(lines(words), 0.1) if r.type == "document_number"]


def test_dates_beside_a_licence_field_number_are_no_document_number() -> None:
    label = Word("5.", 90, 100, 50, 115, 70)
    dates = [Word("13.05.2017", 90, 200, 48, 300, 72), Word("13.05.2027", 90, 320, 48, 420, 72)]
    assert ("document_number", "label") not in _numbers([label, *dates])


def test_a_number_beside_the_field_is_still_the_document_number() -> None:
    label = Word("5.", 90, 100, 50, 115, 70)
    number = Word("5123456789", 90, 200, 48, 330, 72)
    assert _numbers([label, number]) == [("document_number", "label")]


def test_a_date_like_number_that_is_no_date_is_still_taken() -> None:
    label = Word("Documentnummer", 90, 100, 50, 230, 70)
    assert _numbers([label, Word("13.55.20177", 90, 250, 48, 360, 72)]) == [("document_number", "label")]
