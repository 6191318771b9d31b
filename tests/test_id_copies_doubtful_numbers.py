"""A front is released only when its document number was found (issue 13, fail closed). Tuning bench_id_captures
seed 817 page 6 (a Dutch card front upside down on A4) was released with its number 62 % black: OCR read the BSN's line
upside down as ``os8'y6'6709``, whose letters and digits take a document number's shape, and that garbage stood in for
the number never read; a one-pixel speck read as '5' (an EU driving licence's field-5 label) added a 24 x 4 px strip
counted as a number too. Both are still blacked out, but neither is a number found."""

from __future__ import annotations

import pytest

from afscherm.redactors.id_copies import api
from afscherm.redactors.id_copies.boxes import rect
from afscherm.redactors.id_copies.fields import Values, body_regions, read_as_printed
from afscherm.redactors.id_copies.ocr import Word

WANTED = {"bsn", "document_number", "mrz", "photo"}
FACE = rect("photo", "face", 60, 170, 265, 430)
NO_NUMBER = "front side or data page without its document number found: cannot verify the copy"


def _regions(*words: Word) -> list:
    return body_regions(list(words), api._analyzer(), Values(), WANTED, 0.25)


@pytest.mark.parametrize("text", ["os8'y6'6709", "AB12'34567", "ab12cd345", "WY5L‘KRBP0"])
def test_garbage_in_a_number_shape_is_no_number_found(text: str) -> None:
    regions = _regions(Word(text, 90.0, 400, 100, 528, 118))
    # Blacked out all the same ...
    assert any(r.type == "document_number" for r in regions)
    # ... but no number found: a front with it alone is refused.
    assert api._document_numbers(regions) == []
    assert NO_NUMBER in api._understood([FACE, *regions], [])


@pytest.mark.parametrize("text", ["WYSLKRBP0", "NXC4R1Z5o", "SPECI2014.", "NXC4R1Z53"])
def test_a_number_read_as_printed_is_found(text: str) -> None:
    regions = _regions(Word(text, 90.0, 400, 100, 528, 118))
    assert api._document_numbers(regions)
    assert NO_NUMBER not in api._understood([FACE, *regions], [])


def test_read_as_printed() -> None:
    assert read_as_printed("WYSLKRBP0") and read_as_printed("NL12345O6,")
    assert not read_as_printed("os8'y6'6709") and not read_as_printed("WYS-LKRBP0") and not read_as_printed("ÀB123456C")


def test_a_label_strip_without_a_value_is_no_number_found() -> None:
    # A driving licence's field label '5.' at a line's start with nothing read beside it: the strip where its value
    # should be is blacked out, but no number was read there.
    regions = _regions(Word("5.", 90.0, 100, 100, 112, 118), Word("Naam", 90.0, 100, 200, 160, 218))
    assert any(r.type == "document_number" for r in regions)
    assert api._document_numbers(regions) == []
    # With its value read beside it on a page that shows a licence (its title read), the value is found (off a licence
    # a '5' is no label: tests/test_id_copies_licence_field_off_licence.py).
    title = Word("RIJBEWIJS", 90.0, 100, 40, 220, 58)
    found = _regions(title, Word("5.", 90.0, 100, 100, 112, 118), Word("1234567890", 90.0, 130, 100, 260, 118))
    assert api._document_numbers(found)
