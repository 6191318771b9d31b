"""An area too large to be one picture may still hold one (issue 13, verifier hole): a portrait joined to the card's
emblems (a hologram strip, a coat of arms' ring) through print thinner than itself. Verification judges such an area
by its parts, split where it is thin: the remainder of a portrait its box covered only in part refuses the copy; the
same emblems beside a portrait blacked out whole do not. The finder blacks out the same part."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from afscherm.redactors.id_copies import photo
from afscherm.redactors.id_copies.photo import MAX_SIDE, photo_like_regions, unmasked_photos

GLYPH = 20.0
PORTRAIT = (200, 300, 440, 600)  # x0, y0, x1, y1: 12 x 15 glyph heights


def _page() -> np.ndarray:
    """A pale card: a textured portrait, a textured hologram strip 1.8 glyphs thick running 40 glyphs from its right
    side, a coat of arms' ring standing on the strip, lines of print above and below."""
    rng = np.random.default_rng(3)
    page = np.full((1000, 1500), 225.0)
    smooth = cv2.GaussianBlur(rng.normal(0, 1, page.shape), (0, 0), 12)
    texture = 128 + 45 * smooth / smooth.std()
    printed = np.zeros(page.shape, np.uint8)
    x0, y0, x1, y1 = PORTRAIT
    printed[y0:y1, x0:x1] = 1
    printed[430:466, x1 : x1 + int(MAX_SIDE * GLYPH)] = 1
    cv2.circle(printed, (1000, 300), 110, 1, 20)
    cv2.line(printed, (1000, 410), (1000, 430), 1, 20)
    page[printed > 0] = texture[printed > 0]
    for y in (120, 180, 240, 810, 860, 910):
        cv2.putText(page, "NAAM VOORBEELD 12 03 1990", (500, y), cv2.FONT_HERSHEY_SIMPLEX, 0.8, 40, 2)
    return np.clip(page, 0, 255).astype(np.uint8)


def test_a_portrait_partly_blacked_out_beside_emblems_touching_it_is_refused() -> None:
    page = _page()
    x0, y0, x1, y1 = PORTRAIT
    redacted = page.copy()
    redacted[y0 - 5 : y1 + 5, x0 - 5 : x0 + int(0.58 * (x1 - x0))] = 0  # 58 % of its width black
    left = unmasked_photos(page, redacted, GLYPH)
    visible_x = x0 + 0.58 * (x1 - x0)
    assert any(b.x0 < x1 and b.x1 > visible_x and b.y0 < y1 and b.y1 > y0 for b in left)


def test_the_same_emblems_beside_a_portrait_blacked_out_whole_are_released() -> None:
    page = _page()
    x0, y0, x1, y1 = PORTRAIT
    redacted = page.copy()
    redacted[y0 - 20 : y1 + 20, x0 - 20 : x1 + 20] = 0
    assert not unmasked_photos(page, redacted, GLYPH)


def test_the_finder_blacks_out_the_portrait_joined_to_the_emblems() -> None:
    x0, y0, x1, y1 = PORTRAIT
    boxes = [r.bbox() for r in photo_like_regions(_page(), GLYPH)]
    assert any(bx0 <= x0 and by0 <= y0 and bx1 >= x1 and by1 >= y1 for bx0, by0, bx1, by1 in boxes)
    # Not the strip and the ring with it: only the part that is a picture.
    assert all(bx1 < 1000 - 110 for _, _, bx1, _ in boxes)


def test_the_hole_the_split_closes(monkeypatch: pytest.MonkeyPatch) -> None:
    """The premise: judged whole, the portrait, strip and ring are one area too large to be a picture."""
    page = _page()
    x0, y0, x1, y1 = PORTRAIT
    redacted = page.copy()
    redacted[y0 - 5 : y1 + 5, x0 - 5 : x0 + int(0.58 * (x1 - x0))] = 0
    monkeypatch.setattr(photo, "_thin_split", lambda labels, parts, pictures, g: [])
    assert not unmasked_photos(page, redacted, GLYPH)
