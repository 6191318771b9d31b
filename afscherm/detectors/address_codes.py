"""LOCATION: an address's postcode written as its country writes it, beside the street and place already found.

The location recogniser reads Dutch postcodes (``1234 AB``) anywhere and a few foreign writings after a street's comma.
Addresses abroad close with a code in many more writings and places: Latvia's ``LV-3401`` after the town (``Graudu
iela 27-4, Liepāja, LV-3401``, tuning_99), India's six digits (``Madurai 625018``), Bulgaria's four before the town in
Cyrillic (``ул. Раковска 27, вх. Б, 8800 Сливен``), Iceland's three (``Túngata 11, 400 Ísafjörður``). The number is
personal data as part of the address, and only there: on its own a number of four to six digits is anything. So a code
counts when the address it closes is found: a LOCATION right before it or right after it on its line (parted by a
comma or blanks only), and a street with its house number (a LOCATION holding a digit) before it on that line. Where
no place follows, the code ends its phrase (``Kerkstraat 12, 1500 euro huur`` is a rent), and a four-digit code that
could be a year (1900-2099) needs the place after it.

>>> from afscherm.detectors.findings import Finding
>>> text = "adres Graudu iela 27-4, Liepāja, LV-3401?"
>>> found = [Finding(6, 22, "LOCATION", 0.9, "x"), Finding(24, 31, "LOCATION", 0.9, "x")]
>>> [text[f.start : f.end] for f in address_postcodes(text, None, found)[2:]]
['LV-3401']
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from afscherm.detectors.findings import Finding

if TYPE_CHECKING:
    from spacy.tokens import Doc

RECOGNIZER = "AddressPostcode"
SCORE = 0.85
# A country's letters and four or five digits, two and three digits (Poland), three and two (Czechia, Greece), or three
# to six digits; no letter, digit or hyphen on either side, no decimal part.
_CODE = re.compile(
    r"(?<![\w-])(?:[A-Z]{2}-\d{4,5}|\d{2}-\d{3}|\d{3}[ \u00a0]\d{2}|\d{3,6})(?![\w-]|[.,]\d|[ \u00a0]\d)"
)
_BESIDE = re.compile(r"[ \t\u00a0]*,?[ \t\u00a0]*")  # between the code and the address's part beside it
# What may follow a code that no place follows: the phrase's end (a mark, a quote, a bracket, the line's end).
_PHRASE_END = re.compile(r"[ \t\u00a0]*(?:[,.;:!?)\]}\"'`]|\n|$)")
_YEARS = range(1900, 2100)
_SHORTEST_WITHOUT_PLACE = 4  # three digits alone (Iceland's) only before the place


def address_postcodes(text: str, doc: Doc | None, findings: list[Finding]) -> list[Finding]:
    """``findings`` and, as LOCATION, the postcodes that close or open a found address's place (see above)."""
    places = [f for f in findings if f.entity_type == "LOCATION"]
    if not any(any(c.isdigit() for c in text[f.start : f.end]) for f in places):
        return findings  # no street with a number: no address to close
    added: list[Finding] = []
    for m in _CODE.finditer(text):
        start, end = m.span()
        if any(f.start < end and start < f.end for f in findings):
            continue
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        on_line = [f for f in places if line_start <= f.start and f.end <= line_end]
        street = any(f.end <= start and any(c.isdigit() for c in text[f.start : f.end]) for f in on_line)
        before = any(f.end <= start and _BESIDE.fullmatch(text, f.end, start) for f in on_line)
        after = any(f.start >= end and _BESIDE.fullmatch(text, end, f.start) for f in on_line)
        if not street or not (before or after):
            continue
        digits = sum(c.isdigit() for c in m.group())
        if not after and (
            _PHRASE_END.match(text, end) is None
            or digits < _SHORTEST_WITHOUT_PLACE
            or (digits == 4 and m.group().isdigit() and int(m.group()) in _YEARS)
        ):
            continue
        added.append(Finding(start, end, "LOCATION", SCORE, RECOGNIZER))
    return findings + added
