"""EMAIL_ADDRESS: e-mail addresses.

Presidio's own recogniser validates the domain with tldextract, which fetches the public suffix
list over the network on first use; a structural check is enough here.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from detectors.findings import Finding
from detectors.recognizer import DutchRecognizer

if TYPE_CHECKING:
    from spacy.tokens import Doc

_EMAIL = re.compile(
    r"(?<![\w.%+-])"
    # the local part starts with a letter or digit: a quote before an address is the quote of a repr
    r"([A-Za-z0-9][A-Za-z0-9_%+'-]*(?:\.[A-Za-z0-9_%+'-]+)*"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24})"
    r"(?![\w-]|\.[A-Za-z0-9])"
)

SCORE = 0.95


class EmailAddressRecognizer(DutchRecognizer):
    ENTITIES = ("EMAIL_ADDRESS",)

    def find(self, text: str, doc: Doc | None = None) -> list[Finding]:
        if "@" not in text:
            return []
        return [Finding(*m.span(1), "EMAIL_ADDRESS", SCORE, self.name) for m in _EMAIL.finditer(text)]
