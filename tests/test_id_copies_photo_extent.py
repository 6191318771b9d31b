"""The finder's boxes grown to the pictures as verification sees them (``photo.pictures_left``, issue 13's 'photo-like
region still visible'). Pages are drawn here: a pale card with lines of text and pictures of smoothed noise (a
photograph's texture, which no closing of text removes)."""

from __future__ import annotations

import cv2
import numpy as np

from afscherm.redactors.id_copies.boxes import Region, black_out, rect
from afscherm.redactors.id_copies.photo import pictures_left, unmasked_photos

GLYPH = 12.0
PORTRAIT = (60, 60, 300, 360)  # x0, y0, x1, y1: 20 x 25 glyph heights
EMBLEM = (700, 300, 736, 336)  # 3 x 3 glyph heights: smaller than a portrait (photo.PORTRAIT_GLYPHS)


def _texture(rng: np.random.Generator, w: int, h: int) -> np.ndarray:
    noise = rng.normal(0, 1, (h, w)).astype(np.float32)
    smooth = cv2.GaussianBlur(noise, (0, 0), 3)
    return np.clip(128 + 60 * smooth / smooth.std(), 0, 255).astype(np.uint8)


def _card(pictures: tuple[tuple[int, int, int, int], ...] = (PORTRAIT,)) -> np.ndarray:
    rng = np.random.default_rng(7)
    page = np.full((500, 900), 236, np.uint8)
    for i in range(6):
        cv2.putText(page, f"Naam / Surname {i} JANSEN", (340, 90 + 45 * i), cv2.FONT_HERSHEY_SIMPLEX, 0.5, 40, 1)
    for x0, y0, x1, y1 in pictures:
        page[y0:y1, x0:x1] = _texture(rng, x1 - x0, y1 - y0)
    return page


def _covers(boxes: list[Region], area: tuple[int, int, int, int]) -> bool:
    x0, y0, x1, y1 = area
    mask = black_out(np.full((500, 900), 255, np.uint8), boxes)
    return bool((mask[y0:y1, x0:x1] == 0).all())


def test_a_portrait_its_box_cut_is_boxed_to_its_end() -> None:
    page = _card()
    x0, y0, x1, y1 = PORTRAIT
    tight = [rect("photo", "portrait_like", x0, y0, x1, y0 + 0.7 * (y1 - y0))]  # the lower 30 % left out
    assert unmasked_photos(page, black_out(page, tight), GLYPH)  # the premise: verification refuses the tight box
    grown = pictures_left(page, tight, GLYPH, grow=True)
    assert grown and all(r.type == "photo" and r.source == "picture_extent" for r in grown)
    assert _covers(tight + grown, PORTRAIT)
    assert not unmasked_photos(page, black_out(page, tight + grown), GLYPH)


def test_a_portrait_no_box_touches_is_left_to_verification() -> None:
    """The finder never saw it, so nothing looked for its ghost: the copy must still be refused."""
    page = _card()
    assert not pictures_left(page, [], GLYPH, grow=True)
    assert unmasked_photos(page, page, GLYPH)


def test_a_small_picture_no_box_touches_is_left_to_verification_too() -> None:
    """What verification sees of a pale picture may be a part of it (tests/test_id_copies_pictures): only a picture a
    box cut is grown."""
    page = _card((PORTRAIT, EMBLEM))
    portrait = [rect("photo", "portrait_like", *PORTRAIT, GLYPH)]
    assert unmasked_photos(page, black_out(page, portrait), GLYPH)  # the premise: the emblem refuses the copy
    assert not pictures_left(page, portrait, GLYPH, grow=True)


def test_a_picture_fading_out_past_what_verification_sees_is_covered_as_far() -> None:
    page = _card(())
    x0, y0, x1, y1 = 60, 60, 300, 440  # strong texture down to 270, then a long faint stretch
    rng = np.random.default_rng(11)
    page[y0:270, x0:x1] = _texture(rng, x1 - x0, 270 - y0)
    noise = cv2.GaussianBlur(rng.normal(0, 1, (y1 - 270, x1 - x0)).astype(np.float32), (0, 0), 3)
    page[270:y1, x0:x1] = np.clip(200 + 7 * noise / noise.std(), 0, 255).astype(np.uint8)  # < STD_VERIFY, > STD_EXTENT
    tight = [rect("photo", "portrait_like", x0, y0, x1, 210)]
    assert unmasked_photos(page, black_out(page, tight), GLYPH)  # the premise: refused for what lies below 210
    grown = pictures_left(page, tight, GLYPH, grow=True)
    assert _covers(tight + grown, (x0, y0, x1, 270))
    faint = black_out(np.full((500, 900), 255, np.uint8), tight + grown)[270:y1, x0:x1]
    assert (faint == 0).mean() >= 0.95  # the faint rest goes too, though verification sees only its start


def test_nothing_is_added_where_every_picture_is_black() -> None:
    page = _card((PORTRAIT, EMBLEM))
    boxes = [rect("photo", "portrait_like", *PORTRAIT, GLYPH), rect("photo", "photo_like", *EMBLEM, GLYPH)]
    assert not pictures_left(page, boxes, GLYPH, grow=True)
    assert not pictures_left(_card(()), [], GLYPH, grow=True)  # text only: no picture at all


def test_off_by_default() -> None:
    page = _card()
    tight = [rect("photo", "portrait_like", PORTRAIT[0], PORTRAIT[1], PORTRAIT[2], 250)]
    assert pictures_left(page, tight, GLYPH) == []
