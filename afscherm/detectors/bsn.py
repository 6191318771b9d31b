"""NL_BSN: the Dutch citizen service number (burgerservicenummer), validated by the 11-proef."""

from __future__ import annotations

import operator
import re
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from stdnum.nl import bsn as stdnum_bsn

from afscherm.detectors.context import (
    DEFAULT_WINDOW,
    fuzzy_label_near,
    glued_into_code,
    has_context,
    ocr_folded,
    words_pattern,
)
from afscherm.detectors.date_of_birth import column_header
from afscherm.detectors.findings import Finding
from afscherm.detectors.number_writings import digit_runs
from afscherm.detectors.recognizer import DutchRecognizer
from afscherm.detectors.text_facts import text_facts

if TYPE_CHECKING:
    from spacy.tokens import Doc

CONTEXT_WORDS = (
    "bsn",
    "burgerservicenummer",
    "burger service nummer",
    "burger service",  # (also "Burger service nr.", "Burgerservice-nr")
    "burgerservice",
    "sofinummer",
    "sofi-nummer",
    "sofi nummer",
    "sofinr",
    "sofi-nr",
    "burgerservicenr",
    "persoonsnummer",
    "persoonlijk nummer",
    "citizen service number",
    "persoonsnr",
    "social security",
    "sociaal-fiscaal",
    "sociaal fiscaal",
)
# Words that make a valid number someone's own ("mijn nummer is 111222333"): weak negative context
# ("btw" is chat for "by the way" too, an "order" is what the number is about) never drops it then.
PERSONAL_CONTEXT = re.compile(r"(?<![^\W\d_])(?i:mijn|m'n|mn|my)\s+(?i:nummer|nr|number)(?![^\W\d_])")
# Identifiers that also pass the 11-proef but belong to companies: dropped unless the text says BSN.
STRONG_NEGATIVE = words_pattern(
    ("kvk", "kamer van koophandel", "rsin", "vestigingsnummer", "btw-nummer", "btw nummer", "btwnummer", "btw-id",
     "btw id")
)  # fmt: skip
# Words that usually mean an order, invoice or article number, also as a code's prefix (``ORD-111222333``,
# ``INV111222333``): dropped unless the text says whose number it is.
WEAK_NEGATIVE = words_pattern(("btw", "vat", "order", "factuur", "bestel", "invoice"), compounds=("nummer", "nr", "id"))
# A word naming another number ("bestelnummer", "klant-nr", "KvK nummer"): after a BSN label it takes the value.
_OTHER_NUMBER_NAME = re.compile(
    r"(?i)(?<![^\W\d_])(?:order|factuur|bestel|invoice|btw|vat|kvk|rsin|vestigings|klant|referentie|polis|dossier"
    r"|kenmerk|zaak|ticket|pakket|artikel|relatie|personeels|aanvraag|debiteur|contract|lidmaatschaps?|abonnements?"
    r"|verzekerden)[ _-]?(?:nummer|nr|no|number|id)(?![^\W\d_])"
)
# A label of another number right before the value, on its line, nothing but a colon, dots or spaces between
# (``Polisnummer: 405534395``, ``Relatienr 532341405``, ``Uw kenmerk: 389040575``, ``aanvraag met nummer 153 484
# 226``): the value is that number, whatever BSN label a line above or below carries (scanned letters and forms
# print a column of numbers, each under its own label).
_OTHER_LABEL_BEFORE = re.compile(
    r"(?i)(?:(?<![^\W\d_])kenmerk|(?<![^\W\d_])(?:aanvraag|melding|bestelling|klacht|zaak|dossier)"
    r"\s+met\s+(?:het\s+)?(?:nummer|nr)|(?<![^\W\d_])polis)\.?[ \t]*[:#.]?[ \t]*$"
)
_LABEL_GAP = re.compile(r"[ \t]*[:#.=]?[ \t]*$")  # (SQL's "WHERE personeelsnr = 294218579" too)
_LABEL_AFTER = re.compile(
    r"(?i)[\s,.:)(-]{0,3}(?:(?:is|was|dat\s+is)\s+)?(?:(?:mijn|m'n|mn|zijn|haar|uw|het|de|je|jouw)\s+)?"
    r"(?:\(?bsn|burgerservicenummer|sofinummer)(?![^\W\d_])"
)
_DIGIT = re.compile(r"\d")
_CODE_PREFIX = re.compile(r"(?<![^\W\d_])(?i:ord|inv|sku|art|po)[_-]?$")
NEGATIVE_CHARS = 30

# 9 digits plain, dotted 4.2.3 (the official writing), spaced, dashed, slashed or tabbed 3-3-3, 4-2-3,
# 2-2-2-3; 8 digits plain (a leading zero dropped). Recognisers read the detection view
# (detectors.text_view): odd spaces, dashes and invisible characters are already plain. No digit on either
# side, and no digit-dot/comma/slash/dash (parts of longer numbers, prices, versions); letters, underscores
# and slashes may touch it (``bsn111222333``, ``scan_111222333.pdf``, ``/personen/111222333/``).
_BSN = re.compile(
    # The first digit first, every writing's first digit factored out of the alternatives: the regex engine skips
    # ahead to digits. The look-behinds after it check what stands before it (a digit; the digit-dot of a longer
    # number; a currency; the subscriber part of a phone number written "+31 (0)162 217 596").
    r"(\d(?<!\d\d)(?<!\d[.,/-]\d)(?<![€$]\s\d)(?<!\(0\)\d)(?<!\(0\) \d)"
    # OCR reads the dots of the official writing as commas ("1112,22,333"): only with BSN context (see find)
    r"(?:\d{8}|\d{7}|\d{3}([.,])\d{2}\2\d{3}|\d{2}([ .\t/-])\d{3}\3\d{3}|\d{3}([ -])\d{2}\4\d{3}|\d \d{2} \d{2} \d{3}"
    # 8 digits (the leading zero dropped) in groups: 4-4, 2-3-3, 3-2-3 (only with BSN context: see find)
    r"|\d{3}[ .-]\d{4}|\d[ .-]\d{3}[ .-]\d{3}|\d{2}[ .-]\d{2}[ .-]\d{3}"
    # chat: a number broken over two messages/lines ("bsn 6831\n41107"); nine digits are checked below
    r"|(?:[ .-]?\d){0,7}\n\d(?:[ .-]?\d){0,7}))"
    r"(?!\d|[.,/-]\d)"
)
# A whole date (day, month, a year of four digits) ending the first line of a number read over a line break: the
# nine digits are a date and what opens the next line (a form's "18-01-1978" then "3. Betaalgegevens", tuning_44).
_DATE_BEFORE_BREAK = re.compile(r"(?<!\d)\d{1,2}([.-])\d{1,2}\1(?:19|20)\d\d\n")
# A whole date opening the line after the break: a chat export's time stamp after a number ending a message
# ("bij ons, Tagorestraat 9" over "04-10-2026 09:15 - Mama Jayden: ...", tuning_114).
_DATE_AFTER_BREAK = re.compile(r"\n\d{1,2}([./-])\d{1,2}\1(?:\d{4}|\d\d)(?!\d)")
# A short suffix after a slash or dash that follows nine digits (led by the separator: the regex engine skips ahead
# to slashes and dashes); the nine digits may not continue a longer number.
_SUFFIX = re.compile(r"[/-](?<=\d{9}[/-])\d{1,3}(?![\d.,/-])")
_DIGITS_BEFORE = re.compile(r"\d$|[\d][.,/-]$")
# A "+" country code (and area code) just before: the number is a phone number's subscriber part.
_PLUS_PREFIX = re.compile(r"\+\d{1,3}(?:[ .-]?\(0\))?(?:[ .-]?\d{1,4})?[ .-]?$")
# A Dutch VAT number (btw-id) around the nine digits: NL 111222333 B01.
_VAT_AFTER = re.compile(r"[Bb]\d\d(?!\w)")

SCORE_WITH_CONTEXT = 0.95
SCORE_NINE_DIGITS = 0.6  # 1 in 11 random 9-digit numbers pass; context-free hits stay reportable
SCORE_ODD_WRITING = 0.9  # odd grouping, OCR letters or digits one by one, with BSN context


# A label in block letters, one to a box (``B S N``, ``B U R G E R S E R V I C E N U M M E R``), or with a dot after
# each letter (``B.S.N.``): the spaces or dots between single letters go before the label is looked up.
_SPACED_LETTERS = re.compile(r"(?<![^\W\d_])([^\W\d_])[ .](?=[^\W\d_](?![^\W\d_]))")
# The word BSN as OCR prints it: 8 for B, 5 for S (``8SN``, ``B5N``), on the lower-cased label.
_OCR_BSN = re.compile(r"(?<![^\W_])[b8][s5]n(?![^\W\d_])")


# Four numbers of one to three digits apart by dots, each at most 255: how IP addresses are written, never a BSN (4.2.3
# or 3.3.3). A number over 255 is no address's ("333.60.74.17", a form's BSN copied in pairs; tuning_39).
_IPV4_WRITING = re.compile(r"(?:(?:25[0-5]|2[0-4]\d|1?\d{1,2})\.){3}(?:25[0-5]|2[0-4]\d|1?\d{1,2})")


def _labelled(text: str, start: int, end: int) -> bool:
    """BSN context before the number, also as OCR prints it (``Persoonsnumrner``, ``Burgerservicenurnmer``, ``B S
    N``, ``B.S.N.``, ``8SN``)."""
    if has_context(text, start, end, CONTEXT_WORDS) or fuzzy_label_near(text, start, CONTEXT_WORDS):
        return True
    window = text[max(0, start - DEFAULT_WINDOW) : start].lower()
    if _OCR_BSN.search(window):
        return True
    joined = _SPACED_LETTERS.sub(r"\1", window)
    return joined != window and any(w in joined for w in CONTEXT_WORDS)


_TABLE_MARKS = ("|", ";", "\t", ",")


def _other_number_column(text: str, start: int, end: int) -> bool:
    """The value stands in a table's or an SQL tuple's column whose header names another number and no BSN
    (``relatie_id|naam|bsn|polisnummer``: the last column's 11-proef-valid numbers are policy numbers)."""
    if not any(mark in text for mark in _TABLE_MARKS):
        return False
    header = column_header(text, start, end)
    if header is None or _OTHER_NUMBER_NAME.search(header) is None:
        return False
    lowered = header.lower()
    return not any(word in lowered for word in CONTEXT_WORDS)


def _bsn_column(text: str, start: int, end: int) -> bool:
    """The value stands in a table's or an SQL tuple's column whose header names a BSN (``naam,geb,bsn``: every
    row's cell under it, however far below the header the row stands)."""
    if not any(mark in text for mark in _TABLE_MARKS):
        return False
    header = column_header(text, start, end)
    if header is None:
        return False
    lowered = header.lower()
    return any(word in lowered for word in CONTEXT_WORDS)


def _nearer_negative(text: str, start: int) -> bool:
    """An order, invoice or company word stands between the last BSN label and the number: the label names
    another number ("BSN 4754 256 74. Zijn bestelnummer was 382563906")."""
    lo = max(0, start - DEFAULT_WINDOW)
    window = text[lo:start].lower()
    label = max(window.rfind(word) for word in CONTEXT_WORDS)
    if label < 0:
        return False  # an OCR-damaged label: nothing to weigh
    nearest = None
    for other in _OTHER_NUMBER_NAME.finditer(text, lo + label + 3, start):
        nearest = other
    # (a name followed by its own number names that one: "BSN klant (ordernr 4455): 339775555")
    return nearest is not None and _DIGIT.search(text, nearest.end(), start) is None


def _named_other_number(text: str, start: int) -> bool:
    """The label right before ``text[start]`` on its line names another number (see :data:`_OTHER_LABEL_BEFORE`),
    and the line says nothing of a BSN before it (``BSN/klantnummer: …`` stays a BSN: fail closed)."""
    line_start = text.rfind("\n", max(0, start - NEGATIVE_CHARS - 10), start) + 1
    line_start = line_start or max(0, start - NEGATIVE_CHARS - 10)
    before = text[line_start:start].lower()  # (once, not once per word)
    if any(word in before for word in CONTEXT_WORDS):
        return False
    if _OTHER_LABEL_BEFORE.search(text, line_start, start):
        return True
    names = list(_OTHER_NUMBER_NAME.finditer(text, line_start, start))
    last = names[-1] if names else None  # the last one counts: the label nearest the number
    return last is not None and _LABEL_GAP.match(text, last.end(), start) is not None


_COLUMN_ROWS = 8  # rows of a scanned table between its header and a value
_COLUMN_SLACK = 6  # OCR aligns a table's columns with spaces only roughly


def _column_labelled(text: str, start: int) -> bool:
    """A space-aligned table (a scanned list) whose header line, the nearest line above without a digit, names
    a BSN column where ``text[start]`` stands, give or take :data:`_COLUMN_SLACK` characters."""
    line_start = text.rfind("\n", 0, start) + 1
    column = start - line_start
    for _ in range(_COLUMN_ROWS):
        if line_start == 0:
            return False
        above = text.rfind("\n", 0, line_start - 1) + 1
        header = text[above : line_start - 1]
        line_start = above
        if _DIGIT.search(header):
            continue  # a row above the value
        # (OCR-folded: a scanned header reads "Persoonsnurnrner / Personal no.", tuning_100; the fold shortens "rn" to
        # "m", a shift well within the slack)
        lowered = ocr_folded(header)
        return any(
            abs(m.start() - column) <= _COLUMN_SLACK
            for word in CONTEXT_WORDS
            for m in re.finditer(re.escape(word), lowered)
        )
    return False


# A form's boxes: digits one to three to a box, boxes parted by ``|`` (``| 1 | 0 | 2 |``, ``2 2 6 | 0 7 8 | 1 6 4``);
# led by the digit (the regex engine skips ahead to digits).
_BOXED = re.compile(r"\d(?<![\d.,]\d)\d{0,2}(?:(?:[ \t]{0,2}\|[ \t]{0,2}|[ \t])\d{1,3}){2,8}(?![\d.,]\d|\d)")


_GROUP_BEFORE = re.compile(r"\d[ .-]?$")
_GROUP_AFTER = re.compile(r"[ .-]?\d")


def _part_of_longer_number(text: str, start: int, end: int) -> bool:
    """Another digit group right before or after ``text[start:end]``: two groups of a longer number
    ("06 1234 5678", an IBAN's "0417 1643 00")."""
    return _GROUP_BEFORE.search(text, max(0, start - 2), start) is not None or _GROUP_AFTER.match(text, end) is not None


# A BSN given over two turns: the digits ending a turn, and the digits opening a later turn (after its speaker).
_SPLIT_LABEL_HINTS = ("bsn", "burgerservice", "sofi")
# (led by the digit, the look-behind after it: the regex engine skips ahead to digits; a line break follows)
_TURN_END_DIGITS = re.compile(r"(\d(?<![\d.,/-]\d)(?:[ .-]?\d){1,7})[ \t.]*(?=\n)")
_TURN_START_DIGITS = re.compile(r"[^\n]{0,40}?:[ \t]+(\d(?:[ .-]?\d){0,7})[ \t.]*(?:\n|$)")
_SPEAKER = re.compile(r"[^\n]{0,40}?\S:[ \t]")
_SPLIT_TURNS = 3  # the speaker's next turn comes within this many lines


def _speaker(text: str, at: int) -> str | None:
    """Who speaks on the line of ``text[at]``: the line's text up to its first colon, digits dropped (a chat's time
    stamp changes between turns), or None when the line has no speaker label before ``at``."""
    line_start = text.rfind("\n", 0, at) + 1
    label = _SPEAKER.match(text, line_start, at)
    return None if label is None else re.sub(r"[\d\s]", "", label.group())


class _Run(NamedTuple):
    start: int
    end: int
    digits: str


_FIRST_LINE = re.compile(r"[\d .-]*\d")


_CELL_DELIMITERS = ";|\t"


def _nine_digit_runs(text: str) -> list[_Run]:
    """The runs of nine digits (``number_writings.digit_runs``), and of those that go on over a line break the part
    on the first line when it holds nine digits: a number the next line's digits follow, a chat's next time stamp
    ("lulu 1107 60165" before "03-12-2026 16:06 - ...", tuning_57), was read as one run of nineteen."""
    out: list[_Run] = []
    for run in digit_runs(text):
        if len(run.digits) == 9:
            out.append(_Run(run.start, run.end, run.digits))
        elif run.line_break and (line_end := text.find("\n", run.start, run.end)) > run.start:
            first = _FIRST_LINE.match(text, run.start, line_end)
            if first is not None and len(digits := re.sub(r"\D", "", first.group())) == 9:
                out.append(_Run(run.start, first.end(), digits))
    return out


_ASKED_TURNS = 3  # a chat's answer comes within this many lines of the turn asking for the number
_ASKED_CHARS = 400
_COLUMN_GAP = re.compile(r"\S(?: {3,}|\t)\S")  # columns parted by a wide gap or a tab


def _asked_turns_above(text: str, start: int) -> bool:
    """A BSN word on one of the :data:`_ASKED_TURNS` lines above ``text[start]`` and no other number named after it
    (``heb je mn burgerservicenummer nodig?`` / ``ja en je geb datum`` / ``47617 3073 en 29/02/1996``): a chat's
    answer to a turn asking for the BSN, further from its label than a sentence's window."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0:
        return False
    above = line_start
    for _ in range(_ASKED_TURNS):
        if above == 0 or line_start - above > _ASKED_CHARS:
            break
        above = text.rfind("\n", 0, above - 1) + 1
    window = text[max(above, line_start - _ASKED_CHARS) : start].lower()
    label = max(window.rfind(word) for word in CONTEXT_WORDS)
    if label < 0:
        return False
    # (a table's header naming its columns is no turn asking: "Naam      BSN      Kenteken" over its rows)
    label_line = window[window.rfind("\n", 0, label) + 1 : (window.find("\n", label) + 1 or len(window) + 1) - 1]
    if _COLUMN_GAP.search(label_line):
        return False
    return _OTHER_NUMBER_NAME.search(window, label + 3) is None


# The 11-proef's weights: nine times the first digit, eight times the second, …, minus the last.
_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2, -1)


def is_valid_bsn(digits: str) -> bool:
    """stdnum's BSN validation; nine ASCII digits (nearly every call) are checked here as stdnum checks them (not all
    zeros, the 11-proef) without its character clean-up, which costs most of its time."""
    if len(digits) == 9 and digits.isascii() and digits.isdigit():
        return digits != "000000000" and sum(map(operator.mul, _WEIGHTS, map(int, digits))) % 11 == 0
    return stdnum_bsn.is_valid(digits)


# A fixed-width record's digit fields glued into one run (``02000417343781153``: record type, sequence number, BSN),
# led by its first digit: more than nine digits, no digit on either side.
_RECORD_RUN = re.compile(r"\d(?<!\d\d)\d{9,39}(?!\d)")
_RECORD_ROWS = 3  # rows whose field passes the 11-proef: one in 11**3 random columns passes in all three


@lru_cache(maxsize=4)  # (the BSN and birth-date recognisers read the same text's record layout one after the other)
def record_fields(text: str) -> tuple[tuple[int, int], ...]:
    """Nine-digit fields inside the glued digit runs of a fixed-width file's rows: the runs that start at the same
    column of their line and are as long as each other are one field layout; a nine-digit slice at one offset of them
    that passes the 11-proef in every such row, at least :data:`_RECORD_ROWS` different values and none led by
    ``00`` (a zero-padded counter), is a BSN column. A layout with a row that fails at the offset is no BSN column
    (a trailer or a timestamp column passes by chance in a row, never in all)."""
    layouts: dict[tuple[int, int], list[tuple[int, str]]] = {}
    for m in _RECORD_RUN.finditer(text):
        column = m.start() - (text.rfind("\n", 0, m.start()) + 1)
        layouts.setdefault((column, m.end() - m.start()), []).append((m.start(), m.group()))
    fields: list[tuple[int, int]] = []
    for (_, length), rows in layouts.items():
        if len(rows) < _RECORD_ROWS:
            continue
        for offset in range(length - 8):
            values = [run[offset : offset + 9] for _, run in rows]
            if len(set(values)) < _RECORD_ROWS or any(v.startswith("00") or not is_valid_bsn(v) for v in values):
                continue
            fields += [(start + offset, start + offset + 9) for start, _ in rows]
    return tuple(fields)


# A BSN OCR read with more look-alike letters than a digit run may hold (``number_writings.MAX_OCR_LETTERS``), or with
# a whole group of them, right after its label on a scanned form: "BSN: 9O4.66O.Oll" (tuning_99, a payslip),
# "Burgerservicenurnrner 6O28.OO.O92" (tuning_64), "BSN: 45S OOl S7l" (tuning_39). Nine characters of digits and the
# look-alikes of 0, 1, 5 and 8, in up to four groups parted by one separator, at least OCR_REAL_DIGITS real digits;
# taken only with the label itself right before it on its line (as OCR prints it, see ``context.ocr_folded``), and
# when the 11-proef holds over the digits it stands for.
_OCR_WRITTEN = re.compile(r"(?<![^\W_])[\dOoIlSB]{1,9}(?:([ .])[\dOoIlSB]{1,8}(?:\1[\dOoIlSB]{1,8}){0,2})?(?![^\W_])")
_OCR_AS_DIGITS = str.maketrans("OoIlSB", "001158")
OCR_REAL_DIGITS = 3


def _label_right_before(text: str, start: int) -> bool:
    """A BSN label (``CONTEXT_WORDS``, OCR-folded) ends right before ``text[start]`` on its line, a colon between."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 40) : start]
    gap = _LABEL_GAP.search(before)
    label = ocr_folded(before[: gap.start()] if gap else before)
    return any(label.endswith(word) for word in CONTEXT_WORDS)


def _ocr_read_after_label(text: str, found: list[Finding]) -> list[tuple[int, int]]:
    """Spans of BSNs read by OCR with many look-alike letters, right after their label (see ``_OCR_WRITTEN``)."""
    out = []
    for m in _OCR_WRITTEN.finditer(text):
        written = m.group()
        compact = written.replace(" ", "").replace(".", "")
        if len(compact) != 9 or compact.isdigit() or sum(c.isdigit() for c in compact) < OCR_REAL_DIGITS:
            continue
        if any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        if is_valid_bsn(compact.translate(_OCR_AS_DIGITS)) and _label_right_before(text, m.start()):
            out.append(m.span())
    return out


class BsnRecognizer(DutchRecognizer):
    """BSNs in ``text`` (python-stdnum style examples):

    >>> find = BsnRecognizer().find
    >>> text = "Mijn BSN is 1112.22.333."
    >>> [(f.entity_type, text[f.start : f.end], f.score) for f in find(text)]
    [('NL_BSN', '1112.22.333', 0.95)]
    >>> find("bsn 111222334")  # fails the 11-proef
    []
    >>> find("Ordernummer 111222333")  # passes it, but an order number and no BSN context
    []
    """

    ENTITIES = ("NL_BSN",)

    def find(self, text: str, doc: Doc | None = None) -> list[Finding]:
        found: list[Finding] = []
        for m in _BSN.finditer(text):
            value = m.group(1)
            digits = re.sub(r"\D", "", value)
            start, end = m.span(1)
            if "\n" in value and (
                len(digits) != 9 or text[start - 1 : start].isalpha() or text[end : end + 1].isalpha()
            ):
                continue  # (over two lines: not an identifier's tail and a log's next time stamp, "…WC6\n2026-08-04T…")
            if "\n" in value and text[end : end + 1] and text[end : end + 1] in _CELL_DELIMITERS:
                continue  # a number's end and the next row's first cell ("06-48 12 70 35\n102;Oosterhuis", tuning_85)
            if "\n" in value and _DATE_BEFORE_BREAK.search(value):
                continue  # a date ending a form's line and the next line's section number ("18-01-1978\n3. Betaal…")
            if "\n" in value and _DATE_AFTER_BREAK.match(text, start + value.index("\n")):
                continue  # a house number ending a message, the chat export's next date ("…straat 9\n04-10-2026")
            if len(digits) == 8 and not value.isdigit() and _part_of_longer_number(text, start, end):
                continue  # two groups of a longer number ("06 1234 5678", an IBAN's "0417 1643 00")
            if not is_valid_bsn(digits) or _named_other_number(text, start) or _other_number_column(text, start, end):
                continue
            if _PLUS_PREFIX.search(text, max(0, start - 16), start) or text[start - 1 : start] == "+":
                # "bsn: bel +31 6 54404897": a "+" country code makes it a phone number; the nine digits may open with
                # it too ("+351 912 447 308", a Portuguese mobile whose first nine digits pass the 11-proef, tuning_44)
                continue
            context = _labelled(text, start, end) and not _nearer_negative(text, start)
            if "," in value and not context:
                continue  # "1112,22,333" unlabelled: a list of numbers, an amount
            if not context and not self._plausible(text, start, end, value):
                continue
            if context:
                score = SCORE_WITH_CONTEXT
            elif len(digits) == 9:
                score = SCORE_NINE_DIGITS
            else:
                continue  # 8 digits without BSN context: dates, KvK numbers, order numbers
            found.append(Finding(start, end, "NL_BSN", score, self.name))
        found += self._odd_writings(text, found)
        found += [Finding(*span, "NL_BSN", SCORE_ODD_WRITING, self.name) for span in _ocr_read_after_label(text, found)]
        found += self._suffixed(text, found)
        if text.count("\n") >= _RECORD_ROWS - 1:
            found += [
                Finding(start, end, "NL_BSN", SCORE_NINE_DIGITS, self.name)
                for start, end in record_fields(text)
                if not any(f.start < end and start < f.end for f in found)
            ]
        if "|" in text:
            found += self._boxed(text, found)
        return found + self._split_over_turns(text, found)

    def _boxed(self, text: str, found: list[Finding]) -> list[Finding]:
        """Nine digits in a form's boxes (:data:`_BOXED`), with a BSN label and the 11-proef."""
        boxed: list[Finding] = []
        for m in _BOXED.finditer(text):
            start, end = m.span()
            digits = re.sub(r"\D", "", m.group())
            if "|" not in m.group() or len(digits) != 9 or any(f.start < end and start < f.end for f in found):
                continue
            if is_valid_bsn(digits) and _labelled(text, start, end) and not _named_other_number(text, start):
                boxed.append(Finding(start, end, "NL_BSN", SCORE_ODD_WRITING, self.name))
        return boxed

    def _suffixed(self, text: str, found: list[Finding]) -> list[Finding]:
        """Nine digits with a short suffix after a slash or dash (``339775555/01``, ``339775555-2``: a volgnummer),
        which the main pattern leaves alone as part of a longer number: only with a BSN label and the 11-proef."""
        suffixed: list[Finding] = []
        for m in _SUFFIX.finditer(text):
            start, end = m.start() - 9, m.start()
            if _DIGITS_BEFORE.search(text, max(0, start - 2), start) is not None:
                continue  # more digits before: a longer number
            if any(f.start < end and start < f.end for f in found) or not is_valid_bsn(text[start:end]):
                continue
            if _labelled(text, start, end) and not _nearer_negative(text, start):
                suffixed.append(Finding(start, end, "NL_BSN", SCORE_ODD_WRITING, self.name))
        return suffixed

    def _split_over_turns(self, text: str, found: list[Finding]) -> list[Finding]:
        """A BSN a speaker gives in two turns, another's turn between them (``Klant: mijn bsn is 339 775`` /
        ``Agent: ja?`` / ``Klant: 555``): the digits ending the labelled turn and those opening the speaker's next
        turn, nine together and passing the 11-proef, are both reported."""
        if "\n" not in text:
            return []
        lowered = text_facts(text).lowered
        if not any(word in lowered for word in _SPLIT_LABEL_HINTS):
            return []
        pieces: list[Finding] = []
        for head in _TURN_END_DIGITS.finditer(text):
            start, end = head.span(1)
            if any(f.start < end and start < f.end for f in found):
                continue
            speaker = _speaker(text, start)
            if speaker is None:
                continue
            line_end = head.end()
            for _ in range(_SPLIT_TURNS):
                if line_end < 0:
                    break
                tail = _TURN_START_DIGITS.match(text, line_end + 1)
                next_end = text.find("\n", line_end + 1)
                if tail is not None and _speaker(text, tail.start(1)) == speaker:
                    digits = re.sub(r"\D", "", head.group(1) + tail.group(1))
                    # (the label last: the costliest test)
                    if len(digits) == 9 and is_valid_bsn(digits) and _labelled(text, start, end):
                        pieces.append(Finding(start, end, "NL_BSN", SCORE_ODD_WRITING, self.name))
                        pieces.append(Finding(*tail.span(1), "NL_BSN", SCORE_ODD_WRITING, self.name))
                    break
                line_end = next_end
        return pieces

    def _odd_writings(self, text: str, strict: list[Finding]) -> list[Finding]:
        """Nine digits in a writing no other BSN rule reads (``7102 822 54``, ``620.966 543``, ``287_072_290``,
        ``7 7 3 7 3 1 9 7 0``, OCR's ``747l74295``): one in 11 random numbers passes the 11-proef, so the
        text must say BSN, and a company number's context or a phone number's ``+`` still rules it out."""
        found = []
        for run in _nine_digit_runs(text):
            if any(f.start <= run.start and run.end <= f.end for f in strict):
                continue
            if not is_valid_bsn(run.digits) or _IPV4_WRITING.fullmatch(text, run.start, run.end):
                continue  # (an IP address's four dotted numbers, "66.249.66.81" in a log that says bsn= elsewhere)
            if _DATE_BEFORE_BREAK.search(text, run.start, run.end):
                continue
            # the label before it, or right after it ("2 8 5 8 7 2 4 2 4 is mijn BSN")
            if (
                not _labelled(text, run.start, run.end)
                and not _LABEL_AFTER.match(text, run.end)
                and not (
                    "\n" in text
                    and (
                        _column_labelled(text, run.start)
                        or _bsn_column(text, run.start, run.end)
                        or _asked_turns_above(text, run.start)
                    )
                )
            ):
                continue
            if _nearer_negative(text, run.start) or _named_other_number(text, run.start):
                continue
            if _other_number_column(text, run.start, run.end):
                continue
            if _PLUS_PREFIX.search(text, max(0, run.start - 16), run.start):
                continue
            if STRONG_NEGATIVE.search(text, max(0, run.start - NEGATIVE_CHARS), run.start):
                continue
            found.append(Finding(run.start, run.end, "NL_BSN", SCORE_ODD_WRITING, self.name))
        return found

    @staticmethod
    def _plausible(text: str, start: int, end: int, value: str) -> bool:
        """Without BSN context: not part of a hash, a VAT number, a tab-separated row of small numbers, a
        company's number or (unless the writer calls it theirs) an order number."""
        if glued_into_code(text, start, end):
            return False
        if "\t" in value or (text[max(0, start - 2) : start].upper() == "NL" and _VAT_AFTER.match(text, end)):
            return False
        # searched in place, not in a slice: a word cut at the window's edge ("[v]ordering") is no word start
        near = max(0, start - NEGATIVE_CHARS)
        if STRONG_NEGATIVE.search(text, near, start):
            return False
        if WEAK_NEGATIVE.search(text, near, start) or _CODE_PREFIX.search(text, near, start):
            return PERSONAL_CONTEXT.search(text, max(0, start - 2 * NEGATIVE_CHARS), start) is not None
        return True
