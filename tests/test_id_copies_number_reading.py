"""A front's document number: found when it is read, never stood in for by where it should be (issue 13).

Tuning family3 seed 13 page 24 (a residence permit's front) was released with its number 84 % black: the zone under a
half-read 'Ausweisnummer' label counted as the number found, the number itself ('IQBZRFYC8', read 'IOBZRFYC8') taking
no number's shape. Numbers read with an O for Q, D or 0, a German number of letters only beside its label, a Belgian
number by its groups and check, and a number OCR read as noise (a blurred phone photo, a greyscale photocopy) read
again alone are found."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from afscherm.redactors.id_copies import api
from afscherm.redactors.id_copies.boxes import rect
from afscherm.redactors.id_copies.fields import Values, body_regions
from afscherm.redactors.id_copies.number_reading import repaired_shape, reread_numbers
from afscherm.redactors.id_copies.ocr import Word

WANTED = {"bsn", "document_number", "mrz", "photo"}
FACE = rect("photo", "face", 60, 170, 265, 430)
NO_NUMBER = "front side or data page without its document number found: cannot verify the copy"
LABEL = Word("Documentnummer", 90.0, 300, 100, 420, 112)


def _regions(*words: Word) -> list:
    return body_regions(list(words), api._analyzer(), Values(), WANTED, 0.25)


def _covered(regions: list, box: tuple[float, float, float, float]) -> bool:
    x0, y0, x1, y1 = box
    return any(r.bbox()[0] <= x0 and r.bbox()[1] <= y0 and r.bbox()[2] >= x1 and r.bbox()[3] >= y1 for r in regions)


@pytest.mark.parametrize("value", [None, Word("en", 40.0, 302, 118, 318, 130), Word("NAAM", 80.0, 302, 118, 350, 130)])
def test_the_zone_under_a_number_label_is_no_number_found(value: Word | None) -> None:
    regions = _regions(LABEL, *([value] if value else []))
    # Where the number should be is blacked out all the same ...
    assert any(r.type == "document_number" for r in regions)
    # ... but no number was read there: a front with nothing else is refused.
    assert api._document_numbers(regions) == []
    assert NO_NUMBER in api._understood([FACE, *regions], [])


@pytest.mark.parametrize("text", ["XR4KP82R1", "592-1234567-89", "1234567890"])
def test_a_number_read_under_its_label_is_found(text: str) -> None:
    regions = _regions(LABEL, Word(text, 90.0, 302, 118, 420, 132))
    assert api._document_numbers(regions)
    assert NO_NUMBER not in api._understood([FACE, *regions], [])


@pytest.mark.parametrize("text", ["IOBZRFYC8", "NXOOR1Z53", "IQBZRFYC8"])
def test_a_dutch_number_read_with_an_o_or_one_digit_is_found(text: str) -> None:
    regions = _regions(Word(text, 90.0, 400, 100, 528, 118))
    assert api._document_numbers(regions)
    assert _covered(regions, (400, 100, 528, 118))


def test_a_german_number_of_letters_only_is_found_beside_its_label() -> None:
    # That page's reading: 'suswersnuumen/ wr De DOCUMENT XWNWTRFMT' (the analyzer knows 'Ausweisnummer' as a key).
    # The label in small capitals, the number in large type beside it: two lines for OCR.
    label = Word("DOCUMENT", 90.0, 140, 100, 220, 108)
    number = Word("XWNWTRFMT", 90.0, 240, 96, 360, 122)
    regions = _regions(label, number)
    assert api._document_numbers(regions)
    assert _covered(regions, (240, 96, 360, 122))
    # Far from any label nine consonants are no number found.
    assert api._document_numbers(_regions(Word("XWNWTRFMT", 90.0, 240, 300, 360, 316))) == []


def test_a_belgian_card_number_is_found_by_its_groups_and_check() -> None:
    # No label read: the twelve digits in their 3-7-2 groups whose check (mod 97) holds are the card's number.
    regions = _regions(Word("594-9012693-74", 90.0, 400, 100, 560, 118))
    assert api._document_numbers(regions)
    # A wrong check: blacked out as a long number, but no document number found.
    wrong = _regions(Word("594-9012693-75", 90.0, 400, 100, 560, 118))
    assert any(r.type == "bsn" for r in wrong) and api._document_numbers(wrong) == []


def test_repaired_shape() -> None:
    # The leading Z read as 2 and the last 0 as O, as a blurred number reads alone.
    assert repaired_shape("2YZ42NO6O") and repaired_shape("ZYZ42NO60")
    # A date in one word takes the shape only with both leading digits read as letters: no number.
    assert not repaired_shape("22JUN2027") and not repaired_shape("UESBETH") and not repaired_shape("2YZ42NO6")
    # A date read alone as 'M03072955' (family3 seed 14 page 21): one letter as read, and a 0 is never an O.
    assert not repaired_shape("M03072955")


def _blurred_line(text: str) -> tuple[np.ndarray, tuple[int, int, int, int]]:
    """A grey page with ``text`` printed small and blurred, and the text's box."""
    page = np.full((120, 420, 3), 236, np.uint8)
    cv2.putText(page, text, (60, 70), cv2.FONT_HERSHEY_DUPLEX, 0.7, (40, 40, 60), 2, cv2.LINE_AA)
    page = cv2.GaussianBlur(page, (0, 0), 1.2)
    ys, xs = np.where(page.min(axis=2) < 150)
    return page, (int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1)


def test_a_number_read_as_noise_is_read_again_alone() -> None:
    page, (x0, y0, x1, y1) = _blurred_line("ZYZ4ZNQ60")
    # The page's reading gave a word of the number's size that takes no number's shape.
    noise = Word("Zrzaznoso", 40.0, x0, y0, x1, y1)
    found = reread_numbers(page, [noise], 0.25)
    assert found and all(r.type == "document_number" and r.source == "shape" for r in found)
    assert _covered(found, (x0, y0, x1, y1))


def test_a_date_read_again_is_no_number() -> None:
    page, (x0, y0, x1, y1) = _blurred_line("22 JUN 2027")
    assert reread_numbers(page, [Word("22JUN2027", 40.0, x0, y0, x1, y1)], 0.25) == []


def test_ten_digits_read_again_are_no_document_number() -> None:
    # A residence permit's V-number is ten digits, as a driving licence's number is: never a front's number found here.
    page, (x0, y0, x1, y1) = _blurred_line("6458524920")
    assert reread_numbers(page, [Word("6458S2492O", 40.0, x0, y0, x1, y1)], 0.25) == []


def test_a_date_read_as_digits_is_not_read_again() -> None:
    page, (x0, y0, x1, y1) = _blurred_line("03.07.2025")
    assert reread_numbers(page, [Word("03.07.202", 40.0, x0, y0, x1, y1)], 0.25) == []
