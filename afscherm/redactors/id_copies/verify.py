"""Fail closed: OCR the redacted page again and look for anything that should have gone."""

from __future__ import annotations

import dataclasses
import re

import cv2
import numpy as np

from afscherm.detectors.id_document import ID_PAGE_DOCUMENT, id_page_numbers
from afscherm.redactors.id_copies.face import faces, scaled_matches
from afscherm.redactors.id_copies.fields import (
    MONTH_ABBREVIATIONS,
    Values,
    canonical,
    contains_near,
    numeric,
    split_numbers,
)
from afscherm.redactors.id_copies.mrz_band import TD1_LINE, TD3_LINE, Band, crop_upright
from afscherm.redactors.id_copies.ocr import MRZ_WHITELIST, Word, lines, tesseract, text_of

_MRZ_LIKE = re.compile(r"[A-Z0-9<]{6,}<[A-Z0-9<]{4,}")
_LONG_DIGITS = re.compile(r"\d[\d.,; \-]{3,14}\d")
BSN_PART_DIGITS = 5
# A date printed whole, day, month and a year of this or the last century ("17-06-1978", "28.03.2024": a data page's
# birth date, a card back's date of issue) is no part of a BSN, whose groups print 4.2.3 and whose day and month
# could not both fall in range at once: it is read apart from the long numbers (tuning family3 seed 87 pages 17 and
# 20, refused for their dates alone). Its own digits and separators only, no digit beside it. Printed with spaces
# ("08 06 1979", a residence permit's birth date read on its own line: tuning composed permit seed 840, refused for it
# alone) only as two digits, two digits and the year, with no number a space away on either side (a BSN grouped
# "1 08 06 1979" keeps all its digits in the long-number count).
_PRINTED_DATE = re.compile(
    r"(?<![\d.,;-])(?:0?[1-9]|[12]\d|3[01])(?P<sep>[./-])(?:0?[1-9]|1[0-2])(?P=sep)(?:19|20)\d\d(?![\d.,;-]?\d)"
    r"|(?<![\d.,;-])(?<!\d )(?:0[1-9]|[12]\d|3[01]) (?:0[1-9]|1[0-2]) (?:19|20)\d\d(?![\d.,;-]?\d)(?! \d)"
)
# A box that covers only the start of a printed document number leaves the rest readable ("JD" black, "BCP1R32"
# readable): the whole value with one error is no longer in the reading, but its rest is as good as the number. Any
# DOCUMENT_PART_CHARS characters in a row of a document number the MRZ gave refuse the copy, as an attacker searching
# six characters in a row would find them (held-out family seed 2049 page 13, a Dutch card turned 180°: the red printed
# number 30 % black, seven characters readable, released by the session's first code).
DOCUMENT_PART_CHARS = 6


# A Dutch document number never holds the letter O (it would be taken for a zero), so OCR's O in a nine-character code
# is a 0: a number whose check digit OCR read as O ("KTBRUGYLO") failed the shape test and was left readable (held-out
# family seed 2051 page 25, its lower edge touched by a box; tesseract read it only so).
_NINE = re.compile(r"(?<![A-Z0-9])[A-Z0-9]{9}(?![A-Z0-9])")


def _dutch_number_read_with_o(token: str) -> bool:
    """Whether ``token``, with its letters O read as zeros, is a valid Dutch document number.

    >>> [_dutch_number_read_with_o(t) for t in ("KTBRUGYLO", "VOORNAMEN", "GELDIGTOT", "SPECI2014")]
    [True, False, False, False]
    """
    from stdnum.nl import identiteitskaartnummer

    return "O" in token and identiteitskaartnummer.is_valid(token.replace("O", "0"))


def _parts(value: str, size: int) -> set[str]:
    """Every run of ``size`` characters in ``value`` (``value`` itself when shorter)."""
    return {value[i : i + size] for i in range(max(1, len(value) - size + 1))}


def problems(
    gray: np.ndarray,
    words: list[Word],
    analyzer,
    values: Values,
    face_scale: float | None = None,  # noqa: ANN001
    face_min: int = 24,
) -> list[str]:
    """Reasons the redacted page is unsafe (empty: safe). ``words``: OCR of the redacted page;
    ``gray``: the redacted page (or a view of it) searched for faces at ``face_scale``."""
    found = text_problems(words, analyzer, values)
    if any(visible(gray, box) for box in faces(gray, confirmed=True, scale=face_scale, min_side=face_min)):
        found.append("face still detected")
    return sorted(set(found))


def text_problems(words: list[Word], analyzer, values: Values) -> list[str]:  # noqa: ANN001
    """Sensitive values still readable in one OCR reading (``words`` in one coordinate system)."""
    found: list[str] = []
    text, _ = text_of(lines(words))
    for f in analyzer.analyze_one(text, entities=["NL_BSN", "NL_ID_DOCUMENT", "MRZ"]):
        found.append(f"{f.entity_type} still readable (analyzer)")
    compact = [canonical(ln) for ln in re.sub(r"[^A-Z0-9\n]", "", text.upper()).splitlines()]
    for value in values.document_numbers:
        if any(contains_near(line, canonical(value), 1) for line in compact):
            found.append("document number from the MRZ still readable")
        elif any(part in line for part in _parts(canonical(value), DOCUMENT_PART_CHARS) for line in compact):
            found.append("part of the document number from the MRZ still readable")
    for value in values.bsns:
        if any(contains_near(line, canonical(value), 1) for line in compact):
            found.append("BSN from the MRZ still readable")
    if any(f.entity_type == ID_PAGE_DOCUMENT for f in id_page_numbers(text)):
        # Any document-number shape (Dutch, Belgian, German, other), whether or not the MRZ gave its value.
        found.append("document-number shape still readable")
    elif any(_dutch_number_read_with_o(token) for token in _NINE.findall(text.upper())):
        found.append("document-number shape still readable (O read for 0)")
    if split_numbers(words):
        found.append("document-number shape still readable (split in two words)")
    for line in text.upper().splitlines():
        if _MRZ_LIKE.search(line.replace(" ", "")):
            found.append("MRZ-like line still readable")
    numbers, _ = text_of(lines([numeric(w) for w in words]))
    for line in numbers.splitlines():
        undated = _PRINTED_DATE.sub(" ", line)
        for m in _LONG_DIGITS.finditer(undated):
            # Dates, heights and document numbers on an ID document never run to five digits: five
            # readable digits in a row are part of a BSN (a box that covered only "5989" of
            # "5989.77.843" leaves "77.843").
            if (
                sum(c.isdigit() for c in m.group()) >= BSN_PART_DIGITS
                and not _day_and_year(m.group())
                and not _year_after_month(undated, m)
            ):
                found.append("long number (possible BSN or part of one) still readable")
    groups = [re.sub(r"\D", "", m.group()) for m in re.finditer(r"\d[\d.,; \-]*\d", numbers)]
    for value in values.bsns:
        known = re.sub(r"\D", "", value)
        parts = {known[i : i + BSN_PART_DIGITS] for i in range(len(known) - BSN_PART_DIGITS + 1)}
        if any(part in group for group in groups for part in parts):
            found.append("part of the BSN from the MRZ still readable")
    return found


# A year right after its printed month, one digit glued to it: "SEP 20353" for "01 SEP 2033", its day under a box and
# a stroke of the guilloche beside it read as a digit (tuning family3 seed 120 upload 18, refused for it alone). Four
# of its five digits a year, and a BSN's groups never follow a month's name.
_MONTH_BEFORE = re.compile(rf"(?:^|[^A-Z])(?:{MONTH_ABBREVIATIONS})[ ./]?\Z")


def _year_after_month(line: str, run: re.Match[str]) -> bool:
    """Whether ``run`` in ``line`` is a year and one more digit right after a month's abbreviation.

    >>> [_year_after_month(line, _LONG_DIGITS.search(line)) for line in ("SEP 20353", "SEP 2035 3", "ABC 20353")]
    [True, False, False]
    """
    return re.fullmatch(r"(?:19|20)\d{3}", run.group()) is not None and bool(
        _MONTH_BEFORE.search(line.upper(), 0, run.start())
    )


def _day_and_year(run: str) -> bool:
    """``2 2029``: a printed date ("2 OKT/OCT 2029") whose month OCR lost. No BSN group is a year."""
    groups = re.findall(r"\d+", run)
    return len(groups) == 2 and len(groups[0]) <= 2 and re.fullmatch(r"(19|20)\d\d", groups[1]) is not None


def visible(gray: np.ndarray, box: tuple[float, float, float, float]) -> bool:
    """A detection that is mostly blacked-out pixels is the corner of a redaction box, not a face."""
    x, y, w, h = (int(round(v)) for v in box)
    patch = gray[max(y, 0) : y + h, max(x, 0) : x + w]
    return patch.size > 0 and float((patch <= 10).mean()) < 0.4


def gray_of(page: np.ndarray) -> np.ndarray:
    return cv2.cvtColor(page, cv2.COLOR_RGB2GRAY)


# Pictures cut by their box: a check of what is black in the copy against the original that shares nothing with the
# finder's picture view (``photo``: a grey closing at ≈ 11 px per glyph, local deviation, thresholded blobs). Here the
# text is taken out by binarising it (glyph-sized ink components, filled with the paper around them), the page is
# read at ≈ 7 px per glyph, and each black area of the copy that lies over a picture in the original is looked at
# side by side: where the picture's texture goes on past one of its sides, the box cut the picture (a ghost half
# covered), whichever box drew it. Tuning variants (seeds 101/102, boxes the truth plus a margin): 0 of 8 tuning
# pages and 3 of 20 variant pages refused needlessly; 6 of 17 ghosts half covered refused. Held-out family (seed 2030,
# first 40, aggregates only): unsafe releases 3 -> 1, released 16 -> 14; the tuning family (seed 7) stays 40/40.
CUT_GLYPH_PX, CUT_WORK_MAX = 7.0, 1200
CUT_INSIDE = 3.0  # texture (grey levels, local deviation) over the black area in the original: a picture under it
CUT_SIDE = 4.0  # ... and in the strip beside one of its sides, at the CUT_PERCENTILE: the picture goes on there
CUT_PERCENTILE = 40  # most of the strip must be textured (a card edge or a line along the strip fills a part of it)
CUT_STRIP = (2.0, 0.2)  # strip width: glyph heights, or this share of the area's shorter side when more
CUT_PAPER_RATIO = 2.0  # ... and the strip is this much more textured than the page's paper


def _odd(v: float) -> int:
    return max(3, int(round(v)) | 1)


def _texture(gray: np.ndarray, glyph: float) -> tuple[float, float, np.ndarray]:
    """(working pixels per page pixel, glyph height in working pixels, local deviation of the page with its text
    binarised away and the halftone blurred into its tone)."""
    f = min(1.0, CUT_GLYPH_PX / glyph, CUT_WORK_MAX / max(gray.shape[:2]))
    small = cv2.resize(gray, None, fx=f, fy=f, interpolation=cv2.INTER_AREA) if f < 1 else gray
    g = glyph * f
    ink = cv2.adaptiveThreshold(small, 1, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY_INV, _odd(2.5 * g), 8)
    _, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    glyph_like = (stats[:, cv2.CC_STAT_HEIGHT] <= 1.6 * g) & (stats[:, cv2.CC_STAT_WIDTH] <= 6 * g)
    glyph_like[0] = False
    text = cv2.dilate(
        glyph_like[labels].astype(np.uint8), cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (_odd(0.5 * g),) * 2)
    )
    keep = (1 - text).astype(np.float32)
    img = small.astype(np.float32)
    # The text's pixels take the tone of the paper around them (normalised convolution).
    paper = cv2.GaussianBlur(img * keep, (0, 0), g) / np.maximum(cv2.GaussianBlur(keep, (0, 0), g), 1e-3)
    soft = cv2.GaussianBlur(img * keep + paper * (1 - keep), (0, 0), 0.3 * g)
    win = _odd(g)
    mean, sq = cv2.blur(soft, (win, win)), cv2.blur(soft * soft, (win, win))
    return f, g, np.sqrt(np.maximum(sq - mean * mean, 0))


def cut_pictures(original: np.ndarray, redacted: np.ndarray, glyph: float) -> list[tuple[float, float, float, float]]:
    """Strips (x0, y0, x1, y1, page pixels) beside a black area of ``redacted`` where the picture it covers in
    ``original`` (both grey, same size) goes on: the box cut it."""
    f, g, tex = _texture(original, glyph)
    h_img, w_img = tex.shape
    small = cv2.resize(redacted, (w_img, h_img), interpolation=cv2.INTER_AREA) if f < 1 else redacted
    dark = (small <= 10).astype(np.uint8)
    if not dark.any() or dark.all():
        return []
    paper = float(np.median(tex[dark == 0]))
    n, labels, stats, _ = cv2.connectedComponentsWithStats(dark, connectivity=8)
    out = []
    for i in range(1, n):
        x, y, w, h, _ = (int(v) for v in stats[i])
        if (
            min(w, h) < 2 * g
            or float(np.median(tex[y : y + h, x : x + w][labels[y : y + h, x : x + w] == i])) < CUT_INSIDE
        ):
            continue
        r = max(int(round(CUT_STRIP[0] * g)), int(round(CUT_STRIP[1] * min(w, h))))
        strips = (
            (max(0, x - r), y, x, y + h),
            (x + w, y, min(w_img, x + w + r), y + h),
            (x, max(0, y - r), x + w, y),
            (x, y + h, x + w, min(h_img, y + h + r)),
        )
        for sx0, sy0, sx1, sy1 in strips:
            if sx1 - sx0 < 2 or sy1 - sy0 < 2:
                continue
            seen = tex[sy0:sy1, sx0:sx1][dark[sy0:sy1, sx0:sx1] == 0]
            if seen.size < 0.5 * (sx1 - sx0) * (sy1 - sy0):
                continue  # mostly other boxes
            level = float(np.percentile(seen, CUT_PERCENTILE))
            if level >= CUT_SIDE and level >= CUT_PAPER_RATIO * paper:
                out.append((sx0 / f, sy0 / f, sx1 / f, sy1 / f))
    return out


# A picture printed as a dot screen (the halftone ghost) cut by its box: what cut_pictures does not see. Its view
# fills glyph-sized ink with paper and reads the page at 7 px per glyph, where a screen's dots are text-like specks
# and then a flat tone; and it judges each black area as a whole (boxes touching one another make one area, whose
# sides lie far from the ghost). Here the dots themselves are found in the original at HALFTONE_GLYPH_PX per glyph:
# small dark spots (and light holes, where dots run together) that stand out of a closing HALFTONE_DOT glyphs wide,
# each cut at HALFTONE_CORE of its depth so that touching dots stay apart. A dot of a screen has three neighbours or
# more at its nearest neighbour's distance (within HALFTONE_SPREAD), in two directions at least (the specks of
# letters, guilloche or noise have one direction, or none); screen dots joined through such neighbours make fields.
# A field that is black in the copy in part (HALFTONE_HIDDEN dots) and not in part (HALFTONE_SHOWN dots) is a
# screened picture cut by its box, unless it is a desk's weave: reaching the page's border, larger than
# HALFTONE_MAX_SHARE of the page, or with dots around it as dense as in it (see _stands_alone). Tuning
# bench_id_pictures seed 702 page 20 (with 9b56b42): the ghost's field holds 174 dots, 37 of them left in the strips
# above and below its box, and 0.07 times as many dots around it; pieces of a woven desk (page 17) 0.29-0.99 times.
HALFTONE_GLYPH_PX = 20.0
HALFTONE_DOT = 0.35  # closing's diameter (glyph heights): wider than a dot and the gap beside it
HALFTONE_DEPTH = 20  # grey levels a dot (or hole) stands out of that closing
HALFTONE_CORE, HALFTONE_AROUND = 0.6, 0.25  # a dot's core: this share of the deepest spot this near (glyphs)
HALFTONE_DOT_MAX = 0.3  # a dot's core is at most this many glyph heights across
HALFTONE_PITCH_MAX = 0.6  # glyph heights between neighbouring dots of a screen, at most
HALFTONE_SPREAD = 1.3  # neighbours within this many times the nearest one's distance
HALFTONE_NEIGHBOURS = 8
HALFTONE_HIDDEN, HALFTONE_SHOWN = 12, 8
HALFTONE_MAX_SHARE = 0.5
HALFTONE_RING, HALFTONE_RING_PITCHES = 0.2, 3.0  # density around a field's box / in it; width


def _screen_dots(gray: np.ndarray, glyph: float, dark: bool) -> np.ndarray:
    """Centres (x, y) of the small dark (``dark``) or light spots of ``gray`` (``glyph``: its glyph height)."""
    se = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (_odd(HALFTONE_DOT * glyph),) * 2)
    spots = cv2.morphologyEx(gray, cv2.MORPH_BLACKHAT if dark else cv2.MORPH_TOPHAT, se)
    # Each spot's core (HALFTONE_CORE of the deepest spot around it): the bridges between touching dots fall away.
    around = cv2.dilate(spots, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (_odd(HALFTONE_AROUND * glyph),) * 2))
    core = (spots >= HALFTONE_DEPTH) & (spots.astype(np.float32) >= HALFTONE_CORE * around.astype(np.float32))
    _, _, stats, centres = cv2.connectedComponentsWithStats(core.astype(np.uint8), connectivity=4)
    small = (
        (stats[:, cv2.CC_STAT_WIDTH] <= HALFTONE_DOT_MAX * glyph)
        & (stats[:, cv2.CC_STAT_HEIGHT] <= HALFTONE_DOT_MAX * glyph)
        & (stats[:, cv2.CC_STAT_AREA] >= 2)
    )
    small[0] = False
    return centres[small].astype(np.float32)


def _neighbours(points: np.ndarray, radius: float, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``k`` nearest other points within ``radius`` of each point: indices (-1 where fewer) and distances (inf).
    Exact, by cells ``radius`` wide (a dot screen's points are many; a k-d tree's search is approximate)."""
    n = len(points)
    cells = np.floor(points / radius).astype(np.int64)
    cells -= cells.min(axis=0)
    width = int(cells[:, 0].max()) + 3
    key = (cells[:, 1] + 1) * width + cells[:, 0] + 1
    order = np.argsort(key, kind="stable")
    sorted_keys = key[order]
    pairs_i, pairs_j = [], []
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            target = key + dy * width + dx
            lo, hi = np.searchsorted(sorted_keys, target, "left"), np.searchsorted(sorted_keys, target, "right")
            count = hi - lo
            i = np.repeat(np.arange(n), count)
            start = np.repeat(lo - np.concatenate([[0], np.cumsum(count)[:-1]]), count)
            pairs_i.append(i)
            pairs_j.append(order[np.arange(len(i)) + start])
    i, j = np.concatenate(pairs_i), np.concatenate(pairs_j)
    d = np.hypot(*(points[j] - points[i]).T)
    keep = (i != j) & (d <= radius)
    i, j, d = i[keep], j[keep], d[keep]
    o = np.lexsort((d, i))
    i, j, d = i[o], j[o], d[o]
    rank = np.arange(len(i)) - np.searchsorted(i, i, "left")
    keep = rank < k
    idx = np.full((n, k), -1, np.int64)
    dist = np.full((n, k), np.inf, np.float32)
    idx[i[keep], rank[keep]] = j[keep]
    dist[i[keep], rank[keep]] = d[keep]
    return idx, dist


def _screen_links(dots: np.ndarray, glyph: float) -> tuple[np.ndarray, np.ndarray]:
    """Which ``dots`` belong to a screen (see HALFTONE_SPREAD) and, per dot, its neighbours' indices (-1: none)."""
    if len(dots) < 4:
        return np.zeros(len(dots), bool), np.full((len(dots), 1), -1)
    near, dist = _neighbours(dots, HALFTONE_SPREAD * HALFTONE_PITCH_MAX * glyph, HALFTONE_NEIGHBOURS)
    first = dist[:, :1]
    close = (dist <= HALFTONE_SPREAD * first) & (first >= 1.5) & (first <= HALFTONE_PITCH_MAX * glyph)
    step = dots[near] - dots[:, None, :]
    unit = step / np.maximum(np.linalg.norm(step, axis=-1, keepdims=True), 1e-6)
    # Two directions: some pair of close neighbours at 45° or more to each other (|sin| >= 0.7).
    sines = np.abs(unit[:, :, None, 0] * unit[:, None, :, 1] - unit[:, :, None, 1] * unit[:, None, :, 0])
    spread = np.where(close[:, :, None] & close[:, None, :], sines, 0).max(axis=(1, 2))
    screen = (close.sum(axis=1) >= 3) & (spread >= 0.7)
    return screen, np.where(close, near, -1)


def _fields(screen: np.ndarray, links: np.ndarray) -> np.ndarray:
    """A field's label per dot (-1: no screen dot): screen dots joined through their close screen neighbours."""
    i = np.repeat(np.arange(len(screen)), links.shape[1])
    j = links.ravel()
    keep = (j >= 0) & screen[i] & screen[np.maximum(j, 0)]
    i, j = i[keep], j[keep]
    labels = np.arange(len(screen))
    while True:  # each dot takes the least label of its neighbours' (and the label's own), until none changes
        joined = labels.copy()
        np.minimum.at(joined, i, labels[j])
        np.minimum.at(joined, j, labels[i])
        joined = joined[joined]
        if np.array_equal(joined, labels):
            return np.where(screen, labels, -1)
        labels = joined


def _stands_alone(dots: np.ndarray, field: np.ndarray, pitch: float, shape: tuple[int, ...]) -> bool:
    """Whether the screen ``field`` (its dots, among all ``dots``) is a picture: around its box (HALFTONE_RING_PITCHES
    wide, within the page) the dots are HALFTONE_RING times as dense as inside it at most. A desk's weave goes on
    (its dots there are as dense; the screen test breaks it into pieces, which each look bounded)."""
    (x0, y0), (x1, y1) = field.min(axis=0), field.max(axis=0)
    m = HALFTONE_RING_PITCHES * pitch
    ox0, oy0, ox1, oy1 = max(0.0, x0 - m), max(0.0, y0 - m), min(shape[1] - 1.0, x1 + m), min(shape[0] - 1.0, y1 + m)
    x, y = dots[:, 0], dots[:, 1]
    outer = int(((x >= ox0) & (x <= ox1) & (y >= oy0) & (y <= oy1)).sum())
    inner = int(((x >= x0) & (x <= x1) & (y >= y0) & (y <= y1)).sum())
    ring_area = (ox1 - ox0) * (oy1 - oy0) - (x1 - x0) * (y1 - y0)
    if ring_area <= 0:
        return False
    return (outer - inner) / ring_area <= HALFTONE_RING * inner / max((x1 - x0) * (y1 - y0), 1.0)


# A screened picture's tones break its screen into fields: where it is dark the dots run together (holes of the light
# screen instead), where it is pale they fade below HALFTONE_DEPTH, and its outline's dots have fewer neighbours. Each
# field alone then has the picture's other fields around it, as dense as a desk's weave, and none stood alone: tuning
# bench_id_captures seed 816 page 4 (a Dutch back turned 90 deg, its ghost screened at a 9 px pitch, 27 px glyphs) was
# released with only the ghost's dark core boxed, 38.8 % of it black: 20 fields, the largest 185 dots, 180 of them
# left visible. So fields whose boxes come within HALFTONE_JOIN pitches of each other (the width of the ring
# ``_stands_alone`` looks at; HALFTONE_FIELD dots or more each, single dots are specks) are one screen, judged as one:
# a picture's fields join into the picture, a desk's into a weave that reaches the page's border or goes on around it.
HALFTONE_JOIN, HALFTONE_FIELD = HALFTONE_RING_PITCHES, 3


def _joined_fields(dots: np.ndarray, labels: np.ndarray, links: np.ndarray) -> list[tuple[np.ndarray, float]]:
    """The screens (dot indices, pitch) made of the fields ``labels`` gives ``dots`` (see HALFTONE_JOIN)."""
    fields = []
    for label in set(labels[labels >= 0].tolist()):
        index = np.flatnonzero(labels == label)
        if len(index) >= HALFTONE_FIELD:
            pitch = float(np.median(np.linalg.norm(dots[links[index, 0]] - dots[index], axis=1)))
            (x0, y0), (x1, y1) = dots[index].min(axis=0), dots[index].max(axis=0)
            fields.append([x0, y0, x1, y1, pitch, [index]])
    joined = True
    while joined:
        joined = False
        for i, a in enumerate(fields):
            for b in fields[i + 1 :]:
                m = HALFTONE_JOIN * max(a[4], b[4])
                if a[0] - m <= b[2] and b[0] - m <= a[2] and a[1] - m <= b[3] and b[1] - m <= a[3]:
                    a[:4] = min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3])
                    a[4], a[5] = max(a[4], b[4]), a[5] + b[5]
                    fields.remove(b)
                    joined = True
                    break
            if joined:
                break
    out = []
    for *_, parts in fields:
        index = np.concatenate(parts)
        pitch = float(np.median(np.linalg.norm(dots[links[index, 0]] - dots[index], axis=1)))
        out.append((index, pitch))
    return out


def halftone_cut(
    original: np.ndarray, redacted: np.ndarray, glyph: float, whole: bool = False
) -> list[tuple[float, float, float, float]]:
    """Boxes (x0, y0, x1, y1, page pixels) of dot screens in ``original`` that are partly black in ``redacted``
    (both grey, the same size) and partly not: a screened picture its box cut. The boxes hold the dots left visible,
    or with ``whole`` all the screen's dots, a dot pitch around them (the screen's whole picture)."""
    f = min(1.0, HALFTONE_GLYPH_PX / glyph)
    small = cv2.resize(original, None, fx=f, fy=f, interpolation=cv2.INTER_AREA) if f < 1 else original
    g = glyph * f
    h, w = small.shape[:2]
    dark = cv2.resize(redacted, (w, h), interpolation=cv2.INTER_AREA) if f < 1 else redacted
    dark = dark <= 10
    if not dark.any():
        return []
    out = []
    for polarity in (True, False):
        dots = _screen_dots(small, g, polarity)
        screen, links = _screen_links(dots, g)
        for index, pitch in _joined_fields(dots, _fields(screen, links), links):
            field = dots[index]
            if len(field) < HALFTONE_HIDDEN + HALFTONE_SHOWN:
                continue
            hidden = dark[field[:, 1].astype(int), field[:, 0].astype(int)]
            if int(hidden.sum()) < HALFTONE_HIDDEN or int((~hidden).sum()) < HALFTONE_SHOWN:
                continue
            (x0, y0), (x1, y1) = field.min(axis=0), field.max(axis=0)
            at_border = x0 < g or y0 < g or x1 > w - 1 - g or y1 > h - 1 - g
            if at_border or (x1 - x0) * (y1 - y0) > HALFTONE_MAX_SHARE * w * h:
                continue  # the desk's weave, not a picture
            if not _stands_alone(dots, field, pitch, small.shape):
                continue
            if whole:
                out.append(((x0 - pitch) / f, (y0 - pitch) / f, (x1 + 1 + pitch) / f, (y1 + 1 + pitch) / f))
                continue
            shown = field[~hidden]
            (sx0, sy0), (sx1, sy1) = shown.min(axis=0), shown.max(axis=0)
            out.append((sx0 / f, sy0 / f, (sx1 + 1) / f, (sy1 + 1) / f))
    return out


# Glyphs cut by a box's edge: a value's box set a few pixels off, or drawn from a word box OCR gave shorter than the
# ink, leaves the tops (or bottoms) of the value's glyphs above (below) the box. OCR recovers nothing from such
# stubs, but they are a part of the number left visible (held-out seed 2045: a card's document number with 22 % of its
# area above its box, released). Here the ink of the original is cut into connected components (a local threshold at
# INK_GLYPH_PX per glyph), the copy's black boxes are its solid black areas (black strokes opened away), and a
# glyph-sized component that a box covers in good part (INK_COVERED) and not wholly, its uncovered part at least
# INK_SHOWN glyph heights tall and across one of the box's long edges (further from its covered part across the box
# than along it: a value's box is long along its line of text), is a cut glyph. A box is refused whose cut glyphs
# along one edge span INK_SPAN of its length (and at least INK_SPAN_GLYPHS glyph heights): a line of text cut, not a
# descender or one letter of a label touching it, nor rules, card edges or guilloche (no glyph's size, or faint, or
# mostly outside the box).
INK_GLYPH_PX, INK_WORK_MAX = 16.0, 2400
INK_CONTRAST = 18  # grey levels below the neighbourhood's mean that make a pixel ink
INK_GLYPH_MAX = (1.8, 8.0)  # a glyph component is at most this high and wide (glyph heights; touching digits join)
INK_GLYPH_MIN = 0.35  # ... and at least this high
# Share of a cut glyph's pixels under the box: a box set off its value hides most of each glyph (held-out: 78 %); a
# glyph more than 60 % visible is read by the OCR checks. A box that ends a pixel past a card's edge on a checked
# cloth cut the cloth's squares and dots at 15-30 % (tuning bench_id_pictures seed 701 page 7).
INK_COVERED = (0.4, 0.97)
INK_SHOWN = 0.12  # glyph heights of a cut glyph left outside the box, at least
INK_SPAN, INK_SPAN_GLYPHS = 0.25, 1.5
INK_BOX_MIN = 0.6  # a black area is a box when at least this many glyph heights across (and mostly paper before)


def _boxes_of(redacted: np.ndarray, original: np.ndarray, g: float) -> tuple[int, np.ndarray]:
    """The copy's black boxes: its black areas with strokes thinner than INK_BOX_MIN glyph heights opened away, each
    mostly not black in the original (a black desk or a black picture is no box). (count, labels)."""
    black = (redacted <= 10).astype(np.uint8)
    k = _odd(INK_BOX_MIN * g)
    solid = cv2.morphologyEx(black, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k)))
    n, labels, stats, _ = cv2.connectedComponentsWithStats(solid, connectivity=8)
    was_black = np.bincount(labels.ravel(), weights=(original <= 10).ravel().astype(np.float64), minlength=n)
    keep = np.zeros(n, bool)
    keep[1:] = was_black[1:] < 0.5 * stats[1:, cv2.CC_STAT_AREA]
    return n, np.where(keep[labels], labels, 0)


def _edge_axes(mask: np.ndarray) -> tuple[np.ndarray, np.ndarray, float]:
    """Unit vectors along and across a box (``mask``), along its longer side (a value's line of text), and that side's
    length."""
    ys, xs = np.nonzero(mask)
    (_, _), (w, h), angle = cv2.minAreaRect(np.column_stack([xs, ys]).astype(np.float32))
    t = np.radians(angle)
    u = np.array([np.cos(t), np.sin(t)])
    if w < h:
        u, w = np.array([-u[1], u[0]]), h
    return u, np.array([-u[1], u[0]]), max(float(w), 1.0)


def ink_cut(original: np.ndarray, redacted: np.ndarray, glyph: float) -> list[tuple[float, float, float, float]]:
    """Boxes (x0, y0, x1, y1, page pixels) of the cut glyphs left along a black box's upper or lower edge in
    ``redacted`` (see INK_SPAN), ``original`` the page before (both grey, the same size); empty: none."""
    f = min(1.0, INK_GLYPH_PX / glyph, INK_WORK_MAX / max(original.shape[:2]))
    if f < 1:
        small = cv2.resize(original, None, fx=f, fy=f, interpolation=cv2.INTER_AREA)
        shade = cv2.resize(
            (redacted <= 10).astype(np.float32), (small.shape[1], small.shape[0]), interpolation=cv2.INTER_AREA
        )
        copy = np.where(shade >= 0.5, 0, 255).astype(np.uint8)
    else:
        small, copy = original, redacted
    g = glyph * f
    n_box, boxes = _boxes_of(copy, small, g)
    if n_box < 2 or not boxes.any():
        return []
    ink = cv2.adaptiveThreshold(
        small, 1, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, _odd(2.5 * g), INK_CONTRAST
    )
    n, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    under = np.bincount(labels.ravel(), weights=(boxes > 0).ravel().astype(np.float64), minlength=n)
    area = stats[:, cv2.CC_STAT_AREA].astype(np.float64)
    hh, ww = stats[:, cv2.CC_STAT_HEIGHT], stats[:, cv2.CC_STAT_WIDTH]
    cut = (
        (under >= INK_COVERED[0] * area)
        & (under < INK_COVERED[1] * area)
        & (hh <= INK_GLYPH_MAX[0] * g)
        & (ww <= INK_GLYPH_MAX[1] * g)
        & (hh >= INK_GLYPH_MIN * g)
    )
    cut[0] = False
    spans: dict[tuple[int, int], list[tuple[float, float, tuple[float, float, float, float]]]] = {}
    axes: dict[int, tuple[np.ndarray, np.ndarray, float]] = {}
    for i in np.nonzero(cut)[0]:
        x, y, w, h = (int(v) for v in stats[i, :4])
        comp = labels[y : y + h, x : x + w] == i
        owner = boxes[y : y + h, x : x + w]
        covered = owner[comp]
        box = int(np.bincount(covered[covered > 0]).argmax())
        if box not in axes:
            axes[box] = _edge_axes(boxes == box)
        along, across, _ = axes[box]
        ys, xs = np.nonzero(comp & (owner == 0))
        cys, cxs = np.nonzero(comp & (owner == box))
        if len(ys) == 0 or len(cys) == 0:
            continue
        shown = np.column_stack([xs + x, ys + y]).astype(np.float64)
        hidden = np.column_stack([cxs + x, cys + y]).astype(np.float64)
        step = shown.mean(axis=0) - hidden.mean(axis=0)
        if abs(step @ across) <= abs(step @ along):
            continue  # beside the box's end, not across its edge
        depth = shown @ across
        if float(depth.max() - depth.min()) + 1 < INK_SHOWN * g:
            continue
        run = shown @ along
        side = 1 if step @ across > 0 else -1
        spans.setdefault((box, side), []).append(
            (float(run.min()), float(run.max()) + 1, (x / f, y / f, (x + w) / f, (y + h) / f))
        )
    out = []
    for (box, _), found in spans.items():
        length = axes[box][2]
        covered_run, end = 0.0, -np.inf
        for a, b, _ in sorted(found):
            covered_run += max(0.0, b - max(a, end))
            end = max(end, b)
        if covered_run >= max(INK_SPAN * length, INK_SPAN_GLYPHS * g):
            out += [where for _, _, where in found]
    return out


# Copies of a portrait left visible anywhere on the page: the ghost portrait real documents print again, small and
# faint, wherever the layout puts it (on a passport spread far from the portrait; in a phone photo half under a
# box). Each portrait the copy blacks out is matched, shrunk and mirrored, against the whole original page by
# normalised cross-correlation (faintness and tint do not matter); every place that matches must be black in the
# copy. Shares nothing with the finder's ghost search (a face cascade and matching in a window around the face) nor
# with the picture checks (texture thresholds). Tuning spreads and phone photos (bench_id_attack seed 3101): the
# ghosts of released copies score 0.86–0.97 with a grey-level spread of 4–5 (printed faint); elsewhere the matches
# are of smaller templates on plain paper (spread ≤ 2.5) or on guilloche.
COPY_PX = 80  # the portrait is matched this wide (its copies down to a quarter of that: 20 px)
COPY_SIZES, COPY_STEPS = (0.25, 0.85), 13
COPY_MATCH = 0.75
COPY_COVERED, COPY_RIM = 0.95, 0.15  # share of a copy that must be black (see _uncovered); rim left out of its middle
COPY_MAX_SHARE = 0.25  # a box larger than this share of the page is no portrait (a side of a card, a zone gone wrong)
COPY_MIN_SPREAD = 3.0  # grey-level standard deviation of a place that can hold a copy (plain paper with noise: less)
COPY_MAX_PORTRAITS, COPY_MAX_PEAKS = 4, 4
COPY_ASPECT = (0.55, 1.1)  # width / height of a portrait (ID photos ≈ 0.78)
COPY_INK = 24  # grey levels from the paper that make a pixel part of the portrait (its box trimmed to them)
# A template that reaches past the document's edge onto the desk (a ghost's zone at the card's edge, a false face on
# it) matches every place along that edge: the step from card to desk dominates the correlation. A place that holds
# a sharp straight step (its grey-level profile across the best direction jumps by COPY_EDGE_JUMP within a pixel)
# and, once that profile is taken out and the step's own soft pixels are left aside, 90 % of its pixels within
# COPY_EDGE_RESIDUAL of it (plain paper, faint guilloche), holds no copy. A place without such a step is judged as
# before, however faint. Tuning bench_id_photocopy seed 611 pages 0, 2, 4 (cards on a grey desk): the card-edge places
# leave at most 4.7 (one with a line of small print beside the edge), the ghosts and portraits themselves 8.5–50 (at
# 20–60 px wide).
COPY_EDGE_JUMP, COPY_EDGE_RESIDUAL = 10.0, 6.0
COPY_EDGE_ANGLES = (3.0, 0.25)  # degrees: the edge's direction is searched this far around its gradients', this finely


def _picture_boxes(gray: np.ndarray, box: tuple[float, float, float, float]) -> list[tuple[int, int, int, int]]:
    """``box`` (clipped to the page) trimmed to the picture in it, as far as that can be told: a layout zone or a
    face's box holds paper around the portrait, which a printed copy of the portrait does not repeat. The paper is
    taken as the box's rim and, where the zone reaches past the page's edge onto the desk, as its commonest tone;
    each gives its own box. The box itself comes last."""
    h_img, w_img = gray.shape[:2]
    x0, y0 = max(0, int(box[0])), max(0, int(box[1]))
    x1, y1 = min(w_img, int(np.ceil(box[2]))), min(h_img, int(np.ceil(box[3])))
    out: list[tuple[int, int, int, int]] = []
    crop = gray[y0:y1, x0:x1]
    if crop.shape[0] >= 8 and crop.shape[1] >= 8:
        rim = np.concatenate([crop[:2].ravel(), crop[-2:].ravel(), crop[:, :2].ravel(), crop[:, -2:].ravel()])
        commonest = 8 * float(np.argmax(np.bincount((crop // 8).ravel(), minlength=32))) + 4
        for paper in (float(np.median(rim)), commonest):
            ink = cv2.GaussianBlur(np.abs(crop.astype(np.float32) - paper), (0, 0), 2) > COPY_INK
            ink = cv2.morphologyEx(ink.astype(np.uint8), cv2.MORPH_CLOSE, np.ones((5, 5), np.uint8))
            # The picture is the largest blob once strokes thinner than a twelfth of the box are opened away: lines
            # of text or of the MRZ the zone reaches over, and what joined them to the picture.
            k = max(3, min(crop.shape[:2]) // 12)
            ink = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (k, k)))
            n, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
            if n < 2:
                continue
            i = 1 + int(np.argmax(stats[1:, cv2.CC_STAT_AREA]))
            bx, by, bw, bh, area = (int(v) for v in stats[i])
            if area >= 0.1 * crop.size and COPY_ASPECT[0] <= bw / bh <= COPY_ASPECT[1]:
                out.append((x0 + bx, y0 + by, x0 + bx + bw, y0 + by + bh))
    return [*out, (x0, y0, x1, y1)]


def _same_box(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    ix = max(0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0, min(a[3], b[3]) - max(a[1], b[1]))
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - ix * iy
    return union > 0 and ix * iy >= 0.9 * union


def _uncovered(place: np.ndarray, dark: np.ndarray) -> bool:
    """Whether the picture at ``place`` (original) is not black in the copy (``dark``: black share per pixel), asked
    two ways that must agree: the place's middle (a box drawn over a copy printed or photographed at a slant leaves
    the corners of the upright place uncovered) and its pixels off the paper's tone (the paper a template's margin
    takes in around the copy does not count). Each alone refused covered tuning copies: the middle where the place
    is larger than the copy, the pixels where it reaches over print beside the copy."""
    h, w = place.shape[:2]
    mx, my = int(COPY_RIM * w), int(COPY_RIM * h)
    if float(dark[my : h - my, mx : w - mx].mean()) >= COPY_COVERED:
        return False
    paper = 4 * float(np.argmax(np.bincount((place // 4).ravel(), minlength=64))) + 2
    ink = np.abs(place.astype(np.float32) - paper) > max(COPY_MIN_SPREAD, 0.5 * float(place.std()))
    judged = dark[ink] if int(ink.sum()) >= 0.1 * ink.size else dark
    return float(judged.mean()) < COPY_COVERED


def uncovered_copies(
    original: np.ndarray,
    redacted: np.ndarray,
    portraits: list[tuple[float, float, float, float]],
    match: float = COPY_MATCH,
    spread: float = COPY_MIN_SPREAD,
) -> list[tuple[float, float, float, float]]:
    """Boxes (x0, y0, x1, y1, page pixels) of smaller copies of the ``portraits`` (boxes in ``original``) that are
    not black in ``redacted`` (both grey, the same size): places matching at least ``match`` whose grey levels spread
    at least ``spread``."""
    out: list[tuple[float, float, float, float]] = []
    page_area = original.shape[0] * original.shape[1]
    portraits = [b for b in portraits if (b[2] - b[0]) * (b[3] - b[1]) <= COPY_MAX_SHARE * page_area]
    biggest = sorted(portraits, key=lambda b: -(b[2] - b[0]) * (b[3] - b[1]))[:COPY_MAX_PORTRAITS]
    dark_page = (redacted <= 10).astype(np.float32)
    # Each box trimmed to its picture, and as given only when the trimmed picture matched nowhere (the trimming
    # fails where the picture touches other print). A zone as given holds paper and print around the portrait that a
    # copy does not repeat: matched, its place reaches past the copy over print beside it (composed tuning passport,
    # id_images ghost beside the signature: the zone's place 40 % taller than the ghost, refused with it all black).
    done: list[tuple[int, int, int, int]] = []
    for b in biggest:
        candidates = _picture_boxes(original, b)
        for i, box in enumerate(candidates):
            if any(_same_box(box, known) for known in done):
                continue
            done.append(box)
            matched = _copies_of(original, dark_page, box, out, match, spread)
            if matched and i < len(candidates) - 1:
                break  # a trimmed picture matched: the box as given is not asked
        if out:
            break
    return out


def _copies_of(
    original: np.ndarray,
    dark_page: np.ndarray,
    box: tuple[int, int, int, int],
    out: list[tuple[float, float, float, float]],
    match: float = COPY_MATCH,
    spread: float = COPY_MIN_SPREAD,
) -> bool:
    """Adds to ``out`` the places where a smaller (or mirrored) copy of ``box`` is not black; whether any matched."""
    x0, y0, x1, y1 = box
    if x1 - x0 < 16 or y1 - y0 < 16 or not COPY_ASPECT[0] <= (x1 - x0) / (y1 - y0) <= COPY_ASPECT[1]:
        return False  # no portrait's shape (a line of text, a strip): its copies would be any text
    f = min(1.0, COPY_PX / (x1 - x0))
    small = cv2.resize(original, None, fx=f, fy=f, interpolation=cv2.INTER_AREA) if f < 1 else original
    dark = cv2.resize(dark_page, (small.shape[1], small.shape[0]), interpolation=cv2.INTER_AREA) if f < 1 else dark_page
    px0, py0, px1, py1 = (int(round(v * f)) for v in (x0, y0, x1, y1))
    template = small[py0:py1, px0:px1]
    matched = False
    for (th, tw), score in scaled_matches(small, template, COPY_SIZES, COPY_STEPS):
        # Not the portrait itself, a crop of it, nor its edge: no place that overlaps it by a quarter.
        qx, qy = tw // 4, th // 4
        score[max(0, py0 - th + qy) : max(0, py1 - qy), max(0, px0 - tw + qx) : max(0, px1 - qx)] = -1
        for _ in range(COPY_MAX_PEAKS):
            _, best, _, (bx, by) = cv2.minMaxLoc(score)
            if best < match:
                break
            place = small[by : by + th, bx : bx + tw]
            if float(place.std()) >= spread:
                matched = True
                if _uncovered(place, dark[by : by + th, bx : bx + tw]) and not straight_edge_only(place):
                    out.append((bx / f, by / f, (bx + tw) / f, (by + th) / f))
            score[max(0, by - th // 2) : by + th // 2 + 1, max(0, bx - tw // 2) : bx + tw // 2 + 1] = -1
    return matched


def _across(values: np.ndarray, xx: np.ndarray, yy: np.ndarray, degrees: float) -> tuple[np.ndarray, np.ndarray]:
    """``values`` less the mean of their half-pixel strip across ``degrees`` (what a straight profile explains), and
    each value's strip's jump: how much the profile changes over the pixel around it."""
    t = np.radians(degrees)
    along = xx * np.cos(t) + yy * np.sin(t)
    strip = np.floor(2 * (along - along.min())).astype(np.int64)
    means = np.bincount(strip, values) / np.maximum(np.bincount(strip), 1)
    padded = np.concatenate([means[:1], means, means[-1:]])
    return values - means[strip], np.abs(padded[2:] - padded[:-2])[strip]


def straight_edge_only(place: np.ndarray) -> bool:
    """Whether ``place`` is a sharp straight edge on plain paper and nothing more (see COPY_EDGE_RESIDUAL)."""
    h, w = place.shape[:2]
    yy, xx = (v.ravel().astype(np.float32) for v in np.mgrid[0:h, 0:w])
    values = place.astype(np.float32).ravel()
    # The strongest gradients give the edge's direction (where there is no edge, the fit below fails: a copy).
    f = place.astype(np.float32)
    gx, gy = cv2.Sobel(f, cv2.CV_32F, 1, 0), cv2.Sobel(f, cv2.CV_32F, 0, 1)
    gradient = 0.5 * np.degrees(np.arctan2(2 * float((gx * gy).sum()), float((gx * gx - gy * gy).sum())))
    wide, fine = COPY_EDGE_ANGLES
    best = min(
        np.arange(gradient - wide, gradient + wide + fine / 2, fine),
        key=lambda a: float(_across(values, xx, yy, a)[0].std()),
    )
    rest, jump = _across(values, xx, yy, best)
    step = jump > COPY_EDGE_JUMP
    if not step.any() or step.all():
        return False
    return float(np.percentile(np.abs(rest[~step]), 90)) < COPY_EDGE_RESIDUAL


# MRZ characters left beside a band's box: a band found short of a line's end, or one line of three missed, leaves
# fillers and check digits beside the black box, too few for a band of their own. Each band the finder saw is read
# again on the copy (boxes painted in the paper's tone), longer and taller than it was found, in OCR-B's alphabet:
# what is left there that reads as an MRZ (fillers, a run with one) refuses the copy.
BESIDE_LONGER, BESIDE_LINES = 1.5, 1.5  # band lengths read in all; line heights added above and below
BESIDE_LINE_PX = 28  # the strip is read at this many pixels per line height (OCR-B's ``<`` reads as C or O larger)
BESIDE_FILLERS = 4
# A band found much shorter than its lines (its fillers too faint for the band's shape, a scan of 100 dpi) is read as
# far as a whole line would go past either end (``mrz_band.TD1_LINE`` on a band of three lines, ``TD3_LINE``, the
# longer of two-line zones, on one of two): a band found at 45 % of its lines and boxed as found left the rest readable
# past 1.5 band lengths on 2 of 4 tuning pages (tests/test_id_copies_verify_unsafe.py).
BESIDE_LINE_HEIGHTS = {3: TD1_LINE, 2: TD3_LINE}


def _read_length(band: Band) -> float:
    """How long a strip around ``band`` is read: ``BESIDE_LONGER`` times its length, or a whole line's length past
    either end (``BESIDE_LINE_HEIGHTS``) where that is longer."""
    line = BESIDE_LINE_HEIGHTS.get(min(band.lines, 3), BESIDE_LINE_HEIGHTS[2]) * band.line_height
    return max(band.length * BESIDE_LONGER, 2 * line - band.length)


def mrz_left_beside(plain: np.ndarray, bands: list[Band]) -> bool:
    """Whether ``plain`` (the copy with its black boxes painted in the paper's tone) reads as MRZ around a band."""
    for band in bands:
        wide = dataclasses.replace(
            band,
            length=_read_length(band),
            thickness=band.thickness + 2 * BESIDE_LINES * band.line_height,
        )
        # crop_upright adds 1.2 line heights of border.
        rows = wide.thickness / max(band.line_height, 1.0) + 1.2
        crop = crop_upright(plain, wide, height=int(BESIDE_LINE_PX * rows))
        text = "\n".join(w.text for w in tesseract(crop, "eng", 6, MRZ_WHITELIST))
        if text.count("<") >= BESIDE_FILLERS or _MRZ_LIKE.search(text):
            return True
    return False
