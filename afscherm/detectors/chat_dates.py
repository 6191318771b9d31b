"""DATE_OF_BIRTH: a date years back, written with its year in full, in a chat's messages.

The birth-date rules read a date by what stands around it: a label (``geboren``, ``geb.``), ``is van``, an age, a
record with a name. A chat gives the date as often with nothing a rule can read: ``nee opa is van 30-04-1938 (staat zo
in zn paspoort)``, ``Grad: 30-11-1958, en het concert is 20 december``, ``fi el passport maktoob 01-01-2008`` (tuning
sets 38 ... 106). People in a chat rarely write a whole date years back for anything but a birthday: in the chats of
our tuning sets 1,014 of the 1,022 dates five years back or more were someone's birth date; the others followed
``sinds``, ``trouwd``, ``†`` or a historic event. So in a text that is a chat (turns with speaker labels, or header
lines above each message: :func:`_a_chat`), a date with a four-digit year at least ``MIN_YEARS_BACK`` years back (or
a two-digit year of the last century well past this one's: ``27/3/88``) is a date of birth, unless

- it is an export's time stamp (a time follows it, or it opens its line before a time or a speaker);
- a word of another event stands in its clause (``sinds``, ``getrouwd``, ``overleden``, ``factuur``, ``afgifte``,
  ``geldig``, ``geleden`` ...), or it opens a period (``01-01-2010 tot 2015``);
- a finding covers it already.

>>> text = "[12-03-26 10:00] Anna: nee opa is van 30-04-1938\\n[12-03-26 10:01] Bart: ok\\n[12-03-26 10:02] Anna: top"
>>> [text[f.start : f.end] for f in past_dates_in_chats(text, None, [])]
['30-04-1938']
>>> text = "[12-03-26 10:00] Anna: ik werk er sinds 01-09-2004\\n[12-03-26 10:01] Bart: ok\\n[12-03-26 10:02] Anna: top"
>>> past_dates_in_chats(text, None, [])
[]
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from afscherm.detectors.date_of_birth import _line_timestamp as line_timestamp
from afscherm.detectors.date_of_birth import _written_dates as written_dates
from afscherm.detectors.findings import Finding
from afscherm.detectors.name_slots import bare_headers, chat_turns, stamped_chat, word_like

if TYPE_CHECKING:
    from spacy.tokens import Doc

RECOGNIZER = "PastDateInChat"
SCORE = 0.6
MIN_YEARS_BACK = 5  # a date of the last five years in a chat is an order's, a visit's or a contract's as often
_CLAUSE_REACH = 32  # characters read around the date for another event's word, within its clause and line
# Words of events other than a birth, in the date's clause (Dutch, English and the forms chats write).
_OTHER_EVENT = re.compile(
    r"(?i)(?<![\w])(?:sinds|vanaf|tot|t/m|tm|per|getrouwd|trouwd|trouwden|trouwdag|huwelijk|bruiloft|overleden"
    r"|gestorven|begraven|†|factuur|besteld|bestelling|order|gekocht|betaald|in dienst|afgifte|afgegeven|uitgegeven"
    r"|geldig|verloopt|verlopen|vervalt|expires?|expiry|issued|since|until|married|died|diploma|contract|lid"
    r"|verhuisd|ingeschreven|aangekomen|gekomen|opgericht|gebouwd|bouwjaar|apk|datum|date|deadline|voor|vóór"
    r"|geleden|ago)(?![\w])"
)
_CLAUSE_BREAK = re.compile(r"[.!?;]\s")
_TIME_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:om[ \t]+|at[ \t]+)?\d{1,2}[:.]\d{2}")
_PERIOD_AFTER = re.compile(r"[ \t]*(?:-|\u2013|tot|t/m)[ \t]*\d")
_LINE_OPENING = re.compile(r"[ \t\[(]*")
_STAMP_TAIL = re.compile(r"[\])]?[ \t]*[-,]?[ \t]*\d")
_YEAR_GROUPS = ("y", "iy", "ty", "hy", "ly", "cy", "sy", "ry")


def past_dates_in_chats(text: str, doc: Doc | None, findings: list[Finding]) -> list[Finding]:
    """``findings`` and, as DATE_OF_BIRTH, each date of a chat its module docstring describes."""
    if "\n" not in text or not _a_chat(text):
        return findings
    latest_year = date.today().year - MIN_YEARS_BACK
    added: list[Finding] = []
    for m, day in written_dates(text):
        start, end = m.span()
        if day is None or day.year > latest_year or not _year_in_full(m, text):
            continue
        if any(f.start < end and start < f.end for f in findings) or _a_stamp(text, start, end):
            continue
        if _other_event_said(text, start, end) or _PERIOD_AFTER.match(text, end):
            continue
        added.append(Finding(start, end, "DATE_OF_BIRTH", SCORE, RECOGNIZER))
    return sorted(findings + added, key=lambda f: (f.start, f.end)) if added else findings


def _a_chat(text: str) -> bool:
    """The text is a chat: turns with speaker labels, or header lines above each message (stamped, or a name alone).
    (Not any text whose lines open with a clock: a log's lines do, and its dates are a record's.)"""
    return bool(chat_turns(text) or stamped_chat(text) or bare_headers(text))


def _year_in_full(m: re.Match[str], text: str) -> bool:
    """The date writes its year with four characters (``30-04-1938``, ``3 oktober 2016``), or with two of the last
    century, well past this one's (``27/3/88``, ``27 de marzo 88``: 1988; not ``14-03-27``, a regatta next year), and
    is no count or a phone number's digits (``11 december 40 kratten``: a word of Dutch or English after it;
    ``19 04 77``: digits and blanks only)."""
    years = [m.group(g) or "" for g in _YEAR_GROUPS]
    if any(len(y) == 4 for y in years):
        return True
    if not any(len(y) == 2 and y.isdigit() and int(y) > date.today().year % 100 + _SHORT_YEAR_MARGIN for y in years):
        return False
    if not re.search(r"[^\d\s]", m.group()):
        return False
    counted = _WORD_AFTER.match(text, m.end())
    return counted is None or not word_like(counted.group(1))


_SHORT_YEAR_MARGIN = 10  # two-digit years this far past this century's are the last century's births
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_]{4,})")  # (a word of four letters or more: a noun counted, "40 kratten")


def _a_stamp(text: str, start: int, end: int) -> bool:
    """The date is an export's or a message's time stamp: a time follows it, or it opens its line before a time, a
    dash or a speaker (``12-03-2019 14:02 - Anna:``, ``[12-03-2019] Anna:``)."""
    if line_timestamp(text, start, end) or _TIME_AFTER.match(text, end):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    return _LINE_OPENING.fullmatch(text, line_start, start) is not None and _STAMP_TAIL.match(text, end) is not None


def _other_event_said(text: str, start: int, end: int) -> bool:
    """A word of another event stands in the date's clause, within ``_CLAUSE_REACH`` characters on its line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    lo = max(line_start, start - _CLAUSE_REACH)
    hi = min(line_end, end + _CLAUSE_REACH)
    breaks_before = [m.end() for m in _CLAUSE_BREAK.finditer(text, lo, start)]
    if breaks_before:
        lo = breaks_before[-1]
    break_after = _CLAUSE_BREAK.search(text, end, hi)
    if break_after is not None:
        hi = break_after.start()
    return _OTHER_EVENT.search(text, lo, start) is not None or _OTHER_EVENT.search(text, end, hi) is not None
