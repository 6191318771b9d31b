"""A document number that OCR splits in two words is still a number (issue 13, fail closed). Tuning family3 seed 2
page 18, a residence permit's front beside a driving licence's back: tesseract read its number as ``KKKBFW`` and
``681``, 2 px apart, the first box swollen by the card's lines to 85 px against the second's 33. Neither half takes a
document number's shape: the finder never found the number (a 10-digit V-number stood in for it) and verification did
not refuse it, so the copy was released with the number readable."""

from __future__ import annotations

import pytest

from afscherm.redactors.id_copies import api
from afscherm.redactors.id_copies.fields import Values, body_regions, split_numbers
from afscherm.redactors.id_copies.ocr import Word
from afscherm.redactors.id_copies.verify import text_problems

WANTED = {"bsn", "document_number", "mrz", "photo"}
SPLIT = "document-number shape still readable (split in two words)"


def _pair(first: str, second: str, gap: float, top: float = 276.0) -> list[Word]:
    # the first half's box swollen by guilloche above and below, as on that page
    return [Word(first, 92.0, 584, top - 19, 806, top + 66), Word(second, 94.0, 806 + gap, top, 886 + gap, top + 33)]


@pytest.mark.parametrize(("first", "second"), [("KKKBFW", "681"), ("NXC4", "R1Z53"), ("SPECI", "2014")])
def test_a_number_read_as_two_words_is_found_and_boxed_whole(first: str, second: str) -> None:
    words = _pair(first, second, gap=2)
    regions = body_regions(words, api._analyzer(), Values(), WANTED, 0.25)
    numbers = api._document_numbers(regions)
    assert numbers, "the split number is a number found"
    x0, y0, x1, y1 = numbers[0].bbox()
    # both halves inside the box, at the number's own height (not the swollen 85 px)
    assert x0 <= 584 and x1 >= 888
    assert y0 <= 276 and y1 >= 309 and y1 - y0 < 60


def test_verification_refuses_a_split_number_left_readable() -> None:
    assert SPLIT in text_problems(_pair("KKKBFW", "681", gap=2), api._analyzer(), Values())


@pytest.mark.parametrize(
    "words",
    [
        _pair("KKKBFW", "681", gap=14),  # a word space apart (0.42 of the height): two values, not one
        # not level: the second half a line lower
        [Word("KKKBFW", 92.0, 584, 276, 806, 309), Word("681", 94.0, 808, 320, 888, 353)],
        _pair("KOEN", "WILLEM", gap=2),  # no digits: a name
        _pair("KKKBFW681", "12", gap=2),  # the first alone is a number already (found as one)
        [Word("kkkbfw", 92.0, 584, 276, 806, 309), Word("681", 94.0, 808, 276, 888, 309)],  # not read as printed
    ],
)
def test_words_that_are_no_split_number(words: list[Word]) -> None:
    assert split_numbers(words) == []
