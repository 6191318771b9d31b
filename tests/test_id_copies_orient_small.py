"""The page turn of a card without an MRZ laid on a large page (an A4 flatbed scan of one card): its print is too
small to read at the orientation's working size, and is read once more larger (issue 13: fronts alone turned 180°
and 270° were left upside down)."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from afscherm.redactors.id_copies.orient import WORK_SIDE, _by_reading, _small, page_turn, text_axis
from synthetic.id_images import _font
from tests.id_compose import CARD_FIELD_LINES

LINES = (
    "KONINKRIJK DER NEDERLANDEN",
    *CARD_FIELD_LINES,
    "Geldig tot / Date of expiry",
    "02 JUNI 2031",
)


def _printed_card(size: tuple[int, int], margin: tuple[int, int], pitch: int, font_size: int) -> Image.Image:
    """A tinted card of LINES printed dark, bold and plain in turn, ``pitch`` px apart."""
    card = Image.new("L", size, 215)
    draw = ImageDraw.Draw(card)
    for i, line in enumerate(LINES):
        font = _font("bold" if i % 2 == 0 else "sans", font_size)
        draw.text((margin[0], margin[1] + pitch * i), line, fill=30, font=font)
    return card


def _a4_with_card() -> np.ndarray:
    """A white A4 page (2100 × 2970) with a tinted 760 × 480 card of printed fields at its top, upright, and the
    scanner's dark edge along one side."""
    page = Image.new("L", (2100, 2970), 250)
    page.paste(_printed_card((760, 480), (30, 20), 50, 24), (670, 300))
    out = np.array(page)
    out[:, :12] = 40
    return out


@pytest.mark.parametrize("turn", [180, 270])
def test_a_small_card_on_a_large_page_is_turned_upright_by_reading_it_larger(turn: int) -> None:
    upright_page = _a4_with_card()
    turned = np.ascontiguousarray(np.rot90(upright_page, -turn // 90))  # content turned clockwise by ``turn``
    # At the working size the print is a few pixels high: reading there decides nothing.
    small = _small(turned)
    assert max(small.shape) == WORK_SIDE
    assert _by_reading(small, text_axis(small)) is None
    assert page_turn(turned) == (turn, "reading")
    assert page_turn(upright_page) == (0, "reading")


def _phone_photo_with_small_card() -> np.ndarray:
    """A 1330 × 760 photo (under 1.5 × WORK_SIDE, so it was never read larger) of a small card printed at 10 px on a
    grey desk, upright."""
    page = Image.new("L", (1330, 760), 120)
    page.paste(_printed_card((175, 195), (12, 8), 20, 10), (500, 250))
    return np.array(page)


@pytest.mark.parametrize("turn", [0, 90, 180, 270])
def test_a_small_card_on_a_small_page_is_read_enlarged(turn: int) -> None:
    # Tuning family3 seed 8 page 33: a passport's data page in a 747 x 1328 phone photo, turned 270°, was taken as
    # upright (nothing decided) and refused as not recognised.
    turned = np.ascontiguousarray(np.rot90(_phone_photo_with_small_card(), -turn // 90))
    small = _small(turned)
    assert _by_reading(small, text_axis(small)) is None
    assert page_turn(turned) == (turn, "reading")
