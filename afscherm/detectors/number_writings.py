"""Numbers written the way people and machines really write them, for the checksum recognisers.

The BSN, IMEI and card recognisers match the usual writings (plain, or groups with one separator). Real
text has more: dots, underscores, slashes and mixed spaces between irregular groups (``620.966 543``,
``5199_8220_0209_6250``, ``7102 822 54``), digits read out one by one (``7 7 3 7 3 1 9 7 0``), a number broken
over two lines (a hyphen may end the first), and OCR's letters for digits inside a digit run (``O`` for ``0``,
``l``/``I`` for ``1``, ``S`` for ``5``, ``B`` for ``8``, ``Z`` for ``2``, ``G`` for ``6``, ``T`` for ``7``, ``A`` for
``4``, ``g`` for ``9``: ``747l74295``, ``12345678Z``). :func:`digit_runs` finds such runs once per text and says how
each is written; a recogniser accepts a run only when its checksum holds over the digits the run stands
for and, for writings that other numbers share, when its context says what the number is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from afscherm.detectors.text_facts import per_text_cache

# Letters OCR reads for digits; only ever read as digits inside a group that holds a real digit (or alone as the last
# group: ``_LONE_LAST``). Beside the look-alikes of 0, 1, 5 and 8, a scanner's usual confusions: ``Z``/``z`` for 2,
# ``G``/``b`` for 6, ``T`` for 7, ``A`` for 4, ``g``/``q`` for 9 (``BSN: 12345678Z``, ``9Z9799O57``); a checksum still
# decides.
_OCR_LETTERS = "OoIlSBZzGbTAgq"
# (a lower-case o is OCR's 0 as the capital is: read as 1 until the sixty-fourth session, so "37o4" in an IBAN or a BSN
# failed its checksum)
OCR_DIGITS = str.maketrans(_OCR_LETTERS, "00115822667499")
# A nine-digit run (a BSN) may hold four, the real digits still the majority: OCR of a dotted or grouped BSN reads a
# third of it or more as letters ("67l.l52.44O", "2l6 4Z6 S7l", a scanned upload's "SS79l8S34"); the BSN recogniser
# still wants its label and the 11-proef.
MAX_OCR_LETTERS = 4
# A card number's or IMEI's 13-19 digits carry more OCR letters ("4953 O6O4 87OO 8933", a receipt's IMEI
# "0l9968l27898lOl": l for 1 and O for 0 throughout): up to a third of the run, the real digits twice as many; Luhn
# (and a card's issuer prefix) still decide, and the card and IMEI recognisers want context for any run with OCR
# letters.
MAX_OCR_LETTERS_LONG = 4


def _max_ocr_letters(length: int) -> int:
    """How many OCR letters a run standing for ``length`` digits may hold."""
    return MAX_OCR_LETTERS if length < 13 else max(MAX_OCR_LETTERS_LONG, length // 3)


MAX_DIGITS = 19

# A group: digits with at most a few OCR letters among them (at least one real digit). Groups are
# joined by up to three of space, dot, dash, underscore and slash, or by one line break. The run may not
# touch letters or digits (``bsn111222333`` is the strict recognisers'), nor continue a decimal number; a
# comma before it is a CSV cell's (``17.4,356938035643809``).
_GROUP = rf"[{_OCR_LETTERS}]{{0,2}}\d[\d{_OCR_LETTERS}]*+"
# (a hyphen may end the line: a form's number hyphenated over a line end, ``391-056-\n025``)
_SEP = r"(?:[ ._/-]{1,3}|[ \t]*-?[ \t]*\n[ \t]*)"
# The last group may be one OCR letter alone, the last digit of a grouped number read as a letter: "Burgerservicenummer
# 7336 4362 O" (tuning_51, a scanned payslip): only O and l, the look-alikes of 0 and 1 that are no word here (a
# lower-case o alone is: Spanish, Portuguese and Italian "or", "14-02-2007 o como sale", tuning_130, would be a BSN).
# Or the last group of a dotted number's three, all three read so ("BSN/sofinr: 3l4.594.OOO", tuning_81, a payslip).
# Or after a dash, an IMEI's check digit as a box prints it ("35-209900-176148-l").
_LONE_LAST = r"(?:(?:[ .]{1,2}|-)(?:[Ol]|[Ool]{3}))?"
# Possessive: a run glued to a letter at its end is no run, not a shorter one.
_RUN = re.compile(rf"(?<![A-Za-z0-9])(?<!\d\.)(?:{_GROUP})(?:{_SEP}(?:{_GROUP}))*+{_LONE_LAST}(?![A-Za-z0-9])")
_SEPARATORS = re.compile(r"[ ._/\-\t\n]+")
# Stretches that may hold a run: they start with a digit (the regex engine skips ahead to digits, where
# the run pattern, led by look-behinds, would be tried at every position of the text).
_STRETCH = re.compile(rf"\d[\d{_OCR_LETTERS} ._/\t\n-]{{6,}}")
_REACH = 2  # OCR letters may lead the first digit (a group starts with at most two)
_NOT_DIGIT = re.compile(rf"[^\d{_OCR_LETTERS}]")


@dataclass(frozen=True, slots=True)
class DigitRun:
    start: int
    end: int
    digits: str  # what the run stands for: separators dropped, OCR letters read as digits
    groups: tuple[int, ...]  # length of each group as written
    separators: str  # the distinct separator strings between groups, sorted and joined by "|"
    ocr_letters: int
    line_break: bool

    @property
    def regular(self) -> bool:
        """Written as numbers usually are: one separator throughout (or none), no OCR letters, on one line."""
        return self.ocr_letters == 0 and not self.line_break and "|" not in self.separators


@per_text_cache
def digit_runs(text: str) -> tuple[DigitRun, ...]:
    """Runs of 9 or 13 to :data:`MAX_DIGITS` digits in ``text`` (cached: the BSN, IMEI and card
    recognisers read the same view of a text one after another, the repeated-number post-processor after its
    batch)."""
    runs: list[DigitRun] = []
    for stretch in _STRETCH.finditer(text):
        # at least nine characters that can be digits (OCR letters leading it aside)
        if stretch.end() - stretch.start() >= 9 - _REACH and len(_NOT_DIGIT.sub("", stretch.group())) >= 9 - _REACH:
            # one character past the stretch, so that the run's look-ahead sees what follows it
            runs.extend(_runs_in(text, max(0, stretch.start() - _REACH), stretch.end() + 1))
    return tuple(runs)


def _one_confusion(written: str) -> bool:
    """OCR read one digit as one letter throughout (``4ll5l29l2``: every 1 an l): a single OCR letter, and not its
    digit as well. A font's confusion is consistent, so more such letters than :data:`MAX_OCR_LETTERS` are allowed
    (the real digits stay the majority)."""
    used = {c for c in written if c in _OCR_LETTERS}
    if len(used) != 1:
        return False
    (letter,) = used
    real = sum(c.isdigit() for c in written)
    return letter.translate(OCR_DIGITS) not in written and real > written.count(letter)


# The line break inside a run: a run that holds one but no number's length may be a number ending its line with
# the next line's item or row number after it (``1.3 BSN ..... 2531 08366`` / ``1.4 Geboortedatum``).
_LINE_BREAK = re.compile(r"[ \t]*-?[ \t]*\n")


def _runs_in(text: str, start: int, end: int) -> list[DigitRun]:
    runs: list[DigitRun] = []
    for m in _RUN.finditer(text, start, end):
        run = _run(text, m.start(), m.end())
        if run is None and "\n" in m.group():
            # (the part before the line break, when it stands alone on its line's end; or the part after it, when it
            # opens its line below a line that ends in digits: a chat's header "Albert Pasveer 07:02" above a message
            # "367 61 38 76 en rekening ...", tuning_40 hw40-0005, read as one run "02\n367 61 38 76")
            cut = _LINE_BREAK.search(text, m.start(), m.end())
            if cut is not None and not cut.group().strip(" \t\n"):
                after = m.end() - len(text[cut.end() : m.end()].lstrip(" \t"))  # (the blanks opening the line left out)
                run = _run(text, m.start(), cut.start()) or _run(text, after, m.end())
        if run is not None:
            runs.append(run)
    return runs


def _run(text: str, start: int, end: int) -> DigitRun | None:
    """``text[start:end]`` as a run of a checksum type's length, or None."""
    written = text[start:end]
    if len(written) < 9:
        return None  # fewer than nine digits (half the runs)
    digits = _SEPARATORS.sub("", written).translate(OCR_DIGITS)
    # the lengths of the types that read runs: BSN 9, card 13-19 (IMEI 15)
    if not (len(digits) == 9 or 13 <= len(digits) <= MAX_DIGITS) or not digits.isdigit():
        return None
    letters = sum(written.count(c) for c in _OCR_LETTERS)
    if written.count("\n") > 1:
        return None
    if letters > _max_ocr_letters(len(digits)) and not _one_confusion(written):
        return None
    groups = tuple(len(g) for g in _SEPARATORS.split(written))
    separators = "|".join(sorted(set(_SEPARATORS.findall(written))))
    return DigitRun(start, end, digits, groups, separators, letters, "\n" in written)


# Between the groups of a number read out in a call or typed in a chat (IBANs, cards): a comma, slash, semicolon,
# ellipsis or a dash, spaces around it allowed (``NL81, RABO, 0312``, ``4532 0151 ... 1283``, ``0312 - 3456``); or
# spaces alone. It may match the empty string: a reader checks that it moved.
READ_SEPARATOR = re.compile(r"[ \t]*(?:[,;/|]|\.{1,3}|…|[-–—_])?[ \t]*")
# Hesitation and linking words a speaker or writer puts between two groups (``4532 eh 0151``, ``0312 en dan 3456``).
FILLERS = frozenset({"eh", "ehm", "uh", "uhm", "euh", "hm", "en", "dan", "nog", "daarna", "dus"})
# The header of a chat message or a transcript's turn before a number's second part (a number broken over two
# messages): a clock or date in brackets, a clock, a speaker and a colon, each optional.
TURN_HEADER = re.compile(
    r"[ \t]*(?:\[[^\]\n]{1,40}\][ \t]*)?(?:\d{1,2}[:.]\d{2}[ \t]*)?(?:[^\s:\d][^:\n]{0,39}:[ \t]*)?"
)
