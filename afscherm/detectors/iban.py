"""IBAN_CODE: international bank account numbers of every country, validated by mod-97."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from stdnum import iban as stdnum_iban

from afscherm.detectors.context import has_context
from afscherm.detectors.findings import Finding
from afscherm.detectors.recognizer import DutchRecognizer

if TYPE_CHECKING:
    from spacy.tokens import Doc

CONTEXT_WORDS = ("iban", "rekeningnummer", "rekening", "bankrekening", "rek.nr", "rekeningnr", "account")

# Country code + 2 check digits + 11..30 alphanumerics, compact or in groups of four separated by
# single spaces, dots or dashes (``NL91.ABNA.0417.1643.00``); upper or lower case (chat). Validation
# (length per country, mod-97) is stdnum's.
_IBAN = re.compile(
    r"(?<![\w])([A-Za-z]{2}\d{2}(?:[A-Za-z0-9]{11,30}|(?:[ .-]?[A-Za-z0-9]{4}){2,7}(?:[ .-]?[A-Za-z0-9]{1,3})?"
    # chat: broken over two lines ("NL16BUNQ\n0239642933")
    r"|[A-Za-z0-9]{0,26}\n[A-Za-z0-9]{2,28}))(?![\w])"
)

SCORE = 0.9
SCORE_WITH_CONTEXT = 1.0


_SEPARATORS = re.compile(r"[\s.-]")


def _valid_end(text: str, start: int, end: int) -> int | None:
    """End of the longest valid IBAN in ``text[start:end]``, dropping trailing separated chunks.

    The pattern is greedy, so a grouped IBAN followed by a word (``BE71 0961 2345 6769 en``) first
    matches with the word attached.
    """
    while end - start >= 15:
        if stdnum_iban.is_valid(_SEPARATORS.sub("", text[start:end])):
            return end
        cut = max(text.rfind(c, start, end) for c in " .-")
        if cut <= start:
            return None
        end = cut
    return None


class IbanCodeRecognizer(DutchRecognizer):
    ENTITIES = ("IBAN_CODE",)

    def find(self, text: str, doc: Doc | None = None) -> list[Finding]:
        found: list[Finding] = []
        for m in _IBAN.finditer(text):
            start, end = m.span(1)
            end = _valid_end(text, start, end)
            if end is None:
                continue
            score = SCORE_WITH_CONTEXT if has_context(text, start, end, CONTEXT_WORDS) else SCORE
            found.append(Finding(start, end, "IBAN_CODE", score, self.name))
        return found
