"""Fail closed: a number whose box ends inside it, at any angle, is refused whoever drew the box.

A box drawn from a word OCR read short, or a box that covers a value by chance (a portrait's box reaching over the
start of a tilted number that no reading found), leaves the rest of the number beside its end. Verification's other
checks miss what is left: OCR reads the rest as too few characters to be a number (``598`` of ``598-9310057-49``,
``0WZ`` of ``NK77JM0WZ``), ``verify.ink_cut`` looks at glyphs cut along a box's top and bottom only, and a tilted
number crosses an upright box's side. Tuning family3 seed 13 page 18 (a Belgian card's number 83 % black) and seed 14
page 20 (a German card tilted 11°, its number 67 % black under a portrait's box) were released so.

Here the page's text is followed at the angles its lines run at (level, the page's tilt as ``orient.page_skew``
measures it, and the angle of a cut run's own glyphs where they climb: a second document tilted otherwise; each also
turned a quarter), independently of the finder: the ink of the original (a local threshold at RUN_GLYPH_PX per
glyph), glyph-high marks and what stands between them (dashes, dots) joined along the line across gaps up to RUN_JOIN
glyph heights into runs. A run is cut when a box (a solid black area of the copy, as ``verify._boxes_of`` takes them)
covers part of its ink and leaves ink within RUN_CUT_GAP glyph heights of it visible: the box ends inside a word, not
in a word space (a value's box ends in the space between the value and its label). Each cut run is read in the
ORIGINAL, levelled (turned runs both ways up), stacked in one OCR call per way up; a run that reads as anything
verification refuses to see (``verify.text_problems``: a document number, a BSN, part of an MRZ value, five digits in
a row) was a number cut by a box, and the copy is refused. A run that reads as nothing to refuse so and runs askew of
the angle it was found at, or is drawn in dots (a perforated number), is read again levelled at its own angle, at its
own glyph height, its dots joined into strokes (``read_levelled``).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import cv2
import numpy as np

from afscherm.redactors.id_copies.ocr import Word, tesseract
from afscherm.redactors.id_copies.orient import level, turned_canvas

RUN_GLYPH_PX, RUN_WORK_MAX = 16.0, 2400
RUN_CONTRAST = 18  # grey levels below the neighbourhood's mean that make a pixel ink (as ``verify.ink_cut``)
RUN_GLYPH = (0.45, 1.8)  # a glyph's height (glyph heights); marks lower than that join a run but make none
RUN_WIDE = 8.0  # a mark wider than this (glyph heights) is a rule or an edge, not print
# Glyph heights between the marks of one run: a value's groups, dashes and dots stay one run, read whole (a run read as
# ``598-93`` is no number). Whether a box cut the run is RUN_CUT_GAP's question, at a letter's spacing: a word space
# between a value and its label, where a value's box ends, is wider.
RUN_JOIN = 0.6
RUN_CUT_GAP = 0.2  # glyph heights between covered and visible ink of a run that its box cut
# A run cut at one angle that runs at another (a document tilted on the page, whose lines the page's own tilt does not
# level: a card pair at -11 and -4 deg) is looked for again at its own angle, when RUN_TILT degrees or more off.
RUN_TILT, RUN_MAX_TILT, RUN_MAX_ANGLES = 2.0, 20.0, 6
RUN_MIN_SHOWN = 0.15  # glyph heights of a cut run's ink left visible, at least, along the run
RUN_MIN_LENGTH = 1.5  # glyph heights a run is long, at least (two characters)
RUN_READ_PX = 40  # a cut run is read at this many pixels per glyph height
RUN_MAX_READ = 160  # cut runs read per page, at most: more refuses the page unread (test_id_copies_layouts: > 40)
# A refused run's box (``Run.outline``): its ink's rectangle at its angle and this much around, along the run (less than
# the RUN_JOIN gap to the next word, more than the RUN_CUT_GAP that would count it cut) and across (less than the space
# between two lines). A run longer than RUN_GROW_MAX glyph heights or half the page's longer side (RUN_GROW_PAGE) is
# no number (a TD3 MRZ line is about 33 glyph heights): not boxed, the copy is refused as before.
RUN_GROW_ALONG, RUN_GROW_ACROSS = 0.3, 0.15
RUN_GROW_MAX, RUN_GROW_PAGE = 48.0, 0.5


@dataclass(frozen=True, eq=False)
class Run:
    """A run of print cut by a box: where it lies (page pixels, upright bounding box) and its levelled crop."""

    box: tuple[float, float, float, float]
    crop: np.ndarray  # the original's grey pixels of the run, levelled, at RUN_READ_PX per glyph
    turned: bool  # read at a quarter turn: read both ways up
    cuts: tuple[float, ...] = ()  # where along the crop (its pixels) a box's end cuts the run
    shown: np.ndarray | None = None  # the crop with what the boxes cover in the paper's tone: what the copy shows
    # The run's ink at its angle and RUN_GROW_ALONG / RUN_GROW_ACROSS glyph heights around (page pixels, four corners):
    # the box that covers the whole run (see ``grown_boxes``); and its length in glyph heights.
    outline: tuple[tuple[float, float], ...] = ()
    length: float = 0.0
    # Degrees (OpenCV's sense) that level the run's own ink where it runs askew of the angle it was found at, by
    # RUN_TILT or more (0.0: level); and whether its glyphs are drawn in dots (see ``read_levelled``).
    tilt: float = 0.0
    dotted: bool = False


def _odd(v: float) -> int:
    return max(3, int(round(v)) | 1)


def _turn(img: np.ndarray, degrees: float, interpolation: int) -> tuple[np.ndarray, np.ndarray]:
    """``img`` turned by ``degrees`` (OpenCV's sense) on a canvas holding all of it (border 0), and the matrix."""
    matrix, size = turned_canvas(img.shape, degrees)
    return cv2.warpAffine(img, matrix, size, flags=interpolation, borderValue=0), matrix


def cut_runs(original: np.ndarray, boxes: np.ndarray, glyph: float, angles: tuple[float, ...] = (0.0,)) -> list[Run]:
    """The runs of print of ``original`` (grey, glyph height ``glyph``) that a box of ``boxes`` (0/1, the same size:
    the copy's solid black areas) cuts (see the module's doc), looked for along lines levelled by each of ``angles``
    (degrees, OpenCV's sense; each also turned a quarter)."""
    f = min(1.0, RUN_GLYPH_PX / glyph, RUN_WORK_MAX / max(original.shape[:2]))
    small = cv2.resize(original, None, fx=f, fy=f, interpolation=cv2.INTER_AREA) if f < 1 else original
    covered = (
        cv2.resize(boxes.astype(np.float32), (small.shape[1], small.shape[0]), interpolation=cv2.INTER_AREA) >= 0.5
        if f < 1
        else boxes > 0
    ).astype(np.uint8)
    if not covered.any():
        return []
    g = glyph * f
    ink = cv2.adaptiveThreshold(
        small, 1, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, _odd(2.5 * g), RUN_CONTRAST
    )
    seen: list[tuple[float, float, float, float]] = []
    out: list[Run] = []
    todo = [a + quarter for a in angles for quarter in (0.0, 90.0)]
    done: list[float] = []
    while todo and len(done) < RUN_MAX_ANGLES:
        angle = todo.pop(0)
        if any(abs(angle - d) < RUN_TILT / 2 for d in done):
            continue
        done.append(angle)
        runs, tilts = _cut_at(small, ink, covered, g, angle, f)
        for run in runs:
            if not any(_overlap(run.box, b) for b in seen):
                seen.append(run.box)
                out.append(run)
        todo += [angle + t for t in tilts]
    return out


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    """Whether two runs' boxes are one run's, found at two angles."""
    ix = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - ix * iy
    return union > 0 and ix * iy >= 0.7 * union


def _cut_at(
    small: np.ndarray, ink: np.ndarray, covered: np.ndarray, g: float, degrees: float, f: float
) -> tuple[list[Run], list[float]]:
    """The cut runs along lines levelled by turning the working page ``degrees``, and the angles (degrees more) at which
    the glyphs of cut runs that are not level run."""
    turned_ink, matrix = _turn(ink, degrees, cv2.INTER_NEAREST)
    turned_cover, _ = _turn(covered, degrees, cv2.INTER_NEAREST)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(turned_ink, connectivity=8)
    hh, ww = stats[:, cv2.CC_STAT_HEIGHT], stats[:, cv2.CC_STAT_WIDTH]
    marks = (hh <= RUN_GLYPH[1] * g) & (ww <= RUN_WIDE * g) & (stats[:, cv2.CC_STAT_AREA] >= 2)
    marks[0] = False
    glyphs = marks & (hh >= RUN_GLYPH[0] * g)
    mark_mask = marks[labels].astype(np.uint8)
    join = cv2.getStructuringElement(cv2.MORPH_RECT, (_odd(RUN_JOIN * g), 1))
    words = cv2.morphologyEx(mark_mask, cv2.MORPH_CLOSE, join)
    m, word_labels, word_stats, _ = cv2.connectedComponentsWithStats(words, connectivity=8)
    # Per word: ink under a box and ink not; cheap counts first, the column test only where both are.
    on_ink = mark_mask > 0
    hidden = np.bincount(word_labels[on_ink & (turned_cover > 0)], minlength=m)
    shown = np.bincount(word_labels[on_ink & (turned_cover == 0)], minlength=m)
    has_glyph = np.zeros(m, bool)
    has_glyph[np.unique(word_labels[glyphs[labels]])] = True
    inverse = cv2.invertAffineTransform(matrix)
    out: list[Run] = []
    tilts: list[float] = []
    gap = max(1, int(round(RUN_CUT_GAP * g)))
    for i in range(1, m):
        x, y, w, h, _ = (int(v) for v in word_stats[i])
        if not has_glyph[i] or hidden[i] == 0 or shown[i] == 0 or w < RUN_MIN_LENGTH * g:
            continue
        inside = (word_labels[y : y + h, x : x + w] == i) & on_ink[y : y + h, x : x + w]
        if h > RUN_GLYPH[1] * g:
            # Taller than a line: a line at another angle, joined at this one (each glyph a little higher than the one
            # before it). Its angle is measured (by its ink's axis where its glyphs are dots or blobs, see
            # ``_own_tilt``); it is looked for there.
            tilt = _own_tilt(labels[y : y + h, x : x + w], inside, glyphs)
            if tilt:
                tilts.append(tilt)
            continue
        under = turned_cover[y : y + h, x : x + w] > 0
        hidden_cols = (inside & under).any(axis=0)
        shown_cols = (inside & ~under).any(axis=0)
        near = cv2.dilate(hidden_cols.astype(np.uint8)[None, :], np.ones((1, 2 * gap + 1), np.uint8))[0] > 0
        if not (near & shown_cols).any() or shown_cols.sum() < RUN_MIN_SHOWN * g:
            continue
        tilt = _tilt(labels[y : y + h, x : x + w], inside, glyphs)
        if RUN_TILT <= abs(tilt) <= RUN_MAX_TILT:
            tilts.append(tilt)
        own = word_labels[y : y + h, x : x + w] == i
        cuts = np.flatnonzero(near & shown_cols)
        run = _run(small, covered, matrix, inverse, (x, y, w, h), own, g, f, abs(((degrees + 45) % 180) - 45) > 45)
        scale = RUN_READ_PX / g
        run = dataclasses.replace(run, cuts=tuple(float((c + 0.4 * g) * scale) for c in cuts))
        out.append(_askew(run, _own_tilt(labels[y : y + h, x : x + w], inside, glyphs), inside, (x, y), inverse, g, f))
    return out, tilts


def _tilt(labels: np.ndarray, inside: np.ndarray, glyphs: np.ndarray) -> float:
    """Degrees (OpenCV's sense) that level the line through the centres of the glyphs of a run (``inside``, its ink;
    ``labels``, the ink's marks): 0.0 for fewer than three glyphs."""
    ids = np.unique(labels[inside])
    ids = ids[glyphs[ids]]
    if len(ids) < 3:
        return 0.0
    centres = np.array([np.argwhere(labels == i).mean(axis=0) for i in ids])  # (row, column)
    slope = np.polyfit(centres[:, 1], centres[:, 0], 1)[0]
    return float(np.degrees(np.arctan(slope)))


# A run whose own ink runs askew of the angle it was found at (a number printed turned on a document tilted otherwise
# than the page: a residence permit tilted 14 deg on a page levelled by 4 deg, its turned number 10 deg off its quarter
# turn) is found there all the same when it is short (one glyph higher along its length than a line), but read askew:
# tesseract reads little of it (tuning family3 seed 43 page 8: 'RHWrep2c.' for 'RHWT992E2', released 70 % black). Its
# own angle is the line through its glyphs' centres (``_tilt``) or, where its glyphs are fewer than three marks (a
# perforated number scanned soft runs together into a few blobs), the long axis of its ink, taken when the ink is
# RUN_AXIS_ELONGATED times as long as wide; a run RUN_TILT to RUN_MAX_TILT degrees askew is read again levelled there
# (``read_levelled``) and, when refused, boxed at that angle (its ``outline``).
RUN_AXIS_ELONGATED = 3.0


def _own_tilt(labels: np.ndarray, inside: np.ndarray, glyphs: np.ndarray) -> float:
    """Degrees (OpenCV's sense) that level a run's own line (see RUN_AXIS_ELONGATED); 0.0 when it is level or its angle
    cannot be told."""
    ids = np.unique(labels[inside])
    tilt = _tilt(labels, inside, glyphs) if int(glyphs[ids].sum()) >= 3 else _axis_tilt(inside)
    return tilt if RUN_TILT <= abs(tilt) <= RUN_MAX_TILT else 0.0


def _axis_tilt(inside: np.ndarray) -> float:
    """Degrees (OpenCV's sense) that level the long axis of the ink ``inside``; 0.0 when it is not elongated enough to
    have one, or runs up rather than across."""
    ys, xs = np.nonzero(inside)
    if len(xs) < 10:
        return 0.0
    cov = np.cov(np.vstack([xs, ys]).astype(np.float64))
    values, vectors = np.linalg.eigh(cov)
    if values[0] <= 0 or values[1] < RUN_AXIS_ELONGATED**2 * values[0]:
        return 0.0
    vx, vy = vectors[:, 1]
    if abs(vx) < abs(vy):
        return 0.0
    return float(np.degrees(np.arctan(vy / vx)))


def _askew(
    run: Run,
    tilt: float,
    inside: np.ndarray,
    at: tuple[int, int],
    inverse: np.ndarray,
    g: float,
    f: float,
) -> Run:
    """``run`` with its own ``tilt`` (0.0: level) and, when askew, its outline turned to its own angle: its ink's
    rectangle there (``inside``, turned working pixels from ``at``) and the RUN_GROW margins around, in page pixels. Its
    glyphs drawn in dots or not (``_dotted``) either way."""
    dotted = _dotted(run.crop)
    if not tilt:
        return dataclasses.replace(run, dotted=dotted)
    ys, xs = np.nonzero(inside)
    points = np.column_stack([xs + at[0], ys + at[1]]).astype(np.float64)
    to_level = cv2.getRotationMatrix2D((0.0, 0.0), tilt, 1.0)
    levelled = points @ to_level[:, :2].T
    (x0, y0), (x1, y1) = levelled.min(axis=0), levelled.max(axis=0) + 1
    along, across = RUN_GROW_ALONG * g, RUN_GROW_ACROSS * g
    corners = np.array(
        [[x0 - along, y0 - across], [x1 + along, y0 - across], [x1 + along, y1 + across], [x0 - along, y1 + across]]
    )
    back = cv2.invertAffineTransform(to_level)
    turned = corners @ back[:, :2].T
    page = (np.column_stack([turned, np.ones(4)]) @ inverse.T) / f
    return dataclasses.replace(run, tilt=tilt, dotted=dotted, outline=tuple((float(px), float(py)) for px, py in page))


def _run(
    small: np.ndarray,
    covered: np.ndarray,
    matrix: np.ndarray,
    inverse: np.ndarray,
    rect: tuple[int, int, int, int],
    own: np.ndarray,
    g: float,
    f: float,
    turned: bool,
) -> Run:
    """The run at ``rect`` (turned working pixels; ``own``: its pixels there): its page box and its levelled crop of
    the original, the print around it that is not the run's (the lines above and below) in the paper's tone."""
    x, y, w, h = rect
    pad = 0.4 * g
    x0, y0, x1, y1 = x - pad, y - pad, x + w + pad, y + h + pad
    corners = np.array([[x0, y0, 1], [x1, y0, 1], [x1, y1, 1], [x0, y1, 1]], np.float64) @ inverse.T
    (px0, py0), (px1, py1) = corners.min(axis=0) / f, corners.max(axis=0) / f
    along, across = RUN_GROW_ALONG * g, RUN_GROW_ACROSS * g
    ox0, oy0, ox1, oy1 = x - along, y - across, x + w + along, y + h + across
    outline = np.array([[ox0, oy0, 1], [ox1, oy0, 1], [ox1, oy1, 1], [ox0, oy1, 1]], np.float64) @ inverse.T / f
    # The crop read from the working page by the same turn (grey, the paper's tone around it).
    scale = RUN_READ_PX / g
    out_w, out_h = int(np.ceil((x1 - x0) * scale)), int(np.ceil((y1 - y0) * scale))
    to_crop = np.array([[scale, 0, -x0 * scale], [0, scale, -y0 * scale]]) @ np.vstack([matrix, [0, 0, 1]])
    crop = cv2.warpAffine(small, to_crop, (out_w, out_h), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_REPLICATE)
    # Only the run is read: a line above or below, within the crop's margin, read with it would be taken for its text
    # (a label cut by its box read with the top of the number under it: 'Document no. WAV 2031-4', five digits).
    m = max(1, int(round(pad)))
    disc = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (_odd(0.3 * g),) * 2)
    mine = cv2.dilate(np.pad(own.astype(np.uint8), m), disc)
    keep = cv2.resize(mine, (out_w, out_h), interpolation=cv2.INTER_NEAREST) > 0
    paper = np.uint8(np.median(crop[~keep])) if keep.any() and not keep.all() else np.uint8(np.median(crop))
    crop = np.where(keep, crop, paper).astype(np.uint8)
    under = cv2.warpAffine(covered, to_crop, (out_w, out_h), flags=cv2.INTER_NEAREST) > 0
    shown = np.where(under, paper, crop).astype(np.uint8)
    return Run(
        (float(px0), float(py0), float(px1), float(py1)),
        crop,
        turned,
        shown=shown,
        outline=tuple((float(px), float(py)) for px, py in outline),
        length=w / g,
    )


# A number laser-perforated (Dutch documents print their number again so, along an edge) is a grid of dots per glyph:
# tesseract reads strokes, and dots read as nothing or as noise. Seen at RUN_READ_PX a glyph, a perforated run's ink
# is dots with gaps between them that a closing RUN_DOT_CLOSE glyph heights wide fills, growing its ink by RUN_DOTTED
# times or more (a run of strokes grows only in its corners); such a run is read again with its dots joined into strokes
# (a grey erosion as wide: the paper between the dots darkened to the dots' tone), see ``read_levelled``.
# Measured at RUN_READ_PX a glyph: a drawn perforated number (tests/test_id_copies_perforated_numbers.py) 1.25-1.31,
# the runs of print cut on family3 seed 43 page 8 (inked values, labels, its soft-scanned perforated number) 1.06-1.13.
RUN_DOT_CLOSE, RUN_DOTTED = 0.12, 1.2
# A run read again is read at its own glyph height when its ink is less than RUN_OWN_SMALL of RUN_READ_PX high: a
# turned number printed smaller than the page's text (seed 43 page 8: 11 px against the text's 17) reads better so.
RUN_OWN_SMALL = 0.8


def _dot_kernel() -> np.ndarray:
    return cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (_odd(RUN_DOT_CLOSE * RUN_READ_PX),) * 2)


def _dotted(crop: np.ndarray) -> bool:
    """Whether the run in ``crop`` (grey, RUN_READ_PX a glyph) is drawn in dots (see RUN_DOTTED)."""
    ink = cv2.adaptiveThreshold(
        _stretched(crop), 1, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, _odd(RUN_READ_PX), RUN_CONTRAST
    )
    area = int(ink.sum())
    if area == 0:
        return False
    return int(cv2.morphologyEx(ink, cv2.MORPH_CLOSE, _dot_kernel()).sum()) >= RUN_DOTTED * area


def _levelled(run: Run) -> Run:
    """``run`` as read again (see ``read_levelled``): its crop and what the copy shows of it turned by its own tilt
    (the corners in the paper's tone), grown to its own glyph height (RUN_OWN_SMALL) and, when dotted, its dots
    joined; its cuts where they lie there."""
    crop, shown, cuts = run.crop, run.shown, run.cuts
    if run.tilt:
        h = crop.shape[0]
        crop, matrix = level(crop, run.tilt)
        shown = None if shown is None else level(shown, run.tilt)[0]
        cuts = tuple(float(matrix[0, 0] * c + matrix[0, 1] * h / 2 + matrix[0, 2]) for c in cuts)
    ink_rows = np.flatnonzero((_stretched(crop) < 128).any(axis=1))
    own = ink_rows[-1] - ink_rows[0] + 1 if len(ink_rows) else RUN_READ_PX
    if own < RUN_OWN_SMALL * RUN_READ_PX:
        grow = RUN_READ_PX / own
        crop = cv2.resize(crop, None, fx=grow, fy=grow, interpolation=cv2.INTER_CUBIC)
        shown = None if shown is None else cv2.resize(shown, None, fx=grow, fy=grow, interpolation=cv2.INTER_CUBIC)
        cuts = tuple(c * grow for c in cuts)
    if run.dotted:
        crop = cv2.erode(crop, _dot_kernel())
        shown = None if shown is None else cv2.erode(shown, _dot_kernel())
    return dataclasses.replace(run, crop=crop, shown=shown, cuts=cuts)


def read_levelled(runs: list[Run], shown: bool = False) -> list[tuple[Run, Run, list[Word], bool]]:
    """``read_runs`` of the askew or dotted ``runs`` (``Run.tilt``, ``Run.dotted``) each levelled at its own angle and
    its dots joined: (run, the run as read, its words there, upside down)."""
    views = {_levelled(run): run for run in runs if run.tilt or run.dotted}
    return [(views[view], view, words, flipped) for view, words, flipped in read_runs(list(views), shown)]


def _stretched(crop: np.ndarray) -> np.ndarray:
    """``crop`` with its paper white and its print dark: crops of tinted cards and white paper read as one page."""
    lo, hi = np.percentile(crop, 2), np.percentile(crop, 90)
    return np.clip((crop.astype(np.float32) - lo) * 255 / max(float(hi - lo), 1.0), 0, 255).astype(np.uint8)


def read_runs(runs: list[Run], shown: bool = False) -> list[tuple[Run, list[Word], bool]]:
    """The words OCR reads in each of ``runs`` (crop pixels), each way up it can be read (level ones upright; turned
    ones upright and upside down, ``True``), the runs stacked one above another on white (one OCR call per way up).
    ``shown``: what the copy shows of them (``Run.shown``) read instead."""
    ways = [[(r, False) for r in runs], [(r, True) for r in runs if r.turned]]
    out: list[tuple[Run, list[Word], bool]] = []
    for way in ways:
        if not way:
            continue
        views = [r.shown if shown and r.shown is not None else r.crop for r, _ in way]
        crops = [cv2.rotate(v, cv2.ROTATE_180) if flipped else v for v, (_, flipped) in zip(views, way, strict=True)]
        width = max(c.shape[1] for c in crops) + 2 * RUN_READ_PX
        rows: list[np.ndarray] = []
        tops: list[int] = []
        for c in crops:
            row = np.full((c.shape[0] + RUN_READ_PX, width), 255, np.uint8)
            top = RUN_READ_PX // 2
            row[top : top + c.shape[0], RUN_READ_PX : RUN_READ_PX + c.shape[1]] = _stretched(c)
            tops.append(sum(r.shape[0] for r in rows) + top)
            rows.append(row)
        words = tesseract(np.vstack(rows), "eng", 6)
        for (run, flipped), c, top in zip(way, crops, tops, strict=True):
            mine = [
                Word(w.text, w.conf, w.x0 - RUN_READ_PX, w.y0 - top, w.x1 - RUN_READ_PX, w.y1 - top)
                for w in words
                if top <= w.cy < top + c.shape[0]
            ]
            out.append((run, mine, flipped))
    return out


# The words read at a cut (within RUN_AT_CUT glyph heights of it), and the words that follow them closer than a word
# space (RUN_WORD_GAP: a number OCR split in two): what the box ends inside. A value's run may take in a label beside
# it, closer than RUN_JOIN; a box that cuts that label (a passport's wide number box over the start of the next
# column's 'Geldig tot', on the same line) cut no number (tuning bench_id_attack seed 3101, spread 2).
RUN_AT_CUT, RUN_WORD_GAP = 0.3, 0.25


def words_at_cuts(run: Run, words: list[Word], flipped: bool) -> list[Word]:
    """Of ``words`` (read in ``run``'s crop, upside down when ``flipped``), those a box's end cuts (see RUN_AT_CUT)."""
    width = run.crop.shape[1]
    cuts = [width - c if flipped else c for c in run.cuts]
    near, gap = RUN_AT_CUT * RUN_READ_PX, RUN_WORD_GAP * RUN_READ_PX
    chosen = {i for i, w in enumerate(words) if any(w.x0 - near <= c <= w.x1 + near for c in cuts)}
    grown = True
    while grown:
        grown = False
        for i, w in enumerate(words):
            if i in chosen:
                continue
            for j in list(chosen):
                o = words[j]
                same_line = abs(w.cy - o.cy) < 0.5 * max(w.height, o.height, 1.0)
                if same_line and (0 <= w.x0 - o.x1 < gap or 0 <= o.x0 - w.x1 < gap):
                    chosen.add(i)
                    grown = True
                    break
    return [w for i, w in enumerate(words) if i in chosen]


CUT_REASON = "number cut by a box, part of it left visible"


def numbers_cut(
    original: np.ndarray,
    redacted: np.ndarray,
    glyph: float,
    analyzer,  # noqa: ANN001
    values,  # noqa: ANN001 - fields.Values
    refused: list[Run] | None = None,
) -> list[str]:
    """Reasons to refuse the copy ``redacted`` of ``original`` (grey, the same size) for a number a box cut (see the
    module's doc): empty when no cut run reads as one. ``refused``: the runs that refuse it are added to it."""
    found = refused_runs(original, redacted, glyph, analyzer, values)
    if refused is not None:
        refused += list(found)
    reasons = {reason for run_reasons in found.values() for reason in run_reasons}
    return [f"{CUT_REASON} ({reason})" for reason in sorted(reasons)]


def refused_runs(
    original: np.ndarray,
    redacted: np.ndarray,
    glyph: float,
    analyzer,  # noqa: ANN001
    values,  # noqa: ANN001 - fields.Values
) -> dict[Run, list[str]]:
    """The runs of ``original`` a box of ``redacted`` cut that read as a number (see ``numbers_cut``), each with what
    verification refuses in it; a run stands for the page (``Run.outline`` empty) when there were too many to read."""
    from afscherm.redactors.id_copies.orient import page_skew
    from afscherm.redactors.id_copies.verify import _boxes_of, text_problems

    _, boxes = _boxes_of(redacted, original, glyph)
    if not boxes.any():
        return {}
    skew = page_skew(original)
    runs = cut_runs(original, boxes > 0, glyph, (0.0, skew) if skew else (0.0,))
    if not runs:
        return {}
    if len(runs) > RUN_MAX_READ:
        whole = Run((0.0, 0.0, float(original.shape[1]), float(original.shape[0])), original[:1, :1], False)
        return {whole: ["too many runs of print cut by boxes to read them all"]}
    found: dict[Run, list[str]] = {}
    for run, words, flipped in read_runs(runs):
        cut = words_at_cuts(run, words, flipped)
        problems = text_problems(cut, analyzer, values) if cut else []
        if problems:
            found.setdefault(run, []).extend(problems)
    # The runs read as nothing to refuse that run askew or in dots, read again levelled at their own angle, dots joined.
    again = [run for run in runs if run not in found]
    for run, view, words, flipped in read_levelled(again):
        cut = words_at_cuts(view, words, flipped)
        problems = text_problems(cut, analyzer, values) if cut else []
        if problems:
            found.setdefault(run, []).extend(problems)
    if not found:
        return {}
    # What the copy shows beside each such cut, read alone: a number's rest (digits, capitals: '598', '0WZ') or nothing
    # readable refuses the copy; a label's rest in lower case ('ot / Date of expiry') is a label the box cut, beside a
    # number it covers whole. A run refused when read again is read so here too.
    second = [run for run in found if run in again]
    refused = {
        run
        for run, words, flipped in read_runs([run for run in found if run not in again], shown=True)
        if _rest_of_number(run, words, flipped)
    } | {
        run for run, view, words, flipped in read_levelled(second, shown=True) if _rest_of_number(view, words, flipped)
    }
    return {run: found[run] for run in found if run in refused}


def grown_boxes(runs: list[Run], shape: tuple[int, ...]) -> list[tuple[tuple[float, float], ...]] | None:
    """A box over the whole of each of ``runs`` (``Run.outline``, page pixels, on a page of ``shape``), or None when
    one of them is too long to be a number (RUN_GROW_MAX, RUN_GROW_PAGE) or stands for the page."""
    longest = RUN_GROW_PAGE * max(shape[:2])
    out = []
    for run in runs:
        if not run.outline or run.length > RUN_GROW_MAX:
            return None
        (x0, y0), (x1, y1) = np.min(run.outline, axis=0), np.max(run.outline, axis=0)
        if max(x1 - x0, y1 - y0) > longest:
            return None
        out.append(run.outline)
    return out


def _rest_of_number(run: Run, words: list[Word], flipped: bool) -> bool:
    """Whether what the copy shows at ``run``'s cuts (``words`` read in ``Run.shown``) may be a number's rest: nothing
    read there, or a word with a digit or without a lower-case letter."""
    rest = [w.text for w in words_at_cuts(run, words, flipped) if any(c.isalnum() for c in w.text)]
    return not rest or any(any(c.isdigit() for c in t) or not any(c.islower() for c in t) for t in rest)
