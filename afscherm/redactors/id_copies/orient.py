"""Which way up a page is: the quarter turn that makes its text upright.

Uploads arrive turned by 90, 180 or 270 degrees (a card scanned sideways, a phone held in portrait). The
finder reads upright text only, so the page is turned first. Tesseract's orientation detector (``--psm 0``,
Debian's ``tesseract-ocr-osd``) alone is not enough: on ID cards at their own size it answers "too few
characters", and on cards with an MRZ it was a quarter turn off (binarised, the ``<`` fillers read as turned
letters). What decides, in this order:

1. an MRZ band: its lines run along the page's width in one of two quarter turns; of the two readings
   (as found and turned by 180°), the one with the MRZ's ``<`` fillers is upright;
2. reading: of the two turns the direction of the lines of print allows (``text_axis``, cheap pixel work:
   upright or upside down, or the two quarter turns), the one at which tesseract reads clearly more words;
3. a face: OpenCV's frontal-face cascades find faces upright only (within ≈ 15°), tried at those two turns;
4. tesseract's orientation detection on the page scaled so its text is large enough, when it is confident and
   its answer runs along the lines of print (it was confidently wrong on cards without an MRZ);
5. otherwise the page is taken as it is (and verification still judges the copy), or, when its lines of print run
   along its height, at the quarter turn that read more words.

Cues 2-4 read the page levelled by the angle of its lines of print (a tilt is the same at every quarter turn).

Small angles (up to ≈ 15°) are no turn: ``page_skew`` finds them on the upright page from the lines of print, and
``level`` rotates the page level for the finder and verification (the MRZ band's own frame levels only its document:
the other side beside it, and a front without a band, were read tilted).
"""

from __future__ import annotations

import cv2
import numpy as np

from afscherm.redactors.id_copies.face import content_box, faces
from afscherm.redactors.id_copies.mrz_band import crop_upright, find_bands
from afscherm.redactors.id_copies.ocr import MRZ_WHITELIST, orientation, paper_cards, tesseract

WORK_SIDE = 1000  # the longest side of the copy the orientation is decided on
MRZ_LINE_PX = 28  # the band crop is read at this line height: enough to tell ``<`` from noise
MIN_FILLERS = 4  # ``<`` read in an upright MRZ crop (a band turned upside down reads a handful at most)
# Tesseract's orientation detection runs with the page scaled to these longest sides (the text of a card on
# a page is small); the confidences of each answer are summed, and an answer needs MIN_OSD_CONFIDENCE. On
# cards composed from the tuning family, right answers summed 3–5 (tilted pages ≈ 2), wrong ones ≤ 1.7.
OSD_SIDES = (2000, 3000)
MIN_OSD_CONFIDENCE = 2.0
# Lines of print run along one axis: the total length of line-shaped blobs along it is at least this many times
# that along the other (cards composed from the tuning family: ≥ 3 upright, ≤ 0.3 turned).
AXIS_RATIO = 1.8
# The last resort: words read at confidence ≥ READ_CONFIDENCE; the upright turn reads at least MIN_READABLE such
# words and twice as many as the turn opposite.
READ_CONFIDENCE, MIN_READABLE = 70, 4
# A card laid on an A4 flatbed fills a third of the page: at WORK_SIDE its print is too small to read either way up
# (tuning bench_id_captures --fronts printed seed 900: a front alone, no MRZ, turned 180° and 270°, read 2 and 3
# confident words upright, 0 otherwise; at 2400 px 16 and 15 against at most 4). When reading at WORK_SIDE decides
# nothing, the page is read once more at READ_AGAIN_SIDE, before the face cascades and the detector. A smaller page is
# enlarged to it: a passport's data page in a phone photo (tuning family3 seed 8 page 33, 747 x 1328 px, turned 270°
# and tilted 9°) read 2 words against 0 at WORK_SIDE, 6 against 0 at 2400 px; taken as upright, it was refused as not
# recognised as an ID document.
READ_AGAIN_SIDE = 2400

_TO_UPRIGHT = {90: cv2.ROTATE_90_COUNTERCLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_CLOCKWISE}
_TURN = {90: cv2.ROTATE_90_CLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_COUNTERCLOCKWISE}


def upright(img: np.ndarray, turned: int) -> np.ndarray:
    """``img`` (content turned clockwise by ``turned`` degrees) turned back upright."""
    return cv2.rotate(img, _TO_UPRIGHT[turned]) if turned in _TO_UPRIGHT else img


def turn_back(img: np.ndarray, turned: int) -> np.ndarray:
    """An upright ``img`` turned clockwise by ``turned`` degrees again (the inverse of ``upright``)."""
    return cv2.rotate(img, _TURN[turned]) if turned in _TURN else img


def point_back(x: float, y: float, turned: int, shape: tuple[int, ...]) -> tuple[float, float]:
    """A point of the upright image (made by ``upright`` from a page of ``shape``) in the page's pixels."""
    h, w = shape[:2]
    if turned == 90:  # upright = page turned counter-clockwise: upright (x, y) ← page (w-1-y, x)
        return w - 1 - y, x
    if turned == 180:
        return w - 1 - x, h - 1 - y
    if turned == 270:
        return y, h - 1 - x
    return x, y


def point_up(x: float, y: float, turned: int, shape: tuple[int, ...]) -> tuple[float, float]:
    """A point of the page (of ``shape``) in the pixels of its upright image (the inverse of ``point_back``)."""
    h, w = shape[:2]
    if turned == 90:
        return y, w - 1 - x
    if turned == 180:
        return w - 1 - x, h - 1 - y
    if turned == 270:
        return h - 1 - y, x
    return x, y


def mrz_fillers(gray: np.ndarray, band) -> int:  # noqa: ANN001 - mrz_band.Band
    """``<`` characters tesseract reads in ``band`` as it lies (the MRZ font's filler, read upright only)."""
    lines = max(band.lines, 2)
    crop = crop_upright(gray, band, height=int(MRZ_LINE_PX * 1.6 * lines))
    # Page segmentation mode 4, not the finder's 6: a tesseract handle adapts to what it read before, so the
    # orientation check keeps its own handle and leaves the finder's readings as they were.
    return sum(w.text.count("<") for w in tesseract(crop, "eng", 4, MRZ_WHITELIST))


def _small(gray: np.ndarray, side: int = WORK_SIDE) -> np.ndarray:
    f = min(1.0, side / max(gray.shape[:2]))
    return cv2.resize(gray, None, fx=f, fy=f, interpolation=cv2.INTER_AREA) if f < 1 else gray


def _sized(gray: np.ndarray, side: int) -> np.ndarray:
    """``gray`` scaled so that its longer side is ``side`` pixels (smaller or larger)."""
    f = side / max(gray.shape[:2])
    if abs(f - 1) < 0.05:
        return gray
    return cv2.resize(gray, None, fx=f, fy=f, interpolation=cv2.INTER_AREA if f < 1 else cv2.INTER_CUBIC)


# A band that reads this many ``<`` as it lies on a page taken as it is decides: an MRZ turned upside down reads a
# handful at most (MIN_FILLERS), so neither its reading turned by 180° nor the bands of the page turned a quarter are
# read (tuning family3 seeds 16-17, pages under 1 Mpx: two to four band readings of 0.05-0.07 CPU-s each and a band
# search of the page turned, 0.04 CPU-s).
UPRIGHT_FILLERS = 3 * MIN_FILLERS


def _by_mrz(gray: np.ndarray) -> int | None:
    best, best_score = None, 0
    for turned in (0, 90):
        view = upright(gray, turned)
        for band in find_bands(view)[:2]:
            score = mrz_fillers(view, band)
            if not turned and score >= UPRIGHT_FILLERS:
                return 0
            flipped = mrz_fillers(cv2.rotate(view, cv2.ROTATE_180), _flipped(band, view.shape))
            for t, s in ((turned, score), ((turned + 180) % 360, flipped)):
                if s > best_score:
                    best, best_score = t, s
    return best if best_score >= MIN_FILLERS else None


def _flipped(band, shape: tuple[int, ...]):  # noqa: ANN001, ANN202
    from dataclasses import replace

    h, w = shape[:2]
    return replace(band, center=(w - 1 - band.center[0], h - 1 - band.center[1]))


def text_axis(small: np.ndarray) -> str | None:
    """Which way the page's lines of print run: ``"across"`` (upright or upside down) or ``"along"`` (turned a
    quarter), None when it cannot tell. Glyphs of a line are smeared together along each axis in turn; lines
    make long thin blobs only along their own direction (tilts up to ≈ 15° included)."""
    side = max(small.shape[:2])
    k = max(3, side // 160)  # about a glyph gap at the sizes cards are printed at
    blackhat = cv2.morphologyEx(small, cv2.MORPH_BLACKHAT, cv2.getStructuringElement(cv2.MORPH_RECT, (2 * k + 1,) * 2))
    _, mask = cv2.threshold(blackhat, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    lengths = {}
    for axis, kernel in (("across", (2 * k + 1, 1)), ("along", (1, 2 * k + 1))):
        smeared = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, kernel))
        n, _, stats, _ = cv2.connectedComponentsWithStats(smeared, connectivity=8)
        w, h = stats[1:, cv2.CC_STAT_WIDTH], stats[1:, cv2.CC_STAT_HEIGHT]
        long_side, short_side = (w, h) if axis == "across" else (h, w)
        # Lines of text: at least five glyph gaps long, several times longer than thick, not the whole page.
        line = (long_side >= 5 * k) & (long_side >= 4 * short_side) & (long_side < 0.9 * side)
        lengths[axis] = float(long_side[line].sum()) if n > 1 else 0.0
    across, along = lengths["across"], lengths["along"]
    if across >= AXIS_RATIO * along and across > 0:
        return "across"
    if along >= AXIS_RATIO * across and along > 0:
        return "along"
    return None


_TURNS: dict[str | None, tuple[int, ...]] = {"across": (0, 180), "along": (90, 270), None: (0, 90, 180, 270)}


def _by_face(small: np.ndarray, axis: str | None) -> int | None:
    # The cascade is the costliest check (four turns of a whole page): the direction of the lines of print
    # leaves two turns to try (upright and upside down, or the two quarter turns).
    turns = _TURNS[axis]
    counts = {t: len(_faces_in_print(upright(small, t))) for t in turns}
    best = max(counts, key=lambda t: (counts[t], t == 0))
    return best if counts[best] and sum(counts.values()) == counts[best] else None


def _faces_in_print(view: np.ndarray) -> list[tuple[float, float, float, float]]:
    """Faces both cascades find in ``view``, within the page's print (see ``face.content_box``)."""
    return faces(view, confirmed=True, scale=1.0, min_side=20, within=content_box(view))


def _by_osd(gray: np.ndarray, axis: str | None = None) -> int | None:
    votes: dict[int, float] = {}
    for side in OSD_SIDES:
        f = side / max(gray.shape[:2])
        view = cv2.resize(gray, None, fx=f, fy=f, interpolation=cv2.INTER_AREA if f < 1 else cv2.INTER_CUBIC)
        found = orientation(view)
        # An answer across the direction the lines of print run is a misreading (of a portrait, of guilloches).
        if found and found[0] in _TURNS[axis]:
            votes[found[0]] = votes.get(found[0], 0.0) + found[1]
    best = max(votes, key=votes.__getitem__, default=None)
    return best if best is not None and votes[best] >= MIN_OSD_CONFIDENCE else None


def _readable_words(gray: np.ndarray) -> int:
    """Words tesseract reads confidently (3+ letters or digits, confidence ≥ READ_CONFIDENCE): upright print gives
    many, print turned upside down or sideways a few at most."""
    words = tesseract(gray, "eng", 11)  # a handle of its own (see ``mrz_fillers``)
    return sum(w.conf >= READ_CONFIDENCE and sum(c.isalnum() for c in w.text) >= 3 for w in words)


def _by_reading(small: np.ndarray, axis: str | None, counts: dict[int, int] | None = None) -> int | None:
    """The turn (of the two the lines of print allow) at which the page reads clearly better; None when neither
    does, or the direction of the lines is unknown. ``counts``: the confident words read at each turn are added to
    it."""
    if axis is None:
        return None
    read = {t: _readable_words(upright(small, t)) for t in _TURNS[axis]}
    if counts is not None:
        for t, n in read.items():
            counts[t] = counts.get(t, 0) + n
    best, other = sorted(read, key=read.__getitem__, reverse=True)
    return best if read[best] >= MIN_READABLE and read[best] >= 2 * read[other] else None


# A page whose lines of print run along its height is turned a quarter, whichever way: when no cue decides which, taking
# it as it is (0°) is wrong for certain. Then the quarter turn at which more confident words were read is taken, the
# first of the two (90°) when both read as many: a residence permit's front alone on A4 turned 270° (tuning family3 seed
# 14 page 12 turned so), read 0 against 3 words at WORK_SIDE and 5 against 8 at READ_AGAIN_SIDE, was taken as it was and
# refused as not recognised; the turn retry (``turn_by_cues``) found no band and no face at another turn.


# A card on a large page: at WORK_SIDE its lines of print are too small for ``text_axis`` to tell which way they run,
# and the cues below, each restricted to the turns the lines allow, read the whole page at all four (tuning seed 2086
# page 1, a Belgian card's front alone on an A4 scan turned 180°, the card a fifth of the page's width: no direction,
# nothing read either way up, tesseract's detector confidently wrong at 0°, the card read upside down and refused for
# a 'long number' its reversed print made). Where the lines run no clear way on the page, the turn is decided on the
# cards lying on its white paper (``ocr.paper_cards``), cut out together: the card alone read 180° by reading. So too
# where they run one way but no cue below decided the turn (the page would be taken as it is, or turned by the lines).


def page_turn(gray: np.ndarray, cards: bool = True) -> tuple[int, str]:
    """Clockwise degrees (0, 90, 180, 270) the page's content is turned, and what decided it; ``cards``: decide on
    the page's cards cut out when its lines of print run no clear way (see above)."""
    turned = _by_mrz(gray)  # full size: a band of a card on an A4 page is small
    small = _small(gray)
    if turned is not None:
        return turned, "mrz"
    page = gray
    axis = text_axis(small)
    if axis is None and cards and (by_cards := _by_cards(gray)) is not None:
        return by_cards
    # The cues below read the page levelled (see ``_levelled_for_cues``).
    as_is = small
    gray, axis = _levelled_for_cues(gray, axis)
    small = _small(gray)
    # Reading before the face and tesseract's detector: on 20 tuning pages without a usable MRZ reading was right
    # every time (0.2–0.5 CPU-s), the face cascades decided only a third (0.4–0.9 CPU-s), and the detector was
    # confidently wrong on four (a driving licence read upside down, residence-permit backs a quarter turn off).
    counts: dict[int, int] = {}
    turned = _by_reading(small, axis, counts)
    if turned is None and axis is not None:
        turned = _by_reading(_sized(gray, READ_AGAIN_SIDE), axis, counts)
    if turned is not None:
        return turned, "reading"
    turned = _by_face(small, axis)
    if turned is None and small is not as_is:
        # A small face the cascades found on the page as it was can be missed levelled, where the angle the lines of
        # print give is not the portrait's (a phone photo's perspective: tuning family3 k-set seed 113 page 11, a
        # licence at -4.5°, levelled by 5.6°): the page as it was is asked too.
        turned = _by_face(as_is, axis)
    if turned is not None:
        return turned, "face"
    turned = _by_osd(gray, axis)
    if turned is not None:
        return turned, "osd"
    if cards and axis is not None and (by_cards := _by_cards(page)) is not None:
        return by_cards  # (nothing decided on the page: its cards, as above)
    if axis == "along":
        return max(_TURNS["along"], key=lambda t: counts.get(t, 0)), "lines"  # see above
    return 0, "none"


def _by_cards(gray: np.ndarray) -> tuple[int, str] | None:
    """``page_turn`` of the cards lying on the page's white paper, cut out together (see above); None when there are
    none or nothing decides their turn."""
    boxes = paper_cards(gray)
    if not boxes:
        return None
    x0, y0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
    x1, y1 = max(b[2] for b in boxes), max(b[3] for b in boxes)
    turned, how = page_turn(gray[y0:y1, x0:x1], cards=False)
    return None if how in ("none", "lines") else (turned, f"{how} of the cards")


# A page tilted by a small angle as well as turned (a phone photo of a card at 11.5°, stored upside down: tuning family3
# seed 14 page 21 turned 180°) read as nothing either way up: tesseract reads a line tilted that far poorly, upright or
# not (1 and 0 confident words at WORK_SIDE, 2 and 1 at READ_AGAIN_SIDE), the face cascades fire upright only, and the
# page was taken as it was, turned wrong. The lines of print give the angle whichever way up the page is (a tilt is the
# same rotation at every quarter turn): the reading, face and detector cues read the page levelled by it (levelled, 7
# confident words upright against 1). The MRZ cue needs no levelling (``find_bands`` follows a band at its angle).


def _levelled_for_cues(gray: np.ndarray, axis: str | None) -> tuple[np.ndarray, str | None]:
    """``gray`` levelled by the angle of its lines of print, and the direction they run in (``text_axis``) read on the
    levelled page; as it is when its lines are level. The angle is measured with the lines across and along the page
    (``_skew_and_gain`` of the page and of it turned a quarter, 0.05 CPU-s each), the sharper levelling taken: tilted
    14°, a page's lines of print ran no clear way to ``text_axis`` (or the wrong way), so which way to level it cannot
    come from there."""
    found = [_skew_and_gain(view) for view in (gray, upright(gray, 90))]
    levels = [(gain, skew) for skew, gain in found if abs(skew) >= MIN_SKEW and gain >= SKEW_GAIN]
    if not levels:
        return gray, axis
    levelled = level(gray, round(max(levels)[1], 1))[0]
    return levelled, text_axis(_small(levelled)) or axis


def turn_by_cues(gray: np.ndarray, tried: int) -> int | None:
    """A quarter turn other than ``tried`` at which the page shows what only an upright page shows: an MRZ band that
    reads with its ``<`` fillers, or a face both cascades find, each turn's view levelled first (``page_skew``: a band
    tilted 9° was no band to ``find_bands``); None when no turn does. For a page the finder recognised nothing on at
    ``tried``: the turns the direction of its lines of print allows first, then the others."""
    axis = text_axis(_small(gray))
    turns = [t for t in _TURNS[axis] + _TURNS[None] if t != tried]
    for turned in dict.fromkeys(turns):
        view = upright(gray, turned)
        skew = page_skew(view)
        if skew:
            view = level(view, skew)[0]
        if any(mrz_fillers(view, band) >= MIN_FILLERS for band in find_bands(view)[:2]):
            return turned
        small = _small(view)
        if faces(small, confirmed=True, scale=1.0, min_side=20):
            return turned
    return None


# Small angles. The lines of print are found as in ``text_axis`` (dark glyphs on lighter paper, at WORK_SIDE) and the
# page is turned in SKEW_STEP degree steps within ±MAX_SKEW, then SKEW_FINE steps around the best: level lines make
# the sharpest profile of ink per row (sum of its squared steps). A page is levelled when its best angle is at least
# MIN_SKEW off and its profile SKEW_GAIN times as sharp as the page's as it is (tuning bench_id_captures seed 811: a
# card pair at 7.55° found at 7.6°, profile 15.5 times as sharp; pages within ±0.5° found within 0.6°, gain ≤ 2).
MAX_SKEW, SKEW_STEP, SKEW_FINE = 16.0, 1.0, 0.2
MIN_SKEW, SKEW_GAIN = 2.0, 1.5


def _print_mask(small: np.ndarray) -> np.ndarray:
    """Glyph-sized dark marks of ``small`` (a page at about WORK_SIDE), white on black."""
    k = max(3, max(small.shape[:2]) // 160)
    blackhat = cv2.morphologyEx(small, cv2.MORPH_BLACKHAT, cv2.getStructuringElement(cv2.MORPH_RECT, (2 * k + 1,) * 2))
    _, mask = cv2.threshold(blackhat, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    return mask


def _row_sharpness(mask: np.ndarray, degrees: float) -> float:
    """How sharply the ink of ``mask`` turned by ``degrees`` (OpenCV's sense) steps from row to row."""
    h, w = mask.shape[:2]
    turned = cv2.warpAffine(
        mask, cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0), (w, h), flags=cv2.INTER_NEAREST
    )
    rows = turned.sum(axis=1, dtype=np.float64)
    return float(np.sum(np.diff(rows) ** 2))


def page_skew(gray: np.ndarray) -> float:
    """Degrees (OpenCV's sense: counter-clockwise) that level the lines of print of the upright page ``gray``; 0.0
    when it is level already (within MIN_SKEW) or no angle stands out."""
    best, gain = _skew_and_gain(gray)
    if abs(best) < MIN_SKEW or gain < SKEW_GAIN:
        return 0.0
    return round(best, 1)


def _skew_and_gain(gray: np.ndarray) -> tuple[float, float]:
    """The angle at which the rows of ``gray``'s print profile sharpest (see ``page_skew``), and how many times as sharp
    as the page's as it is (0.0 for a page without print)."""
    mask = _print_mask(_small(gray))
    if not mask.any():
        return 0.0, 0.0
    coarse = {float(d): _row_sharpness(mask, d) for d in np.arange(-MAX_SKEW, MAX_SKEW + SKEW_STEP / 2, SKEW_STEP)}
    best = max(coarse, key=coarse.__getitem__)
    steps = np.arange(best - SKEW_STEP, best + SKEW_STEP + SKEW_FINE / 2, SKEW_FINE)
    fine = {float(d): _row_sharpness(mask, d) for d in steps}
    best = max(fine, key=fine.__getitem__)
    return best, fine[best] / max(coarse[0.0], 1.0)


def turned_canvas(shape: tuple[int, ...], degrees: float) -> tuple[np.ndarray, tuple[int, int]]:
    """The 2×3 matrix turning an image of ``shape`` by ``degrees`` (OpenCV's sense) about its centre onto a canvas
    that holds all of it, and that canvas's (width, height)."""
    h, w = shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    c, s = abs(matrix[0, 0]), abs(matrix[0, 1])
    size = (int(np.ceil(w * c + h * s)), int(np.ceil(w * s + h * c)))
    matrix[0, 2] += size[0] / 2 - w / 2
    matrix[1, 2] += size[1] / 2 - h / 2
    return matrix, size


def level(img: np.ndarray, degrees: float) -> tuple[np.ndarray, np.ndarray]:
    """``img`` turned by ``degrees`` (see ``page_skew``) on a canvas that holds all of it, the corners filled with the
    tone of its border; and the 2×3 matrix from ``img``'s pixels to the levelled one's."""
    matrix, size = turned_canvas(img.shape, degrees)
    border = np.concatenate([img[0], img[-1], img[:, 0], img[:, -1]])
    tone = np.median(border, axis=0)
    fill = tuple(float(v) for v in np.atleast_1d(tone))
    out = cv2.warpAffine(img, matrix, size, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=fill)
    return out, matrix


def unlevel(img: np.ndarray, matrix: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    """The levelled ``img`` turned back to the page of ``shape`` it was made from by ``level`` (``matrix``): each
    pixel of the result is read from ``img``, so it shows nothing ``img`` does not."""
    h, w = shape[:2]
    return cv2.warpAffine(
        img, matrix, (w, h), flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP, borderMode=cv2.BORDER_REPLICATE
    )


def through(matrix: np.ndarray, x: float, y: float) -> tuple[float, float]:
    """The point (x, y) mapped by the 2×3 ``matrix``."""
    px, py = matrix @ np.array([x, y, 1.0])
    return float(px), float(py)
