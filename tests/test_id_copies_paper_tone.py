"""A tinted card on white paper is read by the finding pass (issue 13: a flatbed scan of a card on an A4 page).

Tesseract thresholds a page once: a light card on a whiter page turns black as a whole, and nothing on it is read
(tuning bench_id_captures seed 811 page 0: a card front on white, its document number never found). The finding pass
now reads the page with its paper tone evened out (``api.paper_flattened``). Pages are drawn here.
"""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw

from afscherm.redactors.id_copies.api import _ocr_page, paper_blackened, paper_flattened
from synthetic.id_images import _font

NUMBER = "SPECI2014"


def _card_on_white(tint: int = 205, ink: int = 60) -> np.ndarray:
    """A grey page: white paper, a tinted card in its middle holding two labelled values."""
    page = Image.new("L", (1600, 1100), 250)
    draw = ImageDraw.Draw(page)
    draw.rectangle((300, 250, 1300, 890), fill=tint)
    draw.text((360, 330), "Documentnummer / Document no.", font=_font("sans", 22), fill=ink + 30)
    draw.text((360, 362), NUMBER, font=_font("bold", 34), fill=ink)
    draw.text((360, 450), "Naam / Surname", font=_font("sans", 22), fill=ink + 30)
    draw.text((360, 482), "JANSSEN", font=_font("bold", 34), fill=ink)
    return np.asarray(page)


def test_paper_of_two_tones_becomes_one_white_and_the_text_stays_dark() -> None:
    page = _card_on_white()
    flat = paper_flattened(page)
    assert flat[100, 100] >= 245  # the white page
    assert flat[800, 1200] >= 245  # the tinted card's paper, 205 before
    text = page < 120
    assert text.any()
    assert float(np.median(flat[text])) <= 110  # text against its own paper: 60 / 205 of white


def test_flattening_leaves_a_plain_page_as_it_was() -> None:
    page = np.full((400, 600), 230, np.uint8)
    cv2.putText(page, "12345", (50, 200), cv2.FONT_HERSHEY_SIMPLEX, 2, 30, 4)
    flat = paper_flattened(page)
    assert flat[20, 20] == 255
    assert int(flat[page < 100].max()) < 140


def test_the_values_of_a_tinted_card_on_white_are_read_on_the_flattened_page() -> None:
    page = _card_on_white()
    read = [w.text for w in _ocr_page(page, 1600, flat=True)]
    assert NUMBER in read, read
    assert "JANSSEN" in read, read


def test_the_page_as_it_is_is_the_case_flattening_is_for() -> None:
    """The drawn page does show the weakness: read as it is, tesseract's one threshold blackens the card."""
    read = [w.text for w in _ocr_page(_card_on_white(), 1600)]
    assert NUMBER not in read


def test_a_card_read_well_as_it_is_keeps_that_reading() -> None:
    """The flattened reading adds words; it never replaces the page as read (small grey labels read worse flattened)."""
    page = _card_on_white(tint=245)  # paper and card nearly one white: the threshold blackens nothing
    plain = [w.text for w in _ocr_page(page, 1600)]
    assert NUMBER in plain
    assert [w.text for w in _ocr_page(page, 1600, flat=True)] == plain


def test_the_second_reading_is_asked_for_a_card_the_threshold_blackens_and_not_for_a_plain_page() -> None:
    assert paper_blackened(_card_on_white())
    plain = np.full((1100, 1600), 235, np.uint8)
    for row in range(5):
        cv2.putText(plain, "Documentnummer 12345", (100, 150 + 150 * row), cv2.FONT_HERSHEY_SIMPLEX, 1.5, 40, 3)
    assert not paper_blackened(plain)
    dark_desk = plain.copy()
    dark_desk[:, :300] = 90  # a dark desk beside the card: blackened, but nothing printed on it
    assert not paper_blackened(dark_desk)
