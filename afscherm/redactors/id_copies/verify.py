"""Fail closed: OCR the redacted page again and look for anything that should have gone."""

from __future__ import annotations

import re

import cv2
import numpy as np

from afscherm.detectors.id_document import ID_PAGE_DOCUMENT, id_page_numbers
from afscherm.redactors.id_copies.face import faces
from afscherm.redactors.id_copies.fields import Values, canonical, contains_near, numeric
from afscherm.redactors.id_copies.ocr import Word, lines, text_of

_MRZ_LIKE = re.compile(r"[A-Z0-9<]{6,}<[A-Z0-9<]{4,}")
_LONG_DIGITS = re.compile(r"\d[\d.,; \-]{3,14}\d")
BSN_PART_DIGITS = 5


def problems(
    gray: np.ndarray,
    words: list[Word],
    analyzer,
    values: Values,
    face_scale: float | None = None,  # noqa: ANN001
    face_min: int = 24,
) -> list[str]:
    """Reasons the redacted page is unsafe (empty: safe). ``words``: OCR of the redacted page;
    ``gray``: the redacted page (or a view of it) searched for faces at ``face_scale``."""
    found = text_problems(words, analyzer, values)
    if any(visible(gray, box) for box in faces(gray, confirmed=True, scale=face_scale, min_side=face_min)):
        found.append("face still detected")
    return sorted(set(found))


def text_problems(words: list[Word], analyzer, values: Values) -> list[str]:  # noqa: ANN001
    """Sensitive values still readable in one OCR reading (``words`` in one coordinate system)."""
    found: list[str] = []
    text, _ = text_of(lines(words))
    for f in analyzer.analyze_one(text, entities=["NL_BSN", "NL_ID_DOCUMENT", "MRZ"]):
        found.append(f"{f.entity_type} still readable (analyzer)")
    compact = [canonical(ln) for ln in re.sub(r"[^A-Z0-9\n]", "", text.upper()).splitlines()]
    for value in values.document_numbers:
        if any(contains_near(line, canonical(value), 1) for line in compact):
            found.append("document number from the MRZ still readable")
    for value in values.bsns:
        if any(contains_near(line, canonical(value), 1) for line in compact):
            found.append("BSN from the MRZ still readable")
    if any(f.entity_type == ID_PAGE_DOCUMENT for f in id_page_numbers(text)):
        # Any document-number shape (Dutch, Belgian, German, other), whether or not the MRZ gave its value.
        found.append("document-number shape still readable")
    for line in text.upper().splitlines():
        if _MRZ_LIKE.search(line.replace(" ", "")):
            found.append("MRZ-like line still readable")
    numbers, _ = text_of(lines([numeric(w) for w in words]))
    for line in numbers.splitlines():
        for m in _LONG_DIGITS.finditer(line):
            # Dates, heights and document numbers on an ID document never run to five digits: five
            # readable digits in a row are part of a BSN (a box that covered only "5989" of
            # "5989.77.843" leaves "77.843").
            if sum(c.isdigit() for c in m.group()) >= BSN_PART_DIGITS and not _day_and_year(m.group()):
                found.append("long number (possible BSN or part of one) still readable")
    groups = [re.sub(r"\D", "", m.group()) for m in re.finditer(r"\d[\d.,; \-]*\d", numbers)]
    for value in values.bsns:
        known = re.sub(r"\D", "", value)
        parts = {known[i : i + BSN_PART_DIGITS] for i in range(len(known) - BSN_PART_DIGITS + 1)}
        if any(part in group for group in groups for part in parts):
            found.append("part of the BSN from the MRZ still readable")
    return found


def _day_and_year(run: str) -> bool:
    """``2 2029``: a printed date ("2 OKT/OCT 2029") whose month OCR lost. No BSN group is a year."""
    groups = re.findall(r"\d+", run)
    return len(groups) == 2 and len(groups[0]) <= 2 and re.fullmatch(r"(19|20)\d\d", groups[1]) is not None


def visible(gray: np.ndarray, box: tuple[float, float, float, float]) -> bool:
    """A detection that is mostly blacked-out pixels is the corner of a redaction box, not a face."""
    x, y, w, h = (int(round(v)) for v in box)
    patch = gray[max(y, 0) : y + h, max(x, 0) : x + w]
    return patch.size > 0 and float((patch <= 10).mean()) < 0.4


def gray_of(page: np.ndarray) -> np.ndarray:
    return cv2.cvtColor(page, cv2.COLOR_RGB2GRAY)
