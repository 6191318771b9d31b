"""Regions placed by the document layout: the portrait zone relative to the MRZ band (ICAO 9303
puts the photo at the left, above the machine readable zone) and values under their field labels."""

from __future__ import annotations

import re

import numpy as np

from afscherm.detectors.id_document import DOCUMENT_NUMBER_LABELS, PERSONAL_NUMBER_LABELS
from afscherm.redactors.id_copies.boxes import Region
from afscherm.redactors.id_copies.mrz_band import Band, is_td3
from afscherm.redactors.id_copies.ocr import Word

# Portrait zone in band-length units: along the lines from the band's left end, and above its top.
PHOTO_ALONG = (-0.04, 0.33)
PHOTO_ABOVE = {"td1": (-0.02, 0.45), "td3": (-0.02, 0.58)}

# Field labels (Dutch, English, French, German; OCR may garble one letter). Numbers by detectors.id_document's
# labels (document numbers; BSNs, other personal numbers and V-numbers are blacked out as ``bsn``).
LABELS = {
    "document_number": DOCUMENT_NUMBER_LABELS,
    "bsn": PERSONAL_NUMBER_LABELS,
    "name": re.compile(r"(^naam|urname|oornamen|^given)", re.I),
    "date_of_birth": re.compile(r"(boortedat|ortedatum|^birth)", re.I),
    "signature": re.compile(r"(andtekening|^signature)", re.I),
}


def _frame(band: Band) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Band's left-top corner, unit vector along the lines, unit vector up (away from the band)."""
    rad = np.radians(band.angle)
    along = np.array([np.cos(rad), np.sin(rad)])
    up = np.array([np.sin(rad), -np.cos(rad)])
    top_left = np.array(band.center) - along * band.length / 2 + up * band.thickness / 2
    return top_left, along, up


def photo_zone(band: Band) -> Region:
    kind = "td3" if is_td3(band) else "td1"
    origin, along, up = _frame(band)
    (a0, a1), (u0, u1) = PHOTO_ALONG, PHOTO_ABOVE[kind]
    length = band.length
    pts = [origin + along * a * length + up * u * length for a, u in ((a0, u0), (a1, u0), (a1, u1), (a0, u1))]
    return Region("photo", "layout", tuple((float(x), float(y)) for x, y in pts))


def _clean(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower())


def label_words(words: list[Word]) -> list[tuple[str, Word]]:
    out = []
    for w in words:
        t = _clean(w.text)
        if len(t) < 3:
            continue
        for kind, pattern in LABELS.items():
            if pattern.search(t):
                out.append((kind, w))
                break
    return out


def value_zone(kind: str, label: Word, words: list[Word], line_start: float) -> tuple[list[Word], Region]:
    """Words of the value printed under a label and a zone that holds the value even when OCR missed
    it: from the label's left edge, about one value line high, below the label."""
    h = label.height
    width = {"signature": 16, "name": 22, "date_of_birth": 21}.get(kind, 13) * h
    depth = {"signature": 5.5}.get(kind, 3.2) * h
    # Values are left-aligned with the label's line (the English half of a label may be the word read).
    x0, y0 = min(label.x0, line_start) - 0.8 * h, label.y1 - 0.2 * h
    inside = [
        w
        for w in words
        if w is not label
        and y0 < w.cy < y0 + depth
        and x0 - h < w.x0 < x0 + width * 0.6
        and not any(p.search(_clean(w.text)) for p in LABELS.values())
    ]
    if inside:
        right = max(w.x1 for w in inside)
        width = max(width, right - x0 + h)
    zone = Region(kind, "label", ((x0, y0), (x0 + width, y0), (x0 + width, y0 + depth), (x0, y0 + depth)))
    return inside, zone
