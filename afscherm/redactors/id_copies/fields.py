"""Sensitive values in the OCR of a page: the MRZ read by tesseract (``eng``, whitelist), body text
analysed by afscherm's Dutch analyzer, values from the MRZ matched in the body, shapes that only
BSNs and document numbers have on an ID document, and the zones under field labels."""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass, field

import cv2
import numpy as np

from afscherm.detectors.id_document import (
    ID_PAGE_DOCUMENT,
    ID_PAGE_PERSONAL,
    bsn_like_spans,
    field_label,
    id_page_numbers,
    is_bsn_head,
    is_document_number_like,
    is_mrz_fragment,
    licence_field,
    long_number_spans,
)
from afscherm.detectors.mrz import MrzRecognizer
from afscherm.detectors.mrz_fields import canonical, line_values
from afscherm.redactors.id_copies.boxes import GROW_TYPES, Region, grown_along_line, rect
from afscherm.redactors.id_copies.layout import label_words, value_zone
from afscherm.redactors.id_copies.ocr import Word, binarised, card_words, lines, tesseract, text_of

ENTITY_REGION = {
    "NL_BSN": "bsn",
    "NL_ID_DOCUMENT": "document_number",
    "MRZ": "mrz",
    "PERSON": "name",
    "DATE_OF_BIRTH": "date_of_birth",
}
# Field labels that only a document's front side or data page prints (with the portrait beside them).
FRONT_FIELDS = ("name", "date_of_birth")
# The Dutch date-of-birth label itself ("birth" alone is also in "Place of birth"): fronts are counted by it.
_BIRTH_DATE = re.compile(r"boortedat|ortedatum")
# The entity types whose values ``found`` lists (the MRZ recogniser's, detectors/mrz.py).
FOUND_TYPES = ("MRZ", "NL_ID_DOCUMENT", "NL_BSN", "DATE_OF_BIRTH", "PERSON")
DRIVING_LICENCE_DIGITS = 10  # a Dutch driving licence number (field 5)

# A document number's shape (``is_document_number_like``) is looked for in a word's letters and digits, its other
# characters dropped. A front is released only when its document number was found (``api._understood``), so a word
# that only takes that shape once its characters are dropped must not stand in for it: tuning bench_id_captures seed
# 817 page 6, a Dutch card front upside down on A4, its BSN line read ``os8'y6'6709`` ('OS8Y66709' in shape), the real
# number never read, released with it 62 % black. Such a word is DOUBTFUL: blacked out, never a number found. A number
# read as printed holds letters and digits only (punctuation before or after it aside), capitals, or lower-case letters
# OCR gives for capitals of the same shape (LOOK_ALIKE); text read upside down or noise holds quotes, other lower-case
# letters. Likewise the strip right of a number's label where no value was read is a GUESSED place, not a number found
# (that page: a one-pixel speck read as '5', an EU driving-licence field label, gave a 24 x 4 px strip counted as its
# document number).
DOUBTFUL, GUESSED = "shape_doubtful", "label_strip"
LOOK_ALIKE = frozenset("cosvwxz")
_EDGE_PUNCTUATION = ".,:;"


@dataclass
class Values:
    """What the MRZ says (possibly misread): used to find the same values printed elsewhere."""

    document_numbers: set[str] = field(default_factory=set)
    bsns: set[str] = field(default_factory=set)
    mrz_lines: list[str] = field(default_factory=list)
    # (entity type, value as read) of what the MRZ and the fields gave, for the findings index's
    # fingerprints: in memory only, never reported (``to_dict`` and the result's report leave it out).
    found: list[tuple[str, str]] = field(default_factory=list, repr=False)
    # The observations headers the finder read (page pixels of the page it read): verification reads below them too.
    observation_headers: list[Word] = field(default_factory=list, repr=False)

    def to_dict(self) -> dict[str, int]:
        # Counts only: the report must not repeat the personal data it helped hide.
        return {
            "document_numbers": len(self.document_numbers),
            "bsns": len(self.bsns),
            "mrz_lines": len(self.mrz_lines),
        }


@functools.lru_cache(maxsize=1)
def _mrz_recognizer() -> MrzRecognizer:
    return MrzRecognizer()


def _alnum(text: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", text.upper())


# OCR splits a printed document number in two at times (tuning family3 seed 2 page 18, a residence permit's front:
# 'KKKBFW 681', two words 2 px apart): neither half takes the number's shape, so it was never found, nor refused by
# verification, and the copy was released with the number readable (a 10-digit V-number counted as the front's number).
# Two words on one line, read as printed, closer than a word space (at most SPLIT_GAP of their height; a space is
# 0.3-0.5 of it), whose letters and digits together take a document number's shape are that number.
SPLIT_GAP = 0.2


def split_numbers(words: list[Word]) -> list[list[Word]]:
    """Pairs of neighbouring words that together, and neither alone, read as a document number.

    Not grouped by ``ocr.lines``: a half's box may be swollen by the card's lines around it (that page: 'KKKBFW'
    85 px tall, '681' 33 px), so a pair is told by the smaller word lying level within the other's height.

    >>> a, b = Word("KKKBFW", 92, 584, 257, 806, 342), Word("681", 94, 808, 276, 888, 309)
    >>> [[w.text for w in pair] for pair in split_numbers([b, a])]
    [['KKKBFW', '681']]
    >>> split_numbers([a, Word("681", 94, 830, 276, 910, 309)])  # a word space apart: two values
    []
    """
    pairs: list[list[Word]] = []
    printed = sorted((w for w in words if read_as_printed(w.text)), key=lambda w: w.x0)
    for i, w in enumerate(printed):
        for nxt in printed[i + 1 :]:
            low = min(w.height, nxt.height)
            if nxt.x0 - w.x1 > SPLIT_GAP * low:
                break
            if nxt.x0 < w.x1 - SPLIT_GAP * low or min(w.y1, nxt.y1) - max(w.y0, nxt.y0) < 0.8 * low:
                continue  # overlapping across, or not level
            first, second = _alnum(w.text), _alnum(nxt.text)
            if is_document_number_like(first + second) and not (
                is_document_number_like(first) or is_document_number_like(second)
            ):
                # Both at the smaller word's height: the number's own, not the swollen box's.
                small = w if w.height <= nxt.height else nxt
                pairs.append([dataclasses.replace(x, y0=small.y0, y1=small.y1) for x in (w, nxt)])
    return pairs


# A Dutch document number is two letters, six letters or digits and a digit, never the letter O, and a number of one
# digit is common ('IQBZRFYC8'): ``is_document_number_like`` wants two digits, the Dutch shape (detectors.id_document)
# no O. OCR reads Q, D and 0 as O (tuning family3 seed 13 page 24, a residence permit's 'IQBZRFYC8' read 'IOBZRFYC8'):
# nine capitals and digits of that shape with an O among them are a Dutch number read so.
_DUTCH_READ = re.compile(r"^[A-Z]{2}[A-Z0-9]{6}[0-9]$")


def dutch_number_read(token: str) -> bool:
    """Whether ``token`` (capitals and digits) is a Dutch document number as OCR may read it (see ``_DUTCH_READ``).

    >>> [dutch_number_read(t) for t in ("IOBZRFYC8", "ZY242NO60", "IQBZRFYC8", "NEDERLAND", "08MEI1951")]
    [True, True, True, False, False]
    """
    return bool(_DUTCH_READ.match(token))


# A date printed in one word reads as capitals and digits too: the month's abbreviation beside a day's or a year's
# digits ('LERINOV20' for '23 NOV/NOV 2026', 'RTMAR2033' for 'MRT/MAR 2033', synthetic/id_spreads seed 1 pages 7 and 8:
# a date of issue or expiry, read alone by ``number_reading``, stood for the number, the passport's real number left
# readable). A word with a month (Dutch, English, German or French, as ID documents print them) next to a digit is no
# number found: blacked out as ``DOUBTFUL`` where the page's reading gives it, not taken where it is read alone. A real
# number holds such a month only by chance (about 1 in 2,500 at random), and is then refused, not released, if no
# other reading finds it.
MONTH_ABBREVIATIONS = (
    "JAN|FEB|FEV|MRT|MAR|MRZ|MAE|APR|AVR|MEI|MAY|MAI|JUN|JUIN|JUL|JUIL|AUG|AOU|SEP|OKT|OCT|NOV|DEC|DEZ"
)
_DATED = re.compile(rf"(?:{MONTH_ABBREVIATIONS})(?=[0-9])|(?<=[0-9])(?:{MONTH_ABBREVIATIONS})")


def dated(token: str) -> bool:
    """Whether ``token`` (capitals and digits) holds a month's abbreviation next to a digit (see ``_DATED``).

    >>> [dated(t) for t in ("LERINOV20", "RTMAR2033", "22JUN2027", "ZYZ42NO60", "NOVA12345")]
    [True, True, True, False, False]
    """
    return bool(_DATED.search(token))


# A Belgian card's number is twelve digits printed 3-7-2 ('592-1234567-89'), its last two the first ten mod 97 (97 for
# 0). Found only as a long number (a personal number's box) when its label went unread (tuning family3 seed 15 page 12,
# '594-9012693-74' read exactly beside a garbled 'ARTE D'IDENT', the front refused for its number): in that print, with
# its check holding, it is the card's number.
_BELGIAN_CARD = re.compile(r"^(\d{3})-(\d{7})-(\d{2})$")


def belgian_card_number(text: str) -> bool:
    """Whether ``text`` (a word as read) is a Belgian card number in its printed groups (see ``_BELGIAN_CARD``).

    >>> [belgian_card_number(t) for t in ("594-9012693-74", "594-9012693-75", "5949012693-74", "85.07.30-033.28")]
    [True, False, False, False]
    """
    m = _BELGIAN_CARD.match(text.strip(_EDGE_PUNCTUATION))
    return m is not None and (int(m[1] + m[2]) % 97 or 97) == int(m[3])


# An italic capital J reads as a slash ('EAACL36/8' for 'EAACL36J8', tuning family3 seed 119 page 12: a 2014 identity
# card's number in red italics, read so at every scale, the front refused for want of its number). One slash between
# two capitals or digits, read as the J: the word then has the Dutch shape or not (a date's '19/04' has no letters).
_ITALIC_J = re.compile(r"(?<=[A-Z0-9])/(?=[A-Z0-9])")


def italic_j_read(text: str) -> str | None:
    """``text`` (a word as OCR read it) with its one slash between capitals or digits read as a J, else None.

    >>> italic_j_read("EAACL36/8"), italic_j_read("19/04"), italic_j_read("M/M"), italic_j_read("AB/C/D")
    ('EAACL36J8', '19J04', 'MJM', None)
    """
    core = text.strip(_EDGE_PUNCTUATION)
    if core.count("/") != 1 or _ITALIC_J.search(core) is None:
        return None
    return core.replace("/", "J")


# ... and read in pieces: a card read small splits the number at its dashes or inside a group ('593-' '1906'
# '488-13', tuning seed 2086 page 1, a Belgian front alone on an A4 scan: its number never read whole, the front refused
# for want of it). Two or three words next to each other on a line, joined, in the printed groups with the check
# holding, are the number.
BELGIAN_PIECES = 3


def belgian_number_in_pieces(line: list[Word]) -> list[list[Word]]:
    """Runs of two or three neighbouring words of ``line`` (in reading order) that make a Belgian card number joined
    (see above)."""
    out = []
    for i in range(len(line)):
        for n in range(2, BELGIAN_PIECES + 1):
            run = line[i : i + n]
            if len(run) < n:
                break
            height = max(w.y1 - w.y0 for w in run)
            if any(b.x0 - a.x1 > height for a, b in zip(run, run[1:], strict=False)):
                break
            if belgian_card_number("".join(w.text for w in run)):
                out.append(run)
                break
    return out


def read_as_printed(text: str) -> bool:
    """Whether a word as OCR read it (``text``) can be a document number printed on a card (see ``DOUBTFUL``)."""
    core = text.strip(_EDGE_PUNCTUATION)
    return core.isascii() and core.isalnum() and all(c.isupper() or c.isdigit() or c in LOOK_ALIKE for c in core)


def mrz_values(mrz_words: list[Word], analyzer) -> Values:  # noqa: ANN001 - detectors.Analyzer
    """Values of an OCR'd MRZ: from the analyzer's MRZ findings, and by position as a fallback. A
    misread document number is repaired with its check digit (O/0, I/1, B/8 … swapped until it holds)."""
    text, _ = text_of(lines(mrz_words))
    vals = Values(mrz_lines=[ln for ln in text.splitlines() if len(ln) >= 20])
    # The MRZ recogniser itself for the values: the analyzer's name gate may drop PERSON (an MRZ name
    # field is no sentence), and the index wants the holder's name and date of birth too.
    vals.found += [(f.entity_type, text[f.start : f.end]) for f in _mrz_recognizer().find(text)]
    for f in analyzer.analyze_one(text, entities=["MRZ", "NL_ID_DOCUMENT", "NL_BSN"]):
        value = _alnum(text[f.start : f.end])
        if f.entity_type == "NL_ID_DOCUMENT":
            vals.document_numbers.add(value)
        elif f.entity_type == "NL_BSN":
            vals.bsns.add(value)
    for line in vals.mrz_lines:
        numbers, personal = line_values(line.replace(" ", ""))
        vals.document_numbers |= numbers
        vals.bsns |= personal
    return vals


def numeric(word: Word) -> Word:
    """A word that is mostly digits read as digits throughout (``o1`` → ``01``): a BSN group with
    one misread digit must still look like a number."""
    chars = _alnum(word.text)
    digits = sum(c.isdigit() for c in chars)
    if not digits or 2 * digits < len(chars):
        return word
    return dataclasses.replace(word, text=canonical(word.text))


def _near(a: str, b: str, max_edits: int) -> bool:
    if abs(len(a) - len(b)) > max_edits:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1] <= max_edits


def near_spans(text: str, value: str, max_edits: int) -> list[tuple[int, int]]:
    """Spans of ``text`` that read ``value`` with at most ``max_edits`` character errors (windows of the value's
    length, one shorter or longer: OCR drops or adds a character).

    >>> near_spans("XX0O16732S51YY", "0016732551", 2)
    [(2, 12)]
    """
    n = len(value)
    if n == 0:
        return []
    chars = set(value)
    spans: list[tuple[int, int]] = []
    for i in range(max(1, len(text) - n + 2)):
        for size in (n, n - 1, n + 1):
            window = text[i : i + size]
            if len(window) < n - max_edits or sum(c not in chars for c in window) > max_edits:
                continue
            if _near(window, value, max_edits):
                if not spans or i >= spans[-1][1]:
                    spans.append((i, i + len(window)))
                break
    return spans


def contains_near(text: str, value: str, max_edits: int) -> bool:
    """Whether ``text`` holds ``value`` with at most ``max_edits`` character errors."""
    n = len(value)
    if n == 0:
        return False
    chars = set(value)
    for i in range(max(1, len(text) - n + 1)):
        window = text[i : i + n]
        # Cheap bound first: each edit explains at most one character of the window not in value.
        if sum(c not in chars for c in window) <= max_edits and _near(window, value, max_edits):
            return True
    return False


# A value OCR read only in part still gets a box as wide as the whole value (in glyph heights, with
# the margin): ``1234.56.782`` is about 8 cap heights wide, a document number about 7.5.
_MIN_WIDTH = {"bsn": 9.0, "document_number": 8.5}


def _box(words: list[Word], type_: str, source: str, margin: float) -> Region:
    h = max(w.height for w in words)
    x0, x1 = min(w.x0 for w in words), max(w.x1 for w in words)
    need = _MIN_WIDTH.get(type_, 0.0) * h
    if x1 - x0 < need:
        x0, x1 = min(x0, x1 - need), max(x1, x0 + need)
    return rect(type_, source, x0, min(w.y0 for w in words), x1, max(w.y1 for w in words), margin * h + 2)


# Ten digits are a Dutch driving licence's number, found by their shape alone (below), but OCR reads a nine-digit BSN
# with a digit too many now and then: tuning family3 seed 51 page 21, a Dutch passport photographed at 11 deg, its BSN
# page's '121330576' read '1213430576' on the levelled page, counted as the data page's document number, and the copy
# released with the real number ('EITNY87X0', small and tilted, read by no pass) 38 % black. Ten digits stand for a
# document number only on a page that shows a driving licence in what was read: an EU licence's field labels 4a-4d, or
# its title (``LICENCE_MARKS``, on a word's letters and digits, lower case). Elsewhere they are blacked out as doubtful,
# no number found (see ``DOUBTFUL``).
LICENCE_MARKS = re.compile(r"^4[abcd]$|rijbew|ijbewijs|driving|licen[cs]e|permisde|fuhrersch|führersch")
# A licence's categories mark it as well, where OCR lost its title and field labels (small print on a tinted card:
# tuning family3 seed 82 page 26, a Dutch licence's both sides at 144 dpi, its red title and '4d' / '5' read by no pass,
# its number '8863748688' then doubtful and the copy refused): field 9 on the front lists them joined by slashes
# ('AM/A1/B', two or more, in capitals, the digit one as OCR reads it), and the back prints their table
# (``licence_back``). No identity card or passport prints either.
LICENCE_CATEGORY = re.compile(r"^(?:AM|A1|A2|BE|C1E|C1|CE|D1E|D1|DE|[ABCDT])$")


def _category_list(text: str) -> bool:
    """Whether ``text`` is a licence's field 9, its categories joined by slashes (see ``LICENCE_CATEGORY``).

    >>> [_category_list(t) for t in ("AM/A1/B", "B/BE.", "Al/B", "A/B/C1E", "B", "1/2", "am/b", "AM/X", "A/")]
    [True, True, True, True, False, False, False, False, False]
    """
    parts = text.strip(".,;:'\"`‘’“” ").split("/")
    return len(parts) > 1 and all(
        p[:1].isupper()
        and not any(c.islower() and c not in "lt" for c in p[1:])
        and LICENCE_CATEGORY.match(p[:1] + p[1:].upper().translate(LICENCE_ONE))
        for p in parts
    )


def shows_licence(words: list[Word]) -> bool:
    """Whether ``words`` hold a driving licence's mark (see ``LICENCE_MARKS``): its title, its field labels 4a-4d, its
    categories listed (field 9) or their table (the back).

    >>> [shows_licence([Word(t, 90, 0, 0, 9, 9)]) for t in ("RIJBEWIJ", "4d.", "Paspoort", "4", "BSN", "AM/A1/B")]
    [True, True, False, False, False, True]
    """
    return (
        any(LICENCE_MARKS.search(re.sub(r"[^a-z0-9ü]", "", w.text.lower())) or _category_list(w.text) for w in words)
        or licence_back(words) is not None
    )


def body_regions(
    words: list[Word],
    analyzer,
    values: Values,
    wanted: set[str],  # noqa: ANN001
    margin: float,
    around: list[Word] | None = None,
) -> list[Region]:
    """Regions of the wanted types found in the body OCR, in the OCR image's pixels; ``around``: the page's words
    beside ``words`` (a line read again alone), searched only for what they say of the document (``shows_licence``)."""
    out: list[Region] = []
    licence = shows_licence(words + (around or []))
    german = shows_german_document(words + (around or []))
    line_list = lines(words)
    text, spans = text_of(line_list)
    entities = [e for e, r in ENTITY_REGION.items() if r in wanted]
    # What tells a back (never blacked out): a licence's categories table, a back's field labels.
    table = licence_back(words)
    out += [table] if table is not None else []
    out += [rect(BACK_LABEL, "label", w.x0, w.y0, w.x1, w.y1) for w in words if BACK_LABELS.search(_letters(w.text))]
    out += [
        rect(OBSERVATIONS, "label", w.x0, w.y0, w.x1, w.y1)
        for w in words
        if any(header in w.text.upper() for header in OBSERVATION_HEADERS)
    ]
    for f in analyzer.analyze_one(text, entities=entities):
        hit = [w for a, b, w in spans if a < f.end and b > f.start]
        if f.entity_type in FOUND_TYPES:
            values.found.append((f.entity_type, text[f.start : f.end]))
        if hit:
            out.append(_box(hit, ENTITY_REGION[f.entity_type], "ocr", margin))
    out += _id_page_numbers(line_list, margin) + _labelled_numbers(line_list, margin, licence)
    v_numbers = v_number_places(line_list)
    for line in line_list:
        line_text, line_spans = text_of([[numeric(w) for w in line]])
        for start, end in bsn_like_spans(line_text) + long_number_spans(line_text):
            hit = [w for a, b, w in line_spans if a < end and b > start]
            out.append(_box(hit, "bsn", "shape", margin))
            if sum(c.isdigit() for c in line_text[start:end]) == DRIVING_LICENCE_DIGITS:
                # A Dutch driving licence's number (field 5) is ten digits: found by its shape as the front's document
                # number, also when OCR lost or misread its field label. A V-number is ten digits too: under its label
                # it is blacked out all the same, but no document number found (see ``V_NUMBER_LABELS``).
                v_number = all(_place(w) in v_numbers for w in hit)
                found = licence and not v_number  # see ``LICENCE_MARKS``
                out.append(_box(hit, "document_number", "shape" if found else DOUBTFUL, margin))
        for run in belgian_number_in_pieces(line):
            out.append(_box(run, "document_number", "shape", margin))
        for w in line:
            token = _alnum(w.text)
            if is_bsn_head(numeric(w).text) or (
                sum(c.isdigit() for c in token) >= 3 and any(token in v for v in values.bsns)
            ):
                # The first group of a dotted BSN, or a digit group of the BSN the MRZ holds: OCR
                # lost the rest, the box still gets the whole number's width.
                out.append(_box([w], "bsn", "shape", margin))
            if belgian_card_number(w.text):
                out.append(_box([w], "document_number", "shape", margin))
            if is_document_number_like(token) or dutch_number_read(token) or (german and german_page_number(w)):
                # Blacked out either way; found only when read as printed (see ``DOUBTFUL``).
                source = "shape" if read_as_printed(w.text) and not dated(token.upper()) else DOUBTFUL
                out.append(_box([w], "document_number", source, margin))
            elif (slashed := italic_j_read(w.text)) is not None and dutch_number_read(_alnum(slashed)):
                source = "shape" if read_as_printed(slashed) and not dated(_alnum(slashed)) else DOUBTFUL
                out.append(_box([w], "document_number", source, margin))
            if is_mrz_fragment(w.text):
                out.append(_box([w], "mrz", "shape", margin))
            if len(token) < 5:
                continue
            for value, kind in [(v, "document_number") for v in values.document_numbers] + [
                (v, "bsn") for v in values.bsns
            ]:
                ctok, cval = canonical(token), canonical(value)
                if ctok in cval or contains_near(ctok, cval, 2):
                    out.append(_box([w], kind, "mrz_value", margin))
    out += [_box(pair, "document_number", "shape", margin) for pair in split_numbers(words)]
    out += _mrz_values_in_lines(line_list, values, margin)
    for kind, label, line_start in _first_labels(line_list):
        if kind not in wanted:
            if kind in FRONT_FIELDS and (kind != "date_of_birth" or _BIRTH_DATE.search(label.text.lower())):
                # Not blacked out, but it says this is a front side or data page: one with a portrait.
                out.append(rect(f"front_{kind}", "label", label.x0, label.y0, label.x1, label.y1))
            continue
        inside, zone = value_zone(kind, label, words, line_start)
        if kind != "document_number":
            out.append(zone)
        else:
            # Where the number should be, not a number read (see ``LABEL_VALUE``).
            out.append(Region(zone.type, GUESSED, zone.polygon))
        if inside:
            found = kind != "document_number" or label_value_is_number(inside)
            out.append(_box(inside, kind, "label" if found else DOUBTFUL, margin))
    return out


# A front is released only when its document number was found (``api._understood``). The zone under a document-number
# label, and any word OCR read in it, stood for that number: tuning family3 seed 13 page 24 (a residence permit front,
# its number 'IQBZRFYC8' read 'IOBZRFYC8' left of the zone's edge) was released with 84 % of its number black, the zone
# under a half-read 'Ausweisnummer' counted as the number found. The zone is still blacked out, but it is a GUESSED
# place; a value read in it is a number found only when its letters and digits can be one (LABEL_VALUE_CHARS long, a
# digit among them, or a German number's letters only), read as printed.
LABEL_VALUE_CHARS = (8, 14)
GERMAN_NUMBER_CHARS = frozenset("CFGHJKLMNPRTVWXYZ0123456789")
_GROUP_MARKS = re.compile(r"[-./]")


def label_value_is_number(words: list[Word]) -> bool:
    """Whether ``words``, read under a document-number label, can be the number (see ``LABEL_VALUE_CHARS``).

    >>> label_value_is_number([Word("XR4KP82R1", 90, 0, 0, 90, 10)]), label_value_is_number([Word("en", 9, 0, 0, 9, 9)])
    (True, False)
    >>> label_value_is_number([Word("592-1234567-89", 90, 0, 0, 140, 10)])
    True
    """
    token = "".join(_alnum(w.text) for w in words)
    shaped = any(c.isdigit() for c in token) or set(token) <= GERMAN_NUMBER_CHARS
    fits = LABEL_VALUE_CHARS[0] <= len(token) <= LABEL_VALUE_CHARS[1]
    # A Belgian number is printed in groups ('592-1234567-89'); a word of punctuation alone is a speck.
    printed = [_GROUP_MARKS.sub("", w.text) for w in words]
    return fits and shaped and all(read_as_printed(t) for t in printed if any(c.isalnum() for c in t))


def _mrz_values_in_lines(line_list: list[list[Word]], values: Values, margin: float) -> list[Region]:
    """The MRZ's document and personal numbers wherever a line holds them, read fuzzily across its words: a number
    printed in groups (``0016 732 551``) or with a misread character is no single word of the OCR."""
    wanted = [(canonical(v), "document_number") for v in values.document_numbers if len(v) >= 6]
    wanted += [(canonical(v), "bsn") for v in values.bsns if len(v) >= 6]
    out: list[Region] = []
    if not wanted:
        return out
    for line in line_list:
        text, owner = "", []
        for w in line:
            token = canonical(_alnum(w.text))
            text += token
            owner += [w] * len(token)
        for value, kind in wanted:
            for start, end in near_spans(text, value, 2 if len(value) >= 8 else 1):
                hit = list(dict.fromkeys(owner[start:end]))
                out.append(_box(hit, kind, "mrz_value", margin))
    return out


def _kind(entity: str) -> str:
    return "document_number" if entity == ID_PAGE_DOCUMENT else "bsn"


def _id_page_numbers(line_list: list[list[Word]], margin: float) -> list[Region]:
    """Every document- or personal-number shape on the page (detectors.id_document), label or not."""
    out = []
    for line in line_list:
        for view in (line, [numeric(w) for w in line]):
            text, spans = text_of([view])
            for f in id_page_numbers(text):
                hit = [w for a, b, w in spans if a < f.end and b > f.start]
                if hit:
                    kind = _kind(f.entity_type)
                    # Judged on the words as read (``numeric`` turns letters into digits and capitals).
                    read = [line[view.index(w)].text for w in hit] if view is not line else [text[f.start : f.end]]
                    doubtful = kind == "document_number" and not all(read_as_printed(t) for t in read)
                    out.append(_box(hit, kind, DOUBTFUL if doubtful else "shape", margin))
    return out


# A residence permit's V-number (vreemdelingennummer) is ten digits, as a Dutch driving licence's number is: taken for
# that, it stood for the front's document number, and a tilted residence permit whose real number (red on green) OCR
# never read was released with it readable (tuning family3 seed 7 page 8, 0 % black). A ten-digit number right of or
# below a V-number's label (``V-nummer``, ``Vreemdelingennummer``, ``N° d'étranger``, ``Ausländernummer``) is no
# document number found.
V_NUMBER_LABELS = re.compile(r"(^vnu|^vnr$|^vno$|vreemdeling|emdelingen|alienn|^alien|auslnder|ndernum|tranger)")


def _place(word: Word) -> tuple[float, float, float, float]:
    return word.x0, word.y0, word.x1, word.y1


def v_number_places(line_list: list[list[Word]]) -> set[tuple[float, float, float, float]]:
    """The boxes of number-like words a V-number's label announces: on its line to the right, or on the line below."""
    words = [w for line in line_list for w in line]
    out = set()
    for label in words:
        if not V_NUMBER_LABELS.search(re.sub(r"[^a-z]", "", label.text.lower())):
            continue
        h = max(label.height, 1.0)
        for w in words:
            same_line = abs(w.cy - label.cy) < 0.6 * h and 0 <= w.x0 - label.x1 < 14 * h
            below = 0 < w.cy - label.cy < 3.2 * h and label.x0 - 3 * h < w.x0 < label.x1 + 14 * h
            if w is not label and _number_like(w) and (same_line or below):
                out.add(_place(w))
    return out


def _number_like(word: Word) -> bool:
    token = _alnum(word.text)
    digits = sum(c.isdigit() for c in token)
    return digits >= 3 or (len(token) >= 6 and digits >= 2)


# A German card's number may hold no digit at all (nine of C F G H J K L M N P R T V W X Y Z: tuning family3 seed
# 13 page 10, 'XWNWTRFMT' beside 'AUSWEISNUMMER / N° DE DOCUMENT' on a greyscale photocopy, read exactly and never
# taken for a number, so the front was refused). Nine such letters (a tenth, the check digit, may follow) are no word
# of any language (no vowel): beside a number's label they are the number.
_GERMAN_LETTERS = re.compile(r"^[CFGHJKLMNPRTVWXYZ]{9}[0-9]?$")


def german_letters_number(word: Word) -> bool:
    """Whether ``word`` reads as a German card number of letters only (see ``_GERMAN_LETTERS``).

    >>> german_letters_number(Word("XWNWTRFMT", 90, 0, 0, 90, 10))
    True
    >>> [german_letters_number(Word(t, 9, 0, 0, 9, 9)) for t in ("DEUTSCHLAND", "xwnwtrfmt")]
    [False, False]
    """
    return read_as_printed(word.text) and bool(_GERMAN_LETTERS.match(_alnum(word.text)))


# A German card's or passport's number with one digit only ('RPVLF6TRM') takes no document number's shape
# (``is_document_number_like`` wants two digits, a word with one is common) and its front prints it with no label:
# on a page that shows a German document by its title (GERMAN_MARKS) a word of nine characters of the German number
# alphabet with a digit in it is the number (tuning family3 seed 83 page 0, a German card's front alone on A4 at
# 107 dpi: 'RPVLF6TRM' read exactly at every scale, never taken for a number, the front refused without its number).
_GERMAN_NUMBER = re.compile(r"^[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}$")
GERMAN_MARKS = re.compile(r"deutschland|personalausweis|reisepass|bundesrepublik")


def shows_german_document(words: list[Word]) -> bool:
    """Whether ``words`` hold a German document's title (see ``GERMAN_MARKS``).

    >>> [shows_german_document([Word(t, 90, 0, 0, 9, 9)]) for t in ("PERSONALAUSWEIS", "BUNDESREPUBLIK", "NEDERLAND")]
    [True, True, False]
    """
    return any(GERMAN_MARKS.search(_letters(w.text)) for w in words)


def german_page_number(word: Word) -> bool:
    """Whether ``word``, on a German document's page, is its number: nine characters of the German number alphabet,
    a letter first and a digit among them, read as printed (see the note above).

    >>> [german_page_number(Word(t, 90, 0, 0, 90, 10)) for t in ("RPVLF6TRM", "DEUTSCHLAND", "XWNWTRFMT", "rpvlf6trm")]
    [True, False, False, False]
    """
    token = _alnum(word.text)
    return read_as_printed(word.text) and bool(_GERMAN_NUMBER.match(token)) and any(c.isdigit() for c in token)


# An EU driving licence's field number 5 (the licence's number) is a label only on a licence: elsewhere a '5' at a
# line's start is a stray glyph, a date's digit or a piece of guilloche read (tuning family3 seed 40 page 13, a Dutch
# 2021 card's back alone: a '5' read at the start of its 'Persoonsnummer' line made the BSN beside it a document number
# found by its label, the card a front, and its ghost a portrait wanting a ghost of its own: refused 'ghost portrait not
# found'). On a reading that shows no licence (``shows_licence``; field 4d is a licence's mark itself) what such a field
# number announces is blacked out all the same, but as doubtful (``DOUBTFUL``): no number found, and nothing of a front
# (``api._front_on``). Fail closed: a licence whose marks no reading found keeps its number black, no number found.


# A value OCR split into pieces right of its label on the label's line (tuning family3 seed 93 page 24: a German card's
# 'PXFMYZPW1', its letters printed wide apart, read 'PXF' 'MYZPW' '1' beside 'Ausweisnummer'): no piece is number-like
# alone, so the number was never found and the front refused. Words right of the label, each at most SPLIT_RUN_GAP of
# the label's height from the one before, two to SPLIT_RUN_WORDS of them, each read as printed, that together can be
# the number (``label_value_is_number``: LABEL_VALUE_CHARS long, a digit among them or a German number's letters only)
# are that number.
SPLIT_RUN_GAP = 1.0
SPLIT_RUN_WORDS = 4


def split_value_right_of(label: Word, words: list[Word]) -> list[Word]:
    """The words that together read as the number right of ``label`` (see ``SPLIT_RUN_GAP``), [] for none.

    >>> label = Word("Ausweisnummer", 90, 0, 0, 130, 12)
    >>> pieces = [Word("PXF", 90, 150, 0, 180, 12), Word("MYZPW", 90, 190, 0, 245, 12), Word("1", 90, 254, 0, 262, 12)]
    >>> [w.text for w in split_value_right_of(label, pieces)]
    ['PXF', 'MYZPW', '1']
    >>> split_value_right_of(label, [Word("Name", 90, 150, 0, 190, 12), Word("Wieland", 90, 200, 0, 270, 12)])
    []
    """
    h = max(label.height, 1.0)
    right = sorted(
        (w for w in words if w is not label and w.x0 >= label.x1 - 0.2 * h and abs(w.cy - label.cy) < 0.6 * h),
        key=lambda w: w.x0,
    )
    for i in range(min(len(right), SPLIT_RUN_WORDS)):
        run = [right[i]]
        for w in right[i + 1 : i + SPLIT_RUN_WORDS]:
            if w.x0 - run[-1].x1 > SPLIT_RUN_GAP * h or not read_as_printed(w.text):
                break
            run.append(w)
        while len(run) >= 2:
            if read_as_printed(run[0].text) and label_value_is_number(run):
                return run
            run = run[:-1]
    return []


# A whole date as a card prints it ("13.05.2017", "14-03-1981", "27 06 2030" read as one word): no document or personal
# number, however near a number's label OCR read it. A driving licence's back prints its categories' dates in columns
# 10 and 11, and a '5' OCR read in its seal's rosette (field 5 is a licence's number) took them for numbers found under
# a label, a front's sign, so the back alone was refused (tuning seed 2085 page 23).
_DATE_WORD = re.compile(r"[0-3]?\d[./-][01]?\d[./-](?:19|20)\d\d")


# The bare word "document" in a sentence a card prints ("Dit document is eigendom van de Staat der Nederlanden", "This
# document is the property of ...", a Dutch 2014 card's back, OCR read 'Da document s egendom', 'Ts document « he
# property'): no document number's label, though a label begins so. Taken for one with no value beside it, its guessed
# strip made the back a front (tuning seed 2086 page 12, a back alone refused for its seal's pieces). A bare
# "document" or "dokument" (OCR's "documents" too) is no label after a word of its sentence on its line ("Dit", "This";
# not after a number's sign, "N°", "No", "Nr"), nor when one of the two words after it is a word in lower case that
# does not go on the label ("no", "nr", "number", "nummer") and no number-like word follows.
_LABEL_GOES_ON = frozenset({"no", "nr", "nummer", "number", "num", "numero", "nummern", "n"})
_BARE_DOCUMENT = frozenset({"document", "documents", "dokument", "dokumente"})


def _document_in_a_sentence(label: Word, after: list[Word], before: list[Word] | None = None) -> bool:
    """Whether ``label``, the bare word "document" (or "dokument"), stands in a sentence (see above): ``before``, the
    words left of it on its line."""
    if re.sub(r"[^a-z]", "", label.text.lower()) not in _BARE_DOCUMENT:
        return False
    if any(_number_like(w) for w in after):
        return False
    if before and re.sub(r"[^a-z]", "", before[-1].text.lower()) not in _LABEL_GOES_ON | {""}:
        return True
    words = [re.sub(r"[^a-z]", "", w.text) for w in after]
    return any(len(w) >= 2 and w.islower() and w not in _LABEL_GOES_ON for w in words)


# A field number is printed as large as the fields' text. A '5' OCR read 57 px tall in the pink corner of a licence's
# back whose print is 8-10 px (tuning seed 2085 page 23) is no field 5's label: taken for one, the strip guessed beside
# it made the back a front, refused without a portrait. A field number read more than FIELD_NUMBER_TALL times as tall
# as the words read on the page (their median) is no label; a label word (``field_label``) is judged by its letters.
FIELD_NUMBER_TALL = 3.0


def _too_tall(label: Word, typical: float) -> bool:
    """Whether ``label``, a field number, is read too tall to be one (see above); ``typical``: the words' height."""
    return typical > 0 and label.height > FIELD_NUMBER_TALL * typical


def _labelled_numbers(line_list: list[list[Word]], margin: float, licence: bool = True) -> list[Region]:
    """Values next to a document- or personal-number label in any direction: right or left of it on its line
    (``5. 1234567890``, ``592-1234567-89 Kaartnummer``), or on the line below or above (detectors.id_document's
    labels, EU driving-licence fields 4d and 5). Number-like words only: a label's neighbour that is a name or a
    date is another field. ``licence``: whether the reading shows a driving licence (see above)."""
    words = [w for line in line_list for w in line]
    typical = float(np.median([w.height for w in words])) if words else 0.0
    out = []
    for line in line_list:
        for i, label in enumerate(line):
            named = field_label(label.text)
            entity = named or (licence_field(label.text) if i == 0 and not _too_tall(label, typical) else None)
            if entity is None or (named is not None and _document_in_a_sentence(label, line[i + 1 : i + 3], line[:i])):
                continue
            off_licence = DOUBTFUL if named is None and not licence else None  # a field number: see above
            h = max(label.height, 1.0)
            near = [
                w
                for w in words
                if w is not label
                and (_number_like(w) or german_letters_number(w))
                and not _DATE_WORD.fullmatch(w.text.strip(" .,;:"))
                and (
                    (abs(w.cy - label.cy) < 0.6 * h and max(w.x0 - label.x1, label.x0 - w.x1) < 14 * h)  # same line
                    or (0 < w.cy - label.cy < 3.2 * h and label.x0 - 3 * h < w.x0 < label.x1 + 14 * h)  # below
                    or (0 < label.cy - w.cy < 2.6 * h and label.x0 - 3 * h < w.x0 < label.x1 + 14 * h)
                )
            ]  # above
            out += [_box([w], _kind(entity), off_licence or "label", margin) for w in near]
            run = [] if near else split_value_right_of(label, words)
            if run:
                out.append(_box(run, _kind(entity), off_licence or "label", margin))
            elif not near or (entity == ID_PAGE_PERSONAL and not _on_its_line(label, near)):
                # OCR read the label but no value near it: the value may sit right of the label's phrase
                # ("Documentnummer / Document no. XX…") where OCR lost it; that strip is blacked out too (the
                # zone below the label is added by ``value_zone``); a personal number's also when the number near it is
                # not on its line (see ``_on_its_line``).
                # Where the value should be, not a value read: no number found (see ``DOUBTFUL``).
                out.append(_strip_beside(label, line[i + 1 :], _kind(entity), off_licence or GUESSED))
    return out


# A number read on the line below a personal number's label is not its value when the value stands beside the label
# and OCR lost it there: tuning family3 seed 100 page 5 (a 2014 passport's data page, 'Persoonsnummer / Persönliche
# Nr. 646552545', the BSN faded to a tenth of its contrast) had the expiry date of the next line taken for the BSN, no
# strip beside the label, and was released with 80 % of the BSN uncovered. So a personal number's label with no number
# read on its own line gets the strip beside it as well (a document number's must be read to release a front).
def _on_its_line(label: Word, words: list[Word]) -> bool:
    """Whether any of ``words`` stands on ``label``'s line (left or right of it), not above or below."""
    return any(abs(w.cy - label.cy) < 0.6 * max(label.height, 1.0) for w in words)


def _label_phrase_end(label: Word, after: list[Word]) -> float:
    """Right edge of the label's phrase: ``label`` and the words of its line ``after`` it that follow with small gaps
    and hold no digit ('Persoonsnummer / Personal No.')."""
    h, end = max(label.height, 1.0), label.x1
    for w in after:
        if w.x0 - end > 1.5 * h or any(c.isdigit() for c in w.text):
            break
        end = w.x1
    return end


def _strip_beside(label: Word, after: list[Word], type_: str, source: str) -> Region:
    """The strip right of the label's phrase where its value stands when printed beside it (``after``: the words of
    the label's line after it): 18 label heights long, the label's line and more, for a value in larger print."""
    h, end = max(label.height, 1.0), _label_phrase_end(label, after)
    return rect(type_, source, end, label.cy - 1.4 * h, end + 18 * h, label.cy + 1.4 * h)


def _first_labels(line_list: list[list[Word]]) -> list[tuple[str, Word, float]]:
    """The leftmost label word of each kind per line (``Documentnummer / Document no.`` is one label)."""
    out = []
    for line in line_list:
        seen: set[str] = set()
        for kind, w in label_words(line):
            if kind == "document_number" and _document_in_a_sentence(
                w, _words_after(w, line), sorted((x for x in line if x.x1 <= w.x0), key=lambda x: x.x0)
            ):
                continue
            if kind not in seen:
                seen.add(kind)
                out.append((kind, w, min(_column_start(w, line_list), _line_start(w, line))))
    return out


def _words_after(word: Word, line: list[Word], count: int = 2) -> list[Word]:
    """The ``count`` words right of ``word`` on its ``line``."""
    return sorted((w for w in line if w.x0 > word.x0 and w is not word), key=lambda w: w.x0)[:count]


def _column_start(label: Word, line_list: list[list[Word]]) -> float:
    """Left edge of the label's column: fields are left-aligned under each other, and OCR may have
    read only the English half of this label. Other lines that start with a label word nearby give
    the edge (OCR noise from the photo next to the column never does)."""
    h = label.height
    starts = [
        ln[0].x0
        for ln in line_list
        if label_words(ln[:1]) and abs(ln[0].cy - label.cy) < 10 * h and label.x0 - 14 * h < ln[0].x0 <= label.x0 + h
    ]
    return min(starts, default=label.x0)


def _line_start(label: Word, line: list[Word]) -> float:
    """Start of the label's own line (a garbled Dutch half of the label before the English half)."""
    h = label.height
    return min((w.x0 for w in line if label.x0 - 14 * h < w.x0 <= label.x0), default=label.x0)


def card_regions(
    gray: np.ndarray,
    analyzer,  # noqa: ANN001
    values: Values,
    wanted: set[str],
    margin: float,
) -> list[Region]:
    """Regions of the wanted types found on the cards lying on white paper (``ocr.card_words``, page pixels), each
    number's box grown along its line to the whole value (``boxes.grown_along_line``): this reading is the finder's
    only one of such a card, so a value it read in part must not be boxed in part."""
    out = []
    for r in body_regions(card_words(gray), analyzer, values, wanted, margin):
        if r.type in GROW_TYPES:
            _, y0, _, y1 = r.bbox()
            # ``_box``'s height: the text's, its margin on both sides and 2 pixels each.
            r = grown_along_line(gray, r, (y1 - y0 - 4) / (1 + 2 * margin))
        out.append(r)
    return out


# An EU driving licence's back prints its categories table: the column heads 9 to 12 above it and the category codes
# down its left side. No front prints them: the card is a back (``api._back_cards``), which prints no portrait and no
# document number. Only codes of two or three characters in capitals count (a lone 'A', 'B' or 'D' is any word's
# letter; Dutch 'de', 'al', 'die' are words), their digit as OCR reads it too ('Al', 'CtE', 'DIE'), LICENCE_CODES
# different ones, or LICENCE_FEW with LICENCE_HEADS different heads: those codes together print nowhere else.
LICENCE_CATEGORIES = frozenset({"AM", "A1", "A2", "BE", "C1", "C1E", "CE", "D1", "D1E", "DE"})
LICENCE_HEAD = re.compile(r"^(9|10|11|12)[.,]?$")
LICENCE_ONE = str.maketrans("ILT", "111")  # OCR's readings of a code's digit one
LICENCE_CODES, LICENCE_FEW, LICENCE_HEADS = 4, 3, 2
# The table's extent from its codes' column: it spans the card, LICENCE_TABLE_WIDE times as wide as the column is high
# (an ID-1 card is 1.6 times as wide as high, its codes 0.8 of its height: 2.0, and OCR may miss the first or last
# codes), with its heads' row above the codes. Beyond the card is paper, where no picture is.
LICENCE_TABLE_WIDE, LICENCE_TABLE_ROW = 2.2, 0.15
BACK_SIDE = "back_side"  # the type of a region that marks a card's back by what it prints (never blacked out)
# Labels of fields a card prints on its back only, beside its MRZ (German: address, height, eye colour; Dutch: height):
# with a TD1 band on the card, a sign that it is a back (``api._back_cards``). A passport's data page prints a height
# too, but its TD3 band makes it a front whatever else is read.
BACK_LABELS = re.compile(r"(anschrift|^adres|^address|augenfarb|^lengte|^height|^gr[oö]sse$|^gr[oö][sß]e$|^taille$)")
BACK_LABEL = "back_label"  # the type of such a label's region (never blacked out)
# A passport's observations page prints its header across the page ('OPMERKINGEN / OBSERVATIONS', 'ANMERKUNGEN') and
# the holder's BSN under it, and no portrait: read, the header tells that page as ``api._bsn_page`` tells it by the
# BSN's label, which is printed small and read less often (tuning family3 seed 113 page 13: the header read, the label
# read 'Burgerse;'). No front prints these words.
OBSERVATION_HEADERS = ("OPMERKINGEN", "ANMERKUNGEN", "OBSERVATIONS")
OBSERVATIONS = "observations"  # the type of such a header's region (never blacked out)
# On a low-resolution copy the page's sparse reading (psm 11) reads that header but not the number under it, printed
# small over guilloche (tuning family3 seed 117 upload 10: a 2021 passport's BSN page on a 109 dpi photocopy turned
# 180 degrees, released with its BSN readable). The strip below each header read (OBSERVATION_STRIP glyph heights, the
# page's width) is read again binarised (``ocr.binarised``), sparse text and a block (psm 11 and 6), at
# OBSERVATION_WIDTHS (the grey strip's reading came and went with its crop by a few pixels); there every run of
# OBSERVATION_DIGITS digits or more is the page's BSN, valid or not (OCR misreads a digit of it on such a copy:
# '3993562319', '39936231'). The finder boxes each (``observation_regions``); verification refuses a copy where one is
# still read (``api._verify``).
OBSERVATION_DIGITS = 7
OBSERVATION_STRIP = (2.0, 8.0)  # glyph heights above the header's top and below its bottom
OBSERVATION_WIDTHS = (1800, 2400)
OBSERVATION_PSMS = (11, 6)
OBSERVATION_NUMBER = "observation_number"  # the source of such a number's region
# The header's own line prints no number, but a box cutting through it leaves its letters' tops, which the binarised
# reading takes for one (tuning family3 seed 119 page 17: a passport spread, the BSN under the header boxed, refused
# for '17757777' read in a 7 px sliver of 'OBSERVATIONS' above a box's edge). A number read whose middle lies on a
# header's line (OBSERVATION_LINE glyph heights above its top and below its bottom, within its width) is no number.
OBSERVATION_LINE = (0.5, 0.25)


def observation_numbers(gray: np.ndarray, words: list[Word], glyph: float) -> list[Word]:
    """Runs of OBSERVATION_DIGITS digits or more read below each observations header among ``words`` on ``gray``
    (page pixels; see above)."""
    h, w = gray.shape[:2]
    strips: list[tuple[int, int]] = []
    for word in words:
        if any(header in word.text.upper() for header in OBSERVATION_HEADERS):
            top = max(0, int(word.y0 - OBSERVATION_STRIP[0] * glyph))
            bottom = min(h, int(word.y1 + OBSERVATION_STRIP[1] * glyph))
            if strips and top <= strips[-1][1] and bottom >= strips[-1][0]:
                strips[-1] = (min(top, strips[-1][0]), max(bottom, strips[-1][1]))
            elif bottom - top > 2:
                strips.append((top, bottom))
    headers = [word for word in words if any(header in word.text.upper() for header in OBSERVATION_HEADERS)]
    found: list[Word] = []
    ink = binarised(gray) if strips else gray
    for top, bottom in strips:
        for width in OBSERVATION_WIDTHS:
            f = width / w
            view = cv2.resize(ink[top:bottom], None, fx=f, fy=f, interpolation=cv2.INTER_CUBIC)
            for psm in OBSERVATION_PSMS:
                for word in tesseract(view, "nld", psm):
                    if sum(c.isdigit() for c in word.text) >= OBSERVATION_DIGITS:
                        s = word.scaled(1 / f)
                        number = Word(s.text, s.conf, s.x0, s.y0 + top, s.x1, s.y1 + top)
                        if not any(_on_header_line(number, header, glyph) for header in headers):
                            found.append(number)
    return found


def _on_header_line(word: Word, header: Word, glyph: float) -> bool:
    """Whether ``word``'s middle lies on ``header``'s line, within its width (see ``OBSERVATION_LINE``)."""
    above, below = OBSERVATION_LINE
    return (
        header.y0 - above * glyph <= word.cy <= header.y1 + below * glyph
        and header.x0 - glyph <= (word.x0 + word.x1) / 2 <= header.x1 + glyph
    )


def observation_regions(gray: np.ndarray, words: list[Word], glyph: float, values: Values) -> list[Region]:
    """A BSN region over each number ``observation_numbers`` reads, a glyph's width beyond each end (a digit OCR
    dropped there) and half a glyph around; grown along its line to the whole value. The headers are kept in
    ``values`` for verification."""
    values.observation_headers += [w for w in words if any(h in w.text.upper() for h in OBSERVATION_HEADERS)]
    out = []
    for word in observation_numbers(gray, words, glyph):
        box = rect("bsn", OBSERVATION_NUMBER, word.x0 - glyph, word.y0, word.x1 + glyph, word.y1, glyph / 2)
        out.append(grown_along_line(gray, box, word.y1 - word.y0))
    return out


def _letters(text: str) -> str:
    return re.sub(r"[^a-zäöüß]", "", text.lower())


def _licence_code(text: str) -> str:
    """``text`` as a licence category code ('' when it is none), OCR's readings of the digit one taken for it."""
    raw = re.sub(r"[^A-Za-z0-9]", "", text)
    # Printed in capitals: Dutch 'de', 'al', 'die' are no codes ('l' and 't' are the digit one read lower case).
    if not raw[:1].isupper() or any(c.islower() and c not in "lt" for c in raw[1:]):
        return ""
    token = raw.upper()
    code = token[:1] + token[1:].translate(LICENCE_ONE)
    return code if code in LICENCE_CATEGORIES else ""


def licence_back(words: list[Word]) -> Region | None:
    """The categories table of a driving licence's back read in ``words`` (a ``BACK_SIDE`` region over its extent), or
    None."""
    codes = [w for w in words if _licence_code(w.text)]
    heads = [w for w in words if LICENCE_HEAD.match(w.text.strip())]
    found = len({_licence_code(w.text) for w in codes})
    if found < LICENCE_CODES and (found < LICENCE_FEW or len({_alnum(w.text) for w in heads}) < LICENCE_HEADS):
        return None
    x0, y0 = min(w.x0 for w in codes), min(w.y0 for w in codes)
    x1, y1 = max(w.x1 for w in codes), max(w.y1 for w in codes)
    high = y1 - y0
    x1, y0, y1 = max(x1, x0 + LICENCE_TABLE_WIDE * high), y0 - LICENCE_TABLE_ROW * high, y1 + LICENCE_TABLE_ROW * high
    return Region(BACK_SIDE, "label", ((x0, y0), (x1, y0), (x1, y1), (x0, y1)))
