"""Document numbers found among OCR words drawn by hand, for the field-rule tests of the ID-copy redactor (what
``fields.body_regions`` finds from labels and shapes alone, no analyzer's entities)."""

from __future__ import annotations

from afscherm.redactors.id_copies import api
from afscherm.redactors.id_copies.fields import Values, body_regions
from afscherm.redactors.id_copies.ocr import Word

WANTED = {"bsn", "document_number", "mrz", "photo"}


class NoEntities:
    """An analyzer that finds nothing: what is found comes from labels and shapes alone."""

    def analyze_one(self, text: str, entities: list[str] | None = None) -> list:
        return []


def numbers_found(*words: Word) -> list[str]:
    """The words that a document number found (not merely blacked out as doubtful) covers, in their order."""
    found = api._document_numbers(body_regions(list(words), NoEntities(), Values(), WANTED, 0.25))
    return [w.text for w in words if any(_holds(r.bbox(), w) for r in found)]


def _holds(box: tuple[float, float, float, float], w: Word) -> bool:
    return box[0] <= w.x0 and box[1] <= w.y0 and box[2] >= w.x1 and box[3] >= w.y1
