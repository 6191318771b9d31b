"""Find the MRZ band by its shape: two or three long, parallel, evenly spaced lines of dense glyphs.

Works on pixels only, so the band is blacked out even when OCR reads it badly. Dark text is
emphasised with a black-hat filter, horizontal gradients are smeared into line blobs, and the
longest parallel group of 2–3 equal blobs near the document bottom wins.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

WORK_WIDTH = 900  # detection runs at this width
# Shortest MRZ line searched for, as a fraction of the page width: a card on an A4 page laid landscape
# (297 mm) has 30-character lines of ≈ 0.2 of the width; two cards side by side ≈ 0.2 each.
MIN_LINE = 0.12
TD1_MAX_ASPECT = 31.0  # line length / glyph height: ≈ 25 for 30 characters, ≈ 36 for 44
TD1_LINE, TD3_LINE = 25.0, 36.0  # an MRZ line's length in line heights: TD1's 30 characters, TD3's 44
# A vertical run this many smearing widths long (50 px at WORK_WIDTH) is an edge or a frame, no glyph: an MRZ line of a
# card cropped to its edges is ≈ 25 px tall there.
VERTICAL_RUN = 5


@dataclass(frozen=True)
class Band:
    center: tuple[float, float]
    length: float  # along the lines
    thickness: float  # across all lines
    angle: float  # degrees, as cv2.minAreaRect reports for (length, thickness)
    lines: int
    line_height: float
    core: float = 0.0  # thickness of the lines actually seen (a TD1 band with one line missed is widened)


# A zone's aspect (line length / glyph height) depends on the font a document is printed in: ≈ 25 for a TD1 line in
# the tuning families, but 28-33 in a family drawn with narrower glyphs (issue 13, tuning seed 2085 of the
# independent generator: four cards' backs with three lines read at 31.3-32.2 were taken for passports' data pages,
# which print a portrait and a document number, and refused for lacking them). A card's zone has three lines, a
# passport's two, whatever the font: three lines found are a card's zone unless the lines are as long as a passport's
# (then a line of print above was taken in: a data page, as before, fail closed). Two lines keep the aspect test
# (a card's zone with one line missed).
def is_td3(band: Band) -> bool:
    """Whether ``band`` is a passport data page's zone (TD3: two lines of 44) rather than a card's (TD1: three of
    30); see above."""
    aspect = band.length / max(band.line_height, 1e-6)
    return aspect >= TD1_MAX_ASPECT and (band.lines < 3 or aspect >= TD3_LINE)


@dataclass(frozen=True)
class _Blob:
    cx: float
    cy: float
    length: float
    height: float
    angle: float  # of the long axis, degrees in (-90, 90]


def _blobs(gray: np.ndarray, smear: float = 1.0, min_line: float = MIN_LINE, frames_out: bool = False) -> list[_Blob]:
    w = gray.shape[1]
    k = max(3, int(w / 90 * smear))
    blackhat = cv2.morphologyEx(gray, cv2.MORPH_BLACKHAT, cv2.getStructuringElement(cv2.MORPH_RECT, (k * 2 + 1, k + 1)))
    grad = np.abs(cv2.Sobel(blackhat, cv2.CV_32F, 1, 0, ksize=3))
    grad = cv2.normalize(grad, None, 0, 255, cv2.NORM_MINMAX).astype(np.uint8)  # type: ignore[call-overload]
    grad = cv2.morphologyEx(grad, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (k * 2 + 1, 3)))
    _, mask = cv2.threshold(grad, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    # A page's frame or a card's edge running down close beside the lines joins them into one shape too tall for a line
    # (a passport page's printed border 15 px from its MRZ, tuning family3 seed 3 page 5: the band was never found).
    # Straight vertical runs VERTICAL_RUN smearing widths long, taller than any MRZ glyph, are taken out first - in a
    # pass of its own (``find_bands``): on a page whose bands the plain passes find, taking them out moved a card's band
    # (tests/test_id_copies_layouts.py, two cards side by side: the TD3 band grew by 60 px and a box's edge cut glyphs).
    if frames_out:
        kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (1, VERTICAL_RUN * k))
        mask = cv2.subtract(mask, cv2.morphologyEx(mask, cv2.MORPH_OPEN, kernel))
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (k * 2 + 1, 1)))
    mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3)))
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    out = []
    for c in contours:
        (cx, cy), (a, b), ang = cv2.minAreaRect(c)
        length, height, angle = (a, b, ang) if a >= b else (b, a, ang - 90)
        if angle <= -90:
            angle += 180
        if angle > 90:
            angle -= 180
        if height < 3 or length < min_line * w or length / height < 12 or abs(angle) > 20:
            continue
        out.append(_Blob(cx, cy, length, height, angle))
    return out


def _group(blobs: list[_Blob]) -> list[list[_Blob]]:
    """Sets of parallel blobs of similar length stacked at a regular pitch."""
    groups = []
    for seed in blobs:
        rad = np.radians(seed.angle)
        normal = np.array([-np.sin(rad), np.cos(rad)])
        members = [seed]
        for b in blobs:
            if b is seed or abs(b.angle - seed.angle) > 4 or not 0.75 < b.length / seed.length < 1.33:
                continue
            d = np.array([b.cx - seed.cx, b.cy - seed.cy])
            across, along = float(d @ normal), float(d @ np.array([np.cos(rad), np.sin(rad)]))
            if abs(along) < 0.12 * seed.length and 0 < abs(across) < 3.6 * max(seed.height, b.height) * 2:
                members.append(b)
        if 2 <= len(members) <= 3:
            groups.append(sorted(members, key=lambda m: m.cy))
    return groups


def _band(members: list[_Blob], scale: float) -> Band:
    pts: list[np.ndarray] = []
    for m in members:
        pts.extend(cv2.boxPoints(((m.cx, m.cy), (m.length, m.height), m.angle)))
    (cx, cy), (a, b), ang = cv2.minAreaRect(np.array(pts, dtype=np.float32))
    length, thick, angle = (a, b, ang) if a >= b else (b, a, ang - 90)
    angle = (angle + 90) % 180 - 90  # the lines run left to right: never upside down
    line_h = float(np.median([m.height for m in members]))
    pitch, core = thick / len(members), thick
    if len(members) == 2 and length / line_h < TD1_MAX_ASPECT:
        # Short lines (30 characters) are a card's zone of three: one line was missed; take both sides.
        thick += 2 * pitch
    return Band(
        (cx * scale, cy * scale), length * scale, thick * scale, angle, len(members), line_h * scale, core * scale
    )


def find_bands(gray: np.ndarray, min_line: float = MIN_LINE) -> list[Band]:
    """MRZ band candidates in page coordinates, best first (longest total line length, lowest), one per
    place: a page can hold several documents or sides, each with its own band. Candidates are shapes only;
    the caller reads them to tell an MRZ from other stacked lines of text."""
    scale = gray.shape[1] / WORK_WIDTH
    small = cv2.resize(gray, (WORK_WIDTH, max(1, round(gray.shape[0] / scale))), interpolation=cv2.INTER_AREA)
    # Large glyphs leave wide gaps between characters: a second pass smears further.
    groups = _group(_blobs(small, 1.0, min_line)) + _group(_blobs(small, 2.0, min_line))
    bands = _one_per_place(groups, scale, [])
    # Bands a frame or an edge beside them hid from the plain passes (see ``VERTICAL_RUN``), where those found none.
    return _one_per_place(_group(_blobs(small, 1.0, min_line, frames_out=True)), scale, bands)


def _one_per_place(groups: list[list[_Blob]], scale: float, bands: list[Band]) -> list[Band]:
    """``bands`` and, longest and lowest first, each group's band where none of them is yet."""
    bands = list(bands)
    for group in sorted(groups, key=lambda g: (sum(m.length for m in g), max(m.cy for m in g)), reverse=True):
        band = _band(group, scale)
        if not any(_inside(band.center, other) or _inside(other.center, band) for other in bands):
            bands.append(band)
    return bands


def _inside(point: tuple[float, float], band: Band) -> bool:
    """Whether ``point`` lies within ``band``'s rectangle (with a line height to spare)."""
    rad = np.radians(band.angle)
    d = np.array(point) - np.array(band.center)
    along = abs(d @ np.array([np.cos(rad), np.sin(rad)]))
    across = abs(d @ np.array([-np.sin(rad), np.cos(rad)]))
    return along <= band.length / 2 + band.line_height and across <= band.thickness / 2 + band.line_height


def band_region_size(band: Band, margin: float) -> tuple[float, float]:
    """Size of the blacked-out rectangle: the band plus ``margin`` line heights on every side (more
    along the lines, where the first and last characters may be thin fillers)."""
    pad = margin * band.line_height
    return band.length + 2 * pad + 0.06 * band.length, band.thickness + 2 * pad + band.line_height


def crop_upright(gray: np.ndarray, band: Band, height: int = 0) -> np.ndarray:
    """The band cut out and rotated level, with half a line of border, for OCR."""
    length, thick = band.length * 1.06, band.thickness + band.line_height * 1.2
    rad = np.radians(band.angle)
    cos, sin = np.cos(rad), np.sin(rad)
    cx, cy = band.center
    src = np.array(
        [
            [cx - cos * length / 2 + sin * thick / 2, cy - sin * length / 2 - cos * thick / 2],
            [cx + cos * length / 2 + sin * thick / 2, cy + sin * length / 2 - cos * thick / 2],
            [cx + cos * length / 2 - sin * thick / 2, cy + sin * length / 2 + cos * thick / 2],
        ],
        np.float32,
    )
    f = (height / thick) if height else 1.0
    dst = np.array([[0, 0], [length * f, 0], [length * f, thick * f]], np.float32)
    m = cv2.getAffineTransform(src, dst)
    return cv2.warpAffine(
        gray, m, (int(length * f), int(thick * f)), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_REPLICATE
    )
