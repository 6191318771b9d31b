"""A number read on a tinted card lying on white paper (``fields.card_regions``, wired into the finder's whole-page
reading when it found no document number) is boxed whole, also when OCR read only a part of it: its box is grown along
its own line to the rest of the value (``boxes.grown_along_line``), never onto the lines above or below. Pages drawn
here (white A4, a pale card, a label above each value); the numbers are fictitious (a BSN with a valid 11-check)."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from afscherm.redactors.id_copies import fields
from afscherm.redactors.id_copies.boxes import black_out, grown_along_line, rect
from afscherm.redactors.id_copies.fields import Values, card_regions

FONT = cv2.FONT_HERSHEY_SIMPLEX
CARD = (200, 400, 1200, 1000)  # x0, y0, x1, y1 on the page
BSN = "1234.56.782"
DOCUMENT = "SPECI2014"
VALUE_SCALE, VALUE_THICK = 1.5, 3
LABEL_Y, LINE = 520, 150  # the first label's baseline, and from one field to the next


def _page(tint: int = 212) -> np.ndarray:
    rng = np.random.default_rng(5)
    page = np.clip(250 + rng.normal(0, 1.5, (2400, 1700)), 0, 255).astype(np.uint8)
    x0, y0, x1, y1 = CARD
    page[y0:y1, x0:x1] = tint
    fields_ = (
        ("Naam / Surname", "DE VRIES-KOBESEN"),
        ("Documentnummer / Document no.", DOCUMENT),
        ("Persoonsnummer / Personal no.", BSN),
    )
    for i, (label, value) in enumerate(fields_):
        y = LABEL_Y + LINE * i
        cv2.putText(page, label, (260, y), FONT, 0.9, tint - 90, 2, cv2.LINE_AA)
        cv2.putText(page, value, (260, y + 55), FONT, VALUE_SCALE, 30, VALUE_THICK, cv2.LINE_AA)
    return page


def _value_box(i: int, text: str) -> tuple[int, int, int, int]:
    """Where ``putText`` drew field ``i``'s value ``text`` (x0, y0, x1, y1)."""
    (w, h), base = cv2.getTextSize(text, FONT, VALUE_SCALE, VALUE_THICK)
    y = LABEL_Y + LINE * i + 55
    return 260, y - h, 260 + w, y + base


def _ink_black(page: np.ndarray, box: tuple[int, int, int, int], regions: list) -> float:
    """The share of the dark ink inside ``box`` that ``regions`` black out."""
    x0, y0, x1, y1 = box
    ink = page[y0:y1, x0:x1] < 120
    out = black_out(page, regions)[y0:y1, x0:x1] == 0
    return float((ink & out).sum() / ink.sum())


@pytest.fixture(scope="module")
def page() -> np.ndarray:
    return _page()


def test_a_box_over_the_first_group_of_a_number_grows_to_the_whole_number(page: np.ndarray) -> None:
    x0, y0, x1, y1 = _value_box(2, BSN)
    part = cv2.getTextSize("1234.", FONT, VALUE_SCALE, VALUE_THICK)[0][0]
    h = y1 - y0
    box = rect("bsn", "ocr", x0, y0, x0 + part, y1, 0.25 * h + 2)
    assert _ink_black(page, (x0, y0, x1, y1), [box]) < 0.6  # the premise: the part read covers the part only
    grown = grown_along_line(page, box, h)
    assert _ink_black(page, (x0, y0, x1, y1), [grown]) == 1.0
    gx0, gy0, gx1, gy1 = grown.bbox()
    assert (gy0, gy1) == box.bbox()[1::2]  # along its line only
    assert gx1 <= x1 + 0.5 * h  # not past the number's end: the card's ground beyond is blank


def test_a_box_over_the_end_of_a_number_grows_back_to_its_start(page: np.ndarray) -> None:
    x0, y0, x1, y1 = _value_box(1, DOCUMENT)
    h = y1 - y0
    part = cv2.getTextSize("SPECI2", FONT, VALUE_SCALE, VALUE_THICK)[0][0]
    box = rect("document_number", "shape", x0 + part, y0, x1, y1, 0.25 * h + 2)
    grown = grown_along_line(page, box, h)
    assert _ink_black(page, (x0, y0, x1, y1), [grown]) == 1.0


def test_growing_never_reaches_the_lines_above_or_below(page: np.ndarray) -> None:
    """The label over the BSN is longer than the BSN: a box grown onto its line would be as long as the label."""
    x0, y0, x1, y1 = _value_box(2, BSN)
    h = y1 - y0
    box = rect("bsn", "ocr", x0, y0, x1, y1, 0.25 * h + 2)
    grown = grown_along_line(page, box, h)
    label_w = cv2.getTextSize("Persoonsnummer / Personal no.", FONT, 0.9, 2)[0][0]
    assert label_w > (x1 - x0) + h  # the premise
    assert grown.bbox()[2] < 260 + label_w - h
    # Not a type to grow: as it was.
    name = rect("name", "ocr", x0, y0, x0 + 40, y1)
    assert grown_along_line(page, name, h) == name


def test_the_card_reading_finds_both_numbers_on_a_tinted_card(page: np.ndarray) -> None:
    from afscherm.redactors.id_copies.api import _analyzer

    found = card_regions(page, _analyzer(), Values(), {"bsn", "document_number", "mrz", "photo"}, 0.25)
    for i, value, kind in ((1, DOCUMENT, "document_number"), (2, BSN, "bsn")):
        assert _ink_black(page, _value_box(i, value), [r for r in found if r.type == kind]) == 1.0, kind
    # The name is no number: its line is not blacked out as one.
    assert _ink_black(page, _value_box(0, "DE VRIES-KOBESEN"), [r for r in found if r.type in fields.GROW_TYPES]) == 0


def test_verification_reads_the_card_again_and_finds_nothing_once_boxed(page: np.ndarray) -> None:
    """What verification adds (``api._verify``): the card read again at another scale refuses the page as drawn and
    finds nothing left once the finder's boxes are black."""
    from afscherm.redactors.id_copies.api import _analyzer
    from afscherm.redactors.id_copies.ocr import card_words
    from afscherm.redactors.id_copies.verify import text_problems

    analyzer = _analyzer()
    assert text_problems(card_words(page, scale=1.25), analyzer, Values())
    found = card_regions(page, analyzer, Values(), {"bsn", "document_number", "mrz", "photo"}, 0.25)
    assert text_problems(card_words(black_out(page, found), scale=1.25), analyzer, Values()) == []


def test_a_card_scanned_close_with_a_white_rim_is_a_card_on_paper() -> None:
    """A card taking most of the page, white paper only as a rim round it (tuning captures seed 811 page 0)."""
    from afscherm.redactors.id_copies.ocr import paper_cards

    page = np.full((1500, 2300), 250, np.uint8)
    page[90:1410, 130:2170] = 205  # 78 % of the page
    (box,) = paper_cards(page)
    assert box[0] <= 130 and box[1] <= 90 and box[2] >= 2170 and box[3] >= 1410


def test_a_grey_page_reaching_the_edges_is_no_card() -> None:
    """A grey scan with some white paper on one side: the grey reaches the page's edges, so it is the page, not a card
    lying on paper (read as one, its words were read twice and merged into long numbers)."""
    from afscherm.redactors.id_copies.ocr import paper_cards

    page = np.full((1500, 2300), 205, np.uint8)
    page[:, 1900:] = 250  # a sixth of the page white
    assert paper_cards(page) == []
