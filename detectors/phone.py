"""PHONE_NUMBER: Dutch mobile and landline numbers in every common writing, and international numbers.

One regex pass finds runs of digit groups that start like a phone number (``+``, ``00``, ``(0``, ``0``);
``phonenumbers`` (region NL) decides which part of a run, if any, is a valid number. The matcher of
``phonenumbers`` itself is never run over the whole text: it is slow and fires on dates and amounts.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import phonenumbers

from detectors.context import has_context
from detectors.findings import Finding
from detectors.recognizer import DutchRecognizer

if TYPE_CHECKING:
    from spacy.tokens import Doc

CONTEXT_WORDS = (
    "tel",
    "telefoon",
    "telefoonnummer",
    "mobiel",
    "06-nummer",
    "bel ",
    "bellen",
    "gebeld",
    "nummer",
    "phone",
    "gsm",
    "whatsapp",
    "fax",
)
# Identifiers that are written like phone numbers but belong to orders, companies or devices.
NEGATIVE_CONTEXT = (
    "ordernummer",
    "ordernr",
    "order",
    "bestelnummer",
    "factuurnummer",
    "factuur",
    "klantnummer",
    "kvk",
    "artikelnummer",
    "referentie",
    "imei",
    "iban",
    "rekeningnummer",
    "bsn",
    "burgerservicenummer",
)

SCORE = 0.7
SCORE_WITH_CONTEXT = 0.95
SCORE_BARE_DIGITS = 0.6  # ten plain digits without context could as well be an account or order number

# A digit group is digits or a parenthesised area code / trunk zero (``(010)``, ``(0)``); groups are
# joined by one separator (space, dash, dot, slash, `` - ``) or run together around parentheses.
# Separators never cross a line. The first character must be ``+``, ``(`` or ``0``; what may stand
# before it is checked in Python (cheaper than a lookbehind tried at every position).
_SEP = r"(?:[ \t\u00a0]?[-./][ \t\u00a0]?|[ \t\u00a0])"
_RUN = re.compile(
    r"(?:\+\d|\(0\d{0,4}\)|0)\d*"
    r"(?:(?:" + _SEP + r"|" + _SEP + r"?\(\d{1,4}\)" + _SEP + r"?)\d+)*"
)
_GROUP = re.compile(r"\+?\d+|\(\d{1,4}\)")
_DATE_START = re.compile(r"\d{1,2}([-./])\d{1,2}\1\d{2,4}(?!\d)")
_IBAN_BEFORE = re.compile(r"[A-Z]{2}\d{2}[ ]?(?:[A-Z0-9]{4}[ ]?){1,7}$")

# Characters that make the run part of a longer token (word, amount, version, reference, e-mail).
_BAD_BEFORE_ANY = frozenset("+#@/_&=")
_BAD_BEFORE_AFTER_ALNUM = frozenset(".,-:")
_MAX_DIGITS = 17  # E.164 allows 15 digits; ``00`` and ``(0)`` add up to three


def _clean_start(text: str, start: int) -> bool:
    """True when the run at ``start`` is not glued to a preceding word, number or symbol."""
    if start == 0:
        return True
    prev = text[start - 1]
    if prev.isalnum() or prev in _BAD_BEFORE_ANY:
        return False
    if prev in _BAD_BEFORE_AFTER_ALNUM and start >= 2 and text[start - 2].isdigit():
        return False  # 1.06..., 12-06..., 3,06...
    return not (prev == "-" and start >= 2 and text[start - 2].isalpha())  # ORD-0612..., NL-06...


def _clean_end(text: str, end: int) -> bool:
    if end >= len(text):
        return True
    nxt = text[end]
    if nxt.isalnum() or nxt in "@_":
        return False
    # ``0612345678.5`` or ``020-1234567-3``: part of a longer number or reference
    return not (nxt in ".,-/" and end + 1 < len(text) and text[end + 1].isdigit())


def _is_valid(candidate: str) -> bool:
    digits = sum(c.isdigit() for c in candidate)
    if digits < 8 or digits > _MAX_DIGITS:
        return False
    try:
        number = phonenumbers.parse(candidate, "NL")
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(number)


def _group_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in _GROUP.finditer(text, start, end)]


def _may_start_number(text: str, start: int) -> bool:
    c = text[start]
    return c == "+" or c == "(" or c == "0"


def _longest_valid(text: str, groups: list[tuple[int, int]], i: int, ends: int) -> int | None:
    """Index of the last group of the longest valid number starting at group ``i``, if any.

    Only the first ``ends`` groups may end a number, and only where whitespace (or the run's end)
    follows, so ``05-06-2023 12`` is not cut into ``05-06-20``.
    """
    start = groups[i][0]
    candidates: list[int] = []
    digits = 0
    for j in range(i, ends):
        digits += sum(c.isdigit() for c in text[groups[j][0] : groups[j][1]])
        if digits > _MAX_DIGITS:
            break
        if j + 1 == len(groups) or text[groups[j][1] : groups[j + 1][0]].isspace():
            candidates.append(j)
    for j in reversed(candidates):
        if _is_valid(text[start : groups[j][1]]):
            return j
    return None


def _looks_like_other(text: str, start: int, end: int) -> bool:
    """Dates, and digit groups continuing an IBAN, are not phone numbers."""
    if _DATE_START.match(text, start, end):
        return True
    return bool(_IBAN_BEFORE.search(text, max(0, start - 40), start))


def _score(text: str, start: int, end: int) -> float | None:
    if has_context(text, start, end, CONTEXT_WORDS, before=40):
        window = text[max(0, start - 25) : start].lower()
        # "ordernummer 0612..." also contains "nummer": the specific word wins
        if any(w in window for w in NEGATIVE_CONTEXT) and not any(
            w in window for w in ("tel", "mobiel", "bel")
        ):
            return None
        return SCORE_WITH_CONTEXT
    if has_context(text, start, end, NEGATIVE_CONTEXT, before=25):
        return None
    if text[start:end].isdigit():
        return SCORE_BARE_DIGITS
    return SCORE


class PhoneRecognizer(DutchRecognizer):
    ENTITIES = ("PHONE_NUMBER",)

    def find(self, text: str, doc: Doc | None = None) -> list[Finding]:
        found: list[Finding] = []
        for m in _RUN.finditer(text):
            found.extend(self._in_run(text, m.start(), m.end()))
        return found

    def _in_run(self, text: str, run_start: int, run_end: int) -> list[Finding]:
        groups = _group_spans(text, run_start, run_end)
        # A run glued to a word or number on the left (``10 0612345678`` matches from the ``0`` of ``10``)
        # loses its first group as a start; glued on the right, its last group as an end.
        first = 0 if _clean_start(text, run_start) else 1
        ends = len(groups) if _clean_end(text, run_end) else len(groups) - 1
        found: list[Finding] = []
        i = first
        while i < ends:
            start = groups[i][0]
            # A later number in the same run must be set off by whitespace ("06 1234 5678 06 8765 4321").
            if i > 0 and not (text[groups[i - 1][1] : start].isspace() and _may_start_number(text, start)):
                i += 1
                continue
            j = _longest_valid(text, groups, i, ends)
            if j is None:
                i += 1
                continue
            end = groups[j][1]
            score = None if _looks_like_other(text, start, end) else _score(text, start, end)
            if score is not None:
                found.append(Finding(start, end, "PHONE_NUMBER", score, self.name))
            i = j + 1
        return found
