"""A checksum number found once is that number again where the text repeats it in another writing.

An agent reads a number back in digits after the caller said it in words (``vijfendertig, nul zeven, …`` /
``Ik herhaal: 35 07 83 …``), a chat pastes it once grouped and once plain, a form prints it twice: the later writing
stands too far from the word that named the number, or in a grouping no rule reads without that word. The digits
of a BSN, IMEI or card number some recogniser found (its checksum already held) identify it: any other run of the
same digits in the text (see :func:`~afscherm.detectors.number_writings.digit_runs`) is that number.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from afscherm.detectors.findings import Finding
from afscherm.detectors.number_writings import digit_runs
from afscherm.detectors.spoken_numbers import said_digits

if TYPE_CHECKING:
    from spacy.tokens import Doc

REPEATED_TYPES = ("NL_BSN", "IMEI", "CREDIT_CARD")
SCORE = 0.9
_LETTER = re.compile(r"[^\W\d_]")
_NOT_DIGIT = re.compile(r"\D")


def _digits(text: str, f: Finding) -> str:
    """The digits a finding stands for: written (separators dropped) or read out in words."""
    value = text[f.start : f.end]
    return said_digits(text, f.start, f.end) if _LETTER.search(value) else _NOT_DIGIT.sub("", value)


# A phone number found once (its key named it, phonenumbers validated it) is that number again where the same plain
# digits stand alone elsewhere: a log prints the caller's number under its attribute's name and once more bare
# ("cli 31612345678"). Plain digits only, nine or more: fewer could be anything.
_FEWEST_PHONE_DIGITS = 9


def _repeated_phones(text: str, findings: list[Finding]) -> list[Finding]:
    """Every other standalone occurrence of a found phone number written as plain digits."""
    plain = {
        text[f.start : f.end]
        for f in findings
        if f.entity_type == "PHONE_NUMBER"
        and f.end - f.start >= _FEWEST_PHONE_DIGITS
        and text[f.start : f.end].isdigit()
    }
    taken = {(f.start, f.end) for f in findings if f.entity_type == "PHONE_NUMBER"}
    out: list[Finding] = []
    for digits in plain:
        at = text.find(digits)
        while at >= 0:
            end = at + len(digits)
            alone = (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
            if alone and (at, end) not in taken:
                out.append(Finding(at, end, "PHONE_NUMBER", SCORE, "RepeatedNumber"))
            at = text.find(digits, end)
    return out


def repeated_numbers(text: str, doc: Doc | None, findings: list[Finding]) -> list[Finding]:
    """``findings`` and every other digit run of ``text`` that repeats a found BSN, IMEI or card number, and every
    other standalone writing of a found phone number in plain digits."""
    findings = findings + _repeated_phones(text, findings)
    known: dict[str, str] = {}
    for f in findings:
        if f.entity_type in REPEATED_TYPES:
            known.setdefault(_digits(text, f), f.entity_type)
    if not known:
        return findings
    repeats = [
        Finding(run.start, run.end, known[run.digits], SCORE, "RepeatedNumber")
        for run in digit_runs(text)
        if run.digits in known
        and not any(f.start <= run.start and run.end <= f.end and f.entity_type == known[run.digits] for f in findings)
    ]
    return findings + repeats
