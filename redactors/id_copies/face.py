"""Faces with OpenCV's frontal-face Haar cascade, and the portrait photo around a face."""

from __future__ import annotations

from functools import lru_cache

import cv2
import numpy as np

from redactors.id_copies.boxes import Region, rect

WORK_WIDTH = 640  # pages without an MRZ band are searched at this width (Haar misses more below it)
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


def _detect(img: np.ndarray, name: str, min_side: int) -> list[Box]:
    found = _cascade(name).detectMultiScale(img, 1.15, 4, minSize=(min_side, min_side))
    return [tuple(float(v) for v in box) for box in found]


def _confirmed(img: np.ndarray, box: Box) -> bool:
    """The second cascade (``alt2``) fires on the same face: searched only around the first hit."""
    x, y, w, h = box
    x0, y0 = max(0, int(x - w / 2)), max(0, int(y - h / 2))
    patch = img[y0: int(y + 1.5 * h), x0: int(x + 1.5 * w)]
    hits = _detect(patch, "haarcascade_frontalface_alt2.xml", max(16, int(0.6 * w)))
    return any(_overlap(box, (hx + x0, hy + y0, hw, hh)) > 0.5 for hx, hy, hw, hh in hits)


def faces(gray: np.ndarray, confirmed: bool = False, scale: float | None = None, min_side: int = 24) -> list[Box]:
    """Face boxes (x, y, w, h) in ``gray``'s pixels, searched at ``scale`` (default: ``WORK_WIDTH``
    wide). ``confirmed``: only faces a second cascade finds as well: a lone Haar hit on printed
    text is a false alarm, a real face fires both."""
    scale = scale or WORK_WIDTH / gray.shape[1]
    if scale != 1:
        size = (max(1, round(gray.shape[1] * scale)), max(1, round(gray.shape[0] * scale)))
        gray = cv2.resize(gray, size, interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR)
    small = cv2.equalizeHist(gray)
    found = _detect(small, "haarcascade_frontalface_default.xml", min_side)
    if confirmed:
        found = [b for b in found if _confirmed(small, b)]
    return [(x / scale, y / scale, w / scale, h / scale) for x, y, w, h in found]


def photo_regions(gray: np.ndarray, scale: float | None = None, min_side: int = 24) -> list[Region]:
    out = []
    for x, y, w, _ in faces(gray, scale=scale, min_side=min_side):
        out.append(rect("photo", "face", x - LEFT * w, y - ABOVE * w, x + RIGHT * w, y + BELOW * w))
    return out
