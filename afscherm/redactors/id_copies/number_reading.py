"""A front's document number read again where the page's readings read something number-sized but no number.

Greyscale photocopies and phone photos print the number in type that blur, JPEG, toner and a tinted ground make hard
for tesseract's page reading (``nld``, every word at once, one global threshold): tuning family3 seed 12 page 45 (a
Dutch card front in a phone photo, 'ZYZ4ZNQ60' in a blurred condensed bold) was read 'Zrzaznoso', no number's shape, and
the front was refused ('front side or data page without its document number found'). The word is there, number-sized:
each such word (``candidates``) is cut out with its line's height around it and read alone as one line of capitals and
digits (tesseract ``--psm 7``, a whitelist), at two sizes and in several binarisations (the grey crop, its darkest
channel for tinted print, contrast-limited equalisation, Otsu's threshold), until two readings agree on a document
number's shape (``number_shape``, ``repaired_shape``, ``AGREE``). Layout-free: no label, side or place is asked, only
the number's own shape; the MRZ's number, when the page shows one, is looked up fuzzily by the finder already
(``fields._mrz_values_in_lines``).

Found here, a number is blacked out and counts as found: as with every number found, verification reads the copy again
and refuses it where a number is still readable.
"""

from __future__ import annotations

import re

import cv2
import numpy as np

from afscherm.redactors.id_copies.boxes import Region, rect
from afscherm.redactors.id_copies.fields import (
    Values,
    body_regions,
    dated,
    dutch_number_read,
    read_as_printed,
    v_number_places,
)
from afscherm.redactors.id_copies.ocr import Word, lines, tesseract

NUMBER_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
CANDIDATE_CHARS = (6, 12)  # letters and digits of a word read again (a 9-character number read with a loss or a gain)
CANDIDATE_MIN_PX = 6.0  # a word this many pixels high at least (smaller is a speck or microtext)
PAIR_GAP = 1.0  # two words at most this many heights apart are read again as one (see ``_pairs``)
MAX_CANDIDATES = 12  # the most number-like first (see ``candidates``)
READ_HEIGHTS = (32, 48)  # the word's height it is read at, in pixels
PAD = (1.0, 0.45)  # heights of the word added left and right, above and below
GERMAN = re.compile(r"^[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}$")


def number_shape(text: str) -> bool:
    """Whether ``text``, a line read with the whitelist, is a document number: the Dutch shape (an O read for Q, D or
    0 allowed: ``fields.dutch_number_read``) or a German card number with a digit in it (one of letters only is taken
    beside its label, never alone: ``fields.german_letters_number``). Not ten digits: a driving licence's number is
    found by its field's label, and a residence permit's V-number, ten digits too, is no document number
    (``fields.V_NUMBER_LABELS``).

    >>> [number_shape(t) for t in ("ZY242NO60", "LF2C8XN41", "L01X00T47", "1234567890", "UESBETH", "21111966")]
    [True, True, True, False, False, False]
    """
    token = re.sub(r"[^A-Z0-9]", "", text.upper())
    german = bool(GERMAN.match(token)) and any(c.isdigit() for c in token)
    return dutch_number_read(token) or german


# Read alone, blurred type's first letters come out as their look-alike digits and its last digit as a letter
# ('2YZ42NO6O' for 'ZYZ4ZNQ60', the most common reading of that page's number): one of the two leading characters and
# the last may be read back (TO_LETTER, TO_DIGIT). Not two leading ones: a date printed in one word ('22JUN2027') would
# take the Dutch shape so; nor a 0 (a Dutch number holds no O), and a reading needs MIN_LETTERS letters as read: a date
# read twice 'M03072955' (tuning family3 seed 14 page 21, a phone photo's '03.07.2025') took the shape as 'MO3072955'
# and stood for the card's number, released with that number 84 % black.
MIN_LETTERS = 2
TO_LETTER = str.maketrans("125678", "IZSGTB")
TO_DIGIT = str.maketrans("ODQILZSGBT", "0001125687")
# A German card's number is printed in C F G H J K L M N P R T V W X Y Z and digits only (``GERMAN``): none of the
# letters OCR reads for a digit there (I S O D Q B, GERMAN_DIGIT) is one of them, so in a reading otherwise of that
# alphabet each is the digit it looks like (tuning family3 seed 45 page 19, a German card turned on A4 at 125 dpi:
# 'R15JXL2PJ' read alone 'RISJXL2PJ' in most views, the front refused 'without its document number').
GERMAN_DIGIT = str.maketrans("ISODQB", "150008")


def german_read(token: str) -> bool:
    """Whether ``token`` (capitals and digits) is a German card number once its I S O D Q B are read as the digits they
    look like (see ``GERMAN_DIGIT``). A digit read as one is wanted (a word in capitals of consonants, I and O alone,
    'LOCKSMITH', is no number), and MIN_LETTERS letters left.

    >>> [german_read(t) for t in ("RISJXL2PJ", "R15JXL2PJ", "LOCKSMITH", "K1SSOBSDI", "RISJXLAPJ")]
    [True, True, False, False, False]
    """
    repaired = token.translate(GERMAN_DIGIT)
    letters = sum(c.isalpha() for c in repaired)
    return bool(GERMAN.match(repaired)) and any(c.isdigit() for c in token) and letters >= MIN_LETTERS


# A word of capitals read whole ('PPASSPORT': a passport's 'PASSPORT' heading, a stray stroke before it) takes the
# Dutch shape once its last letter is read back as the digit it looks like (T for 7), and so stood for a passport's
# number that its guilloche and a table's lines hid from every reading: released with the number's end readable beside a
# picture's box (synthetic/id_spreads seed 1 page 8). A number read with its last digit lost to a letter still shows a
# digit in its middle in most readings (its six middle places hold letters and digits alike), so the last character is
# read back only then; a number without one is not found here, and its front is refused, as before this reading.
def repaired_shape(text: str) -> bool:
    """Whether ``text`` (one word read with the whitelist) is a number (``number_shape``) once at most one of its two
    leading characters is read as the letter and its last as the digit they look like (see ``TO_LETTER``); never a
    date in one word (``fields.dated``), and read back only where its middle holds a digit as read (see the note above).

    >>> [repaired_shape(t) for t in ("2YZ42NO6O", "ZYZ42NO60", "22JUN2027", "2YZ42NO6", "08MEI1951", "M03072955")]
    [True, True, False, False, False, False]
    >>> [repaired_shape(t) for t in ("PPASSPORT", "LERINOV20", "NXRKLMP4T")]
    [False, False, True]
    """
    token = re.sub(r"[^A-Z0-9]", "", text.upper())
    if sum(c.isalpha() for c in token) < MIN_LETTERS or dated(token):
        return False
    if number_shape(token) or german_read(token):
        return True
    if len(token) != 9 or sum(c.isdigit() for c in token[:2]) > 1 or not any(c.isdigit() for c in token[2:8]):
        return False
    return number_shape(token[:2].translate(TO_LETTER) + token[2:8] + token[8].translate(TO_DIGIT))


def _next_to(a: Word, b: Word) -> bool:
    """Whether ``b`` follows ``a`` on its line, level with it and at most PAIR_GAP of their height apart."""
    h = max(a.height, b.height)
    level = abs(a.cy - b.cy) < 0.35 * h and min(a.height, b.height) > 0.6 * h
    return b is not a and level and 0 <= b.x0 - a.x1 <= PAIR_GAP * h


def _joined(a: Word, b: Word) -> Word:
    return Word(a.text + b.text, min(a.conf, b.conf), a.x0, min(a.y0, b.y0), b.x1, max(a.y1, b.y1))


# OCR splits a number it misreads in two ('MIKA 2P6Z' for 'M2XJL2P6Z') or in three pieces of three characters (tuning
# family3 seed 45 page 19, a German card turned on A4 at 125 dpi: 'R15JXL2PJ' read 'RTS IKL 2PJ'): each two and each
# three such words are taken as one word too. Three only of pieces shorter than PIECE_CHARS (a number's thirds).
PIECE_CHARS = 5


def _pairs(words: list[Word]) -> list[Word]:
    """Each two words next to each other (``_next_to``) as one word, and each three short pieces (see above)."""
    out = []
    for a in words:
        for b in words:
            if not _next_to(a, b):
                continue
            out.append(_joined(a, b))
            if _piece(a) and _piece(b):
                out += [_joined(_joined(a, b), c) for c in words if _next_to(b, c) and _piece(c)]
    return out


def _piece(word: Word) -> bool:
    return len(re.sub(r"[^A-Za-z0-9]", "", word.text)) < PIECE_CHARS


def candidates(words: list[Word]) -> list[Word]:
    """Words (and pairs of words: ``_pairs``) that may be a number misread: CANDIDATE_CHARS letters and digits,
    CANDIDATE_MIN_PX high; those nearest a number's nine characters and with the most digits first."""
    out = []
    for w in words + _pairs(words):
        core = re.sub(r"[^A-Za-z0-9]", "", w.text)
        if not CANDIDATE_CHARS[0] <= len(core) <= CANDIDATE_CHARS[1] or w.height < CANDIDATE_MIN_PX:
            continue
        if sum(c.isalpha() for c in core) < MIN_LETTERS:
            continue  # digits read as digits: a date, a personal number (a number opens with two letters)
        if number_shape(core) and read_as_printed(w.text):
            # The finder's readings took it already. Not one that takes the shape only once its other characters are
            # dropped ('P2JN0465.8'): the finder blacks it out as doubtful, no number found (``fields.DOUBTFUL``), and
            # read alone it is confirmed or not (tuning family3 seed 16 page 12, a German card front refused so).
            continue
        out.append((abs(len(core) - 9), -sum(c.isdigit() for c in core), w))
    return [w for *_, w in sorted(out, key=lambda t: (t[0], t[1]))][:MAX_CANDIDATES]


def _views(crop: np.ndarray, dark: np.ndarray, height: float, size: float) -> list[np.ndarray]:
    """``crop`` (grey) and ``dark`` (its darkest channel) scaled to put the word ``height`` px high, and binarised."""
    f = size / max(height, 1)
    interp = cv2.INTER_AREA if f < 1 else cv2.INTER_CUBIC
    grey = cv2.resize(crop, None, fx=f, fy=f, interpolation=interp)
    darkest = cv2.resize(dark, None, fx=f, fy=f, interpolation=interp)
    equalised = cv2.createCLAHE(2.0, (4, 4)).apply(grey)
    _, otsu = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return [grey, darkest, equalised, otsu]


def reread_numbers(page: np.ndarray, words: list[Word], margin: float) -> list[Region]:
    """Document numbers found by reading each candidate of ``words`` (page pixels) again alone (see the module's
    note); ``page``: RGB or grey. Regions in page pixels, source ``shape``."""
    gray = page if page.ndim == 2 else cv2.cvtColor(page, cv2.COLOR_RGB2GRAY)
    dark = page if page.ndim == 2 else page[..., :3].min(axis=2)
    out: list[Region] = []
    for w in candidates(words):
        h = w.height
        x0, y0 = int(max(0, w.x0 - PAD[0] * h)), int(max(0, w.y0 - PAD[1] * h))
        x1, y1 = int(min(gray.shape[1], w.x1 + PAD[0] * h)), int(min(gray.shape[0], w.y1 + PAD[1] * h))
        if x1 - x0 < 4 or y1 - y0 < 4:
            continue
        read = _agreed_number(gray[y0:y1, x0:x1], dark[y0:y1, x0:x1], h)
        if read:
            # The word's box and the reading's together: either may hold a glyph the other lost.
            bx0, by0 = min(read[0] + x0, w.x0), min(read[1] + y0, w.y0)
            bx1, by1 = max(read[2] + x0, w.x1), max(read[3] + y0, w.y1)
            out.append(rect("document_number", "shape", bx0, by0, bx1, by1, margin * h + 2))
    return out


# Read alone with the whitelist, a word that is no number takes a number's shape now and then ('GULTIG BIS' read
# 'GALTG81S1' once in eight readings, tuning family3 seed 13 page 10); a number blurred past reading does so in most
# ('ZYZ42NO60', '2YZ42NO6O', ...). So a number is found only when AGREE readings give the same characters, look-alikes
# taken as one (``_key``).
AGREE = 2
_SAME = str.maketrans("OQDILZSBG", "000112586")


def _key(text: str) -> str:
    """``text``'s letters and digits with the look-alikes of ``TO_LETTER`` / ``TO_DIGIT`` made one."""
    return re.sub(r"[^A-Z0-9]", "", text.upper()).translate(_SAME)


def _agreed_number(crop: np.ndarray, dark: np.ndarray, height: float) -> tuple[float, float, float, float] | None:
    """The box (crop pixels) of a number AGREE readings of ``crop`` give alike (see ``AGREE``), or None."""
    seen: dict[str, int] = {}
    for size in READ_HEIGHTS:
        f = size / height
        for view in _views(crop, dark, height, size):
            read = tesseract(view, "eng", 7, NUMBER_CHARS)
            # One word: a number is printed whole, a date or a name in groups.
            if len(read) != 1 or not repaired_shape(read[0].text):
                continue
            key = _key(read[0].text)
            seen[key] = seen.get(key, 0) + 1
            if seen[key] >= AGREE:
                return read[0].x0 / f, read[0].y0 / f, read[0].x1 / f, read[0].y1 / f
    return None


# A front's number printed as a line of digits that the page's reading broke into pieces, none number-sized (tuning
# family3 seed 50 page 0, a Dutch driving licence cropped at 144 dpi: field 5's '1462696313' read '14', '9', '31', its
# label '5.' lost; ``candidates`` wants a word of six characters at least, so nothing was read again and the front was
# refused 'without its document number'). Such a row of words (``rows``: pieces of a line several heights apart) holding
# LINE_MIN_DIGITS digits at least is cut out whole, LINE_PAD of its height around it (a label or the value's end the
# reading lost), and read alone as one line (``--psm 7``, no whitelist: a label is read too) at the READ_HEIGHTS, grey
# and in its darkest channel. Each reading is searched as the finder searches a page's text (``fields.body_regions``:
# ten digits are a driving licence's number on a page that shows a licence, ``fields.LICENCE_MARKS``), the page's other
# words around it: its licence marks, and a V-number's label above or beside ten digits that says they are none
# (``fields.V_NUMBER_LABELS``). A document number counts only where AGREE readings of the line found one (one reading's
# noise is no number).
LINE_MIN_DIGITS = 4
LINE_PAD = (2.0, 0.6)  # heights of the line added left and right, above and below
MAX_LINES = 8  # the rows with the most digits first
ROW_GAP = 6.0  # heights between two pieces of one line read in pieces (see ``rows``)
NUMBER_SOURCES = ("label", "shape", "ocr", "mrz_value")  # a number found, not a place guessed (``fields.GUESSED``)


def rows(words: list[Word]) -> list[list[Word]]:
    """``words`` grouped into rows: level with each other (centres within half a height) and at most ROW_GAP heights
    apart, left to right. Wider than ``ocr.lines``: a number read in pieces leaves gaps of several heights between
    them ('14', '9', '31' for '1462696313').

    >>> w = lambda t, x: Word(t, 90, x, 100, x + 8 * len(t), 111)
    >>> [[x.text for x in r] for r in rows([w("31", 375), w("14", 304), w("9", 352), w("far", 600)])]
    [['14', '9', '31'], ['far']]
    """
    out: list[list[Word]] = []
    for w in sorted(words, key=lambda w: w.x0):
        for row in out:
            last = row[-1]
            h = max(w.height, last.height)
            if abs(w.cy - last.cy) < 0.5 * h and -0.5 * h < w.x0 - last.x1 < ROW_GAP * h:
                row.append(w)
                break
        else:
            out.append([w])
    return out


def number_lines(words: list[Word]) -> list[list[Word]]:
    """Rows of ``words`` that may hold a number read in pieces (see above), the most digits first."""
    out = []
    for row in rows(words):
        digits = sum(c.isdigit() for w in row for c in w.text)
        if digits >= LINE_MIN_DIGITS and max(w.height for w in row) >= CANDIDATE_MIN_PX:
            out.append((-digits, row))
    return [row for _, row in sorted(out, key=lambda t: t[0])][:MAX_LINES]


def _line_readings(gray: np.ndarray, dark: np.ndarray, line: list[Word]) -> list[list[Word]]:
    """``line`` cut out (see ``LINE_PAD``) and read alone at each of the READ_HEIGHTS, grey and darkest channel: each
    reading's words in page pixels."""
    h = max(w.height for w in line)  # its print's height, not a speck's read beside it
    top, bottom = min(w.cy for w in line) - h / 2, max(w.cy for w in line) + h / 2
    x0, y0 = int(max(0, min(w.x0 for w in line) - LINE_PAD[0] * h)), int(max(0, top - LINE_PAD[1] * h))
    x1 = int(min(gray.shape[1], max(w.x1 for w in line) + LINE_PAD[0] * h))
    y1 = int(min(gray.shape[0], bottom + LINE_PAD[1] * h))
    if x1 - x0 < 4 or y1 - y0 < 4:
        return []
    readings = []
    for size in READ_HEIGHTS:
        f = size / max(h, 1.0)
        for view in _views(gray[y0:y1, x0:x1], dark[y0:y1, x0:x1], h, size)[:2]:
            read = tesseract(view, "eng", 7)
            readings.append(
                [Word(w.text, w.conf, w.x0 / f + x0, w.y0 / f + y0, w.x1 / f + x0, w.y1 / f + y0) for w in read]
            )
    return readings


def _overlap(a: Region, b: Region) -> bool:
    ax0, ay0, ax1, ay1 = a.bbox()
    bx0, by0, bx1, by1 = b.bbox()
    return ax0 < bx1 and bx0 < ax1 and ay0 < by1 and by0 < ay1


def _on(word: Word, region: Region) -> bool:
    x0, y0, x1, y1 = region.bbox()
    return x0 < word.x1 and word.x0 < x1 and y0 < word.y1 and word.y0 < y1


def _numbers_of(
    reading: list[Word],
    around: list[Word],
    analyzer,  # noqa: ANN001
    values: Values,
    margin: float,
) -> list[Region]:
    """The document numbers the finder's text search finds in one line's ``reading``; ``around``: the page's words off
    that line, for a V-number's label that announces a number of the line (no document number, see above)."""
    v_places = v_number_places(lines(around + reading))
    v_words = [w for w in reading if (w.x0, w.y0, w.x1, w.y1) in v_places]
    return [
        r
        for r in body_regions(reading, analyzer, values, {"document_number", "bsn"}, margin, around)
        if r.type == "document_number" and r.source in NUMBER_SOURCES and not any(_on(w, r) for w in v_words)
    ]


def reread_lines(
    page: np.ndarray,
    words: list[Word],
    analyzer,  # noqa: ANN001
    values: Values,
    margin: float,
) -> list[Region]:
    """Document numbers found by reading each row of ``words`` (page pixels) that holds digits again alone (see
    ``number_lines``); ``page``: RGB or grey. Each is a number AGREE readings of its row found: the boxes of the
    readings that agree, in page pixels."""
    gray = page if page.ndim == 2 else cv2.cvtColor(page, cv2.COLOR_RGB2GRAY)
    dark = page if page.ndim == 2 else page[..., :3].min(axis=2)
    out: list[Region] = []
    for line in number_lines(words):
        around = [w for w in words if w not in line]
        per_reading = [_numbers_of(r, around, analyzer, values, margin) for r in _line_readings(gray, dark, line)]
        for i, regions in enumerate(per_reading):
            for r in regions:
                others = sum(any(_overlap(r, o) for o in rs) for j, rs in enumerate(per_reading) if j != i)
                if others + 1 >= AGREE:
                    out.append(r)
    return out
