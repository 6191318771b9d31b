"""A tinted card on a page of white paper (an A4 scan) is read cut out at its own scale (``ocr.card_words``, issue 13):
over a page of white, tesseract's global threshold blackens a tinted card's ground and a whole-page reading reads
nothing of it. The page is drawn here (white A4 with a little noise, a pale card with labels and values); first
written by helper 98 of the sixteenth session as a test of a reading in api.py, which was not kept."""

from __future__ import annotations

import re

import cv2
import numpy as np

from afscherm.redactors.id_copies.ocr import Word, card_words, paper_cards, tesseract

FONT = cv2.FONT_HERSHEY_SIMPLEX
CARD = (200, 400, 1000, 900)  # x0, y0, x1, y1 on the page
NUMBER = "433-4910119-04"


def _a4(tint: int = 215) -> np.ndarray:
    rng = np.random.default_rng(3)
    page = np.clip(250 + rng.normal(0, 1.5, (2400, 1700)), 0, 255).astype(np.uint8)
    x0, y0, x1, y1 = CARD
    page[y0:y1, x0:x1] = tint
    for i, (label, value) in enumerate((("Naam / Surname", "KOBESEN"), ("Documentnummer / Document no.", NUMBER))):
        y = 520 + 140 * i
        cv2.putText(page, label, (260, y), FONT, 0.9, tint - 90, 2, cv2.LINE_AA)
        cv2.putText(page, value, (260, y + 55), FONT, 1.5, 30, 3, cv2.LINE_AA)
    return page


def _digits(words: list[Word]) -> str:
    return re.sub(r"\D", "", "".join(w.text for w in words))


def _whole_page(page: np.ndarray, width: int = 1600) -> list[Word]:
    """The page read whole as the finder reads a page without a band (api._ocr_page)."""
    f = width / page.shape[1]
    img = cv2.resize(page, (width, round(page.shape[0] * f)), interpolation=cv2.INTER_AREA)
    return tesseract(img, "nld", 11)


def test_a_tinted_card_on_white_paper_is_read() -> None:
    page = _a4()
    assert "4910" not in _digits(_whole_page(page))  # the premise: read whole, nothing of the card
    words = card_words(page)
    assert "4910119" in _digits(words)
    x0, y0, x1, y1 = CARD
    number = [w for w in words if "4910" in w.text]
    assert number and all(x0 <= w.x0 < w.x1 <= x1 and y0 <= w.y0 < w.y1 <= y1 for w in number)  # page pixels
    assert all(w.y0 > 520 + 140 for w in number)  # on its own line, below the label


def test_the_card_is_found_where_it_lies() -> None:
    (box,) = paper_cards(_a4())
    x0, y0, x1, y1 = CARD
    assert box[0] <= x0 and box[1] <= y0 and box[2] >= x1 and box[3] >= y1
    assert box[2] - box[0] <= 1.1 * (x1 - x0) and box[3] - box[1] <= 1.1 * (y1 - y0)


def test_a_page_that_is_no_card_on_paper_is_not_cut() -> None:
    """A card photographed close, its printed ground filling the page, or a blank page: no paper to cut away."""
    yy, xx = np.mgrid[0:1200, 0:1800]
    ground = (200 + 40 * np.sin(xx / 9.0) * np.sin(yy / 7.0)).astype(np.uint8)  # a printed pattern everywhere
    assert paper_cards(ground) == [] and card_words(ground) == []
    assert paper_cards(np.full((600, 900), 250, np.uint8)) == []
    text = np.full((1200, 900), 250, np.uint8)  # a letter: text on white paper, no card
    for i in range(20):
        cv2.putText(text, "Geachte heer, hierbij ontvangt u", (60, 80 + 50 * i), FONT, 1.0, 30, 2, cv2.LINE_AA)
    assert paper_cards(text) == []
