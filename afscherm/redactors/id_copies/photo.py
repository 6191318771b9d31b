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
MERGE_GAP = 1.5  # blobs this close (glyph heights) are one picture
MARGIN = 1.0  # glyph heights added around a photo-like blob when it is blacked out
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


def glyph_height(gray: np.ndarray) -> float:
    """The height of the larger printed letters (small dark components): the page's text size, in its pixels."""
    f = min(1.0, WORK_MAX / max(gray.shape[:2]))
    if f < 1:
        return glyph_height(cv2.resize(gray, None, fx=f, fy=f, interpolation=cv2.INTER_AREA)) / f
    block = max(15, (min(gray.shape[:2]) // 60) | 1)
    ink = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block, 15)
    n, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    h, w, area = stats[1:, cv2.CC_STAT_HEIGHT], stats[1:, cv2.CC_STAT_WIDTH], stats[1:, cv2.CC_STAT_AREA]
    glyphs = h[(h >= 5) & (h <= gray.shape[0] / 12) & (w <= 2.5 * h) & (w >= 0.15 * h) & (area >= 10)]
    if len(glyphs) < 12:
        return max(8.0, gray.shape[0] / 60)
    # Labels, values, titles and MRZ glyphs come in several sizes: the upper quartile is a value or title
    # glyph, the largest printed text that must be closed away (MRZ glyphs are larger; their band is blacked
    # out anyway).
    return float(np.percentile(glyphs, 75))


def _deviation(gray: np.ndarray, glyph: float, ignore: np.ndarray | None) -> np.ndarray:
    """Local standard deviation of the page with its text closed away (glyph-sized dark shapes removed)."""
    k = max(3, int(round(1.4 * glyph)) | 1)
    closed = cv2.morphologyEx(gray, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (k, k)))
    c = closed.astype(np.float32)
    win = max(3, int(round(glyph)) | 1)
    mean, sq = cv2.blur(c, (win, win)), cv2.blur(c * c, (win, win))
    std = np.sqrt(np.maximum(sq - mean * mean, 0))
    if ignore is not None:
        # Near blacked-out boxes the step from black to paper is no picture.
        std[cv2.dilate(ignore.astype(np.uint8), np.ones((2 * win + 1, 2 * win + 1), np.uint8)) > 0] = 0
    return std


def photo_blobs(gray: np.ndarray, threshold: float = STD_FIND, glyph: float | None = None,
                ignore_black: bool = False) -> tuple[list[Blob], float]:
    """Photo-like blobs of ``gray`` (page pixels) and the glyph height used. ``ignore_black``: a redacted page,
    whose black boxes (and their edges) are not pictures."""
    glyph = glyph or glyph_height(gray)
    f = min(1.0, WORK_MAX / max(gray.shape[:2]), GLYPH_PX / glyph)
    small = cv2.resize(gray, None, fx=f, fy=f, interpolation=cv2.INTER_AREA) if f < 1 else gray
    g = glyph * f
    if ignore_black:
        # Black boxes filled in from their surroundings: their edges are no picture, while what is left of a
        # picture right beside a box (a ghost cut in half) keeps its texture and is still seen.
        black = cv2.dilate((small <= 10).astype(np.uint8), np.ones((3, 3), np.uint8))
        if black.any():
            small = cv2.inpaint(small, black, 3, cv2.INPAINT_TELEA)
    std = _deviation(small, g, None)
    mask = (std > threshold).astype(np.uint8)
    close = max(3, int(round(2 * g)) | 1)
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (close, close)))
    opening = max(3, int(round(1.6 * g)) | 1)
    mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (opening, opening)))
    n, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    h_img, w_img = mask.shape
    parts = []
    for i in range(1, n):
        x, y, w, h, area = (int(v) for v in stats[i])
        if (x <= 1 or y <= 1 or x + w >= w_img - 1 or y + h >= h_img - 1) and max(w, h) > 15 * g:
            continue  # a large blob cut by the page edge: the desk or a hand around the document
        mass = float(std[y:y + h, x:x + w][labels[y:y + h, x:x + w] == i].sum())
        parts.append([x, y, x + w, y + h, area, mass])
    out = []
    for x0, y0, x1, y1, area, mass in _merged(parts, MERGE_GAP * g):
        w, h = x1 - x0, y1 - y0
        if min(w, h) < MIN_SIDE * g or max(w, h) > MAX_SIDE * g or area < MIN_FILL * w * h:
            continue
        out.append(Blob(x0 / f, y0 / f, x1 / f, y1 / f, mass / max(area, 1)))
    return out, glyph


def _merged(parts: list[list[float]], gap: float) -> list[list[float]]:
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
                    changed = True
                    break
            else:
                out.append(b)
        boxes = out
    return boxes


def photo_like_regions(gray: np.ndarray, glyph: float | None = None) -> list[Region]:
    """Regions to black out: every photo-like blob with a margin."""
    blobs, glyph = photo_blobs(gray, glyph=glyph)
    return [b.region(MARGIN * glyph, glyph) for b in blobs]


def unmasked_photos(redacted_gray: np.ndarray, glyph: float | None = None) -> list[Blob]:
    """Photo-like blobs still visible in a redacted page (more sensitive than the finding pass)."""
    blobs, _ = photo_blobs(redacted_gray, STD_VERIFY, glyph, ignore_black=True)
    return blobs
