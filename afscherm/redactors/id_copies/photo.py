"""Photo-like regions found without a face detector: what a portrait or ghost photo looks like in pixels.

The Haar face cascade misses drawn, small, tilted, faint and ghost portraits. Printed text, however dense, is
thin dark strokes on paper, and a photograph is not: after a grey closing with a kernel a little larger than
a glyph (the text vanishes into the paper), what still varies locally is a picture — a portrait, a ghost
photo, a coat of arms, a hologram, a hand. Such blobs, of a portrait's size relative to the text, are
blacked out by the finder and must all be black for verification to release the copy (fail closed: a logo
blacked out costs a little of the copy, a portrait left costs the holder).

Sizes are measured in glyph heights, estimated from the page itself (the most common height of small dark
components), so the same rules hold for a card photographed close and for two cards on an A4 scan.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np

from afscherm.redactors.id_copies.boxes import Region, rect

WORK_MAX = 1400  # pages are examined at most this wide (and high)
GLYPH_PX = 11.0  # ... and scaled so a glyph is about this high, when that is smaller
# A blob is a picture when the closed page varies by more than this (grey levels, local standard deviation)
# over it; the paper's own noise and tint gradients stay below.
STD_FIND, STD_VERIFY = 5.0, 4.0
# Blob size in glyph heights: the smallest ghost photo is ≈ 2.5 wide, a passport portrait ≈ 25 high.
MIN_SIDE, MAX_SIDE = 2.2, 40.0
MIN_FILL = 0.3  # share of its bounding box a blob fills (a stray line or ring fills little)
MAX_ASPECT = 3.5  # longer side / shorter side of a picture (portraits ≈ 1.3, a strip along an edge far more)
MERGE_GAP = 1.5  # blobs this close (glyph heights) are one picture
MARGIN = 1.0  # glyph heights added around a photo-like blob when it is blacked out
LEFT_SIDE = 1.5  # glyph heights: a piece of picture this large left visible refuses the copy
PORTRAIT_GLYPHS = 4.0  # a blob at least this many glyph heights wide and high may be a portrait


@dataclass(frozen=True)
class Blob:
    x0: float
    y0: float
    x1: float
    y1: float
    contrast: float  # mean local deviation inside the blob, grey levels

    def region(self, margin: float, glyph: float) -> Region:
        # Large enough to be a portrait (not only a ghost or an emblem): the page then counts as showing one.
        big = min(self.x1 - self.x0, self.y1 - self.y0) >= PORTRAIT_GLYPHS * glyph
        return rect("photo", "portrait_like" if big else "photo_like", self.x0, self.y0, self.x1, self.y1, margin)


def glyph_height(gray: np.ndarray, exclude: list[Region] | None = None, scale: float = 1.0) -> float:
    """The height of the larger printed letters (small dark components): the page's text size, in its pixels.
    ``exclude``: MRZ band regions (their glyphs are larger than any printed field and would set the size)."""
    f = min(1.0, WORK_MAX / max(gray.shape[:2]))
    if f < 1:
        small = cv2.resize(gray, None, fx=f, fy=f, interpolation=cv2.INTER_AREA)
        return glyph_height(small, exclude, scale * f) / f
    block = max(15, (min(gray.shape[:2]) // 60) | 1)
    ink = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block, 15)
    for r in exclude or []:
        cv2.fillPoly(ink, [np.round(np.array(r.polygon) * scale).astype(np.int32)], 0)
    n, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    h, w, area = stats[1:, cv2.CC_STAT_HEIGHT], stats[1:, cv2.CC_STAT_WIDTH], stats[1:, cv2.CC_STAT_AREA]
    glyphs = h[(h >= 5) & (h <= gray.shape[0] / 12) & (w <= 2.5 * h) & (w >= 0.15 * h) & (area >= 10)]
    if len(glyphs) < 12:
        return max(8.0, gray.shape[0] / 60)
    # Labels, values and titles come in several sizes: the upper quartile is a value or title glyph, the largest
    # printed text that must be closed away.
    return float(np.percentile(glyphs, 75))


def _deviation(gray: np.ndarray, glyph: float) -> np.ndarray:
    """Local standard deviation of the page with its text closed away (glyph-sized dark shapes removed)."""
    k = max(3, int(round(1.4 * glyph)) | 1)
    closed = cv2.morphologyEx(gray, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (k, k)))
    c = closed.astype(np.float32)
    win = max(3, int(round(glyph)) | 1)
    mean, sq = cv2.blur(c, (win, win)), cv2.blur(c * c, (win, win))
    return np.sqrt(np.maximum(sq - mean * mean, 0))


@dataclass(frozen=True)
class _View:
    """The page at the working scale: its local deviation and the blobs' mask."""

    f: float  # working pixels per page pixel
    g: float  # glyph height in working pixels
    std: np.ndarray
    mask: np.ndarray  # uint8, 1 where a kept picture is


def _view(gray: np.ndarray, threshold: float, glyph: float, exclude: list[Region]) -> _View:
    f = min(1.0, WORK_MAX / max(gray.shape[:2]), GLYPH_PX / glyph)
    small = cv2.resize(gray, None, fx=f, fy=f, interpolation=cv2.INTER_AREA) if f < 1 else gray
    g = glyph * f
    std = _deviation(small, g)
    for r in exclude:
        # MRZ bands: their large glyphs survive the closing, and they are blacked out on their own.
        cv2.fillPoly(std, [np.round(np.array(r.polygon) * f).astype(np.int32)], 0.0)
    mask: np.ndarray = (std > threshold).astype(np.uint8)
    close = max(3, int(round(2 * g)) | 1)
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (close, close)))
    opening = max(3, int(round(1.6 * g)) | 1)
    mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (opening, opening)))
    n, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    h_img, w_img = mask.shape
    for i in range(1, n):
        x, y, w, h, _ = (int(v) for v in stats[i])
        if (x <= 1 or y <= 1 or x + w >= w_img - 1 or y + h >= h_img - 1) and max(w, h) > 15 * g:
            mask[labels == i] = 0  # a large blob cut by the page edge: the desk or a hand around the document
    return _View(f, g, std, mask)


def photo_blobs(
    gray: np.ndarray, threshold: float = STD_FIND, glyph: float | None = None, exclude: list[Region] | None = None
) -> tuple[list[Blob], float]:
    """Photo-like blobs of ``gray`` (page pixels) and the glyph height used; ``exclude``: MRZ band regions."""
    glyph = glyph or glyph_height(gray)
    view = _view(gray, threshold, glyph, exclude or [])
    n, labels, stats, _ = cv2.connectedComponentsWithStats(view.mask, connectivity=8)
    parts: list[list[Any]] = []
    for i in range(1, n):
        x, y, w, h, area = (int(v) for v in stats[i])
        mass = float(view.std[y : y + h, x : x + w][labels[y : y + h, x : x + w] == i].sum())
        parts.append([x, y, x + w, y + h, area, mass, [i]])
    out = []
    f, g = view.f, view.g
    for x0, y0, x1, y1, area, mass, _ in _merged(parts, MERGE_GAP * g):
        if not _picture_shaped(x1 - x0, y1 - y0, area, g):
            continue
        out.append(Blob(x0 / f, y0 / f, x1 / f, y1 / f, mass / max(area, 1)))
    return out, glyph


def _picture_shaped(w: float, h: float, area: float, g: float) -> bool:
    """A portrait's or ghost's size and shape (glyph height ``g``): not a speck, not the whole card, not a line or
    the strip between two edges (a card's edge against the desk or the paper it was copied on)."""
    return (
        MIN_SIDE * g <= min(w, h)
        and max(w, h) <= MAX_SIDE * g
        and area >= MIN_FILL * w * h
        and max(w, h) <= MAX_ASPECT * min(w, h)
    )


def _merged(parts: list[list[Any]], gap: float) -> list[list[Any]]:
    """Boxes closer than ``gap`` joined (a drawn face in flat colours varies only at its outlines: its pieces are
    one picture), with their areas and deviation summed."""
    boxes = [p[:] for p in parts]
    changed = True
    while changed:
        changed = False
        out: list[list[float]] = []
        for b in boxes:
            for o in out:
                if b[0] - gap < o[2] and o[0] - gap < b[2] and b[1] - gap < o[3] and o[1] - gap < b[3]:
                    o[:4] = min(o[0], b[0]), min(o[1], b[1]), max(o[2], b[2]), max(o[3], b[3])
                    o[4] += b[4]
                    o[5] += b[5]
                    o[6] = o[6] + b[6]
                    changed = True
                    break
            else:
                out.append(b)
        boxes = out
    return boxes


def photo_like_regions(
    gray: np.ndarray, glyph: float | None = None, exclude: list[Region] | None = None
) -> list[Region]:
    """Regions to black out: every photo-like blob, grown to what verification's lower threshold sees of it (a
    faint ghost's edges), with a margin."""
    blobs, glyph = photo_blobs(gray, glyph=glyph, exclude=exclude)
    if not blobs:
        return []
    wide = _view(gray, STD_VERIFY, glyph, exclude or [])
    n, _, stats, _ = cv2.connectedComponentsWithStats(wide.mask, connectivity=8)
    parts = [(x / wide.f, y / wide.f, (x + w) / wide.f, (y + h) / wide.f) for x, y, w, h, _ in stats[1:]]
    out = []
    for b in blobs:
        x0, y0, x1, y1 = b.x0, b.y0, b.x1, b.y1
        for px0, py0, px1, py1 in parts:
            small = max(px1 - px0, py1 - py0) <= 1.5 * max(b.x1 - b.x0, b.y1 - b.y0)
            if small and px0 < b.x1 and px1 > b.x0 and py0 < b.y1 and py1 > b.y0:
                x0, y0, x1, y1 = min(x0, px0), min(y0, py0), max(x1, px1), max(y1, py1)
        out.append(Blob(x0, y0, x1, y1, b.contrast).region(MARGIN * glyph, glyph))
    return out


def unmasked_photos(
    original: np.ndarray,
    redacted: np.ndarray,
    glyph: float | None = None,
    exclude: list[Region] | None = None,
    boxed_ok: bool = False,
) -> list[Blob]:
    """Pieces of picture left visible: what is photo-like in the original page (judged there, where no box edge
    can look like a picture; a lower threshold than the finding pass) and not black in the redacted page. A
    strip of a ghost photo beside its box counts as much as a photo no box touched."""
    glyph = glyph or glyph_height(original)
    view = _view(original, STD_VERIFY, glyph, exclude or [])
    f, g = view.f, view.g
    # Only pictures count (the finder's size and shape rules, at verification's threshold): an edge against the
    # desk is no photo, whether or not a box touches it.
    n, labels, stats, _ = cv2.connectedComponentsWithStats(view.mask, connectivity=8)
    parts: list[list[Any]] = [
        [x, y, x + w, y + h, area, 0.0, [i]] for i, (x, y, w, h, area) in enumerate(stats[1:].tolist(), 1)
    ]
    keep = np.zeros(n, np.uint8)
    for x0, y0, x1, y1, area, _, ids in _merged(parts, MERGE_GAP * g):
        if _picture_shaped(x1 - x0, y1 - y0, area, g):
            keep[ids] = 1
    pictures = keep[labels]
    black = (
        redacted
        if f == 1
        else cv2.resize(redacted, (view.mask.shape[1], view.mask.shape[0]), interpolation=cv2.INTER_AREA)
    )
    visible = (black > 10).astype(np.uint8)
    if boxed_ok:
        # Boxes a person drew: a picture they boxed at all is their call (the closing that joins a picture's pieces
        # spills over the paper beside it, where a tight box ends); one no box touches is still refused.
        for x0, y0, x1, y1, _area, _, ids in _merged(parts, MERGE_GAP * g):
            group = np.isin(labels[y0:y1, x0:x1], ids)
            if keep[ids[0]] and (visible[y0:y1, x0:x1][group] == 0).mean() > 0.2:
                keep[ids] = 0
        pictures = keep[labels]
    left = pictures & visible
    k = max(3, int(round(0.8 * g)) | 1)
    left = cv2.morphologyEx(left, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (k, k)))
    n, _, stats, _ = cv2.connectedComponentsWithStats(left, connectivity=8)
    out = []
    for i in range(1, n):
        x, y, w, h, area = (int(v) for v in stats[i])
        if min(w, h) >= LEFT_SIDE * g and area >= LEFT_SIDE**2 * g * g:
            out.append(Blob(x / f, y / f, (x + w) / f, (y + h) / f, 0.0))
    return out
