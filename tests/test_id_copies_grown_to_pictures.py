"""The finder's picture boxes grown to the pictures verification counts only where verification would refuse the
proposed copy for a picture left visible (``api._grown_to_pictures``; issue 13, 'photo-like region still visible').
Pages are drawn here: a pale card with lines of text and a picture of smoothed noise (a photograph's texture)."""

from __future__ import annotations

import cv2
import numpy as np

from afscherm.redactors.id_copies.api import _grown_to_pictures
from afscherm.redactors.id_copies.boxes import Region, black_out, rect
from afscherm.redactors.id_copies.photo import pictures_left, unmasked_photos

GLYPH = 12.0
PORTRAIT = (60, 60, 300, 360)  # x0, y0, x1, y1: 20 x 25 glyph heights


def _card() -> np.ndarray:
    rng = np.random.default_rng(7)
    page = np.full((500, 900), 236, np.uint8)
    for i in range(6):
        cv2.putText(page, f"Naam / Surname {i} JANSEN", (340, 90 + 45 * i), cv2.FONT_HERSHEY_SIMPLEX, 0.5, 40, 1)
    x0, y0, x1, y1 = PORTRAIT
    noise = cv2.GaussianBlur(rng.normal(0, 1, (y1 - y0, x1 - x0)).astype(np.float32), (0, 0), 3)
    page[y0:y1, x0:x1] = np.clip(128 + 60 * noise / noise.std(), 0, 255).astype(np.uint8)
    return page


def _black(boxes: list[Region]) -> np.ndarray:
    return black_out(np.full((500, 900), 255, np.uint8), boxes) == 0


def test_a_portrait_its_box_cut_is_grown_where_verification_would_refuse() -> None:
    page = _card()
    x0, y0, x1, y1 = PORTRAIT
    tight = [rect("photo", "portrait_like", x0, y0, x1, y0 + 0.7 * (y1 - y0))]  # the lower 30 % left out
    assert unmasked_photos(page, black_out(page, tight), GLYPH)  # the premise: verification refuses it
    grown = _grown_to_pictures(page, tight, GLYPH)
    assert grown and all(r.type == "photo" for r in grown)
    assert _black(tight + grown)[y0:y1, x0:x1].all()
    assert not unmasked_photos(page, black_out(page, tight + grown), GLYPH)


def test_a_copy_verification_releases_keeps_its_boxes() -> None:
    """A sliver of the picture beside its box, too small for verification to count, is no reason to draw more boxes
    (on a tuning page a grown box gave the attack bench's face check a false face on the boxes' corners)."""
    page = _card()
    x0, y0, x1, y1 = PORTRAIT
    almost = [rect("photo", "portrait_like", x0, y0, x1, y1 - 6)]  # 6 px of 300 left below the box
    assert not unmasked_photos(page, black_out(page, almost), GLYPH)  # the premise: verification releases it
    assert pictures_left(page, almost, GLYPH, grow=True)  # ... though growing on every page would add a box
    assert _grown_to_pictures(page, almost, GLYPH) == []


def test_a_picture_no_box_touches_is_left_to_verification() -> None:
    """The finder never saw it (no ghost was looked for): nothing is boxed, and verification still refuses it."""
    page = _card()
    assert _grown_to_pictures(page, [], GLYPH) == []
    number = [rect("document_number", "label", 340, 80, 600, 100)]
    assert _grown_to_pictures(page, number, GLYPH) == []
    assert unmasked_photos(page, black_out(page, number), GLYPH)


EMBLEM = (700, 300, 736, 336)  # 3 x 3 glyph heights: smaller than a portrait (photo.PORTRAIT_GLYPHS = 4)


def _texture(seed: int, w: int, h: int, mean: float = 128, spread: float = 60) -> np.ndarray:
    noise = cv2.GaussianBlur(np.random.default_rng(seed).normal(0, 1, (h, w)).astype(np.float32), (0, 0), 3)
    return np.clip(mean + spread * noise / noise.std(), 0, 255).astype(np.uint8)


def _with_portrait_boxed() -> tuple[np.ndarray, list[Region]]:
    return _card(), [rect("photo", "portrait_like", *PORTRAIT, GLYPH)]


def test_a_small_picture_no_box_touches_is_boxed_whole() -> None:
    """An emblem's centre only verification counts (smaller than a portrait, no box near it) is boxed by the finder,
    and the copy then passes verification's picture check. Printed 3 glyph heights across, verification's picture is
    about 4 across (photo.SMEAR): still no portrait."""
    page, boxes = _with_portrait_boxed()
    x0, y0, x1, y1 = EMBLEM
    page[y0:y1, x0:x1] = _texture(3, x1 - x0, y1 - y0)
    assert unmasked_photos(page, black_out(page, boxes), GLYPH)  # the premise: verification refuses it
    grown = _grown_to_pictures(page, boxes, GLYPH)
    assert grown and all(r.type == "photo" and r.source == "picture_extent" for r in grown)
    assert _black(boxes + grown)[y0:y1, x0:x1].all()
    assert not unmasked_photos(page, black_out(page, boxes + grown), GLYPH)


def test_a_small_picture_fading_out_above_is_boxed_into_its_faint_part() -> None:
    """What verification sees of a pale ghost may be its lower part (tests/test_id_copies_pictures): the box goes on
    into the faint part above, too faint for verification, further than the finder's margin alone would."""
    page, boxes = _with_portrait_boxed()
    page[270:335, 700:730] = _texture(4, 30, 65, mean=233, spread=6)  # faint: close to the card's tone
    page[335:360, 700:730] = _texture(5, 30, 25)
    seen = [b for b in unmasked_photos(page, black_out(page, boxes), GLYPH) if b.x0 > 600]
    assert seen  # the premise: verification refuses it, seeing only the lower part
    grown = _grown_to_pictures(page, boxes, GLYPH)
    assert grown and min(r.bbox()[1] for r in grown) < min(b.y0 for b in seen) - 1.5 * GLYPH
    assert not unmasked_photos(page, black_out(page, boxes + grown), GLYPH)


def test_a_small_part_of_a_larger_faint_picture_is_left_to_verification() -> None:
    """Where the faint page around what verification sees goes on to a portrait's size, it may be a portrait's part:
    the finder boxes none of it, and verification still refuses the copy."""
    page, boxes = _with_portrait_boxed()
    page[300:480, 640:880] = _texture(6, 240, 180, mean=200, spread=7)
    page[380:416, 740:776] = _texture(7, 36, 36)
    assert _grown_to_pictures(page, boxes, GLYPH) == []
    assert unmasked_photos(page, black_out(page, boxes), GLYPH)
