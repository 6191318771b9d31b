"""IMEI: mobile device identities (15 digits, Luhn) and IMEISV (16 digits, no check digit)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from stdnum import luhn

from afscherm.detectors.context import fuzzy_label_near, glued_into_code, has_context
from afscherm.detectors.findings import Finding
from afscherm.detectors.number_writings import digit_runs
from afscherm.detectors.recognizer import DutchRecognizer

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Device words: an inventory row (``A-1042,iPhone 14,iOS 17.4,<15 digits>``) says IMEI without the word.
DEVICE_WORDS = ("iphone", "ipad", "galaxy", "pixel", "android", "ios ", "samsung", "apple", "nokia", "xiaomi", "huawei")
CONTEXT_WORDS = ("imei", "toestel", "device", "telefoon", "smartphone", "handset", "serienummer", *DEVICE_WORDS)
# Amex card numbers are 15 Luhn-valid digits too; without IMEI context they belong to CREDIT_CARD.
AMEX_PREFIXES = ("34", "37")

# Plain, or the groupings people copy from settings screens and boxes: 2-6-6-1(2), 8-6-1(2),
# 6-2-6-1(2), 4-4-4-3; one separator kind (space, dash or slash) per number. Letters, underscores and
# slashes may touch it (``imei356938035643809``, ``/devices/356938035643809/``), digits may not.
# The first digit first, factored out of every grouping: the regex engine skips ahead to digits (led by the
# look-behinds, the pattern was tried at every position); the look-behinds after it see what stands before it.
_IMEI = re.compile(
    r"(\d(?<!\d\d)(?<!\d[.,/-]\d)(?:"
    r"\d{14,15}"
    r"|\d([ /-])\d{6}\2\d{6}\2\d{1,2}"
    r"|\d{7}([ /-])\d{6}\3\d{1,2}"
    r"|\d{5}([ /-])\d{2}\4\d{6}\4\d{1,2}"
    r"|\d{3}([ /-])\d{4}\5\d{4}\5\d{3}"
    r"))(?!\d|[.,/-]\d)"
)

# Fifteen plain digits with looser neighbours than _IMEI allows a grouped number: a URL path's segment after another
# (``/devices/12/356938035643809``), an IMEISV's software version after a dash (``356938035643809-01``) and a float's
# ``.0`` (a dump whose tool read the column as numbers: ``"imei": 356938035643809.0``). Not after a decimal's or a
# grouped number's digits (``1.3569…``, ``12-3569…``), not before another decimal part or longer digits.
_PLAIN = re.compile(r"\d(?<!\d\d)(?<!\d[.-]\d)\d{14}(?!\d|\.(?!0(?![\d.]))\d|-(?!\d\d(?!\d))\d)")

SCORE = 0.5
SCORE_WITH_CONTEXT = 0.95
# How far before 15 Luhn-valid digits in an irregular writing the word "imei" still says what they are
IMEI_WORD_REACH = 240
# The groupings settings screens and boxes print (see _IMEI), with whatever separator.
GROUPINGS = frozenset({(15,), (2, 6, 6, 1), (8, 6, 1), (6, 2, 6, 1), (4, 4, 4, 3)})


class ImeiRecognizer(DutchRecognizer):
    """IMEIs in ``text``:

    >>> find = ImeiRecognizer().find
    >>> text = "IMEI van mijn toestel: 49-015420-323751-8"
    >>> [(f.entity_type, text[f.start : f.end], f.score) for f in find(text)]
    [('IMEI', '49-015420-323751-8', 0.95)]
    >>> find("IMEI 490154203237519")  # fails the Luhn check
    []
    """

    ENTITIES = ("IMEI",)

    def find(self, text: str, doc: Doc | None = None) -> list[Finding]:
        found: list[Finding] = []
        for m in _IMEI.finditer(text):
            start, end = m.span(1)
            if glued_into_code(text, start, end):
                continue  # digits inside a hash or hex id
            digits = re.sub(r"\D", "", m.group(1))
            context = has_context(text, start, end, CONTEXT_WORDS)
            if len(digits) == 15:
                if not luhn.is_valid(digits) or (digits.startswith(AMEX_PREFIXES) and not context):
                    continue
            elif len(digits) != 16 or not has_context(text, start, end, ("imei",)):
                continue  # IMEISV carries no check digit: only the word "imei(sv)" makes it one
            found.append(Finding(start, end, "IMEI", SCORE_WITH_CONTEXT if context else SCORE, self.name))
        found += self._plain(text, found)
        return found + self._odd_writings(text, found)

    def _plain(self, text: str, strict: list[Finding]) -> list[Finding]:
        """Fifteen plain Luhn-valid digits that ``_IMEI`` leaves for their neighbours (see ``_PLAIN``)."""
        found: list[Finding] = []
        for m in _PLAIN.finditer(text):
            start, end = m.span()
            if any(f.start < end and start < f.end for f in strict) or not luhn.is_valid(m.group()):
                continue
            if glued_into_code(text, start, end):
                continue
            context = has_context(text, start, end, CONTEXT_WORDS)
            if m.group().startswith(AMEX_PREFIXES) and not context:
                continue
            found.append(Finding(start, end, "IMEI", SCORE_WITH_CONTEXT if context else SCORE, self.name))
        return found

    def _odd_writings(self, text: str, strict: list[Finding]) -> list[Finding]:
        """15 Luhn-valid digits in other writings: a usual grouping with another separator (dots,
        underscores, a CSV cell after a decimal) as it is; irregular groups, OCR letters or a line break
        inside only with IMEI or device context."""
        found = []
        for run in digit_runs(text):
            if len(run.digits) != 15 or any(f.start <= run.start and run.end <= f.end for f in strict):
                continue
            if not luhn.is_valid(run.digits) or glued_into_code(text, run.start, run.end):
                continue
            # (the word imei may stand lines above, in a chat where the number is read back: "imei staat op de doos"
            # ... "Dus 01 128864 8977062 ✔", tuning_137)
            context = has_context(text, run.start, run.end, CONTEXT_WORDS) or has_context(
                text, run.start, run.end, ("imei",), before=IMEI_WORD_REACH
            )
            if not context and run.ocr_letters:
                # OCR damages the label as it damages the digits ("IMEl: 0l9968l27898lOl")
                context = fuzzy_label_near(text, run.start, ("imei",))
            if run.digits.startswith(AMEX_PREFIXES) and not context:
                continue
            if context or (run.regular and run.groups in GROUPINGS):
                found.append(Finding(run.start, run.end, "IMEI", SCORE_WITH_CONTEXT if context else SCORE, self.name))
        return found
