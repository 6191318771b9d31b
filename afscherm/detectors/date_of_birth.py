"""DATE_OF_BIRTH: a real calendar date written the Dutch way, reported only after a birth label.

Every date in the text is a candidate (one compiled pattern); only those with ``geboren``,
``geboortedatum``, ``geb.``, ``DOB`` ... shortly before them — on the same line or the line above, as
in ID-card OCR — are reported. The label must belong to this date: a date in between ends its reach,
so in ``geboren op 1-2-1980, overleden op 3-4-2020`` only the first date is a birth date.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from afscherm.detectors.findings import Finding
from afscherm.detectors.recognizer import DutchRecognizer

if TYPE_CHECKING:
    from spacy.tokens import Doc

SCORE = 0.9
EARLIEST_YEAR = 1880
CONTEXT_CHARS = 80  # the label may sit on the line above the date (ID-card layout)

MONTHS: dict[str, int] = {
    "januari": 1,
    "jan": 1,
    "februari": 2,
    "feb": 2,
    "febr": 2,
    "maart": 3,
    "mrt": 3,
    "maa": 3,
    "mar": 3,
    "march": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "may": 5,
    "juni": 6,
    "jun": 6,
    "june": 6,
    "juli": 7,
    "jul": 7,
    "july": 7,
    "augustus": 8,
    "aug": 8,
    "august": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
    "january": 1,
    "february": 2,
}
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))

# d-m-y with one separator kind (12-03-1985, 12/3/85, 12.03.1985), ISO y-m-d, and "12 maart 1985",
# "12 mrt. 1985", "12 MAA/MAR 1985" (Dutch ID cards print both languages).
_DATE = re.compile(
    r"(?<![\w./-])(?:"
    r"(?P<d>\d{1,2})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
    r"|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})"
    r"|(?P<td>\d{1,2})\.?[ \t\u00a0]+(?P<tm>" + _MONTH_NAMES + r")\.?(?:/(?:" + _MONTH_NAMES + r")\.?)?"
    r"[ \t\u00a0]+(?P<ty>\d{4})"
    r")(?![\w]|[-/.]\d)",
    re.IGNORECASE,
)
_BIRTH_LABEL = re.compile(
    r"\b(?:geboren|geboortedatum|geboorte\s?datum|geb\b\.?|dob\b|d\.o\.b\b|date\s+of\s+birth|birth\s?date"
    r"|born\b|geboortedag)",
    re.IGNORECASE,
)


def _full_year(year: str) -> int:
    """Two-digit years of birth: ``85`` is 1985, ``07`` is 2007 (not after this year)."""
    if len(year) == 4:
        return int(year)
    yy = int(year)
    this_year = date.today().year
    return 2000 + yy if 2000 + yy <= this_year else 1900 + yy


def _calendar_date(m: re.Match[str]) -> date | None:
    """The date ``m`` spells, if it exists in the calendar and could be someone's birthday."""
    try:
        if m.group("d"):
            day = date(_full_year(m.group("y")), int(m.group("m")), int(m.group("d")))
        elif m.group("iy"):
            day = date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
        else:
            day = date(int(m.group("ty")), MONTHS[m.group("tm").lower()], int(m.group("td")))
    except ValueError:
        return None
    return day if EARLIEST_YEAR <= day.year <= date.today().year else None


def _context_start(text: str, start: int) -> int:
    """Start of the window searched for a birth label: this line and the one above, at most
    ``CONTEXT_CHARS`` characters."""
    lo = max(0, start - CONTEXT_CHARS)
    line = text.rfind("\n", lo, start)
    if line >= 0:
        above = text.rfind("\n", lo, line)
        lo = above + 1 if above >= 0 else lo
    return lo


# "versie 3.9.16" reads as a date; a version word right before it says it is not one.
_VERSION_BEFORE = re.compile(r"(?i)(?:versie|versiie|version|build|release|v)\.?\s*$")


class DateOfBirthRecognizer(DutchRecognizer):
    ENTITIES = ("DATE_OF_BIRTH",)

    def find(self, text: str, doc: Doc | None = None) -> list[Finding]:
        found: list[Finding] = []
        previous_end = 0  # a label reaches only up to the next date
        for m in _DATE.finditer(text):
            start, end = m.span()
            lo = max(_context_start(text, start), previous_end)
            previous_end = end
            if _calendar_date(m) is None or _VERSION_BEFORE.search(text, max(0, start - 12), start):
                continue
            if _BIRTH_LABEL.search(text, lo, start):
                found.append(Finding(start, end, "DATE_OF_BIRTH", SCORE, self.name))
        return found
