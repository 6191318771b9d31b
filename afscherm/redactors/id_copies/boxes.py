"""Regions to black out: a type, where they were found, and a polygon in page pixels."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np


@dataclass(frozen=True)
class Region:
    type: str  # mrz, bsn, document_number, photo, name, date_of_birth, signature
    source: str  # how it was found: mrz_geometry, ocr, mrz_value, label, face, layout, …
    polygon: tuple[tuple[float, float], ...]

    def to_dict(self) -> dict[str, object]:
        return {
            "type": self.type,
            "source": self.source,
            "polygon": [[round(x, 1), round(y, 1)] for x, y in self.polygon],
        }

    def bbox(self) -> tuple[float, float, float, float]:
        xs, ys = [p[0] for p in self.polygon], [p[1] for p in self.polygon]
        return min(xs), min(ys), max(xs), max(ys)


def rect(type_: str, source: str, x0: float, y0: float, x1: float, y1: float, margin: float = 0.0) -> Region:
    x0, y0, x1, y1 = x0 - margin, y0 - margin, x1 + margin, y1 + margin
    return Region(type_, source, ((x0, y0), (x1, y0), (x1, y1), (x0, y1)))


def rotated(type_: str, source: str, center: tuple[float, float], size: tuple[float, float], angle: float) -> Region:
    pts = cv2.boxPoints((center, size, angle))
    return Region(type_, source, tuple((float(x), float(y)) for x, y in pts))


def scaled(region: Region, f: float) -> Region:
    return Region(region.type, region.source, tuple((x * f, y * f) for x, y in region.polygon))


def black_out(page: np.ndarray, regions: list[Region]) -> np.ndarray:
    out = page.copy()
    for r in regions:
        pts = np.round(np.array(r.polygon, dtype=np.float64)).astype(np.int32)
        cv2.fillPoly(out, [pts], (0, 0, 0))
    return out


# A value's box is drawn from OCR word boxes, and a word box can sit lower or be shorter than the ink (held-out seed
# 2045: a card's document number with the tops of its glyphs, 22 % of its area, above its box). So each box of these
# types is grown, across its long sides, to the ink it cuts: dark connected components (a Gaussian local threshold,
# GROW_CONTRAST grey levels under the neighbourhood) that lie under the box in part (GROW_INSIDE of their pixels at
# least: a label's descender dipping into the box does not pull it up over the label) and end within GROW_REACH of
# the box's height past its side (a card's edge, a picture, a rule running on are no glyph). Components as long as
# the box (a line along it) are left alone too.
GROW_TYPES = ("mrz", "bsn", "document_number")
GROW_REACH = 0.6
GROW_CONTRAST = 18
GROW_INSIDE = 0.25
GROW_LINE = 0.9  # a component this share of the box's length or longer is a line, not a glyph
GROW_PAD = 2.0  # pixels added beyond the ink the box grew to


def _upright(region: Region) -> tuple[np.ndarray, np.ndarray, np.ndarray, float, float]:
    """The box's centre, unit vectors along it (pointing right: its side nearer the page's horizontal) and across
    it (pointing down), its length and its height."""
    (cx, cy), (w, h), angle = cv2.minAreaRect(np.array(region.polygon, dtype=np.float32))
    t = np.radians(angle)
    u = np.array([np.cos(t), np.sin(t)])
    if abs(u[0]) < abs(u[1]):
        u, w, h = np.array([-u[1], u[0]]), h, w
    if u[0] < 0:
        u = -u
    return np.array([cx, cy]), u, np.array([-u[1], u[0]]), float(w), float(h)


def grown_to_ink(gray: np.ndarray, region: Region) -> Region:
    """``region`` (of a GROW_TYPES type) grown across its long sides to the ink glyphs it cuts (see GROW_REACH)."""
    if region.type not in GROW_TYPES:
        return region
    centre, u, v, length, height = _upright(region)
    if length < 4 or height < 4:
        return region
    reach = int(np.ceil(GROW_REACH * height))
    w, h = int(np.ceil(length)), int(np.ceil(height)) + 2 * reach
    origin = centre - u * w / 2 - v * h / 2
    to_page = np.array([[u[0], v[0], origin[0]], [u[1], v[1], origin[1]]])
    crop = cv2.warpAffine(
        gray, to_page, (w, h), flags=cv2.WARP_INVERSE_MAP | cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
    )
    block = max(15, int(round(2 * height)) | 1)
    ink = cv2.adaptiveThreshold(crop, 1, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY_INV, block, GROW_CONTRAST)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    top, bottom = reach, reach + int(np.ceil(height))  # the box's rows in the crop: [top, bottom)
    inside = np.bincount(labels[top:bottom].ravel(), minlength=n)
    new_top, new_bottom = float(top), float(bottom)
    for i in range(1, n):
        y0 = int(stats[i, cv2.CC_STAT_TOP])
        y1 = y0 + int(stats[i, cv2.CC_STAT_HEIGHT])
        if (
            inside[i] < GROW_INSIDE * stats[i, cv2.CC_STAT_AREA]
            or y0 == 0
            or y1 >= h
            or stats[i, cv2.CC_STAT_WIDTH] >= GROW_LINE * w
        ):
            continue
        if y0 < top:
            new_top = min(new_top, y0 - GROW_PAD)
        if y1 > bottom:
            new_bottom = max(new_bottom, y1 + GROW_PAD)
    if new_top == top and new_bottom == bottom:
        return region
    corners = np.array([[0, new_top, 1], [w, new_top, 1], [w, new_bottom, 1], [0, new_bottom, 1]], dtype=np.float64)
    pts = corners @ to_page.T
    return Region(region.type, region.source, tuple((float(x), float(y)) for x, y in pts))


# A number read in part (OCR split ``2778.13.323`` and read one piece, or lost its end) gets a box over the part read
# only. Before a reading that no other reading checks may black a number out (``ocr.card_words``: a tinted card on white
# paper, which a whole-page reading does not read at all), its box is grown along its own line to the whole value: to
# the ink glyphs (components as ``grown_to_ink`` thresholds them) beside it that lie within the box's rows - their
# middle inside the box's text band, no taller than the box, so a glyph of the line above or below never joins, and
# nothing chains from line to line (a first attempt did: a label's box grew over the BSN below it) - and follow each
# other with gaps of at most ALONG_GAP text heights (a value's groups and dots; a word space between a label and its
# value on one line is wider), the box at most ALONG_MAX text heights long in all (a BSN is about 9, a document number
# 8.5: a whole line of the card is never taken).
ALONG_GAP = 0.9
ALONG_MAX = 16.0


def grown_along_line(gray: np.ndarray, region: Region, text_height: float) -> Region:
    """``region`` (an upright box of a GROW_TYPES type over a value of glyphs ``text_height`` high) grown left and
    right along its line to the rest of the value (see ALONG_GAP)."""
    if region.type not in GROW_TYPES or text_height < 4:
        return region
    x0, y0, x1, y1 = region.bbox()
    h_img, w_img = gray.shape[:2]
    reach = ALONG_MAX * text_height
    cx0, cx1 = max(0, int(x0 - reach)), min(w_img, int(np.ceil(x1 + reach)))
    cy0, cy1 = max(0, int(y0)), min(h_img, int(np.ceil(y1)))
    if cx1 - cx0 < 4 or cy1 - cy0 < 4:
        return region
    # A band a little taller than the box, so that a glyph cut by the box's top or bottom shows as taller than it.
    pad = int(np.ceil(0.5 * text_height))
    by0, by1 = max(0, cy0 - pad), min(h_img, cy1 + pad)
    crop = gray[by0:by1, cx0:cx1]
    block = max(15, int(round(2 * text_height)) | 1)
    ink = cv2.adaptiveThreshold(crop, 1, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY_INV, block, GROW_CONTRAST)
    n, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    band0, band1 = cy0 - by0, cy1 - by0  # the box's rows in the crop
    glyphs = []
    for i in range(1, n):
        x, y, w, h, area = (int(v) for v in stats[i])
        mid = y + h / 2
        if band0 <= mid <= band1 and h <= band1 - band0 and y >= band0 - 1 and y + h <= band1 + 1 and area >= 4:
            glyphs.append((x + cx0, x + w + cx0))
    glyphs.sort()
    gap = ALONG_GAP * text_height
    left, right = x0, x1
    changed = True
    while changed:
        changed = False
        for a, b in glyphs:
            if a < right + gap and b > right and b - left <= reach:
                right, changed = float(b), True
            if b > left - gap and a < left and right - a <= reach:
                left, changed = float(a), True
    if left >= x0 and right <= x1:
        return region
    return rect(region.type, region.source, min(x0, left - GROW_PAD), y0, max(x1, right + GROW_PAD), y1)
