"""Tesseract word boxes (TSV output) and lines rebuilt from them, one process per call."""

from __future__ import annotations

import atexit
import csv
import ctypes
import ctypes.util
import functools
import hashlib
import io
import os
import re
import subprocess
import threading
import time
from dataclasses import dataclass

import cv2
import numpy as np

MRZ_WHITELIST = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"
# Wall-clock seconds one in-process reading may take, as the ``tesseract`` program is given below: some pages make
# tesseract's sparse-text mode run for minutes (a German card back read at 8 Mpx took over 200 CPU-s in one call), and
# a page that cannot be read in time is quarantined (OcrError), never released on a half-finished reading.
READ_DEADLINE_S = 120.0


class OcrError(RuntimeError):
    """Tesseract is missing or failed."""


@dataclass(frozen=True)
class Word:
    text: str
    conf: float
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2

    def scaled(self, f: float) -> Word:
        return Word(self.text, self.conf, self.x0 * f, self.y0 * f, self.x1 * f, self.y1 * f)


class _TessApi:
    """libtesseract's C API through ctypes: the model stays loaded between pages (starting the
    ``tesseract`` program costs ≈ 0.5 s per call). One handle per language/whitelist/mode."""

    def __init__(self) -> None:
        self.lib = ctypes.CDLL(ctypes.util.find_library("tesseract") or "libtesseract.so.5")
        lib, vp, cp, i = self.lib, ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int
        lib.TessBaseAPICreate.restype = vp
        lib.TessBaseAPIInit3.argtypes = [vp, cp, cp]
        lib.TessBaseAPISetPageSegMode.argtypes = [vp, i]
        lib.TessBaseAPISetVariable.argtypes = [vp, cp, cp]
        lib.TessBaseAPISetImage.argtypes = [vp, vp, i, i, i, i]
        lib.TessBaseAPISetSourceResolution.argtypes = [vp, i]
        lib.TessBaseAPIRecognize.argtypes = [vp, vp]
        lib.TessBaseAPIGetTsvText.argtypes = [vp, i]
        lib.TessBaseAPIGetTsvText.restype = vp
        lib.TessDeleteText.argtypes = [vp]
        lib.TessBaseAPIDetectOrientationScript.argtypes = [
            vp,
            ctypes.POINTER(i),
            ctypes.POINTER(ctypes.c_float),
            ctypes.POINTER(cp),
            ctypes.POINTER(ctypes.c_float),
        ]
        lib.TessMonitorCreate.restype = vp
        lib.TessMonitorSetDeadlineMSecs.argtypes = [vp, i]
        lib.TessMonitorDelete.argtypes = [vp]
        lib.TessBaseAPIEnd.argtypes = [vp]
        lib.TessBaseAPIDelete.argtypes = [vp]
        self.handles: dict[tuple[str, int, str | None], int] = {}
        self.lock = threading.Lock()
        atexit.register(self.close)

    def _handle(self, lang: str, psm: int, whitelist: str | None) -> int:
        key = (lang, psm, whitelist)
        if key not in self.handles:
            h = self.lib.TessBaseAPICreate()
            if self.lib.TessBaseAPIInit3(h, None, lang.encode()) != 0:
                self.lib.TessBaseAPIDelete(h)
                raise OcrError(f"tesseract has no language {lang!r} (apt install tesseract-ocr-{lang})")
            self.lib.TessBaseAPISetPageSegMode(h, psm)
            if whitelist:
                self.lib.TessBaseAPISetVariable(h, b"tessedit_char_whitelist", whitelist.encode())
            self.handles[key] = h
        return self.handles[key]

    def tsv(self, gray: np.ndarray, lang: str, psm: int, whitelist: str | None) -> str:
        img = np.ascontiguousarray(gray, dtype=np.uint8)
        with self.lock:
            h = self._handle(lang, psm, whitelist)
            self.lib.TessBaseAPISetImage(h, img.ctypes.data, img.shape[1], img.shape[0], 1, img.strides[0])
            self.lib.TessBaseAPISetSourceResolution(h, 300)
            # A monitor with a deadline: tesseract stops at it and returns what it read so far, which must not be
            # taken as the page's reading - a deadline reached is an error (the copy is quarantined).
            monitor = self.lib.TessMonitorCreate()
            try:
                self.lib.TessMonitorSetDeadlineMSecs(monitor, max(1, int(READ_DEADLINE_S * 1000)))
                started = time.monotonic()
                status = self.lib.TessBaseAPIRecognize(h, monitor)
                elapsed = time.monotonic() - started
            finally:
                self.lib.TessMonitorDelete(monitor)
            if elapsed >= READ_DEADLINE_S:
                raise OcrError(f"tesseract timed out (reading took over {READ_DEADLINE_S:g} s)")
            if status != 0:
                raise OcrError("tesseract could not recognise the page")
            ptr = self.lib.TessBaseAPIGetTsvText(h, 0)
            try:
                return ctypes.string_at(ptr).decode("utf-8", errors="replace") if ptr else ""
            finally:
                if ptr:
                    self.lib.TessDeleteText(ptr)

    def orientation(self, gray: np.ndarray) -> tuple[int, float] | None:
        """Tesseract's orientation and script detection (``--psm 0``): degrees the content is turned
        clockwise and the confidence; None when it finds too few characters."""
        img = np.ascontiguousarray(gray, dtype=np.uint8)
        with self.lock:
            h = self._handle("osd", 0, None)
            self.lib.TessBaseAPISetImage(h, img.ctypes.data, img.shape[1], img.shape[0], 1, img.strides[0])
            self.lib.TessBaseAPISetSourceResolution(h, 300)
            deg, conf = ctypes.c_int(), ctypes.c_float()
            script, script_conf = ctypes.c_char_p(), ctypes.c_float()
            ok = self.lib.TessBaseAPIDetectOrientationScript(
                h, ctypes.byref(deg), ctypes.byref(conf), ctypes.byref(script), ctypes.byref(script_conf)
            )
        return (int(deg.value) % 360, float(conf.value)) if ok else None

    def close(self) -> None:
        for h in self.handles.values():
            self.lib.TessBaseAPIEnd(h)
            self.lib.TessBaseAPIDelete(h)
        self.handles.clear()


@functools.lru_cache(maxsize=1)
def _api() -> _TessApi | None:
    if os.environ.get("AFSCHERM_TESSERACT_CLI"):
        return None
    try:
        return _TessApi()
    except (OSError, AttributeError):
        return None  # no shared library: run the tesseract program instead


_HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"


# A page is read more than once the same way: the finder's whole-page reading again by ``api._numbers_read_again``
# (the same page, the same width), a band's crop by the finder and by a retry. Tesseract gives the same words for the
# same pixels, so the last few readings are kept, keyed by a digest of the pixels and the way they were read (tuning
# family3 seeds 16-17, pages under 1 Mpx: 0.15-0.25 CPU-s per page read twice so). Kept for RECENT_READINGS readings:
# a page's readings are done before the next page's begin.
RECENT_READINGS = 8
_recent: dict[tuple[object, ...], list[Word]] = {}
_recent_lock = threading.Lock()


def tesseract(gray: np.ndarray, lang: str, psm: int, whitelist: str | None = None) -> list[Word]:
    img = np.ascontiguousarray(gray, dtype=np.uint8)
    key = (hashlib.blake2b(img.data, digest_size=20).digest(), img.shape, lang, psm, whitelist)
    with _recent_lock:
        known = _recent.get(key)
    if known is not None:
        return list(known)
    words = _read(img, lang, psm, whitelist)
    with _recent_lock:
        _recent[key] = words
        while len(_recent) > RECENT_READINGS:
            del _recent[next(iter(_recent))]  # the oldest reading
    return list(words)


def _read(gray: np.ndarray, lang: str, psm: int, whitelist: str | None) -> list[Word]:
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # read by libtesseract when a model loads
    api = _api()
    if api is not None:
        return _parse(_HEADER + api.tsv(gray, lang, psm, whitelist))
    return _parse(_tesseract_cli(gray, lang, psm, whitelist))


def orientation(gray: np.ndarray) -> tuple[int, float] | None:
    """Clockwise degrees the text of ``gray`` is turned (0/90/180/270) and tesseract's confidence, from
    Debian's ``tesseract-ocr-osd`` model; None when tesseract finds too few characters to tell."""
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    api = _api()
    if api is not None:
        return api.orientation(gray)
    ok, png = cv2.imencode(".png", gray)
    proc = subprocess.run(
        ["tesseract", "stdin", "stdout", "--psm", "0", "--dpi", "300"],
        input=png.tobytes(),
        capture_output=True,
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},
        timeout=120,
        check=False,
    )
    out = (proc.stdout + proc.stderr).decode("utf-8", errors="replace")
    deg = re.search(r"Orientation in degrees: (\d+)", out)
    conf = re.search(r"Orientation confidence: ([\d.]+)", out)
    return (int(deg.group(1)) % 360, float(conf.group(1))) if deg and conf else None


def _tesseract_cli(gray: np.ndarray, lang: str, psm: int, whitelist: str | None) -> str:
    ok, png = cv2.imencode(".png", gray)
    if not ok:
        raise OcrError("cannot encode page for OCR")
    cmd = ["tesseract", "stdin", "stdout", "-l", lang, "--psm", str(psm)]
    if whitelist:
        cmd += ["-c", f"tessedit_char_whitelist={whitelist}"]
    cmd.append("tsv")
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        proc = subprocess.run(
            cmd, input=png.tobytes(), capture_output=True, env=env, timeout=READ_DEADLINE_S, check=False
        )
    except FileNotFoundError as exc:
        raise OcrError("tesseract is not installed (apt install tesseract-ocr tesseract-ocr-nld)") from exc
    except subprocess.TimeoutExpired as exc:
        raise OcrError("tesseract timed out") from exc
    if proc.returncode != 0:
        raise OcrError(f"tesseract failed: {proc.stderr.decode(errors='replace').strip()[:200]}")
    return proc.stdout.decode("utf-8", errors="replace")


def _parse(tsv: str) -> list[Word]:
    words = []
    rows = csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE)
    for row in rows:
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text:
            continue
        x, y, w, h = (float(row[k]) for k in ("left", "top", "width", "height"))
        words.append(Word(text, float(row["conf"]), x, y, x + w, y + h))
    return words


def lines(words: list[Word]) -> list[list[Word]]:
    """Words grouped into reading lines: same height band, small horizontal gaps, left to right.
    A word joins a line when it sits level with the line's first word and within reach of the line's
    extent (OCR reports the pieces of ``1234. 56. 782`` in no particular order)."""
    out: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w.cy, w.x0)):
        best, best_gap = None, float("inf")
        for line in out:
            seed = line[0]
            h = max(w.height, seed.height)
            gap = abs(seed.cy - w.cy)
            level = gap < 0.5 * h and min(w.height, seed.height) > 0.4 * h
            near = min(o.x0 for o in line) - 1.6 * h < w.x1 and w.x0 < max(o.x1 for o in line) + 1.6 * h
            if level and near and gap < best_gap:
                best, best_gap = line, gap
        if best is None:
            out.append([w])
        else:
            best.append(w)
    for line in out:
        line.sort(key=lambda w: w.x0)
    return sorted(out, key=lambda ln: (ln[0].cy, ln[0].x0))


def text_of(line_list: list[list[Word]]) -> tuple[str, list[tuple[int, int, Word]]]:
    """The OCR text (lines joined by newlines) and each word's character span in it."""
    parts: list[str] = []
    spans: list[tuple[int, int, Word]] = []
    pos = 0
    for line in line_list:
        for i, w in enumerate(line):
            if i:
                parts.append(" ")
                pos += 1
            spans.append((pos, pos + len(w.text), w))
            parts.append(w.text)
            pos += len(w.text)
        parts.append("\n")
        pos += 1
    return "".join(parts), spans


# A tinted card on a page of white paper (the common A4 flatbed scan of a card, issue 13, or a card scanned close with a
# white rim): tesseract binarises the whole page with one global threshold, which falls between the paper and the
# card's ground and blackens the card, so a whole-page reading reads nothing of it ('front side ... without its
# document number found', a front counted as none). Each card is found as what is not paper (a broad area darker than
# the paper by CARD_STEP, its print closed into it) and read cut out, its tones stretched, at its own scale
# (``card_words``). The finder reads so when its whole-page reading found no document number
# (``fields.card_regions``); each number's box is grown along its line to the whole value first (a reading of a part
# of a value boxed only that part, 7d3e5ac: a BSN released 85 % black). Verification reads the page its own way (a
# local threshold) and each such card again at another scale (``api._verify``), so a value this reading misses still
# refuses the copy.
CARD_WORK = 400  # the page is looked at this wide and high at most
PAPER_TONE = 225  # the paper: the page's 90th percentile grey level at least this ...
# ... over this share of the page at least (within PAPER_NOISE of it): a card scanned close with a white rim too
# (tuning bench_id_captures seed 811 page 0: a card front taking 80 % of the page, read whole: nothing)
PAPER_SHARE = 0.12
PAPER_NOISE = 8
CARD_STEP = 12  # a card's ground is this much darker than the paper
CARD_AREA = (0.02, 0.9)  # share of the page one card takes
CARD_FILL = 0.6  # share of its bounding box a card fills (a tilted card still fills most of it)
CARD_PAD = 0.03  # share of a card's size added around it when it is cut out
CARD_READ = (1200, 3000)  # a card is read this wide: its own width within these bounds


def _paper_ground(gray: np.ndarray) -> tuple[float, np.ndarray, float | None]:
    """The page looked at CARD_WORK wide at most (its scale and its broad tones) and the paper's grey level, None when
    the page is no page of white paper."""
    f = min(1.0, CARD_WORK / max(gray.shape[:2]))
    small = cv2.resize(gray, None, fx=f, fy=f, interpolation=cv2.INTER_AREA) if f < 1 else gray
    ground = cv2.medianBlur(small, 5)  # the text's strokes out, the broad tones kept
    paper = float(np.percentile(ground, 90))
    if paper < PAPER_TONE or float((ground >= paper - PAPER_NOISE).mean()) < PAPER_SHARE:
        return f, ground, None
    return f, ground, paper


# A phone's scanner app lights a page unevenly: its paper falls from white at one side to 30-60 levels darker at the
# other (the independent generator's 'scanner_app' captures: tuning seed 2086, 8 pages). Against the paper's one grey
# level (its 90th percentile) the dark side of the paper was card as well, every card merged with it into what reaches
# the page's edge, and no card was found: the cards were read only whole on the page, too small to read their numbers
# (page 3, a German card's two sides at 101 dpi: 'PL69WC32N' read 'PLEQWC32N', the front refused 'without its document
# number'; read cut out at 1200 px, read right). So where no card was found, the paper's shading is measured and taken
# out, and the cards are looked for once more: a smooth surface (a quadratic in x and y) fitted to the page, refitted
# SHADE_ROUNDS times to what lies within SHADE_KEEP levels under it or above (the paper: cards, print and a copier's
# dark edge are darker by more). A page lit evenly (its surface spans less than SHADE_SPAN levels) is not looked at
# again. Not on every page: a passport's data page filling much of a flatbed scan bent the surface (tuning seed 2086
# pages 5, 6 and 10 lost their card).
SHADE_ROUNDS, SHADE_KEEP, SHADE_SPAN = 4, CARD_STEP / 2, PAPER_NOISE


def _unshaded(ground: np.ndarray, paper: float) -> np.ndarray:
    """``ground`` (the page's broad tones at CARD_WORK) with its paper's shading taken out (see above): the paper at
    the grey level ``paper`` everywhere."""
    h, w = ground.shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float64)
    xx, yy = xx / w - 0.5, yy / h - 0.5
    basis = np.stack([np.ones_like(xx), xx, yy, xx * xx, xx * yy, yy * yy], axis=-1).reshape(-1, 6)
    tones = ground.reshape(-1).astype(np.float64)
    keep = np.ones(tones.shape, bool)
    for _ in range(SHADE_ROUNDS):
        coef = np.linalg.lstsq(basis[keep], tones[keep], rcond=None)[0]
        surface = basis @ coef
        keep = tones >= surface - SHADE_KEEP
    # (the paper's level: the surface's brightest part, as the 90th percentile of an evenly lit page)
    level = float(np.percentile(surface[keep], 90))
    if float(surface[keep].max() - surface[keep].min()) < SHADE_SPAN:
        return ground
    flat = tones + (level - surface) + (paper - level)
    return np.clip(flat, 0, 255).reshape(h, w).astype(np.uint8)


def paper_tone(gray: np.ndarray) -> float | None:
    """The paper's grey level of a page that is mostly white paper (as ``paper_cards`` sees it), else None."""
    return _paper_ground(gray)[2]


def paper_cards(gray: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Boxes (x0, y0, x1, y1, page pixels) of the cards lying on a page that is mostly white paper; [] when the page
    is no such page (a card photographed close, a desk, a blank page)."""
    f, ground, paper = _paper_ground(gray)
    if paper is None:
        return []
    cards = _cards_on(gray, f, ground, paper)
    if not cards:
        # (a paper lit evenly keeps the cards found on it as they were tuned: the shading is taken out only where none
        # was found, see ``_unshaded``)
        flat = _unshaded(ground, paper)
        if flat is not ground:
            cards = _cards_on(gray, f, flat, paper)
    return cards


def _cards_on(gray: np.ndarray, f: float, ground: np.ndarray, paper: float) -> list[tuple[int, int, int, int]]:
    """``paper_cards`` of the page ``gray`` looked at as ``ground`` (scale ``f``) with its paper at ``paper``."""
    darker = (ground < paper - CARD_STEP).astype(np.uint8)
    closed = cv2.morphologyEx(darker, cv2.MORPH_CLOSE, np.ones((7, 7), np.uint8))
    content = cv2.morphologyEx(closed, cv2.MORPH_OPEN, np.ones((5, 5), np.uint8))
    n, _, stats, _ = cv2.connectedComponentsWithStats(content, connectivity=8)
    h, w = ground.shape
    out = []
    for x, y, bw, bh, area in stats[1:].tolist():
        if not CARD_AREA[0] * h * w <= area <= CARD_AREA[1] * h * w or area < CARD_FILL * bw * bh:
            continue
        if x == 0 or y == 0 or x + bw >= w or y + bh >= h:
            # A card lies on the paper, with paper all round it: what reaches the page's edge is the page itself (a
            # grey scan of the paper beneath documents: tuning bench_id_attack seed 3101 two_documents 4, read whole
            # and again as the card on it, the two readings' dates merged into 'long numbers').
            continue
        x, y, bw, bh = _grown_over_tint(ground, paper, x, y, bw, bh)
        px, py = CARD_PAD * bw, CARD_PAD * bh
        x0, y0 = max(0, int((x - px) / f)), max(0, int((y - py) / f))
        x1, y1 = (
            min(gray.shape[1], int(np.ceil((x + bw + px) / f))),
            min(gray.shape[0], int(np.ceil((y + bh + py) / f))),
        )
        out.append((x0, y0, x1, y1))
    return out


# A card's ground may fade towards paper at a side: a pale guilloche corner only CARD_TINT to CARD_STEP levels under
# the paper (tuning family3 seed 119 page 12: a 2014 identity card's right fifth 9-12 levels under it, cut off, and its
# document number, printed there, read as 'EAACL' '3': refused for want of it). The card found by CARD_STEP is grown at
# each side while the band beyond it, along the card's length, is on average CARD_TINT levels under the paper, by
# CARD_GROW of the card's size at most (a card lies apart from what else is on the page).
CARD_TINT = 4
CARD_GROW = 0.3
CARD_GROW_LEAST = 4  # work pixels


def _grown_over_tint(ground: np.ndarray, paper: float, x: int, y: int, bw: int, bh: int) -> tuple[int, int, int, int]:
    """The card box ``x, y, bw, bh`` (work pixels) grown over its pale ground at each side (see ``CARD_TINT``)."""
    h, w = ground.shape
    tint = paper - CARD_TINT
    x0, y0, x1, y1 = x, y, x + bw, y + bh  # (x1, y1 exclusive)
    reach_x, reach_y = int(CARD_GROW * bw), int(CARD_GROW * bh)
    while x1 < w - 1 and x1 - (x + bw) < reach_x and ground[y0:y1, x1].mean() <= tint:
        x1 += 1
    while x0 > 1 and x - x0 < reach_x and ground[y0:y1, x0 - 1].mean() <= tint:
        x0 -= 1
    while y1 < h - 1 and y1 - (y + bh) < reach_y and ground[y1, x0:x1].mean() <= tint:
        y1 += 1
    while y0 > 1 and y - y0 < reach_y and ground[y0 - 1, x0:x1].mean() <= tint:
        y0 -= 1
    # (a side grown by a pixel or two is the median filter's blur at the card's edge, no pale ground: kept as found,
    # as the card's reading was tuned on - tuning ghost scan seed 840 read a date as a long number from a crop two work
    # pixels wider)
    x0, y0 = (x0 if x - x0 >= CARD_GROW_LEAST else x), (y0 if y - y0 >= CARD_GROW_LEAST else y)
    x1, y1 = (x1 if x1 - (x + bw) >= CARD_GROW_LEAST else x + bw), (y1 if y1 - (y + bh) >= CARD_GROW_LEAST else y + bh)
    return x0, y0, x1 - x0, y1 - y0


def card_words(gray: np.ndarray, scale: float = 1.0) -> list[Word]:
    """The words of each card on white paper (``paper_cards``), each read cut out at its own scale (page pixels);
    ``scale``: read that much larger (verification reads at another scale than the finder)."""
    out: list[Word] = []
    for x0, y0, x1, y1 in paper_cards(gray):
        crop = gray[y0:y1, x0:x1]
        lo, hi = np.percentile(crop, (1, 99))
        if hi - lo < 20:
            continue
        stretched = np.clip((crop.astype(np.float32) - lo) * (255.0 / (hi - lo)), 0, 255).astype(np.uint8)
        width = int(scale * min(max(x1 - x0, CARD_READ[0]), CARD_READ[1]))
        f = width / (x1 - x0)
        interp = cv2.INTER_AREA if f < 1 else cv2.INTER_CUBIC
        img = cv2.resize(stretched, (width, max(1, round((y1 - y0) * f))), interpolation=interp)
        out += [
            Word(w.text, w.conf, w.x0 / f + x0, w.y0 / f + y0, w.x1 / f + x0, w.y1 / f + y0)
            for w in tesseract(img, "nld", 11)
        ]
    return out


def binarised(gray: np.ndarray) -> np.ndarray:
    """Black text on white by a local threshold: glyphs on a tinted or unevenly lit background come out
    differently than in the grey reading."""
    block = max(15, (min(gray.shape[:2]) // 40) | 1)
    return cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, block, 12)
