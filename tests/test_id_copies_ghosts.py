"""Verification that does not share the finder's view of pictures (issue 13): a black area of the copy that lies over
a picture in the original must hold all of it (``verify.cut_pictures``). Images come from the tuning family
(``synthetic/id_images``) and its variations (``synthetic/id_variants``), made here."""

from __future__ import annotations

import numpy as np
import pytest

from afscherm.redactors.id_copies.boxes import Region, black_out
from afscherm.redactors.id_copies.photo import glyph_height
from afscherm.redactors.id_copies.verify import cut_pictures
from synthetic.id_images import decode_pages, generate
from synthetic.id_variants import generate_variant
from tests.id_compose import gray_of_rgb as _gray
from tests.id_compose import truth_regions as _regions

SENSITIVE = ("photo", "ghost_photo", "mrz", "bsn", "document_number")


@pytest.mark.parametrize("index", [0, 1, 2, 3])
def test_a_copy_with_every_picture_blacked_out_whole_is_not_refused(index: int) -> None:
    _, data, truth = generate(index, 7)
    page, truth_page = decode_pages(data)[0], truth["pages"][0]
    gray = _gray(page)
    glyph = glyph_height(gray, _regions(truth_page, ("mrz",), 0.0))
    assert cut_pictures(gray, _gray(black_out(page, _regions(truth_page, SENSITIVE))), glyph) == []


@pytest.mark.parametrize(("index", "seed", "ghost"), [(2, 102, "under_text"), (5, 102, "guilloche")])
def test_a_ghost_half_covered_by_its_box_is_refused(index: int, seed: int, ghost: str) -> None:
    _, data, truth = generate_variant(index, seed)
    assert truth["holders"][0]["ghost"] == ghost  # the premise: the variation under test
    page, truth_page = decode_pages(data)[0], truth["pages"][0]
    gray = _gray(page)
    glyph = glyph_height(gray, _regions(truth_page, ("mrz",), 0.0))
    others = _regions(truth_page, ("photo", "mrz", "bsn", "document_number"))
    # Every picture blacked out whole: nothing is cut.
    assert cut_pictures(gray, _gray(black_out(page, others + _regions(truth_page, ("ghost_photo",)))), glyph) == []
    # The ghost's box ends at its middle: the strip beside the box lies over the ghost's other half.
    ghost = np.array(_regions(truth_page, ("ghost_photo",), 0.0)[0].polygon)
    (gx0, gy0), (gx1, gy1) = ghost.min(0), ghost.max(0)
    middle = (gx0 + gx1) / 2
    half = Region("ghost_photo", "box", ((gx0 - 5, gy0 - 5), (middle, gy0 - 5), (middle, gy1 + 5), (gx0 - 5, gy1 + 5)))
    strips = cut_pictures(gray, _gray(black_out(page, [*others, half])), glyph)
    assert any(x0 < gx1 and x1 > middle and y0 < gy1 and y1 > gy0 for x0, y0, x1, y1 in strips)
