"""A document number OCR read in pieces right of its label is that number (issue 13, tuning family3 seed 93 page 24: a
German card's number printed with its letters wide apart, read 'PXF' 'MYZPW' '1' beside 'Ausweisnummer'; no piece was
number-like alone, the number counted as not found and the front was refused)."""

from __future__ import annotations

from afscherm.redactors.id_copies import fields
from afscherm.redactors.id_copies.ocr import Word, lines


def _numbers(words: list[Word]) -> list[tuple[str, str]]:
    return [(r.type, r.source) for r in fields._labelled_numbers(lines(words), 0.1) if r.type == "document_number"]


def test_a_number_read_in_pieces_right_of_its_label_is_found() -> None:
    label = Word("Ausweisnummer", 90, 100, 50, 230, 70)
    pieces = [Word("RKT", 90, 250, 48, 290, 72), Word("VZWMH", 90, 305, 48, 385, 72), Word("4", 90, 396, 48, 408, 72)]
    assert _numbers([label, *pieces]) == [("document_number", "label")]


def test_words_right_of_the_label_that_cannot_be_a_number_leave_only_the_guessed_strip() -> None:
    label = Word("Ausweisnummer", 90, 100, 50, 230, 70)
    words = [Word("NAME", 90, 250, 48, 320, 72), Word("DEUTSCH", 90, 330, 48, 430, 72)]
    assert _numbers([label, *words]) == [("document_number", fields.GUESSED)]
    # pieces a word space or more apart are two values, not one number
    apart = [Word("RKT", 90, 250, 48, 290, 72), Word("VZWMH4", 90, 340, 48, 420, 72)]
    assert ("document_number", "label") not in _numbers([label, *apart])
