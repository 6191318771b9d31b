"""Cards on a page a phone's scanner app lit unevenly, and cards small on a large page (issue 13, the independent
generator's 'scanner_app' captures, tuning seed 2086): the paper's shading is taken out before the cards are looked for
(``ocr.paper_cards``), a page whose lines of print run no clear way is turned by its cards cut out
(``orient.page_turn``), and a Belgian card's number read in pieces is its number (``fields.belgian_number_in_pieces``).
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from afscherm.redactors.id_copies.fields import belgian_number_in_pieces
from afscherm.redactors.id_copies.ocr import Word, paper_cards
from afscherm.redactors.id_copies.orient import page_turn
from synthetic.id_images import _font
from tests.id_compose import CARD_FIELD_LINES

CARDS = ((300, 500, 1100, 1000), (1300, 500, 2100, 1000))  # x0, y0, x1, y1


def _shaded_page(fall: int) -> np.ndarray:
    """A 2400 x 1700 page of white paper falling ``fall`` levels from its right side to its left (a lamp beside
    the phone), two cards on it each 14 levels darker than the paper beneath them, a little print on each."""
    h, w = 1700, 2400
    ramp = 252 - fall * (1 - np.arange(w) / (w - 1))
    page = np.tile(ramp, (h, 1))
    for x0, y0, x1, y1 in CARDS:
        page[y0:y1, x0:x1] -= 14
        page[y0 + 100 : y0 + 130, x0 + 60 : x1 - 200] = 40  # a line of print
    rng = np.random.default_rng(5)
    return np.clip(page + rng.normal(0, 1.0, page.shape), 0, 255).astype(np.uint8)


def _inside(box: tuple[int, int, int, int], card: tuple[int, int, int, int], slack: int = 60) -> bool:
    return all(abs(a - b) <= slack for a, b in zip(box, card, strict=True))


def test_cards_on_a_shaded_page_are_found() -> None:
    found = paper_cards(_shaded_page(fall=50))
    assert len(found) == 2
    assert all(any(_inside(box, card) for box in found) for card in CARDS)


def test_cards_on_an_evenly_lit_page_are_found_as_before() -> None:
    found = paper_cards(_shaded_page(fall=0))
    assert len(found) == 2 and all(any(_inside(box, card) for box in found) for card in CARDS)


def _small_card_page() -> np.ndarray:
    """A white A4 page (1240 x 1754, 150 dpi) with one tinted card of printed fields, 420 px wide, in its lower left
    corner: a fifth of the page's area at most, its print 11 px high."""
    card = Image.new("L", (420, 265), 212)
    draw = ImageDraw.Draw(card)
    lines = ("KONINKRIJK DER NEDERLANDEN", *CARD_FIELD_LINES, "Geldig tot / Date of expiry", "02 JUNI 2031")
    for i, line in enumerate(lines):
        draw.text((16, 10 + 22 * i), line, fill=30, font=_font("bold" if i % 2 == 0 else "sans", 13))
    page = Image.new("L", (1240, 1754), 251)
    page.paste(card, (140, 1300))
    return np.array(page)


def test_a_small_card_upside_down_on_a_large_page_is_turned_by_its_card() -> None:
    upright = _small_card_page()
    turned = np.ascontiguousarray(np.rot90(upright, 2))
    degrees, how = page_turn(turned)
    assert degrees == 180 and how.endswith("of the cards")
    assert page_turn(upright)[0] == 0


def _word(text: str, x0: float, width: float) -> Word:
    return Word(text, 90.0, x0, 100.0, x0 + width, 120.0)


def test_a_belgian_card_number_read_in_pieces_is_found() -> None:
    line = [_word("13.10.2001", 10, 120), _word("593-", 200, 40), _word("1906", 244, 50), _word("488-13", 298, 70)]
    runs = belgian_number_in_pieces(line)
    assert [[w.text for w in run] for run in runs] == [["593-", "1906", "488-13"]]


def test_pieces_whose_check_fails_or_that_lie_apart_are_no_number() -> None:
    assert belgian_number_in_pieces([_word("593-", 200, 40), _word("1906", 244, 50), _word("488-14", 298, 70)]) == []
    # the same pieces a line's width apart: two fields, no number
    assert belgian_number_in_pieces([_word("593-1906", 20, 90), _word("488-13", 600, 70)]) == []
