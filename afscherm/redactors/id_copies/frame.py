"""The document levelled by its MRZ band: an affine map from page pixels to an upright, rescaled view.

Tesseract reads a page rotated by a few degrees badly (sparse-text mode loses whole labels), and a
photo of a small card needs upscaling while a 4000 px scan needs none. The MRZ band gives both the
skew and the document's scale, so text is OCR'd level, at the size tesseract reads well, and only
where the document is. Boxes found in the view are mapped back to page pixels.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from afscherm.redactors.id_copies.boxes import Region
from afscherm.redactors.id_copies.mrz_band import Band

# The document around its band, in band lengths: ID cards reach ≈ 0.5 and passport pages ≈ 0.62
# above the band's top; generous, as a photographed document is also perspective-warped.
ABOVE, BESIDE, BELOW = 0.72, 0.12, 0.1


@dataclass(frozen=True)
class Frame:
    matrix: np.ndarray  # 2×3: page pixels → view pixels
    size: tuple[int, int]  # view width, height
    scale: float  # view pixels per page pixel

    def warp(self, gray: np.ndarray) -> np.ndarray:
        flags = cv2.INTER_AREA if self.scale < 1 else cv2.INTER_LINEAR
        return cv2.warpAffine(gray, self.matrix, self.size, flags=flags, borderMode=cv2.BORDER_REPLICATE)

    def to_page(self, region: Region) -> Region:
        inverse = cv2.invertAffineTransform(self.matrix)
        pts = cv2.transform(np.array([region.polygon], dtype=np.float64), inverse)[0]
        return Region(region.type, region.source, tuple((float(x), float(y)) for x, y in pts))


def _level(band: Band, scale: float) -> np.ndarray:
    """Linear part: the band's direction becomes the x axis, everything scaled by ``scale``."""
    rad = np.radians(band.angle)
    c, s = np.cos(rad), np.sin(rad)
    return scale * np.array([[c, s], [-s, c]])


def _window(linear: np.ndarray, corners: np.ndarray, scale: float) -> Frame:
    """The view that holds the page points ``corners`` (n×2) after the linear map."""
    mapped = corners @ linear.T
    x0, y0 = mapped.min(axis=0)
    x1, y1 = mapped.max(axis=0)
    matrix = np.hstack([linear, np.array([[-x0], [-y0]])])
    return Frame(matrix, (max(1, int(np.ceil(x1 - x0))), max(1, int(np.ceil(y1 - y0)))), scale)


def band_scale(band: Band, band_px: float) -> float:
    return band_px / max(band.length, 1.0)


def document_frame(
    band: Band,
    band_px: float,
    shape: tuple[int, ...],
    beside: tuple[float, float] = (BESIDE, BESIDE),
    above: float = ABOVE,
    below: float = BELOW,
) -> Frame:
    """The document above and around the band, level, with the band ``band_px`` long; clipped to the
    page so a band near the edge does not make a view of mostly border. ``beside`` (left, right),
    ``above`` and ``below`` are in band lengths, measured from the band's ends and edges."""
    scale = band_scale(band, band_px)
    corners = np.array(document_outline(band, beside, above, below))
    frame = _window(_level(band, scale), corners, scale)
    page = page_frame(band, band_px, shape)
    # The page occupies [off, off + page.size] of this view: never more than the whole page.
    off = frame.matrix[:, 2] - page.matrix[:, 2]
    x0, y0 = max(0.0, off[0]), max(0.0, off[1])
    x1 = min(frame.size[0], off[0] + page.size[0])
    y1 = min(frame.size[1], off[1] + page.size[1])
    matrix = frame.matrix.copy()
    matrix[:, 2] -= (x0, y0)
    return Frame(matrix, (max(1, int(x1 - x0)), max(1, int(y1 - y0))), scale)


def document_outline(
    band: Band, beside: tuple[float, float] = (BESIDE, BESIDE), above: float = ABOVE, below: float = BELOW
) -> tuple[tuple[float, float], ...]:
    """The corners (page pixels, in order round it) of the document around ``band`` as ``document_frame`` takes it,
    not clipped to the page: a point on the page lies in the frame exactly when it lies in this outline."""
    rad = np.radians(band.angle)
    along, down = np.array([np.cos(rad), np.sin(rad)]), np.array([-np.sin(rad), np.cos(rad)])
    centre, half, length = np.array(band.center), band.thickness / 2, band.length
    left, right = -length / 2 - beside[0] * length, length / 2 + beside[1] * length
    top, bottom = -half - above * length, half + below * length
    corners = [centre + a * along + d * down for a, d in ((left, top), (right, top), (right, bottom), (left, bottom))]
    return tuple((float(x), float(y)) for x, y in corners)


def band_point(frame: Frame, band: Band, along: float, across: float) -> tuple[float, float]:
    """Where the point ``along`` band lengths right of the band's left end and ``across`` line
    heights below its centre line lies in the view."""
    rad = np.radians(band.angle)
    d_along, d_down = np.array([np.cos(rad), np.sin(rad)]), np.array([-np.sin(rad), np.cos(rad)])
    p = np.array(band.center) + (along - 0.5) * band.length * d_along + across * band.line_height * d_down
    x, y = frame.matrix @ np.array([p[0], p[1], 1.0])
    return float(x), float(y)


def page_frame(band: Band, band_px: float, shape: tuple[int, ...]) -> Frame:
    """The whole page, level, at the same scale."""
    scale = band_scale(band, band_px)
    h, w = shape[:2]
    corners = np.array([(0, 0), (w, 0), (0, h), (w, h)], dtype=np.float64)
    return _window(_level(band, scale), corners, scale)
