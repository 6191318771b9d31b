"""Which way up a page is: the quarter turn that makes its text upright.

Uploads arrive turned by 90, 180 or 270 degrees (a card scanned sideways, a phone held in portrait). The
finder reads upright text only, so the page is turned first. Tesseract's orientation detector (``--psm 0``,
Debian's ``tesseract-ocr-osd``) alone is not enough: on ID cards at their own size it answers "too few
characters", and on cards with an MRZ it was a quarter turn off (binarised, the ``<`` fillers read as turned
letters). What decides, in this order:

1. an MRZ band: its lines run along the page's width in one of two quarter turns; of the two readings
   (as found and turned by 180°), the one with the MRZ's ``<`` fillers is upright;
2. tesseract's orientation detection on the page scaled so its text is large enough (a page without an
   MRZ has plain text only, which it reads correctly), when it is confident;
3. a face: OpenCV's frontal-face cascades find faces upright only (within ≈ 15°);
4. otherwise the page is taken as it is (and verification still judges the copy).

Small angles (up to ≈ 15°) need no turn: the MRZ band carries its own angle, and the finder levels by it.
"""

from __future__ import annotations

import cv2
import numpy as np

from afscherm.redactors.id_copies.face import faces
from afscherm.redactors.id_copies.mrz_band import crop_upright, find_bands
from afscherm.redactors.id_copies.ocr import MRZ_WHITELIST, orientation, tesseract

WORK_SIDE = 1000  # the longest side of the copy the orientation is decided on
MRZ_LINE_PX = 28  # the band crop is read at this line height: enough to tell ``<`` from noise
MIN_FILLERS = 4  # ``<`` read in an upright MRZ crop (a band turned upside down reads a handful at most)
# Tesseract's orientation detection runs with the page scaled to these longest sides (the text of a card on
# a page is small); the confidences of each answer are summed, and an answer needs MIN_OSD_CONFIDENCE. On
# cards composed from the tuning family, right answers summed 3–5 (tilted pages ≈ 2), wrong ones ≤ 1.7.
OSD_SIDES = (2000, 3000)
MIN_OSD_CONFIDENCE = 2.0

_TO_UPRIGHT = {90: cv2.ROTATE_90_COUNTERCLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_CLOCKWISE}
_TURN = {90: cv2.ROTATE_90_CLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_COUNTERCLOCKWISE}


def upright(img: np.ndarray, turned: int) -> np.ndarray:
    """``img`` (content turned clockwise by ``turned`` degrees) turned back upright."""
    return cv2.rotate(img, _TO_UPRIGHT[turned]) if turned in _TO_UPRIGHT else img


def turn_back(img: np.ndarray, turned: int) -> np.ndarray:
    """An upright ``img`` turned clockwise by ``turned`` degrees again (the inverse of ``upright``)."""
    return cv2.rotate(img, _TURN[turned]) if turned in _TURN else img


def point_back(x: float, y: float, turned: int, shape: tuple[int, ...]) -> tuple[float, float]:
    """A point of the upright image (made by ``upright`` from a page of ``shape``) in the page's pixels."""
    h, w = shape[:2]
    if turned == 90:  # upright = page turned counter-clockwise: upright (x, y) ← page (w-1-y, x)
        return w - 1 - y, x
    if turned == 180:
        return w - 1 - x, h - 1 - y
    if turned == 270:
        return y, h - 1 - x
    return x, y


def point_up(x: float, y: float, turned: int, shape: tuple[int, ...]) -> tuple[float, float]:
    """A point of the page (of ``shape``) in the pixels of its upright image (the inverse of ``point_back``)."""
    h, w = shape[:2]
    if turned == 90:
        return y, w - 1 - x
    if turned == 180:
        return w - 1 - x, h - 1 - y
    if turned == 270:
        return h - 1 - y, x
    return x, y


def mrz_fillers(gray: np.ndarray, band) -> int:  # noqa: ANN001 - mrz_band.Band
    """``<`` characters tesseract reads in ``band`` as it lies (the MRZ font's filler, read upright only)."""
    lines = max(band.lines, 2)
    crop = crop_upright(gray, band, height=int(MRZ_LINE_PX * 1.6 * lines))
    # Page segmentation mode 4, not the finder's 6: a tesseract handle adapts to what it read before, so the
    # orientation check keeps its own handle and leaves the finder's readings as they were.
    return sum(w.text.count("<") for w in tesseract(crop, "eng", 4, MRZ_WHITELIST))


def _small(gray: np.ndarray) -> np.ndarray:
    f = min(1.0, WORK_SIDE / max(gray.shape[:2]))
    return cv2.resize(gray, None, fx=f, fy=f, interpolation=cv2.INTER_AREA) if f < 1 else gray


def _by_mrz(gray: np.ndarray) -> int | None:
    best, best_score = None, 0
    for turned in (0, 90):
        view = upright(gray, turned)
        for band in find_bands(view)[:2]:
            score = mrz_fillers(view, band)
            flipped = mrz_fillers(cv2.rotate(view, cv2.ROTATE_180), _flipped(band, view.shape))
            for t, s in ((turned, score), ((turned + 180) % 360, flipped)):
                if s > best_score:
                    best, best_score = t, s
    return best if best_score >= MIN_FILLERS else None


def _flipped(band, shape: tuple[int, ...]):  # noqa: ANN001, ANN202
    from dataclasses import replace

    h, w = shape[:2]
    return replace(band, center=(w - 1 - band.center[0], h - 1 - band.center[1]))


def _by_face(small: np.ndarray) -> int | None:
    counts = {t: len(faces(upright(small, t), confirmed=True, scale=1.0, min_side=20)) for t in (0, 90, 180, 270)}
    best = max(counts, key=lambda t: (counts[t], t == 0))
    return best if counts[best] and sum(counts.values()) == counts[best] else None


def _by_osd(gray: np.ndarray) -> int | None:
    votes: dict[int, float] = {}
    for side in OSD_SIDES:
        f = side / max(gray.shape[:2])
        view = cv2.resize(gray, None, fx=f, fy=f, interpolation=cv2.INTER_AREA if f < 1 else cv2.INTER_CUBIC)
        found = orientation(view)
        if found and found[0] in (0, 90, 180, 270):
            votes[found[0]] = votes.get(found[0], 0.0) + found[1]
    best = max(votes, key=votes.__getitem__, default=None)
    return best if best is not None and votes[best] >= MIN_OSD_CONFIDENCE else None


def page_turn(gray: np.ndarray) -> tuple[int, str]:
    """Clockwise degrees (0, 90, 180, 270) the page's content is turned, and what decided it."""
    turned = _by_mrz(gray)  # full size: a band of a card on an A4 page is small
    small = _small(gray)
    if turned is not None:
        return turned, "mrz"
    turned = _by_osd(gray)
    if turned is not None:
        return turned, "osd"
    turned = _by_face(small)
    if turned is not None:
        return turned, "face"
    return 0, "none"
