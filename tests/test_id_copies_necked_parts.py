"""A portrait and its ghost printed a little apart are one area of the photo finder's mask when the deviation's window
bridges the gap (tuning family3 seed 81 page 24, a German card's front: 'ghost portrait not found', the merged area the
ghost search's only template, holding the ghost itself). Opened at a neck (``photo.NECKED_PARTS``) the area falls
apart, and its pieces that could be a portrait are its parts: templates for the ghost search. Pages are drawn here: a
portrait of smoothed noise, a faint copy at 0.5 beside it, lines of small print for the glyph height."""

from __future__ import annotations

import cv2
import numpy as np

from afscherm.redactors.id_copies.photo import photo_blobs, photo_like_regions

PORTRAIT = (700, 300, 900, 546)  # x0, y0, x1, y1


def _page(gap: int | None) -> np.ndarray:
    rng = np.random.default_rng(11)
    page = np.full((900, 1200), 232, np.float32)
    lines = ("NAAM / SURNAME", "JANSEN", "VOORNAMEN / GIVEN NAMES", "PIETER", "GEBOORTEDATUM", "01 02 1980")
    for i, line in enumerate(lines):
        cv2.putText(page, line, (80, 120 + 40 * i), cv2.FONT_HERSHEY_SIMPLEX, 0.5, 30, 1)
    x0, y0, x1, y1 = PORTRAIT
    noise = cv2.GaussianBlur(rng.normal(0, 1, (y1 - y0, x1 - x0)).astype(np.float32), (0, 0), 5)
    portrait = 120 + 55 * noise / noise.std()
    page[y0:y1, x0:x1] = portrait
    if gap is not None:  # the ghost: half the size, faint, below and left of the portrait
        small = cv2.resize(portrait, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
        h, w = small.shape
        gx, gy = x0 - gap - w, y1 - 40  # its top beside the portrait's bottom
        page[gy : gy + h, gx : gx + w] = 232 + 0.6 * (small - 232)
    return np.clip(page, 0, 255).astype(np.uint8)


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    ix = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    return ix * iy / ((b[2] - b[0]) * (b[3] - b[1]))


def test_a_portrait_and_its_ghost_in_one_area_give_the_portrait_as_a_part() -> None:
    blobs, _ = photo_blobs(_page(gap=20))
    assert len(blobs) == 1  # premise: one area holds both
    (blob,) = blobs
    assert blob.x0 < PORTRAIT[0] - 100  # the ghost is in it
    assert any(_overlap(part, PORTRAIT) >= 0.9 and part[0] >= PORTRAIT[0] - 15 for part in blob.parts)


def test_the_parts_reach_the_ghost_search() -> None:
    parts: list[tuple[float, float, float, float]] = []
    photo_like_regions(_page(gap=20), parts=parts)
    assert any(_overlap(part, PORTRAIT) >= 0.9 and part[0] >= PORTRAIT[0] - 30 for part in parts)


def test_a_portrait_alone_has_no_parts() -> None:
    blobs, _ = photo_blobs(_page(gap=None))
    assert [b.parts for b in blobs] == [()]
