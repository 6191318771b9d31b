"""MRZ: ICAO 9303 machine readable zones (TD1 3×30, TD2 2×36, TD3 2×44) and the personal data inside.

A zone is reported only when its structure is clear (line count and widths, document type letter,
country codes of letters, digits where dates and check digits are) and its check digits hold: all of
them (score 1.0) or all but the ones one misread character can break (0.75). The values inside are
reported as well: document number (NL_ID_DOCUMENT), the BSN older Dutch documents carry (NL_BSN),
date of birth (DATE_OF_BIRTH) and the holder's name (PERSON).

OCR text is noisy, so lines are read tolerantly: spaces inside a line, ``«`` for ``<<``, ``K`` for
``<`` in trailing filler runs, letters for digits where the layout holds a digit (``O``, ``I``, ``l``, ``Q``,
``S``, ``B``, ``Z``, ``G``, ``D``), one or two fillers too many or too few (up to six in the filler run that ends a
line), CRLF line breaks, leading and trailing spaces. Every normalised character keeps the index of the original
character it came from, so findings carry offsets into the original text. Zones are found in machine output too:
lines joined by escaped line breaks (``\\n`` in a JSON or log string) or written as the items of a JSON or Python list.

A zone whose check digits OCR broke beyond one character is still a document's MRZ: when its layout is
unmistakable, :class:`MrzShapeRecognizer` reports the zone (not its values, which may be misread).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from stdnum.nl import bsn as stdnum_bsn

from afscherm.detectors.findings import Finding
from afscherm.detectors.recognizer import DutchRecognizer

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc

__all__ = ["MrzRecognizer", "MrzShapeRecognizer", "compose_td1", "compose_td2", "compose_td3", "icao_check_digit"]

SCORE_ALL_VALID = 1.0
SCORE_ONE_ERROR = 0.75
SCORE_SHAPE_ONLY = 0.6

# ---------------------------------------------------------------------------------------------------
# Check digit and composers (pure; reused by the synthetic data generator)

_CHAR_VALUES = {c: i for i, c in enumerate("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")} | {"<": 0}
_WEIGHTS = (7, 3, 1)


def icao_check_digit(field: str) -> str:
    """The ICAO 9303 check digit of ``field``: weights 7-3-1, A=10 … Z=35, ``<`` = 0, sum mod 10."""
    try:
        total = sum(_CHAR_VALUES[c] * _WEIGHTS[i % 3] for i, c in enumerate(field))
    except KeyError as e:
        raise ValueError(f"not an MRZ character: {e.args[0]!r} in {field!r}") from None
    return str(total % 10)


_MRZ_TEXT = re.compile(r"[A-Z0-9<]*")


def _mrz_text(value: str) -> str:
    """Upper-case ASCII with ``<`` for spaces and hyphens (accents dropped, apostrophes omitted)."""
    ascii_only = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return re.sub(r"[ \-]+", "<", ascii_only.replace("'", "").strip().upper())


def _field(value: str, width: int, what: str) -> str:
    text = _mrz_text(value)
    if len(text) > width or not _MRZ_TEXT.fullmatch(text):
        raise ValueError(f"{what} {value!r} does not fit an MRZ field of {width} characters")
    return text.ljust(width, "<")


def _date(value: str, what: str) -> str:
    if not re.fullmatch(r"\d{6}", value):
        raise ValueError(f"{what} must be YYMMDD, got {value!r}")
    return value


def _sex(value: str) -> str:
    sex = value.upper() if value.upper() in ("M", "F") else "<" if value.upper() in ("", "X", "<") else ""
    if not sex:
        raise ValueError(f"sex must be M, F, X or <, got {value!r}")
    return sex


def _name_field(surname: str, given_names: str, width: int) -> str:
    """Primary and secondary identifier joined by ``<<``, cut to the field width (ICAO truncation)."""
    name = _mrz_text(surname)
    given = _mrz_text(given_names)
    if given:
        name += "<<" + given
    name = name[:width]
    if not name or not re.fullmatch(r"[A-Z<]+", name):
        raise ValueError(f"name {surname!r}, {given_names!r} has characters an MRZ name cannot hold")
    return name.ljust(width, "<")


def _header(document_type: str, country: str) -> str:
    return _field(document_type, 2, "document type") + _field(country, 3, "country")


def _document(document_number: str) -> str:
    number = _field(document_number, 9, "document number")
    return number + icao_check_digit(number)


def _dated(date: str, what: str) -> str:
    return _date(date, what) + icao_check_digit(date)


def compose_td1(
    document_type: str,
    country: str,
    document_number: str,
    birth_date: str,
    sex: str,
    expiry_date: str,
    nationality: str,
    surname: str,
    given_names: str,
    optional_data: str = "",
    optional_data_2: str = "",
) -> list[str]:
    """The three 30-character lines of an identity card (TD1) MRZ."""
    line1 = _header(document_type, country) + _document(document_number)
    line1 += _field(optional_data, 15, "optional data")
    line2 = _dated(birth_date, "birth date") + _sex(sex) + _dated(expiry_date, "expiry date")
    line2 += _field(nationality, 3, "nationality") + _field(optional_data_2, 11, "optional data 2")
    line2 += icao_check_digit(line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29])
    return [line1, line2, _name_field(surname, given_names, 30)]


def compose_td2(
    document_type: str,
    country: str,
    document_number: str,
    birth_date: str,
    sex: str,
    expiry_date: str,
    nationality: str,
    surname: str,
    given_names: str,
    optional_data: str = "",
) -> list[str]:
    """The two 36-character lines of a TD2 MRZ."""
    line1 = _header(document_type, country) + _name_field(surname, given_names, 31)
    line2 = _document(document_number) + _field(nationality, 3, "nationality")
    line2 += _dated(birth_date, "birth date") + _sex(sex) + _dated(expiry_date, "expiry date")
    line2 += _field(optional_data, 7, "optional data")
    line2 += icao_check_digit(line2[0:10] + line2[13:20] + line2[21:35])
    return [line1, line2]


def compose_td3(
    document_type: str,
    country: str,
    document_number: str,
    birth_date: str,
    sex: str,
    expiry_date: str,
    nationality: str,
    surname: str,
    given_names: str,
    personal_number: str = "",
) -> list[str]:
    """The two 44-character lines of a passport (TD3) MRZ."""
    line1 = _header(document_type, country) + _name_field(surname, given_names, 39)
    personal = _field(personal_number, 14, "personal number")
    line2 = _document(document_number) + _field(nationality, 3, "nationality")
    line2 += _dated(birth_date, "birth date") + _sex(sex) + _dated(expiry_date, "expiry date")
    line2 += personal + icao_check_digit(personal)
    line2 += icao_check_digit(line2[0:10] + line2[13:20] + line2[21:43])
    return [line1, line2]


# ---------------------------------------------------------------------------------------------------
# Layouts: where each field sits in the zone's lines joined into one string

Span = tuple[int, int]


@dataclass(frozen=True)
class _Layout:
    width: int
    lines: tuple[re.Pattern[str], ...]  # structure of each line
    local_checks: tuple[tuple[tuple[int, int, int], ...], ...]  # per line: (start, end, check digit)
    document: Span
    document_check: int
    overflow: Span | None  # where a document number longer than 9 characters continues
    birth: Span
    birth_check: int
    expiry: Span
    expiry_check: int
    personal: Span | None  # TD3 personal number (its check digit follows it)
    optional: tuple[Span, ...]  # fields whose trailing fillers OCR may read as K
    composite: tuple[Span, ...]
    composite_check: int
    name: Span
    country: Span
    bsn: Span | None  # first 9 positions of the field Dutch documents used for the BSN
    digits: tuple[tuple[int, ...], ...] = ()  # per line: positions that hold a digit (dates, check digits)


# A name field starts with a letter and holds at least one filler; OCR reads a name's I, O, S or B as 1, 0, 5 or 8
# ("YASS1N"), which no check digit covers, so those digits may stand in a name. Its first letter too: an Ö
# transliterated to O and printed as 0 ("0ZTURK"), so a name may open with such a digit before a letter.
_NAME = r"(?=[A-Z0158<]*<)(?:[A-Z]|[0158](?=[A-Z]))[A-Z0158<]"
_DATES = r"\d{7}[MFX<]\d{7}"  # birth date, check, sex, expiry date, check
_NUMBER = r"[A-Z0-9][A-Z0-9<]{8}[0-9<]"  # document number and its check digit

_TD1 = _Layout(
    width=30,
    lines=(
        re.compile(r"[IAC][A-Z0-9<][A-Z][A-Z<]{2}" + _NUMBER + r"[A-Z0-9<]{15}"),
        re.compile(_DATES + r"[A-Z][A-Z<]{2}[A-Z0-9<]{11}\d"),
        re.compile(_NAME + r"{29}"),
    ),
    local_checks=(((5, 14, 14),), ((0, 6, 6), (8, 14, 14)), ()),
    document=(5, 14),
    document_check=14,
    overflow=(15, 30),
    birth=(30, 36),
    birth_check=36,
    expiry=(38, 44),
    expiry_check=44,
    personal=None,
    optional=((15, 30), (48, 59)),
    composite=((5, 30), (30, 37), (38, 45), (48, 59)),
    composite_check=59,
    name=(60, 90),
    country=(2, 5),
    bsn=(15, 24),
    # (the document number's check digit too: OCR reads its 0 as O as readily as a date's)
    digits=((14,), (*range(7), *range(8, 15), 29), ()),
)
_TD2 = _Layout(
    width=36,
    lines=(
        re.compile(r"[IAC][A-Z0-9<][A-Z][A-Z<]{2}" + _NAME + r"{30}"),
        re.compile(_NUMBER + r"[A-Z][A-Z<]{2}" + _DATES + r"[A-Z0-9<]{7}\d"),
    ),
    local_checks=((), ((0, 9, 9), (13, 19, 19), (21, 27, 27))),
    document=(36, 45),
    document_check=45,
    overflow=(64, 71),
    birth=(49, 55),
    birth_check=55,
    expiry=(57, 63),
    expiry_check=63,
    personal=None,
    optional=((64, 71),),
    composite=((36, 46), (49, 56), (57, 64), (64, 71)),
    composite_check=71,
    name=(5, 36),
    country=(2, 5),
    bsn=None,
    digits=((), (9, *range(13, 20), *range(21, 28), 35)),
)
_TD3 = _Layout(
    width=44,
    lines=(
        re.compile(r"P[A-Z0-9<][A-Z][A-Z<]{2}" + _NAME + r"{38}"),
        re.compile(_NUMBER + r"[A-Z][A-Z<]{2}" + _DATES + r"[A-Z0-9<]{14}[0-9<]\d"),
    ),
    local_checks=((), ((0, 9, 9), (13, 19, 19), (21, 27, 27), (28, 42, 42))),
    document=(44, 53),
    document_check=53,
    overflow=None,
    birth=(57, 63),
    birth_check=63,
    expiry=(65, 71),
    expiry_check=71,
    personal=(72, 86),
    optional=((72, 86),),
    composite=((44, 54), (57, 64), (65, 72), (72, 87)),
    composite_check=87,
    name=(5, 44),
    country=(2, 5),
    bsn=(72, 81),
    digits=((), (9, *range(13, 20), *range(21, 28), 42, 43)),
)
_LAYOUTS = (_TD1, _TD2, _TD3)

# ---------------------------------------------------------------------------------------------------
# Reading noisy lines

# Runs of MRZ characters on one physical line; OCR may put up to three spaces inside a line.
# A lower-case ``l`` is OCR's reading of a ``1``: kept in the run, read as a digit where the layout has one.
_RUN = re.compile(r"[A-Z0-9<«l]+(?:[ \t\u00a0]{1,3}[A-Z0-9<«l]+)*")
_TOKEN = re.compile(r"[A-Z0-9<«l]+")
# What may separate two lines of one zone: line breaks (CRLF too), blank lines, stray spaces; in machine
# output also the escaped line breaks of a JSON or log string (``\\n``, ``\\r\\n``) and the quotes and comma
# between the items of a JSON or Python list of lines (``"…", "…"``).
_LINE_GAP = re.compile(
    # OCR's specks at a line's ends (``<<<6 »``, ``|P<NLD``): up to two marks beside each break
    r"[ \t\u00a0]*(?:[»|.,:;'\"`’‘_~-]{1,2}[ \t\u00a0]*)?"
    # (an e-mail reply's quote marks open the next line: "> ", "> > ")
    r"(?:(?:\r\n|\r|\n|\\r\\n|\\n|\\r)[ \t\u00a0]*(?:[»|.,:;'\"`’‘_~>-]{1,2}[ \t\u00a0]*)?){1,3}"
    r"|[ \t]*(?P<quote>['\"])[ \t]*,[ \t\r\n]*(?P=quote)[ \t]*"
)
_MAX_REPAIR = 2  # fillers missing or extra per line
# ... and in the run of fillers that ends a line (a name line, TD1's optional data), where OCR loses count of a long
# run of chevrons: up to this many, one reading (only that run resized).
_MAX_TAIL_REPAIR = 6
_TAIL_FILLERS = re.compile(r"[<K]{3,}$")
_MIN_TAIL_LEFT = 2  # fillers a shortened trailing run keeps
_MIN_RUN = min(layout.width for layout in _LAYOUTS) - _MAX_REPAIR
_OPTIONS_PER_LINE = 3
# Where a filler may be missing or doubled: runs of fillers (with K misreads) and a K-run at line end.
_REPAIR_SITE = re.compile(r"[<K]*<[<K]*|K{2,}$")
_ONLY_FILLERS = re.compile(r"[<K]+")
# A trailing filler run of a name or optional field (optional data may end in a digit after it).
_FILLER_TAIL = re.compile(r"[<K]+(?=\d|$)")
# A line's trailing run of fillers and K misreads that holds a K.
_K_TAIL = re.compile(r"[<K]*K[<K]*$")
_K_RUN = re.compile(r"K{3,}")
# Letters OCR reads for digits in the MRZ font (and Z for 2, G for 6, D for 0: a scanner's usual confusions).
_AS_DIGIT = str.maketrans("OIlQSBZGD", "011058260")


@dataclass(frozen=True)
class _Run:
    """One run of MRZ characters, normalised (no spaces, ``«`` → ``<<``) with original indices."""

    chars: str
    index: tuple[int, ...]  # original text index of each normalised character
    cuts: tuple[int, ...]  # normalised offset where each token starts, plus the total length
    tokens: tuple[Span, ...]  # original extent of each token


@dataclass(frozen=True)
class _Line:
    """One candidate reading of an MRZ line, exactly as wide as its layout says."""

    cost: int  # 1000 per filler added or dropped, 100 per filler run edited, plus distance from line end
    checks: int  # line-local check digits that hold
    chars: str
    index: tuple[int, ...]
    start: int  # original extent of the text it was read from
    end: int


@dataclass(frozen=True)
class _Zone:
    layout: _Layout
    errors: int
    cost: int
    chars: str  # all lines joined, fillers normalised
    index: tuple[int, ...]
    start: int
    end: int


def _make_run(text: str, start: int, end: int) -> _Run:
    chars: list[str] = []
    index: list[int] = []
    cuts: list[int] = []
    tokens: list[Span] = []
    for token in _TOKEN.finditer(text, start, end):
        cuts.append(len(chars))
        tokens.append(token.span())
        if "«" not in token.group():
            chars.extend(token.group())
            index.extend(range(*token.span()))
            continue
        for i in range(*token.span()):
            # OCR reads two chevrons as one guillemet
            width = 2 if text[i] == "«" else 1
            chars.extend("<<" if width == 2 else text[i])
            index.extend([i] * width)
    cuts.append(len(chars))
    return _Run("".join(chars), tuple(index), tuple(cuts), tuple(tokens))


def _run_spans(text: str) -> list[Span]:
    """Extents of the runs long enough to hold an MRZ line (fillers counted as ``«`` may stand for two), and of two
    runs on consecutive lines that together are one line's width, one of them too short to be a line: a line OCR
    broke in two (``P<NLDBOUALI<<YOUSSEF<<<<<<<<<<`` / ``<<<<<<<<<<<<<<``). Sorted by start (a broken line's first
    part may start a long run as well)."""
    guillemets = "«" in text
    if not guillemets and "<<" not in text:  # most texts: no filler runs, no broken lines
        return [m.span() for m in _RUN.finditer(text) if m.end() - m.start() >= _MIN_RUN]
    runs = [m.span() for m in _RUN.finditer(text)]
    sizes = [end - start + (text.count("«", start, end) if guillemets else 0) for start, end in runs]
    spans = [run for run, size in zip(runs, sizes, strict=True) if size >= _MIN_RUN]
    for k in range(len(runs) - 1):
        a_size, b_size = sizes[k], sizes[k + 1]
        if a_size + b_size not in _BROKEN_WIDTHS or min(a_size, b_size) >= _MIN_RUN:
            continue
        (a_start, a_end), (b_start, b_end) = runs[k], runs[k + 1]
        shorter = runs[k] if a_size < b_size else runs[k + 1]
        # whole words on both sides (not the "E" of "Einde" below a zone), the short part with fillers
        if (
            text[a_start - 1 : a_start].isalnum()
            or text[b_end : b_end + 1].isalnum()
            or "<" not in text[slice(*shorter)]
        ):
            continue
        if _BROKEN_LINE.fullmatch(text, a_end, b_start):
            spans.append((a_start, b_end))
    return sorted(spans)


# The sizes two parts of a broken line may add up to: a line's width, give or take the fillers a repair adds or drops.
_BROKEN_WIDTHS = frozenset(layout.width + d for layout in _LAYOUTS for d in range(-_MAX_REPAIR, _MAX_REPAIR + 1))
_BROKEN_LINE = re.compile(r"[ \t\u00a0]*\r?\n[ \t\u00a0]*")


def _chains(text: str, spans: list[Span], k: int, lines: int) -> Iterator[list[Span]]:
    """Runs from ``spans[k]`` on, one per line, each after the last with only a line gap between them (where a broken
    line's two runs are one span too, each reading is followed)."""
    if lines == 1:
        yield [spans[k]]
        return
    end = spans[k][1]
    following = [j for j in range(k + 1, len(spans)) if spans[j][0] >= end]
    nearest = [j for j in following if spans[j][0] == spans[following[0]][0]] if following else []
    for j in nearest:
        if _LINE_GAP.fullmatch(text, end, spans[j][0]):
            for rest in _chains(text, spans, j, lines - 1):
                yield [spans[k], *rest]


def _piece(run: _Run, first: int, last: int) -> tuple[str, tuple[int, ...], int, int]:
    """Tokens ``first`` to ``last`` (exclusive) of a run: characters, indices, original extent."""
    a, b = run.cuts[first], run.cuts[last]
    return run.chars[a:b], run.index[a:b], run.tokens[first][0], run.tokens[last - 1][1]


def _token_ranges(run: _Run, role: str, width: int) -> Iterator[tuple[int, int]]:
    """Token ranges of a run that may be one line: a suffix (first line: a label may precede it), a
    prefix (last line), or the whole run; only those within the filler tolerance of the width. A label
    is dropped, never a token of fillers: that is the line's own end, split off by an OCR space."""
    n = len(run.tokens)
    droppable = [not _ONLY_FILLERS.fullmatch(run.chars, run.cuts[t], run.cuts[t + 1]) for t in range(n)]
    ranges = {
        "first": [(i, n) for i in range(n) if all(droppable[:i])],
        "last": [(0, j) for j in range(1, n + 1) if all(droppable[j:])],
        "only": [(0, n)],
    }[role]
    for i, j in ranges:
        excess = run.cuts[j] - run.cuts[i] - width
        tail_only = abs(excess) <= _MAX_TAIL_REPAIR and _tail_repairable(run.chars[run.cuts[i] : run.cuts[j]], excess)
        if abs(excess) <= _MAX_REPAIR or tail_only:
            yield i, j


def _tail_repairable(chars: str, excess: int) -> bool:
    """The line ends in a run of fillers that can take ``excess`` fillers more (``< 0``) or fewer and keep a few."""
    tail = _TAIL_FILLERS.search(chars)
    return tail is not None and len(tail.group()) - max(excess, 0) >= _MIN_TAIL_LEFT


def _edit(chars: str, index: tuple[int, ...], sites: list[Span], grow: bool) -> tuple[str, tuple[int, ...]]:
    """Add (``grow``) or drop one filler at each of ``sites`` (a site may repeat)."""
    for (start, end), count in sorted(Counter(sites).items(), reverse=True):
        if grow:
            # an added filler borrows the original index of its left neighbour
            fill = index[end - 1] if end > 0 else index[0]
            chars = chars[:end] + "<" * count + chars[end:]
            index = index[:end] + (fill,) * count + index[end:]
        else:
            count = min(count, end - start)
            chars = chars[: end - count] + chars[end:]
            index = index[: end - count] + index[end:]
    return chars, index


def _repairs(chars: str, index: tuple[int, ...], width: int) -> Iterator[tuple[int, str, tuple[int, ...]]]:
    """Readings of a line with one or two fillers added or removed so that it is ``width`` long (up to
    :data:`_MAX_TAIL_REPAIR` in the filler run that ends it)."""
    excess = len(chars) - width
    if excess == 0:
        yield 0, chars, index
        return
    if abs(excess) > _MAX_REPAIR:
        # only the line's trailing filler run, resized (see _token_ranges)
        tail = _TAIL_FILLERS.search(chars)
        if tail is not None and _tail_repairable(chars, excess):
            edited, edited_index = _edit(chars, index, [tail.span()] * abs(excess), grow=excess < 0)
            yield 1000 * abs(excess) + 100, edited, edited_index
        return
    sites = [m.span() for m in _REPAIR_SITE.finditer(chars)]
    if excess < 0:
        sites.append((len(chars), len(chars)))  # fillers lost at the end of the line
    for combo in itertools.combinations_with_replacement(sites, abs(excess)):
        edited, edited_index = _edit(chars, index, list(combo), grow=excess < 0)
        if len(edited) == width:
            # miscounted fillers are most often the trailing ones; the header's filler (I<UTO) least often
            cost = 1000 * abs(excess) + 100 * len(set(combo)) + len(chars) - min(end for _, end in combo)
            yield cost, edited, edited_index


def _check_ok(field: str, check: str) -> bool:
    if check == "<":  # an empty field may have a filler as its check digit
        return field.strip("<") == ""
    return check == icao_check_digit(field)


def _ocr_reading(layout: _Layout, line: int, text: str) -> str:
    """``text`` with OCR's letter-for-digit confusions undone where the layout holds a digit (``O`` for ``0``
    in a date), a lower-case ``l`` (no MRZ character) read as ``1`` (as ``I`` in the name line, and where the line
    holds no digit there), and filler runs read
    as ``K`` (``THIJSKKKK``, ``NLDKKKKKKKKKKK2``: three or more, or any run of K and fillers at the line's end) turned
    back into fillers; a name line without any filler left has its ``KK`` (between surname and given names) read as
    fillers too. Check digits still decide everything but the name."""
    chars = list(text)
    for i in layout.digits[line]:
        chars[i] = chars[i].translate(_AS_DIGIT)
    if line == 0 and chars[0] in "1l" and layout is not _TD3:
        chars[0] = "I"  # an identity card's document type I read as a digit one
    name_line = line == layout.name[0] // layout.width
    reading = "".join(chars).replace("l", "I" if name_line else "1")
    if not name_line and "l" in text and not layout.lines[line].fullmatch(reading):
        # (an ``l`` where only a letter may stand is an ``I``: a nationality or a document type, "89O2111F3OO9082lRQ",
        # an Iraqi holder's IRQ; tuning_129)
        reading = "".join(chars).replace("l", "I")
    reading = _K_TAIL.sub(lambda m: "<" * len(m.group()) if len(m.group()) >= 3 else m.group(), reading)
    reading = _K_RUN.sub(lambda m: "<" * len(m.group()), reading)
    if name_line and "<" not in reading[5 if layout is not _TD1 else 0 :]:
        reading = reading.replace("KK", "<<")
    return reading


def _line_options(layout: _Layout, line: int, pieces: list[tuple[str, tuple[int, ...], int, int]]) -> list[_Line]:
    pattern = layout.lines[line]
    options = []
    for chars, index, start, end in pieces:
        for cost, text, text_index in _repairs(chars, index, layout.width):
            if not pattern.fullmatch(text):
                # one character for one: the original indices still hold; a clean reading is preferred
                text, cost = _ocr_reading(layout, line, text), cost + 10
                if not pattern.fullmatch(text):
                    continue
            checks = sum(_check_ok(text[a:b], text[c]) for a, b, c in layout.local_checks[line])
            options.append(_Line(cost, checks, text, text_index, start, end))
    if not options:
        options = _one_character_off(layout, line, pieces)
    options.sort(key=lambda o: (-o.checks, o.cost))
    return options[:_OPTIONS_PER_LINE]


# Stand-ins for a character OCR dropped: one the layout accepts where a digit, a filler or a letter stands.
_STAND_INS = "0<X"
COST_ONE_OFF = 5000  # after every reading that only adds or drops fillers


def _one_character_off(layout: _Layout, line: int, pieces: list[tuple[str, tuple[int, ...], int, int]]) -> list[_Line]:
    """Readings of a line OCR gave one character too few or too many outside its filler runs (a digit dropped from a
    date, a stray letter): the stand-in or the deletion that makes the line fit its layout. The check digits decide as
    for any zone: a stand-in that is not the lost character fails them, and the zone counts only as a shape
    (:class:`MrzShapeRecognizer`, no values). Tried only for lines with fillers that no other reading fits."""
    pattern = layout.lines[line]
    options: list[_Line] = []
    for chars, index, start, end in pieces:
        if abs(len(chars) - layout.width) != 1 or "<" not in chars:
            continue
        readings: list[tuple[str, tuple[int, ...]]] = []
        if len(chars) < layout.width:
            for at in range(len(chars) + 1):
                fill = index[at - 1] if at > 0 else index[0]
                for stand_in in _STAND_INS:
                    readings.append((chars[:at] + stand_in + chars[at:], index[:at] + (fill,) + index[at:]))
        else:
            readings = [(chars[:at] + chars[at + 1 :], index[:at] + index[at + 1 :]) for at in range(len(chars))]
        for text, text_index in readings:
            if not pattern.fullmatch(text):
                text = _ocr_reading(layout, line, text)
                if not pattern.fullmatch(text):
                    continue
            checks = sum(_check_ok(text[a:b], text[c]) for a, b, c in layout.local_checks[line])
            options.append(_Line(COST_ONE_OFF, checks, text, text_index, start, end))
    return options


# ---------------------------------------------------------------------------------------------------
# Verifying a zone


def _k_as_filler(field: str) -> str:
    """A field with K read for ``<`` in its trailing filler run turned back into fillers.

    A single K right after a letter or digit ends the name or number (ERIK<<<) and is kept; two or
    more Ks there (PIETERKKK) are fillers, as names practically never end in KK.
    """

    def fillers(m: re.Match[str]) -> str:
        run = m.group()
        keep = 1 if m.start() > 0 and len(run) - len(run.lstrip("K")) == 1 else 0
        return run[:keep] + "<" * (len(run) - keep)

    return _FILLER_TAIL.sub(fillers, field)


def _document_number(layout: _Layout, z: str) -> tuple[int, int, str, str]:
    """Span, value and check digit of the document number, following ICAO's overflow into the
    optional data when the number is longer than 9 characters (check digit position holds ``<``)."""
    start, end = layout.document
    if z[layout.document_check] == "<" and layout.overflow is not None:
        o_start, o_end = layout.overflow
        more = re.match(r"[A-Z0-9]{2,}", z[o_start:o_end])
        if more:
            last = o_start + more.end() - 1
            return start, last, z[start:end] + z[o_start:last], z[last]
    return start, end, z[start:end], z[layout.document_check]


def _slice(z: str, span: Span) -> str:
    return z[span[0] : span[1]]


def _errors(layout: _Layout, z: str) -> int:
    """How many misread characters the failing check digits point to (2 means: two or more).

    One misread character in a field breaks that field's check digit and always the composite one
    (weights 7, 3, 1 are prime to 10), so a field failing while the composite holds means two errors.
    """
    _, _, number, number_check = _document_number(layout, z)
    fails = [
        not _check_ok(number, number_check),
        not _check_ok(_slice(z, layout.birth), z[layout.birth_check]),
        not _check_ok(_slice(z, layout.expiry), z[layout.expiry_check]),
    ]
    if layout.personal is not None:
        fails.append(not _check_ok(_slice(z, layout.personal), z[layout.personal[1]]))
    composite_ok = _check_ok("".join(_slice(z, s) for s in layout.composite), z[layout.composite_check])
    failed = sum(fails)
    if failed == 0:
        return 0 if composite_ok else 1
    return 1 if failed == 1 and not composite_ok else 2


def _replace(z: str, span: Span, text: str) -> str:
    return z[: span[0]] + text + z[span[1] :]


def _variants(layout: _Layout, z: str) -> Iterator[str]:
    """Readings of a zone with K-for-filler misreads undone: always in the name (no check digit
    covers it), with and without in each optional field (check digits decide)."""
    z = _replace(z, layout.name, _k_as_filler(_slice(z, layout.name)))
    choices = [dict.fromkeys((_k_as_filler(_slice(z, s)), _slice(z, s))) for s in layout.optional]
    for combo in itertools.product(*choices):
        variant = z
        for span, text in zip(layout.optional, combo, strict=True):
            variant = _replace(variant, span, text)
        yield variant


def _plausible_dates(layout: _Layout, z: str) -> bool:
    """Birth and expiry dates are calendar dates (YYMMDD), as no random line's digits need be."""
    for a, b in (layout.birth, layout.expiry):
        month, day = int(z[a + 2 : a + 4]), int(z[a + 4 : b])
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return False
    return True


def _evaluate(
    layout: _Layout, lines: tuple[_Line, ...], start: int, end: int, shape_only: bool = False
) -> _Zone | None:
    joined = "".join(line.chars for line in lines)
    errors, chars = min((_errors(layout, v), v) for v in _variants(layout, joined))
    if errors > 1 and not (shape_only and _plausible_dates(layout, chars)):
        return None
    index = tuple(itertools.chain.from_iterable(line.index for line in lines))
    return _Zone(layout, errors, sum(line.cost for line in lines), chars, index, start, end)


def _chain_zones(layout: _Layout, chain: list[_Run], shape_only: bool = False) -> Iterator[_Zone]:
    """Zones read from consecutive runs, one line per run."""
    roles = ["first"] + ["only"] * (len(chain) - 2) + ["last"]
    per_line = []
    for number, (run, role) in enumerate(zip(chain, roles, strict=True)):
        pieces = [_piece(run, i, j) for i, j in _token_ranges(run, role, layout.width)]
        options = _line_options(layout, number, pieces)
        if not options:
            return
        per_line.append(options)
    for lines in itertools.product(*per_line):
        zone = _evaluate(layout, lines, lines[0].start, lines[-1].end, shape_only)
        if zone is not None:
            yield zone


def _joined_zones(layout: _Layout, run: _Run, shape_only: bool = False) -> Iterator[_Zone]:
    """Zones whose lines were joined onto one line (logs, CSV cells), with or without spaces."""
    total = layout.width * len(layout.lines)
    if len(run.chars) < total:
        return
    n = len(run.tokens)
    for i in range(n):
        for j in range(i + 1, n + 1):
            size = run.cuts[j] - run.cuts[i]
            if size > total:
                break
            if size < total:
                continue
            chars, index, start, end = _piece(run, i, j)
            lines = []
            for k, pattern in enumerate(layout.lines):
                a, b = k * layout.width, (k + 1) * layout.width
                line, cost = chars[a:b], 0
                if not pattern.fullmatch(line):
                    # OCR's letters for digits, as in a zone on its own lines (one character for one: indices hold)
                    line, cost = _ocr_reading(layout, k, line), 10
                    if not pattern.fullmatch(line):
                        break
                lines.append(_Line(cost, 0, line, index[a:b], index[a], index[b - 1] + 1))
            else:
                zone = _evaluate(layout, tuple(lines), start, end, shape_only)
                if zone is not None:
                    yield zone


@lru_cache(maxsize=4)
def _all_zones(text: str) -> tuple[_Zone, ...]:
    """The best non-overlapping zones, those whose check digits fail beyond one misread character included
    (``errors`` 2, when their layout and dates are clear). They sort after every zone whose check digits
    hold, so the zones with ``errors`` ≤ 1 are exactly those a strict reading keeps. Cached: both MRZ
    recognisers read the same text one after the other.

    OCR prints ``«`` for two fillers, but also for one (``817«««<<<`` for nine), and some engines print a zone in
    lower case: the text is read again with each ``«`` as one filler, and upper-cased (both keep every offset), and
    the better reading of each zone is kept."""
    zones = _zones(text, shape_only=True)
    # (substring tests first: a regex over the whole text costs more than the zone search of most texts)
    guillemets = "«" in text and _GUILLEMET_IN_ZONE.search(text) is not None
    # the second reading only where a guillemet lies outside every zone whose check digits all hold
    if guillemets and not _all_covered(text, "«", [z for z in zones if z.errors == 0]):
        zones = _best_non_overlapping(zones + _zones(text.replace("«", "<"), shape_only=True))
    if ("<<" in text or guillemets) and _LOWER_ZONE.search(text):
        upper = text.translate(_ASCII_UPPER)
        zones = _best_non_overlapping(zones + _zones(upper, shape_only=True))
        if guillemets:
            zones = _best_non_overlapping(zones + _zones(upper.replace("«", "<"), shape_only=True))
    return tuple(zones)


# A lower-case letter beside a filler: a zone OCR printed in lower case (or a name line in mixed case).
def _all_covered(text: str, char: str, zones: list[_Zone]) -> bool:
    """Every ``char`` in ``text`` lies inside one of ``zones``."""
    at = text.find(char)
    while at >= 0:
        if not any(z.start <= at < z.end for z in zones):
            return False
        at = text.find(char, at + 1)
    return True


# A guillemet among MRZ characters (not a quotation mark: «Jan»).
_GUILLEMET_IN_ZONE = re.compile(r"[A-Za-z0-9<]«|«[A-Za-z0-9<«]")
_LOWER_ZONE = re.compile(r"[a-z](?:<<|«)|(?:<<|«)[a-z]")  # two fillers: not an e-mail's <jan@…> or an HTML tag
_ASCII_UPPER = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _best_non_overlapping(found: list[_Zone]) -> list[_Zone]:
    """Best readings first; a zone overlapping a better one is another reading of the same text."""
    found.sort(key=lambda z: (z.errors, z.cost, z.start))
    kept: list[_Zone] = []
    for zone in found:
        if all(zone.end <= other.start or zone.start >= other.end for other in kept):
            kept.append(zone)
    return sorted(kept, key=lambda z: z.start)


def _zones(text: str, shape_only: bool = False) -> list[_Zone]:
    """The best non-overlapping zones; with ``shape_only`` also zones whose check digits fail beyond one
    misread character (``errors`` 2) when their layout and dates are clear."""
    spans = _run_spans(text)
    runs: dict[Span, _Run] = {}  # built only for runs that can take part in a zone

    def run(span: Span) -> _Run:
        if span not in runs:
            runs[span] = _make_run(text, *span)
        return runs[span]

    found: list[_Zone] = []
    for k, span in enumerate(spans):
        for layout in _LAYOUTS:
            if span[1] - span[0] + text.count("«", *span) >= layout.width * len(layout.lines):
                found.extend(_joined_zones(layout, run(span), shape_only))
            for chain in _chains(text, spans, k, len(layout.lines)):
                found.extend(_chain_zones(layout, [run(s) for s in chain], shape_only))
    return _best_non_overlapping(found)


# ---------------------------------------------------------------------------------------------------
# Readings only text needs (OCR engines without an MRZ whitelist, copies pasted into tickets and tables)
#
# The ID-copy path reads its band with a whitelist and keeps using :func:`_all_zones` alone; these readings add the
# zones that text leaves in other shapes, and :class:`MrzShapeRecognizer` reports them.

# A TD1 card's first two lines without its name line (cut off on a copy, lost by OCR): every check digit, the
# composite one too, lies in these two lines, so the zone is as verifiable as a whole one.
_TD1_TOP = _Layout(
    width=30,
    lines=_TD1.lines[:2],
    local_checks=_TD1.local_checks[:2],
    document=_TD1.document,
    document_check=_TD1.document_check,
    overflow=_TD1.overflow,
    birth=_TD1.birth,
    birth_check=_TD1.birth_check,
    expiry=_TD1.expiry,
    expiry_check=_TD1.expiry_check,
    personal=None,
    optional=_TD1.optional,
    composite=_TD1.composite,
    composite_check=_TD1.composite_check,
    name=(60, 60),  # no name line
    country=_TD1.country,
    bsn=_TD1.bsn,
    digits=_TD1.digits[:2],
)
# What general-purpose OCR prints for a filler: a bracket or a lower-case c or e (the chevron's shape), or a gap. A
# line holding three in a row, or a gap between fillers, is read again with them as fillers (same offsets).
_MISREAD_FILLER_HINTS = ("(((", "[[[", "{{{", "ccc", "CCC", "eee", "‹‹‹", "< <", "<  <", "<   <", "<    <")
_MISREAD_RUN = re.compile(r"[A-Z0-9<(\[{ce‹]+(?: {1,8}[A-Z0-9<(\[{ce‹]+)*")
# a misread filler, or a gap between two fillers (however wide: each space stands for one filler)
# (a capital C is a letter of names and numbers too: only two or more together are fillers, ``MULDERCCDAANCCCC``)
_MISREAD_FILLER = re.compile(r"[(\[{ce‹]|C{2,}|(?<=[<(\[{ce‹]) +(?=[<(\[{ce‹])")
_MISREAD_MIN = 25  # characters of a run worth reading again (a line, give or take what OCR dropped)
_MISREAD_CAPITALS = 8  # capitals and digits a run must hold (not a line of brackets or a word)
_WRAPPED_TOTALS = {layout.width * len(layout.lines): layout for layout in _LAYOUTS}


def _fillers_misread(text: str) -> str:
    """``text`` with what OCR printed for fillers (``(``, ``[``, ``{``, ``c``, ``e``, ``‹``, ``CC``, spaces between
    fillers) read as ``<`` inside long runs of MRZ characters holding capitals, other text as written (same length)."""
    if not any(hint in text for hint in _MISREAD_FILLER_HINTS):
        return text
    chars = list(text)
    for run in _MISREAD_RUN.finditer(text):
        written = run.group()
        if len(written) < _MISREAD_MIN or sum(c.isupper() or c.isdigit() for c in written) < _MISREAD_CAPITALS:
            continue
        for filler in _MISREAD_FILLER.finditer(text, *run.span()):
            chars[filler.start() : filler.end()] = "<" * (filler.end() - filler.start())
    return "".join(chars)


def _outside(spans: list[Span], known: tuple[_Zone, ...]) -> list[Span]:
    """The spans that overlap none of the ``known`` zones (text already read as a zone is not read again)."""
    return [s for s in spans if all(s[1] <= z.start or s[0] >= z.end for z in known)]


def _wrapped_zones(text: str, known: tuple[_Zone, ...]) -> list[_Zone]:
    """Zones whose lines were wrapped at another width (an e-mail client, a narrow text box): runs on consecutive
    lines, no other text between them, that together are exactly one layout's characters, read as one joined zone."""
    runs = _outside([m.span() for m in _RUN.finditer(text)], known)
    found: list[_Zone] = []
    for k in range(len(runs)):
        size = 0
        for j in range(k, min(k + 4, len(runs))):
            if j > k and not _BROKEN_LINE.fullmatch(text, runs[j - 1][1], runs[j][0]):
                break
            size += runs[j][1] - runs[j][0]
            layout = _WRAPPED_TOTALS.get(size) if j > k else None
            if layout is None and size < max(_WRAPPED_TOTALS):
                continue
            if layout is None:
                break
            run = _make_run(text, runs[k][0], runs[j][1])
            if "<" in run.chars and len(run.chars) == size:
                found.extend(_joined_zones(layout, run, shape_only=True))
    return found


def _partial_zones(text: str, known: tuple[_Zone, ...]) -> list[_Zone]:
    """TD1 zones of which only the first two lines are there (as lines, or joined on one line)."""
    spans = _outside(_run_spans(text), known)
    found: list[_Zone] = []
    for k, span in enumerate(spans):
        if span[1] - span[0] >= _TD1_TOP.width * 2:
            found.extend(_joined_zones(_TD1_TOP, _make_run(text, *span)))
        for chain in _chains(text, spans, k, 2):
            found.extend(_chain_zones(_TD1_TOP, [_make_run(text, *s) for s in chain]))
    return found


@lru_cache(maxsize=4)
def _text_zones(text: str) -> tuple[_Zone, ...]:
    """Zones the readings above find where :func:`_all_zones` found none (nothing overlapping one of its zones):
    fillers OCR misread, lines wrapped at another width, a TD1 zone without its name line."""
    readings = [text]
    misread = _fillers_misread(text)
    if misread != text:
        readings.append(misread)
    known = _all_zones(text)
    extra: list[_Zone] = []
    for reading in readings:
        if reading is not text:
            extra.extend(_zones(reading, shape_only=True))
        # (every zone has a run of fillers; most texts with a "<" have none, or only inside the zones read already)
        if "<<" in reading and reading.count("<") > sum(reading.count("<", z.start, z.end) for z in known):
            extra.extend(_wrapped_zones(reading, known))
            extra.extend(_partial_zones(reading, known))
    if not extra:
        return ()
    return tuple(z for z in _best_non_overlapping(extra) if all(z.end <= k.start or z.start >= k.end for k in known))


# ---------------------------------------------------------------------------------------------------
# Findings


def _original(zone: _Zone, start: int, end: int) -> Span:
    """Original text extent of normalised zone characters ``start``–``end`` (exclusive)."""
    return zone.index[start], zone.index[end - 1] + 1


def _values(zone: _Zone) -> Iterator[tuple[str, Span]]:
    layout, z = zone.layout, zone.chars
    start, end, _, _ = _document_number(layout, z)
    yield "NL_ID_DOCUMENT", (start, start + len(z[start:end].rstrip("<")))
    yield "DATE_OF_BIRTH", layout.birth
    name_start = layout.name[0]
    if layout.name[1] > name_start:  # (a zone read without its name line has none)
        yield "PERSON", (name_start, name_start + len(_slice(z, layout.name).rstrip("<")))
    if layout.bsn is not None and _slice(z, layout.country) == "NLD":
        digits = _slice(z, layout.bsn)
        if digits.isdigit() and stdnum_bsn.is_valid(digits):
            yield "NL_BSN", layout.bsn


# The line right below a TD1 zone's first two lines that holds only letters and fillers: its name line, which OCR
# printed too short or too long to be read with them (``MULDER<<DAAN<<<<<<<<<<<<<<``).
_NAME_LINE_BELOW = re.compile(r"[ \t]*\r?\n[ \t]*[A-Z]+<[A-Z<«K]*(?=[ \t]*(?:\r?\n|$))")
_NAME_LINE_WIDTHS = range(_TD1_TOP.width - _MAX_TAIL_REPAIR, _TD1_TOP.width + _MAX_TAIL_REPAIR + 1)


def _name_line_end(text: str, end: int) -> int:
    """Where the name line below a two-line TD1 zone ending at ``end`` ends (``end`` when there is none): the zone is
    personal data through its name."""
    below = _NAME_LINE_BELOW.match(text, end)
    if below is None or len(below.group().strip()) not in _NAME_LINE_WIDTHS:
        return end
    return below.end()


def _may_hold_zone(text: str) -> bool:
    """Fillers, as written or as OCR reads them (``«``, a run of ``K``): a zone needs them."""
    return "<" in text or "«" in text or "KKK" in text


class MrzRecognizer(DutchRecognizer):
    """Machine readable zones in ``text``, and the values inside (the 2014 Dutch ID-card specimen):

    >>> find = MrzRecognizer().find
    >>> text = "\\n".join(compose_td1("I", "NLD", "SPECI2014", "650310", "F", "240309", "NLD", "DE BRUIJN",
    ...                              "WILLEKE LISELOTTE", "999999990"))
    >>> print(text)
    I<NLDSPECI20142999999990<<<<<<
    6503101F2403096NLD<<<<<<<<<<<2
    DE<BRUIJN<<WILLEKE<LISELOTTE<<
    >>> [(f.entity_type, text[f.start : f.end], f.score) for f in find(text)][1:]  # doctest: +NORMALIZE_WHITESPACE
    [('NL_ID_DOCUMENT', 'SPECI2014', 1.0), ('DATE_OF_BIRTH', '650310', 1.0),
     ('PERSON', 'DE<BRUIJN<<WILLEKE<LISELOTTE', 1.0), ('NL_BSN', '999999990', 1.0)]
    >>> [f.score for f in find(text.replace("6503101F", "6503104F"))][0]  # one check digit misread
    0.75
    >>> find(text.replace("6503101F2403096", "6503104F2403091"))  # two: not a zone
    []
    """

    ENTITIES = ("MRZ", "NL_ID_DOCUMENT", "NL_BSN", "DATE_OF_BIRTH", "PERSON")

    def find(self, text: str, doc: Doc | None = None) -> list[Finding]:
        # every zone holds fillers; most documents hold none, so this keeps the common case free
        if not _may_hold_zone(text):
            return []
        found: list[Finding] = []
        for zone in _all_zones(text):
            if zone.errors > 1:
                continue  # MrzShapeRecognizer's
            score = SCORE_ALL_VALID if zone.errors == 0 else SCORE_ONE_ERROR
            found.append(Finding(zone.start, zone.end, "MRZ", score, self.name))
            for entity, (start, end) in _values(zone):
                found.append(Finding(*_original(zone, start, end), entity, score, self.name))
        return found


class MrzShapeRecognizer(DutchRecognizer):
    """Zones whose check digits OCR broke beyond one misread character (``0`` for ``O`` in a name, a digit
    misread twice), reported as MRZ when the layout is unmistakable: every line matches its TD1/TD2/TD3
    shape (document type, country letters, fillers, digits where dates and check digits are) and the
    birth and expiry dates are calendar dates. Such a zone is still a document's MRZ, so it is personal
    data; its values are not reported (they may be misread). Zones :class:`MrzRecognizer` reports are not
    reported again, and the ID-copy path, which reads values, keeps using that recogniser alone.

    It also reports the zones only text holds (:func:`_text_zones`: fillers printed as brackets, ``c``, ``CC``, ``e``
    or gaps, lines wrapped at another width, a TD1 zone without its name line), with their values when their check
    digits hold."""

    ENTITIES = ("MRZ", "NL_ID_DOCUMENT", "NL_BSN", "DATE_OF_BIRTH", "PERSON")

    def find(self, text: str, doc: Doc | None = None) -> list[Finding]:
        if not _may_hold_zone(text) and not any(hint in text for hint in _MISREAD_FILLER_HINTS):
            return []
        found = [
            Finding(zone.start, zone.end, "MRZ", SCORE_SHAPE_ONLY, self.name)
            for zone in _all_zones(text)
            if zone.errors > 1
        ]
        # zones only text holds (see _text_zones): whose check digits hold are read as MrzRecognizer reads a zone
        for zone in _text_zones(text):
            end = _name_line_end(text, zone.end) if zone.layout is _TD1_TOP else zone.end
            if zone.errors > 1:
                found.append(Finding(zone.start, end, "MRZ", SCORE_SHAPE_ONLY, self.name))
                continue
            score = SCORE_ALL_VALID if zone.errors == 0 else SCORE_ONE_ERROR
            found.append(Finding(zone.start, end, "MRZ", score, self.name))
            for entity, (start, end) in _values(zone):
                found.append(Finding(*_original(zone, start, end), entity, score, self.name))
        return found
