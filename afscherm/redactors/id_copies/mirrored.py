"""A document number that shows mirrored: perforated through a booklet's pages, it is seen from the back on the facing
page, mirrored about the binding (upside down when the pages are stacked, right to left when side by side).

OCR reads such a copy as a word of nonsense it has little confidence in ('AISENIde8' for 'YIZELJ468', tuning battery
synthetic/id_booklets seed 1 page 9: a passport's data page and facing page, the number perforated across the facing
page's top, released with that copy 32 % black). Read again flipped it reads as printed ('YIZELI46s'). So each such word
of a number's length is read again flipped both ways, and a reading that is the MRZ's document number (two character
errors, as ``fields`` matches it) marks the word as that number: the finder boxes it, verification refuses a copy that
leaves one. Only the number the MRZ gives is looked for: nonsense read flipped is nonsense still, and a known value is
what tells the two apart.
"""

from __future__ import annotations

from collections.abc import Iterable

import cv2
import numpy as np

from afscherm.detectors.mrz_fields import canonical
from afscherm.redactors.id_copies.boxes import Region
from afscherm.redactors.id_copies.fields import _alnum, _box, contains_near
from afscherm.redactors.id_copies.ocr import Word, lines, tesseract

MIRROR_CONFIDENCE = 40.0  # words OCR read with more confidence than this are read as printed
MIRROR_EDITS = 2  # character errors a flipped reading may hold (as the MRZ's values are matched in ``fields``)
MIRROR_PAD = 0.3  # word heights of page around the word read again (tesseract wants a margin)
MIRROR_GLYPH_WIDTH = 0.8  # a glyph's width, in word heights (a perforated glyph is about as wide as high, the word's
# height holds a margin)
MIRROR_MAX_WORDS = 12  # words read again per page at most, the likeliest first (each reading costs two OCR calls)


def _reads_as(text: str, numbers: list[str]) -> bool:
    """Whether ``text`` is one of ``numbers`` (canonical) with at most MIRROR_EDITS errors.

    >>> _reads_as("YIZELI46S", [canonical("YIZELJ468")]), _reads_as("89PMTAZIA", [canonical("YIZELJ468")])
    (True, False)
    """
    read = canonical(_alnum(text))
    return any(contains_near(read, n, MIRROR_EDITS) for n in numbers)


def candidates(words: Iterable[Word], numbers: list[str]) -> list[Word]:
    """The words, and pairs of neighbouring words on a line, that may be a mirrored copy of one of ``numbers``
    (canonical): read with little confidence, of about a number's length, not read as that number already; the least
    confident first, MIRROR_MAX_WORDS at most. (OCR parts nonsense where it pleases: 'AISEMI' 'SES' for one copy.)"""
    lengths = [len(n) for n in numbers]
    out = []
    for line in lines(list(words)):
        for i, first in enumerate(line):
            groups = [line[i : i + 1]]
            if i + 1 < len(line) and line[i + 1].x0 - first.x1 <= first.height:
                groups.append(line[i : i + 2])
            for group in groups:
                if any(w.conf >= MIRROR_CONFIDENCE for w in group):
                    continue
                token = "".join(_alnum(w.text) for w in group)
                if not any(n - MIRROR_EDITS <= len(token) <= n + MIRROR_EDITS for n in lengths):
                    continue
                if _reads_as(token, numbers):
                    continue  # read as printed: the finder's other readings have it
                box = (min(w.x0 for w in group), min(w.y0 for w in group), max(w.x1 for w in group))
                out.append(Word(token, min(w.conf for w in group), *box, max(w.y1 for w in group)))
    return sorted(out, key=lambda w: w.conf)[:MIRROR_MAX_WORDS]


def mirrored_numbers(gray: np.ndarray, words: Iterable[Word], document_numbers: Iterable[str]) -> list[Word]:
    """The words of ``words`` (``gray``'s pixels) that read as one of ``document_numbers`` once flipped upside down or
    right to left (see the module's doc)."""
    numbers = [canonical(_alnum(v)) for v in document_numbers if len(_alnum(v)) >= 6]
    if not numbers:
        return []
    h, w = gray.shape[:2]
    out = []
    for word in candidates(words, numbers):
        pad = MIRROR_PAD * max(word.height, 1.0)
        # OCR may have read part of the copy as the word (nonsense has no word spaces where print has): as much page
        # on each side as the number's length in glyphs leaves to read
        side = max(pad, MIRROR_GLYPH_WIDTH * word.height * max(map(len, numbers)) - (word.x1 - word.x0))
        x0, y0 = max(0, int(word.x0 - side)), max(0, int(word.y0 - pad))
        x1, y1 = min(w, int(np.ceil(word.x1 + side))), min(h, int(np.ceil(word.y1 + pad)))
        crop = gray[y0:y1, x0:x1]
        if crop.size == 0:
            continue
        for axis in (0, 1):  # upside down (pages stacked), right to left (pages side by side)
            read = "".join(r.text for r in tesseract(cv2.flip(crop, axis), "nld", 7))
            if _reads_as(read, numbers):
                out.append(word)
                break
    return out


def mirrored_regions(
    gray: np.ndarray, words: Iterable[Word], document_numbers: Iterable[str], margin: float
) -> list[Region]:
    """Boxes (source ``mirrored``) over the mirrored copies of ``document_numbers`` among ``words``."""
    return [_box([w], "document_number", "mirrored", margin) for w in mirrored_numbers(gray, words, document_numbers)]
