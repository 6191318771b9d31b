"""CREDIT_CARD: payment card numbers (13–19 digits, Luhn, a known issuer prefix)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from stdnum import luhn

from afscherm.detectors.context import glued_into_code, has_context
from afscherm.detectors.findings import Finding
from afscherm.detectors.number_writings import digit_runs
from afscherm.detectors.recognizer import DutchRecognizer

if TYPE_CHECKING:
    from spacy.tokens import Doc

CONTEXT_WORDS = (
    "creditcard",
    "credit card",
    "kaartnummer",
    "card",
    "kaart",
    "visa",
    "mastercard",
    "amex",
    "american express",
    "maestro",
    "betaalkaart",
)

# Plain, 4-4-4-4(-3) and Amex 4-6-5, with spaces or dashes. Letters, underscores and slashes may touch
# it (``card_4111111111111111``), digits may not.
_CARD = re.compile(
    # the first digit first (see imei._IMEI): the regex engine skips ahead to digits
    r"(\d(?<!\d\d)(?<!\d[.,/-]\d)(?:"
    r"\d{12,18}"
    r"|\d{3}([ -])\d{4}\2\d{4}\2\d{4}(?:\2\d{3})?"
    r"|\d{3}([ -])\d{6}\3\d{5}"
    r"|\d{3}([ -])\d{4}\4\d{4}\4\d{1,3}"
    r"))(?!\d|[.,/-]\d)"
)

SCORE = 0.7
SCORE_WITH_CONTEXT = 0.95
# The groupings cards print (see _CARD), with whatever separator.
GROUPINGS = frozenset({(4, 4, 4, 4), (4, 4, 4, 4, 3), (4, 6, 5), (4, 4, 4, 1), (4, 4, 4, 2), (4, 4, 4, 3)})


def has_issuer_prefix(digits: str) -> bool:
    """Visa, Mastercard (51–55, 2221–2720), Amex, Discover, JCB, Diners, Maestro."""
    if digits[0] == "4":
        return len(digits) in (13, 16, 19)
    two, four = int(digits[:2]), int(digits[:4])
    if 51 <= two <= 55 or 2221 <= four <= 2720:
        return len(digits) == 16
    if two in (34, 37):
        return len(digits) == 15
    if digits.startswith(("6011", "65", "644", "645", "646", "647", "648", "649")):
        return len(digits) in (16, 19)
    if 3528 <= four <= 3589:
        return 16 <= len(digits) <= 19
    if two in (36, 38, 39) or 300 <= int(digits[:3]) <= 305:
        return 14 <= len(digits) <= 19
    return digits.startswith(("50", "56", "57", "58", "6")) and 12 <= len(digits) <= 19


class CardNumberRecognizer(DutchRecognizer):
    """Payment card numbers in ``text``:

    >>> find = CardNumberRecognizer().find
    >>> text = "creditcard 4111 1111 1111 1111"
    >>> [(f.entity_type, text[f.start : f.end], f.score) for f in find(text)]
    [('CREDIT_CARD', '4111 1111 1111 1111', 0.95)]
    >>> find("kaart 4111 1111 1111 1112")  # fails the Luhn check
    []
    """

    ENTITIES = ("CREDIT_CARD",)

    def find(self, text: str, doc: Doc | None = None) -> list[Finding]:
        found: list[Finding] = []
        for m in _CARD.finditer(text):
            start, end = m.span(1)
            if glued_into_code(text, start, end):
                continue  # digits inside a hash or hex id
            digits = re.sub(r"\D", "", m.group(1))
            if not (13 <= len(digits) <= 19 and has_issuer_prefix(digits) and luhn.is_valid(digits)):
                continue
            if has_context(text, start, end, ("imei",)):
                continue  # a device identity, reported by the IMEI recogniser
            score = SCORE_WITH_CONTEXT if has_context(text, start, end, CONTEXT_WORDS) else SCORE
            found.append(Finding(start, end, "CREDIT_CARD", score, self.name))
        return found + self._odd_writings(text, found)

    def _odd_writings(self, text: str, strict: list[Finding]) -> list[Finding]:
        """Card numbers in other writings: the printed grouping with another separator (dots, underscores)
        as it is; irregular groups, OCR letters or a line break inside only with card context."""
        found = []
        for run in digit_runs(text):
            if not 13 <= len(run.digits) <= 19 or any(f.start <= run.start and run.end <= f.end for f in strict):
                continue
            if not (has_issuer_prefix(run.digits) and luhn.is_valid(run.digits)):
                continue
            if glued_into_code(text, run.start, run.end) or has_context(text, run.start, run.end, ("imei",)):
                continue
            context = has_context(text, run.start, run.end, CONTEXT_WORDS)
            if context or (run.regular and (run.groups in GROUPINGS or len(run.groups) == 1)):
                score = SCORE_WITH_CONTEXT if context else SCORE
                found.append(Finding(run.start, run.end, "CREDIT_CARD", score, self.name))
        return found
