"""A picture whose box holds its core only goes on beside the box, and verification refuses the copy for that
('picture goes on past its box', ``verify.cut_pictures``): the finder asks the same question of its proposed copy and
grows the box over the picture to where it ends (``api._grown_to_cut_pictures``; issue 13, tuning family3 seed 17
page 2, a stamp on a passport's BSN page boxed at its star, its rings left around the box). Pages drawn here: a pale
page with lines of text and a stamp-like picture (rings and a textured disc); neither tuning nor held-out generators
are used."""

from __future__ import annotations

import cv2
import numpy as np

from afscherm.redactors.id_copies import api
from afscherm.redactors.id_copies.boxes import black_out, rect
from afscherm.redactors.id_copies.verify import cut_pictures

GLYPH = 20.0
CENTRE, RADIUS = (500, 420), 110  # the stamp


def _page() -> np.ndarray:
    rng = np.random.default_rng(7)
    page = np.clip(rng.normal(232, 2, (800, 1000)), 0, 255).astype(np.uint8)
    for i, line in enumerate(("OPMERKINGEN / OBSERVATIONS", "BURGERSERVICENUMMER")):
        cv2.putText(page, line, (60, 70 + 50 * i), cv2.FONT_HERSHEY_SIMPLEX, 0.8, 50, 2, cv2.LINE_AA)
    # The stamp: a disc of random texture inside two rings, as far as RADIUS from its centre.
    disc = np.zeros(page.shape, np.uint8)
    cv2.circle(disc, CENTRE, RADIUS - 20, 1, -1)
    # A photo's texture: blotches several glyphs' strokes wide, not specks (those are taken for text and dropped).
    blotches = cv2.GaussianBlur(rng.normal(0, 1, page.shape).astype(np.float32), (0, 0), 6)
    texture = np.clip(150 + blotches * (60 / blotches.std()), 0, 255).astype(np.uint8)
    page = np.where(disc > 0, texture, page)
    for r in (RADIUS - 10, RADIUS):
        cv2.circle(page, CENTRE, r, 120, 4, cv2.LINE_AA)
    return page


def test_a_picture_boxed_at_its_core_is_boxed_to_its_end() -> None:
    page = _page()
    cx, cy = CENTRE
    core = [rect("photo", "photo_like", cx - 45, cy - 45, cx + 45, cy + 45)]
    assert cut_pictures(page, black_out(page, core), GLYPH), "the core's box leaves the stamp beside it"
    grown = api._grown_to_cut_pictures(page, core, GLYPH)
    assert grown
    out = black_out(page, core + grown)
    assert cut_pictures(page, out, GLYPH) == []
    # The whole stamp is black, rings and all.
    stamp = np.zeros(page.shape, np.uint8)
    cv2.circle(stamp, CENTRE, RADIUS - 20, 1, -1)
    assert float((out[stamp > 0] == 0).mean()) == 1.0


def test_a_picture_boxed_whole_gets_no_more_black() -> None:
    page = _page()
    cx, cy = CENTRE
    whole = [rect("photo", "photo_like", cx - RADIUS - 8, cy - RADIUS - 8, cx + RADIUS + 8, cy + RADIUS + 8)]
    assert api._grown_to_cut_pictures(page, whole, GLYPH) == []
