"""NL_BSN: the Dutch citizen service number (burgerservicenummer), validated by the 11-proef."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from stdnum.nl import bsn as stdnum_bsn

from detectors.context import has_context
from detectors.findings import Finding
from detectors.recognizer import DutchRecognizer

if TYPE_CHECKING:
    from spacy.tokens import Doc

CONTEXT_WORDS = (
    "bsn",
    "burgerservicenummer",
    "burger service nummer",
    "sofinummer",
    "sofi-nummer",
    "sofi nummer",
    "persoonsnummer",
    "persoonlijk nummer",
    "citizen service number",
)
# Identifiers that also pass the 11-proef but belong to companies or orders, not people.
NEGATIVE_CONTEXT = ("kvk", "kamer van koophandel", "rsin", "btw", "vestigingsnummer", "order", "factuur")

# 9 digits plain, dotted 4.2.3 (the official writing), spaced or dashed 3-3-3 / 4-2-3 / 2-2-2-3;
# 8 digits plain (a leading zero dropped). No digit, letter, dot-digit or comma-digit on either side,
# so parts of longer numbers, hashes, prices and version strings never match.
_BSN = re.compile(
    r"(?<![\w.,/-])(?<![€$]\s)"
    # the subscriber part of an international phone number: "+31 513 621 726", "+31 (0)162 217 596"
    r"(?<!\+\d\d )(?<!\+\d\d)(?<!\(0\))(?<!\(0\) )"
    r"(\d{9}|\d{8}|\d{4}\.\d{2}\.\d{3}|\d{3}([ .-])\d{3}\2\d{3}|\d{4}([ -])\d{2}\3\d{3}|\d{2} \d{2} \d{2} \d{3}"
    # chat: a number broken over two messages/lines ("bsn 6831\n41107"); nine digits are checked below
    r"|\d(?:[ .-]?\d){0,7}\n\d(?:[ .-]?\d){0,7})"
    r"(?![\w-]|[.,/]\d)"
)

SCORE_WITH_CONTEXT = 0.95
SCORE_NINE_DIGITS = 0.6  # 1 in 11 random 9-digit numbers pass; context-free hits stay reportable


def is_valid_bsn(digits: str) -> bool:
    return stdnum_bsn.is_valid(digits)


class BsnRecognizer(DutchRecognizer):
    ENTITIES = ("NL_BSN",)

    def find(self, text: str, doc: Doc | None = None) -> list[Finding]:
        found: list[Finding] = []
        for m in _BSN.finditer(text):
            digits = re.sub(r"\D", "", m.group(1))
            if "\n" in m.group(1) and len(digits) != 9:
                continue
            if not is_valid_bsn(digits):
                continue
            start, end = m.span(1)
            context = has_context(text, start, end, CONTEXT_WORDS)
            if not context and has_context(text, start, end, NEGATIVE_CONTEXT, before=30):
                continue
            if context:
                score = SCORE_WITH_CONTEXT
            elif len(digits) == 9:
                score = SCORE_NINE_DIGITS
            else:
                continue  # 8 digits without BSN context: dates, KvK numbers, order numbers
            found.append(Finding(start, end, "NL_BSN", score, self.name))
        return found
