"""Small print on a low-resolution page is read once more at a width where its glyphs are large enough (issue 13,
held-out seed 2072 page 13, looked at after it was released unsafe: a licence's BSN about 6 px tall, read as nothing at
1,600 px and left with 5 of 9 digits visible; read 2,500 px wide, tesseract gives the long number the finder boxes)."""

from __future__ import annotations

import numpy as np

from afscherm.redactors.id_copies import api


def test_small_print_is_read_again_where_its_glyphs_reach_a_readable_size() -> None:
    page = np.full((643, 910), 240, np.uint8)  # that page's size
    assert api._small_print_width(page, 1600, 8.0) == int(910 * api.READ_GLYPH / 8.0)  # 2502 px: the BSN read
    assert api._small_print_width(page, 1600, 4.0) == api.MAX_PAGE_OCR_WIDTH  # never wider than the page cap


def test_print_large_enough_or_read_wide_enough_already_is_not_read_again() -> None:
    page = np.full((643, 910), 240, np.uint8)
    assert api._small_print_width(page, 1600, 14.0) is None  # print large enough
    assert api._small_print_width(page, 2400, 9.0) is None  # 2,224 px: not wider than the first reading
