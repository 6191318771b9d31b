"""LOCATION: a Ghana Post GPS digital address (``GA-543-0125``), the code Ghana gives every 5 by 5 metre square.

Ghanaian families write a relative's address for a barrel shipment or a money transfer as its digital address, often
without a street (``GhanaPost GT-0418-2207``, ``'EK-042-3991 Nkawkaw'``, tuning_123): it finds one house, so it is
personal data as an address is. It is written as two letters (the region and district), three or four digits and
four digits. Such a code counts after its name (``GhanaPost``, ``GPS``, ``digital address``, ``digitaal adres``), right
before or after a place found on its line, or where the text speaks of Ghana (its name or a +233 number); a code alone
in a text about anything else is anything, and one whose middle is a year is a booking's or a voucher's number
unless named so.

>>> from afscherm.detectors.findings import Finding
>>> text = "ontvanger: Community 25, GhanaPost GT-0418-2207"
>>> [text[f.start : f.end] for f in digital_addresses(text, None, [])]
['GT-0418-2207']
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from afscherm.detectors.findings import Finding

if TYPE_CHECKING:
    from spacy.tokens import Doc

RECOGNIZER = "DigitalAddress"
SCORE = 0.85
_CODE = re.compile(r"(?<![\w-])[A-Z]{2}-\d{3,4}-\d{4}(?![\w-])")
_NAMED_BEFORE = re.compile(
    r"(?i)(?:ghana[ \t]?post(?:[ \t]+gps)?|gps|digital[ \t]+address|digitaal[ \t]+adres)\W{0,3}$"
)
NAME_REACH = 30  # characters before the code where its name stands
_BESIDE = re.compile(r"[ \t]*,?[ \t]*")
_YEAR_MIDDLE = re.compile(r"-(?:19|20)\d\d-")
_GHANA = re.compile(r"(?i)\bghana|\+233|\b00233")


def digital_addresses(text: str, doc: Doc | None, findings: list[Finding]) -> list[Finding]:
    """``findings`` and the Ghana Post digital addresses of ``text`` (see the module's note)."""
    if "-" not in text:
        return findings
    codes = list(_CODE.finditer(text))
    if not codes:
        return findings
    places = [f for f in findings if f.entity_type == "LOCATION"]
    ghana = _GHANA.search(text) is not None
    added: list[Finding] = []
    for m in codes:
        start, end = m.span()
        if any(f.start < end and start < f.end for f in findings):
            continue
        named = _NAMED_BEFORE.search(text, max(0, start - NAME_REACH), start) is not None
        beside = any(_beside(text, f, start, end) for f in places)
        if _YEAR_MIDDLE.search(m.group()) and not named:
            continue  # a booking's or voucher's number of its year ("GH-2026-5032", "GS-2026-3381", tuning_56/_106)
        if named or beside or ghana:
            added.append(Finding(start, end, "LOCATION", SCORE, RECOGNIZER))
    if not added:
        return findings
    return sorted(findings + added, key=lambda f: (f.start, f.end))


def _beside(text: str, place: Finding, start: int, end: int) -> bool:
    """Whether the place found stands right before or right after the code on its line (a comma, blanks between)."""
    if place.end <= start:
        return _BESIDE.fullmatch(text, place.end, start) is not None
    return place.start >= end and _BESIDE.fullmatch(text, end, place.start) is not None
