"""A front's number that the page's reading broke into pieces is read again as a line (issue 13).

Tuning family3 seed 50 page 0 (a Dutch driving licence cropped at 144 dpi): field 5's '1462696313' was read '14', '9',
'31', no piece number-sized, so no word was read again alone and the front was refused 'without its document number'.
The row of pieces is cut out and read alone as one line (``number_reading.reread_lines``): ten digits on a page that
shows a driving licence are its number, found when two readings agree, and boxed whole. Ten digits a V-number's label
announces stay no document number, and so do ten digits on a page that shows no licence (tuning family3 seed 51 page 21:
a passport's BSN read with a digit too many stood for its number, released with the real one 38 % black). The line is
drawn here; the numbers are fictitious."""

from __future__ import annotations

import cv2
import numpy as np

from afscherm.redactors.id_copies import api
from afscherm.redactors.id_copies.fields import Values, body_regions
from afscherm.redactors.id_copies.number_reading import reread_lines, rows
from afscherm.redactors.id_copies.ocr import Word
from afscherm.redactors.id_copies.policy import IdCopyPolicy

NUMBER = "1462696313"
TITLE = Word("RIJBEWIJS", 90.0, 200, 10, 300, 24)  # the licence's title, read on the page above the line


class _NoEntities:
    """An analyzer that finds nothing: the number is found by its shape alone."""

    def analyze_one(self, text: str, entities: list[str] | None = None) -> list:
        return []


def _line(text: str) -> tuple[np.ndarray, tuple[int, int, int, int]]:
    """A pale pink page with ``text`` printed small, dark grey, and its ink's box."""
    page = np.full((160, 520, 3), (236, 222, 226), np.uint8)
    cv2.putText(page, text, (120, 90), cv2.FONT_HERSHEY_SIMPLEX, 0.55, (60, 50, 60), 1, cv2.LINE_AA)
    ys, xs = np.where(page.min(axis=2) < 150)
    return page, (int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1)


def _pieces(box: tuple[int, int, int, int]) -> list[Word]:
    """The pieces a page's reading gave of the number: its first two digits, its seventh and its last two."""
    x0, y0, x1, y1 = box
    step = (x1 - x0) / len(NUMBER)
    at = [(0, 2), (6, 7), (8, 10)]
    return [Word(NUMBER[a:b], 60.0, x0 + a * step, y0, x0 + b * step, y1) for a, b in at]


def _covers(regions: list, box: tuple[int, int, int, int]) -> bool:
    x0, y0, x1, y1 = box
    return any(r.bbox()[0] <= x0 and r.bbox()[1] <= y0 and r.bbox()[2] >= x1 and r.bbox()[3] >= y1 for r in regions)


def test_pieces_of_a_line_make_one_row() -> None:
    _, box = _line(NUMBER)
    assert [[w.text for w in row] for row in rows(_pieces(box))] == [["14", "6", "13"]]


def test_a_number_read_in_pieces_is_read_again_as_a_line_and_boxed_whole() -> None:
    page, box = _line(NUMBER)
    found = reread_lines(page, [TITLE, *_pieces(box)], _NoEntities(), Values(), 0.25)
    assert found and all(r.type == "document_number" for r in found)
    assert api._has_document_number(found)
    assert _covers(found, box)


def test_the_front_refused_for_its_number_finds_it_in_pieces() -> None:
    # What the finder does on such a front (``api._numbers_in``): before, the pieces gave no number at all.
    page, box = _line(NUMBER)
    found = api._numbers_in(page, [[TITLE, *_pieces(box)]], _NoEntities(), Values(), IdCopyPolicy())
    assert api._has_document_number(found) and _covers(api._document_numbers(found), box)


def test_ten_digits_under_a_v_number_label_are_no_document_number() -> None:
    page, box = _line(NUMBER)
    x0, y0, _, y1 = box
    label = Word("V-nummer", 90.0, x0, y0 - 2.2 * (y1 - y0), x0 + 70, y0 - 1.2 * (y1 - y0))
    found = reread_lines(page, [TITLE, label, *_pieces(box)], _NoEntities(), Values(), 0.25)
    assert not api._has_document_number(found)


def test_a_line_of_a_date_gives_no_number() -> None:
    page, (x0, y0, x1, y1) = _line("11 01 1994")
    words = [Word("11", 60.0, x0, y0, x0 + 18, y1), Word("1994", 60.0, x1 - 40, y0, x1, y1)]
    assert reread_lines(page, words, _NoEntities(), Values(), 0.25) == []


def test_ten_digits_read_again_on_a_page_without_a_licence_are_no_document_number() -> None:
    page, box = _line(NUMBER)
    assert not api._has_document_number(reread_lines(page, _pieces(box), _NoEntities(), Values(), 0.25))


def test_ten_digits_stand_for_a_number_only_on_a_licence() -> None:
    # That page's levelled reading: its BSN '121330576' read with a digit too many, nothing of a licence on the page.
    bsn = Word("1213430576", 90.0, 288, 530, 380, 539)
    plain = body_regions(
        [Word("MELDEN", 90.0, 350, 502, 400, 508), bsn], _NoEntities(), Values(), {"bsn", "document_number"}, 0.25
    )
    # Blacked out all the same, as a personal number and a doubtful document number ...
    assert _covers([r for r in plain if r.type == "bsn"], (288, 530, 380, 539))
    assert any(r.type == "document_number" for r in plain)
    # ... but no document number found: the front stays refused for it.
    assert not api._has_document_number(plain)
    # A licence's field label or title on the page makes ten digits its number.
    for mark in (Word("4d.", 90.0, 250, 510, 270, 519), TITLE):
        regions = body_regions([mark, bsn], _NoEntities(), Values(), {"bsn", "document_number"}, 0.25)
        assert api._has_document_number(regions), mark.text
