"""CREDIT_CARD: payment card numbers (13–19 digits, Luhn, a known issuer prefix)."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from stdnum import luhn

from afscherm.detectors.context import glued_into_code, has_context
from afscherm.detectors.findings import Finding
from afscherm.detectors.number_writings import FILLERS, READ_SEPARATOR, TURN_HEADER, digit_runs
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
    "diners",
)

# Plain, 4-4-4-4(-3), Amex 4-6-5 and Diners 4-6-4, with spaces or dashes. Letters, underscores and slashes may touch
# it (``card_4111111111111111``), digits may not.
_CARD = re.compile(
    # the first digit first (see imei._IMEI): the regex engine skips ahead to digits
    r"(\d(?<!\d\d)(?<!\d[.,/-]\d)(?:"
    r"\d{12,18}"
    r"|\d{3}([ -])\d{4}\2\d{4}\2\d{4}(?:\2\d{3})?"
    r"|\d{3}([ -])\d{6}\3\d{5}"
    r"|\d{3}([ -])\d{4}\4\d{4}\4\d{1,3}"
    r"|\d{3}([ -])\d{6}\5\d{4}"  # Diners Club's 4-6-4
    # (a card's security code may follow after a slash: "4532 0151 1283 0366/123")
    r"))(?!\d|[.,-]\d|/(?!\d{3,4}(?![\d/])))"
)

SCORE = 0.7
SCORE_WITH_CONTEXT = 0.95
# The groupings cards print (see _CARD), with whatever separator.
GROUPINGS = frozenset({(4, 4, 4, 4), (4, 4, 4, 4, 3), (4, 6, 5), (4, 6, 4), (4, 4, 4, 1), (4, 4, 4, 2), (4, 4, 4, 3)})


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
        found += self._odd_writings(text, found)
        return found + _read_out(text, found, self.name)

    def _odd_writings(self, text: str, strict: list[Finding]) -> list[Finding]:
        """Card numbers in other writings: the printed grouping with another separator (dots, underscores)
        as it is; irregular groups, OCR letters or a line break inside only with card context."""
        found = []
        covered, starts = _covered(text, strict), [f.start for f in strict]
        for run in digit_runs(text):
            # (inside one strict finding: strict findings do not touch, so a run lies inside one if it is covered)
            if not 13 <= len(run.digits) <= 19 or _inside_one(covered, strict, starts, run.start, run.end):
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


# Read out in a call or typed in a chat, with card context before it: groups of digits parted by a comma, slash,
# ellipsis or dash (``4532, 0151, 1283, 0366``, ``4532 0151 ... 1283 0366``), a hesitation or linking word between
# two groups, or broken over two chat messages, the second behind its header (``[10:01] jan: 1283 0366``). The
# digits must make a card's length, pass Luhn and carry an issuer's prefix; the longest such reading is taken.
_READ_GROUP = re.compile(r"\d{1,6}(?![\w])")
_READ_START = re.compile(r"(?<![\w.,/-])\d{1,6}(?![\w])")
MAX_FILLERS = 3


def _read_groups(text: str, start: int) -> list[tuple[int, int]] | None:
    """The stretches (one, or two across a message break) of the card number read from ``start``, or ``None``."""
    groups: list[tuple[int, int, bool]] = []  # start, end, whether a message break comes before it
    digits, i, fillers, broke = "", start, 0, False
    while len(digits) < 19:
        group = _READ_GROUP.match(text, i)
        if group is None:
            break
        groups.append((group.start(), group.end(), broke))
        digits += group.group()
        i = READ_SEPARATOR.match(text, group.end()).end()  # type: ignore[union-attr]  # it matches the empty string
        while True:
            word = re.match(r"[a-z]{1,6}", text[i : i + 7])
            if word is None or word.group() not in FILLERS or fillers >= MAX_FILLERS:
                break
            fillers += 1
            i = READ_SEPARATOR.match(text, i + word.end()).end()  # type: ignore[union-attr]
        if text.startswith("\n", i) and not broke:
            header = TURN_HEADER.match(text, i + 1)
            if header is not None and _OTHER_NUMBER_HEADER.search(header.group()):
                break  # the next line's number is named another's ("My phone: 06-21 93 48 60", tuning_85)
            broke = True
            i = header.end()  # type: ignore[union-attr]
        elif i == group.end():
            break
    # the longest reading of whole groups that is a card number
    for count in range(len(groups), 2, -1):
        number = "".join(text[a:b] for a, b, _ in groups[:count])
        if 13 <= len(number) <= 19 and has_issuer_prefix(number) and luhn.is_valid(number):
            kept = groups[:count]
            cut = next((n for n, (_, _, after_break) in enumerate(kept) if after_break), None)
            if cut is None:
                return [(kept[0][0], kept[-1][1])]
            return [(kept[0][0], kept[cut - 1][1]), (kept[cut][0], kept[-1][1])]
    return None


# A line's header that names another number than a card's: a phone's, an account's.
# (whole words: a speaker "Chantel:" or "Hotel Zeezicht:" names no phone)
_OTHER_NUMBER_HEADER = re.compile(
    r"(?i)(?<![a-z])(?:phone|telefoon|tel|gsm|mobiel|mobile|iban|rekening|account|bsn)(?![a-z])"
)
# An IBAN written in groups: its digits are no card's read out ("RO15 BTRL 5425 2441 1433 2656", tuning_85).
_IBAN_GROUPS = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ \t]?[A-Za-z0-9]{4}){2,8}(?:[ \t]?[A-Za-z0-9]{1,3})?")


def _read_out(text: str, found: list[Finding], recognizer: str) -> list[Finding]:
    lowered = text.lower()  # (once, not once per word)
    if not any(word in lowered for word in CONTEXT_WORDS):
        return []
    read: list[Finding] = []
    reached = 0
    covered = _covered(text, found)
    for m in _IBAN_GROUPS.finditer(text):
        covered[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    for candidate in _READ_START.finditer(text):
        start = candidate.start()
        if start < reached or covered[start]:
            continue
        if not has_context(text, start, start, CONTEXT_WORDS):
            continue
        stretches = _read_groups(text, start)
        if stretches is None:
            continue
        read += [Finding(a, b, "CREDIT_CARD", SCORE_WITH_CONTEXT, recognizer) for a, b in stretches]
        reached = stretches[-1][1]
    return read


def _covered(text: str, found: list[Finding]) -> bytearray:
    """1 where a finding covers the text: a test per candidate in constant time (a dump may hold thousands)."""
    mask = bytearray(len(text) + 1)
    for f in found:
        mask[f.start : f.end] = b"\x01" * (f.end - f.start)
    return mask


def _inside_one(covered: bytearray, found: list[Finding], starts: list[int], start: int, end: int) -> bool:
    """``text[start:end]`` lies inside one of ``found`` (in text order, none overlapping: the strict pattern's)."""
    if 0 in covered[start:end]:
        return False
    at = bisect.bisect_right(starts, start) - 1
    return at >= 0 and end <= found[at].end
