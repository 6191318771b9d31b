"""Faces with OpenCV's frontal-face Haar cascade, and the portrait photo around a face."""

from __future__ import annotations

from functools import lru_cache

import cv2
import numpy as np

from redactors.id_copies.boxes import Region, rect

WORK_WIDTH = 640  # Haar misses more faces below this width (rotated photos)
# The portrait around a detected face (face box width = 1): passport photos show head and shoulders.
LEFT, RIGHT, ABOVE, BELOW = 1.0, 1.9, 0.8, 2.65


Box = tuple[float, float, float, float]


@lru_cache(maxsize=2)
def _cascade(name: str) -> cv2.CascadeClassifier:
    cascade = cv2.CascadeClassifier(cv2.data.haarcascades + name)
    if cascade.empty():
        raise RuntimeError(f"OpenCV's {name} is missing (install opencv-python, not -headless 5.x)")
    return cascade


def _overlap(a: Box, b: Box) -> float:
    ix = max(0.0, min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1]))
    return ix * iy / min(a[2] * a[3], b[2] * b[3])


def faces(gray: np.ndarray, confirmed: bool = False) -> list[Box]:
    """Face boxes (x, y, w, h) in page pixels. ``confirmed``: only faces a second cascade (``alt2``)
    finds as well: a lone Haar hit on printed text is a false alarm, a real face fires both."""
    scale = gray.shape[1] / WORK_WIDTH
    small = cv2.resize(gray, (WORK_WIDTH, max(1, round(gray.shape[0] / scale))), interpolation=cv2.INTER_AREA)
    small = cv2.equalizeHist(small)
    side = 24

    def detect(name: str) -> list[Box]:
        found = _cascade(name).detectMultiScale(small, 1.15, 4, minSize=(side, side))
        return [(x * scale, y * scale, w * scale, h * scale) for x, y, w, h in found]

    first = detect("haarcascade_frontalface_default.xml")
    if not confirmed or not first:
        return first
    second = detect("haarcascade_frontalface_alt2.xml")
    return [a for a in first if any(_overlap(a, b) > 0.5 for b in second)]


def photo_regions(gray: np.ndarray) -> list[Region]:
    out = []
    for x, y, w, _ in faces(gray):
        out.append(rect("photo", "face", x - LEFT * w, y - ABOVE * w, x + RIGHT * w, y + BELOW * w))
    return out
