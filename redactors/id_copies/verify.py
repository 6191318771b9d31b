"""Fail closed: OCR the redacted page again and look for anything that should have gone."""

from __future__ import annotations

import re

import cv2
import numpy as np

from redactors.id_copies.face import faces
from redactors.id_copies.fields import Values, contains_near
from redactors.id_copies.mrz_band import find_bands
from redactors.id_copies.ocr import Word, lines, text_of

_MRZ_LIKE = re.compile(r"[A-Z0-9<]{6,}<[A-Z0-9<]{4,}")
_LONG_DIGITS = re.compile(r"\d[\d.,; \-]{4,14}\d")


def problems(gray: np.ndarray, words: list[Word], analyzer, values: Values) -> list[str]:  # noqa: ANN001
    """Reasons the redacted page is unsafe (empty: safe). ``words``: OCR of the redacted page."""
    found: list[str] = []
    text, _ = text_of(lines(words))
    for f in analyzer.analyze_one(text, entities=["NL_BSN", "NL_ID_DOCUMENT", "MRZ"]):
        found.append(f"{f.entity_type} still readable (analyzer)")
    compact = re.sub(r"[^A-Z0-9\n]", "", text.upper())
    for value in values.document_numbers:
        if any(contains_near(line, value, 1) for line in compact.splitlines()):
            found.append("document number from the MRZ still readable")
    for value in values.bsns:
        if any(contains_near(line, value, 1) for line in compact.splitlines()):
            found.append("BSN from the MRZ still readable")
    for line in text.upper().splitlines():
        if _MRZ_LIKE.search(line.replace(" ", "")):
            found.append("MRZ-like line still readable")
        for m in _LONG_DIGITS.finditer(line):
            # no other number on an ID document has six digits: a BSN in part is still a BSN
            if sum(c.isdigit() for c in m.group()) >= 6:
                found.append("long number (possible BSN) still readable")
    if any(_visible(gray, box) for box in faces(gray, confirmed=True)):
        found.append("face still detected")
    if find_bands(gray):
        found.append("MRZ band still detected")
    return sorted(set(found))


def _visible(gray: np.ndarray, box: tuple[float, float, float, float]) -> bool:
    """A detection that is mostly blacked-out pixels is the corner of a redaction box, not a face."""
    x, y, w, h = (int(round(v)) for v in box)
    patch = gray[max(y, 0): y + h, max(x, 0): x + w]
    return patch.size > 0 and float((patch <= 10).mean()) < 0.4


def gray_of(page: np.ndarray) -> np.ndarray:
    return cv2.cvtColor(page, cv2.COLOR_RGB2GRAY)
