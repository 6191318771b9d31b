"""A residence permit's V-number is ten digits, as a Dutch driving licence's number is (issue 13, fail closed). Taken
for a licence number it stood for the front's document number: tuning family3 seed 7 page 8 (a residence permit front
tilted 6°, its real number printed red on green, never read) was released with that number 0 % black. A ten-digit
number under or beside a V-number's label is still blacked out, but no document number found."""

from __future__ import annotations

import pytest

from afscherm.redactors.id_copies import api
from afscherm.redactors.id_copies.boxes import rect
from afscherm.redactors.id_copies.fields import Values, body_regions
from afscherm.redactors.id_copies.ocr import Word

WANTED = {"bsn", "document_number", "mrz", "photo"}
FACE = rect("photo", "face", 60, 170, 265, 430)
NO_NUMBER = "front side or data page without its document number found: cannot verify the copy"
TEN_DIGITS = Word("0780748103", 96.0, 350, 130, 500, 152)
TITLE = Word("RIJBEWIJS", 93.0, 300, 5, 420, 25)  # a driving licence's title


def _regions(*words: Word) -> list:
    return body_regions(list(words), api._analyzer(), Values(), WANTED, 0.25)


@pytest.mark.parametrize(
    "label",
    [
        Word("V-nummer", 91.0, 350, 100, 440, 120),  # above it
        Word("Vreemdelingennummer", 91.0, 340, 100, 560, 120),
        Word("V-nr.", 91.0, 280, 131, 330, 151),  # left of it, on its line
    ],
)
def test_a_v_number_is_no_document_number_found(label: Word) -> None:
    regions = _regions(label, TEN_DIGITS)
    # Blacked out all the same ...
    boxed = [r for r in regions if r.type in ("bsn", "document_number")]
    assert boxed and all(r.bbox()[0] <= 350 and r.bbox()[2] >= 500 for r in boxed if r.source != "label_strip")
    # ... but a front with it alone is refused.
    assert api._document_numbers(regions) == []
    assert NO_NUMBER in api._understood([FACE, *regions], [])


def test_ten_digits_without_a_v_number_label_are_a_licence_number() -> None:
    # A driving licence's number (field 5) whose label OCR lost: found by its shape on a page that shows a licence (its
    # title read; without it ten digits are no number found, tests/test_id_copies_number_lines.py).
    regions = _regions(TITLE, Word("Naam", 91.0, 350, 40, 410, 60), TEN_DIGITS)
    assert api._document_numbers(regions)
    assert NO_NUMBER not in api._understood([FACE, *regions], [])


def test_a_v_number_label_elsewhere_leaves_the_licence_number_found() -> None:
    # The label far below the number (another field): the number is still a document number.
    regions = _regions(TITLE, TEN_DIGITS, Word("V-nummer", 91.0, 350, 300, 440, 320))
    assert api._document_numbers(regions)
