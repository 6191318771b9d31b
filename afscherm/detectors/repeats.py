"""A checksum number found once is that number again where the text repeats it in another writing.

An agent reads a number back in digits after the caller said it in words (``vijfendertig, nul zeven, …`` /
``Ik herhaal: 35 07 83 …``), a chat pastes it once grouped and once plain, a form prints it twice: the later writing
stands too far from the word that named the number, or in a grouping no rule reads without that word. The digits
of a BSN, IMEI or card number some recogniser found (its checksum already held) identify it: any other run of the
same digits in the text (see :func:`~afscherm.detectors.number_writings.digit_runs`) is that number.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from afscherm.detectors.date_of_birth import MONTHS, _month_key, dates_written, written_date
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


# A date of birth said once is said again or put right a few lines on: an agent reads it back in digits after the
# caller said it in words ("twintig juli negentienzestig" ... "20-07-1966"), a parent corrects a list ("staat als
# 20-04-2017, dat moet 04-02-2017 zijn"), a caller the year ("ik zie 22-04-2002" - "nee, 22 april 2003"). A date
# within BIRTH_DATE_REACH characters of a found date of birth that agrees with it in day and month (the year put right
# by at most BIRTH_YEAR_SLIP), or in the year (a day or month put right), is that date again. Further away, or
# agreeing in less, it may be any other date of that person's story; and so may a date of the last RECENT_YEARS
# years (a baby's birth leave, its registration, a payment in its first year: tuning texts wrote all three) and a
# time stamp (a date with a clock time after it: a chat's line on the day of the birth).
BIRTH_DATE_REACH = 400
BIRTH_YEAR_SLIP = 10
RECENT_YEARS = 3
_CLOCK_AFTER = re.compile(r"[ \tT,]*(?:om[ \t]+)?\d{1,2}[:.]\d{2}(?!\d)")


def _same_birth_date(day: date, known: date) -> bool:
    """Whether ``day`` writes ``known`` again or puts it right (see BIRTH_DATE_REACH)."""
    if (day.day, day.month) == (known.day, known.month):
        return abs(day.year - known.year) <= BIRTH_YEAR_SLIP
    return day.year == known.year


def repeated_birth_dates(text: str, doc: Doc | None, findings: list[Finding]) -> list[Finding]:
    """``findings`` and every other date of ``text`` near a found date of birth that writes it again or corrects it
    (:func:`_same_birth_date`), or writes its day and month again in words without a year; not a recent date or a
    time stamp, and not inside another finding."""
    known = [
        (f.start, f.end, day)
        for f in findings
        if f.entity_type == "DATE_OF_BIRTH" and (day := written_date(text[f.start : f.end])) is not None
    ]
    if not known:
        return findings
    latest = date.today().year - RECENT_YEARS
    added: list[Finding] = []
    for start, end, day in dates_written(text):
        if (
            day.year > latest
            or _CLOCK_AFTER.match(text, end)
            or any(f.start < end and start < f.end for f in findings + added)
        ):
            continue
        if any(
            min(abs(start - k_end), abs(k_start - end)) <= BIRTH_DATE_REACH and _same_birth_date(day, k_day)
            for k_start, k_end, k_day in known
        ):
            added.append(Finding(start, end, "DATE_OF_BIRTH", SCORE, "RepeatedBirthDate"))
    # (the day and month alone, in words, said again as a birthday: "21-09-2011 toch?" / "21st of September yes",
    # "1962 ஜூலை 30" ... "2nd August jare"; tuning_77 ... 105)
    for m in _DAY_AND_MONTH.finditer(text):
        start, end = m.span()
        said_day = int(m.group("day") or m.group("fday"))
        month = MONTHS.get(_month_key(m.group("month") or m.group("fmonth")))
        if month is None or _CLOCK_AFTER.match(text, end):
            continue
        if any(f.start < end and start < f.end for f in findings + added):
            continue
        if any(
            (said_day, month) == (k_day.day, k_day.month)
            and min(abs(start - k_end), abs(k_start - end)) <= BIRTH_DATE_REACH
            for k_start, k_end, k_day in known
        ):
            added.append(Finding(start, end, "DATE_OF_BIRTH", SCORE, "RepeatedBirthDate"))
    return findings + added


# A day and a month's name without a year (none after it: "12 maart 2026" is a whole date, read above), either order.
_MONTH_WORD = r"[^\W\d_]{3,14}"
_DAY_AND_MONTH = re.compile(
    rf"(?<![\w./-])(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th|e|ste|de)?\.?[ \t]+(?:(?:of|de|di)[ \t]+)?"
    rf"(?P<month>{_MONTH_WORD})|(?P<fmonth>{_MONTH_WORD})\.?[ \t]+(?P<fday>\d{{1,2}})(?:st|nd|rd|th)?)"
    r"(?![\w])(?![ \t]*,?[ \t]*\d{2,4})"
)
