"""NL_ID_DOCUMENT: Dutch passport and identity-card document numbers.

Nine characters — two letters, six letters or digits, one digit, never the letter O — is a shape
many codes share, so a number is reported only after a document word (inside an MRZ the MRZ
recogniser reports it).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from afscherm.detectors.context import has_context
from afscherm.detectors.findings import Finding
from afscherm.detectors.recognizer import DutchRecognizer

if TYPE_CHECKING:
    from spacy.tokens import Doc

CONTEXT_WORDS = (
    "documentnummer",
    "documentnr",
    "document nr",
    "document no",
    "document number",
    "paspoort",
    "passport",
    "identiteitskaart",
    "identiteitsbewijs",
    "id-kaart",
    "idkaart",
    "id kaart",
    "id-bewijs",
    "rijbewijs",
)

_DOC_NUMBER = re.compile(r"(?<![\w<-])([A-NP-Za-np-z]{2}[A-NP-Za-np-z0-9]{6}\d)(?![\w<-])")

SCORE = 0.9


class IdDocumentRecognizer(DutchRecognizer):
    """Dutch passport and ID-card numbers in ``text``:

    >>> find = IdDocumentRecognizer().find
    >>> text = "paspoortnummer SPECI2014"
    >>> [(f.entity_type, text[f.start : f.end], f.score) for f in find(text)]
    [('NL_ID_DOCUMENT', 'SPECI2014', 0.9)]
    >>> find("SPECI2014")  # the shape alone, without a document word, is not enough
    []
    """

    ENTITIES = ("NL_ID_DOCUMENT",)

    def find(self, text: str, doc: Doc | None = None) -> list[Finding]:
        found: list[Finding] = []
        for m in _DOC_NUMBER.finditer(text):
            value = m.group(1)
            if sum(c.isdigit() for c in value) < 2 and not value.isupper():
                continue  # lowercase words that merely end in a digit ("wachtrij1")
            start, end = m.span(1)
            if has_context(text, start, end, CONTEXT_WORDS, before=80):
                found.append(Finding(start, end, "NL_ID_DOCUMENT", SCORE, self.name))
        return found
