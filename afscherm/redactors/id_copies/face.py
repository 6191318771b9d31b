"""Faces with OpenCV's frontal-face Haar cascade, and the portrait photo around a face."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache

import cv2
import numpy as np

from afscherm.redactors.id_copies.boxes import Region, rect

WORK_WIDTH = 640  # pages without an MRZ band are searched at this width (Haar misses more below it)
# The portrait around a detected face (face box width = 1): passport photos show head and shoulders.
LEFT, RIGHT, ABOVE, BELOW = 1.0, 1.9, 0.8, 2.65


Box = tuple[float, float, float, float]  # x, y, w, h
Picture = tuple[float, float, float, float]  # x0, y0, x1, y1


@lru_cache(maxsize=2)
def _cascade(name: str) -> cv2.CascadeClassifier:
    cascade = cv2.CascadeClassifier(cv2.data.haarcascades + name)  # type: ignore[attr-defined]  # not in the stubs
    if cascade.empty():
        raise RuntimeError(f"OpenCV's {name} is missing (opencv-python-headless 4.x ships it; 5.x dropped it)")
    return cascade


def _box(values: Sequence[int] | np.ndarray) -> Box:
    x, y, w, h = (float(v) for v in values)
    return (x, y, w, h)


def _overlap(a: Box, b: Box) -> float:
    ix = max(0.0, min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1]))
    return ix * iy / min(a[2] * a[3], b[2] * b[3])


def _detect(img: np.ndarray, name: str, min_side: int) -> list[Box]:
    found = _cascade(name).detectMultiScale(img, 1.15, 4, minSize=(min_side, min_side))
    return [_box(box) for box in found]


def _confirmed(img: np.ndarray, box: Box) -> bool:
    """The second cascade (``alt2``) fires on the same face: searched only around the first hit."""
    x, y, w, h = box
    x0, y0 = max(0, int(x - w / 2)), max(0, int(y - h / 2))
    patch = img[y0 : int(y + 1.5 * h), x0 : int(x + 1.5 * w)]
    hits = _detect(patch, "haarcascade_frontalface_alt2.xml", max(16, int(0.6 * w)))
    return any(_overlap(box, (hx + x0, hy + y0, hw, hh)) > 0.5 for hx, hy, hw, hh in hits)


def faces(
    gray: np.ndarray,
    confirmed: bool = False,
    scale: float | None = None,
    min_side: int = 24,
    local: bool = False,
    within: tuple[int, int, int, int] | None = None,
) -> list[Box]:
    """Face boxes (x, y, w, h) in ``gray``'s pixels, searched at ``scale`` (default: ``WORK_WIDTH``
    wide). ``confirmed``: only faces a second cascade finds as well: a lone Haar hit on printed
    text is a false alarm, a real face fires both. ``local``: the contrast equalised tile by tile
    (``_clahe``), not over the whole page at once. ``within``: the part (x0, y0, x1, y1, ``gray``'s pixels)
    searched (see ``content_box``); the contrast is equalised over the whole page as without it, and faces are
    confirmed there."""
    scale = scale or WORK_WIDTH / gray.shape[1]
    if scale != 1:
        size = (max(1, round(gray.shape[1] * scale)), max(1, round(gray.shape[0] * scale)))
        gray = cv2.resize(gray, size, interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR)
    small = _clahe(gray) if local else cv2.equalizeHist(gray)
    found = _detect(_only_within(small, within, scale), "haarcascade_frontalface_default.xml", min_side)
    if confirmed:
        found = [b for b in found if _confirmed(small, b)]
    return [(x / scale, y / scale, w / scale, h / scale) for x, y, w, h in found]


def _only_within(img: np.ndarray, within: tuple[int, int, int, int] | None, scale: float) -> np.ndarray:
    """``img`` flat grey outside ``within`` (x0, y0, x1, y1 at 1/``scale``): the cascade rejects a flat window at once,
    and inside, every window sees the pixels at the places it saw them on the whole image (a cut-out shifts the grid
    the cascade steps its window on, and its hits with it: a portrait found on the whole page was lost in a cut-out of
    it, another found)."""
    if within is None:
        return img
    x0, y0 = max(0, int(within[0] * scale)), max(0, int(within[1] * scale))
    x1, y1 = max(0, int(np.ceil(within[2] * scale))), max(0, int(np.ceil(within[3] * scale)))
    out = np.full_like(img, 128)
    out[y0:y1, x0:x1] = img[y0:y1, x0:x1]
    return out


# A document scanned or photocopied on a sheet of paper leaves most of the page blank, and a portrait (or its ghost)
# lies on a document: the finder's face searches of a whole page look only within the box around the page's print
# (its ink CONTENT_DARKER or more below the paper's tone, the paper being the page's CONTENT_PAPER percentile),
# CONTENT_MARGIN of the page's longer side around it. The print is looked for where the page is at most CONTENT_PX
# long, each pixel there the darkest of the page pixels it stands for (so thin glyphs, an MRZ's fillers, still count),
# and opened by 2 x 2 of those pixels (dust and a JPEG's specks count for none; so does a lone hairline).
# A page whose print takes CONTENT_MOST of it or more is searched whole. Tuning family3 seeds 2 and 5 (48 pages):
# the box held every truth element whole on all of them; 27 of 48 pages searched whole, the other 21 in 16-67 % of
# their pixels (flat grey around it, see ``_only_within``). Verification's face searches keep the whole page: it looks
# everywhere, whatever the finder thought. Searched so: ``api._photos`` (both widths), the orientation's faces, the
# ghost searches (``api._ghosts_in_print``); not yet the tile-equalised search ``api._local_faces`` (its ``within``
# is not passed: the runs measured went without it).
CONTENT_PX = 200
CONTENT_PAPER, CONTENT_DARKER = 90, 40
CONTENT_MARGIN, CONTENT_MOST = 0.06, 0.75


def content_box(gray: np.ndarray) -> tuple[int, int, int, int] | None:
    """The box (x0, y0, x1, y1, ``gray``'s pixels) around the page's print with a margin (see ``CONTENT_PX``); None
    when the page is to be searched whole."""
    k = max(1, int(np.ceil(max(gray.shape[:2]) / CONTENT_PX)))
    small = cv2.erode(gray, np.ones((k, k), np.uint8))[k // 2 :: k, k // 2 :: k]
    paper = float(np.percentile(small, CONTENT_PAPER))
    ink = cv2.morphologyEx((small < paper - CONTENT_DARKER).astype(np.uint8), cv2.MORPH_OPEN, np.ones((2, 2), np.uint8))
    points = cv2.findNonZero(ink)
    if points is None:
        return None
    x, y, w, h = cv2.boundingRect(points)
    m = CONTENT_MARGIN * max(small.shape[:2])
    x0, y0 = max(0, int((x - m) * k)), max(0, int((y - m) * k))
    x1, y1 = min(gray.shape[1], int(np.ceil((x + w + m) * k))), min(gray.shape[0], int(np.ceil((y + h + m) * k)))
    if (x1 - x0) * (y1 - y0) >= CONTENT_MOST * gray.shape[0] * gray.shape[1]:
        return None
    return x0, y0, x1, y1


# The cascade searches a histogram-equalised page, and equalising blank paper turns its one or two grey levels of noise
# into full contrast: Haar hits on empty paper (tuning bench_id_captures seed 811 page 2: two "faces" on the white of
# an A4 scan, grey levels 249–250, each then a portrait wanting a ghost, and a template whose ghost search found one
# in the noise). A face box whose grey levels spread less than FACE_MIN_SPREAD (2nd to 98th percentile, in the page as
# it is) shows nothing, let alone a face: the finder takes it for none. Verification's face checks keep every hit.
FACE_MIN_SPREAD = 10


def shows_something(gray: np.ndarray, face: Box) -> bool:
    """Whether the box ``face`` (x, y, w, h) of ``gray`` holds more than blank paper (see ``FACE_MIN_SPREAD``)."""
    x, y, w, h = face
    x0, y0 = max(0, int(x)), max(0, int(y))
    patch = gray[y0 : int(y + h) + 1, x0 : int(x + w) + 1]
    if patch.size == 0:
        return False
    low, high = np.percentile(patch, (2, 98))
    return float(high - low) >= FACE_MIN_SPREAD


# A face the page's search found (one cascade) is confirmed by the second on its own neighbourhood: cut out
# CONFIRM_REACH face widths around, scaled so the face is CONFIRM_PX wide, equalised there (see ``_confirmed``).
CONFIRM_REACH, CONFIRM_PX = 1.0, 64


def confirmed_face(gray: np.ndarray, face: Box) -> bool:
    """Whether the second cascade (``alt2``) finds the face ``face`` (x, y, w, h, page pixels) of ``gray`` too."""
    x, y, w, _ = face
    x0, y0 = max(0, int(x - CONFIRM_REACH * w)), max(0, int(y - CONFIRM_REACH * w))
    crop = gray[y0 : int(y + (1 + CONFIRM_REACH) * w) + 1, x0 : int(x + (1 + CONFIRM_REACH) * w) + 1]
    if min(crop.shape[:2]) < 8 or w < 1:
        return False
    f = CONFIRM_PX / w
    view = cv2.equalizeHist(
        cv2.resize(crop, None, fx=f, fy=f, interpolation=cv2.INTER_AREA if f < 1 else cv2.INTER_LINEAR)
    )
    return _confirmed(view, ((x - x0) * f, (y - y0) * f, CONFIRM_PX, CONFIRM_PX))


def photo_regions(
    gray: np.ndarray,
    scale: float | None = None,
    min_side: int = 24,
    local: bool = False,
    within: tuple[int, int, int, int] | None = None,
) -> list[Region]:
    """Portraits around the faces found (see ``faces``; ``local``: confirmed faces in the tile-equalised page;
    ``within``: only there)."""
    found = faces(gray, confirmed=local, scale=scale, min_side=min_side, local=local, within=within)
    return [portrait_around(face) for face in found if shows_something(gray, face)]


def portrait_around(face: Box, source: str = "face") -> Region:
    """The portrait photo around the face ``face`` (x, y, w, h): head and shoulders, as passport photos show them."""
    x, y, w, _ = face
    return rect("photo", source, x - LEFT * w, y - ABOVE * w, x + RIGHT * w, y + BELOW * w)


# The ghost image (a small, faint second portrait on Dutch cards and passports) is searched around each
# portrait face found: within GHOST_REACH face widths of it, for faces of GHOST_SIZES of its width, in a
# contrast-equalised view scaled so such a face is at least GHOST_FACE_PX wide. Both cascades must agree.
GHOST_REACH = (6.0, 4.0)  # across, up/down, in face widths
GHOST_SIZES = (0.3, 0.8)
GHOST_FACE_PX = 24
GHOST_MAX_SCALE = 3.0


def _clahe(gray: np.ndarray) -> np.ndarray:
    return cv2.createCLAHE(clipLimit=3.0, tileGridSize=(8, 8)).apply(gray)


def _window(shape: tuple[int, ...], face: Box) -> tuple[int, int, int, int]:
    x, y, w, _ = face
    rx, ry = GHOST_REACH
    return (
        max(0, int(x - rx * w)),
        max(0, int(y - ry * w)),
        min(shape[1], int(x + (rx + 1) * w)),
        min(shape[0], int(y + (ry + 1) * w)),
    )


def ghost_faces(
    gray: np.ndarray,
    face: Box,
    face_px: int = GHOST_FACE_PX,
    neighbours: int = 4,
    search: np.ndarray | None = None,
    stand_out: float = 0.0,
    held: bool = False,
) -> list[Box]:
    """Faces smaller than ``face`` (x, y, w, h in ``gray``'s pixels) near it: the ghost portrait, found as a
    face (Haar cascades in a contrast-equalised view) and as a copy of the portrait (``ghost_copies``).
    ``search``: the image searched (default ``gray``; verification searches the redacted page for copies of
    the original's portrait, the copies ``held_copies``). The finding pass asks with a larger ``face_px`` and fewer
    ``neighbours`` than verification, and for copies that ``stand_out``."""
    search = gray if search is None else search
    x0, y0, x1, y1 = _window(search.shape, face)
    if x1 - x0 < 8 or y1 - y0 < 8:
        return []
    w = face[2]
    scale = min(GHOST_MAX_SCALE, face_px / (GHOST_SIZES[0] * w))
    window = search[y0:y1, x0:x1]
    if scale != 1:
        window = cv2.resize(
            window, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC
        )
    view = _clahe(window)
    biggest = int(GHOST_SIZES[1] * w * scale)
    found = _cascade("haarcascade_frontalface_default.xml").detectMultiScale(
        view, 1.1, neighbours, minSize=(face_px - 4,) * 2, maxSize=(max(biggest, face_px),) * 2
    )
    out = []
    for box in found:
        b = _box(box)
        if not _confirmed(view, b):
            continue
        page_box = (b[0] / scale + x0, b[1] / scale + y0, b[2] / scale, b[3] / scale)
        if _overlap(page_box, face) < 0.3:  # not the portrait's own face again
            out.append(page_box)
    if held:
        return out + held_copies(gray, face, search)
    return out + ghost_copies(gray, face, search, stand_out=stand_out)


# A ghost is the portrait printed again, smaller and fainter: normalised cross-correlation with the portrait's
# face (contrast and brightness do not matter) at GHOST_COPY_SIZES, mirrored too. Composed tuning cards: a ghost
# scores 0.96–0.99, the best elsewhere 0.54–0.63.
GHOST_MATCH = 0.75
GHOST_MATCH_FACE_PX = 48
# Copies are matched down to a fifth of the portrait: a card's ghost beside its fields is a quarter to a third of the
# portrait's size (tuning cards of synthetic/id_images: 0.25 of the face box), smaller than the cascade looks for.
GHOST_COPY_SIZES, GHOST_STEPS = (0.2, 0.8), 13


def _blurred(gray: np.ndarray) -> np.ndarray:
    return cv2.GaussianBlur(gray, (0, 0), GHOST_BLUR)


def _shrunk(gray: np.ndarray, f: float) -> np.ndarray:
    return cv2.resize(gray, None, fx=f, fy=f, interpolation=cv2.INTER_AREA)


# The finding pass asks a copy to stand out where it is: its score at least GHOST_PEAK_MARGIN above the best score of
# the same template farther than its own size away. A template with little in it (a shoulder's edge, the top of the
# hair: a face's place guessed wrong) scores as high along every edge, line of text or guilloche on the page as at
# any one of them, a portrait's face once, at its ghost. Verification does not ask it: there any copy left visible
# refuses the copy.
GHOST_PEAK_MARGIN = 0.1
# Ghosts printed as a dot screen (halftone), laser-engraved in a few grey steps or under microtext are found once
# more in a view blurred by GHOST_BLUR pixels where the portrait's face is GHOST_MATCH_FACE_PX wide: the dots and
# strokes merge into the picture's tones (tuning bench_id_release seed 502 pages 1 and 27: a halftone ghost scored
# 0.41 and 0.54 against the face, 0.81 and 0.91 blurred).
GHOST_BLUR = 1.0


def _peak(score: np.ndarray, reach: tuple[int, int]) -> tuple[float, float, tuple[int, int]]:
    """The best score, the best farther than ``reach`` (rows, columns) from it, and its place (x, y)."""
    (best, (bx, by)), (elsewhere, _) = _peaks(score, reach, 2)
    return best, elsewhere, (bx, by)


def _peaks(score: np.ndarray, reach: tuple[int, int], n: int) -> list[tuple[float, tuple[int, int]]]:
    """The ``n`` best scores and their places (x, y), each farther than ``reach`` (rows, columns) from the better.
    Each found peak's surroundings are set aside in ``score`` itself and put back before returning: a copy of the whole
    map per template cost more than the matching's peaks (maps of a whole page, 26-52 per portrait searched)."""
    ry, rx = reach
    out, kept = [], []
    for i in range(n):
        _, best, _, (bx, by) = cv2.minMaxLoc(score)
        out.append((best, (bx, by)))
        if i == n - 1:
            break
        around = (slice(max(0, by - ry), by + ry + 1), slice(max(0, bx - rx), bx + rx + 1))
        kept.append((around, score[around].copy()))
        score[around] = -1
    for around, values in reversed(kept):
        score[around] = values
    return out


# A page that shows a card's front and its back (side by side, stacked) prints the ghost twice, and the finder must
# find both (``api._ghost_unverified``). The two ghosts match the portrait about as well, so neither stood out from
# the other by GHOST_PEAK_MARGIN and only the better was found, or none (tuning bench_id_captures seed 813 page 2, a
# greyscale Dutch card pair: the back's ghost 0.95, the front's faint one over guilloche 0.89, blurred): the front's
# ghost was left visible and the page refused. The finder's blurred search takes up to GHOST_COPIES copies: the k best
# places, when the k-th matches and stands out by the margin from the next best (k = 1: the rule above).
GHOST_COPIES = 2


def _off_the_face(score: np.ndarray, face: Box, margin: int, template: tuple[int, int]) -> np.ndarray:
    """``score`` with every place whose template would overlap the portrait's face (with ``margin``) set to -1: not
    the portrait itself, nor a crop of it. Its hair and shoulders are not excluded: a ghost may be printed over them
    (tuning bench_id_release seed 502 page 12). Set in ``score`` itself (a map made for this search only)."""
    x, y, w, _ = (int(round(v)) for v in face)
    th, tw = template
    score[max(0, y - margin - th) : max(0, y + w + margin), max(0, x - margin - tw) : max(0, x + w + margin)] = -1
    return score


def ghost_copies(
    gray: np.ndarray,
    face: Box,
    search: np.ndarray | None = None,
    match: float = GHOST_MATCH,
    stand_out: float = 0.0,
    blurred: bool = False,
    copies: int = 1,
) -> list[Box]:
    """Smaller copies of the face ``face`` of ``gray`` in ``search`` (default: ``gray`` itself), matching at least
    ``match`` and ``stand_out`` more than anywhere else (see ``GHOST_PEAK_MARGIN``), in ``blurred`` views of both
    (see ``GHOST_BLUR``); up to ``copies`` per size (see ``GHOST_COPIES``)."""
    search = gray if search is None else search
    # Matched where the portrait's face is at most GHOST_MATCH_FACE_PX wide: the cost grows with the window and
    # the template; a ghost of 0.2 of that is still ≈ 10 px, enough to correlate (its template has a margin).
    f = min(1.0, GHOST_MATCH_FACE_PX / max(face[2], 1.0))
    if f < 1:
        # The finder searches the page for copies of its own face: shrunk (and blurred) once for both.
        shrunk = _shrunk(gray, f)
        small = ghost_copies(
            shrunk,
            (face[0] * f, face[1] * f, face[2] * f, face[3] * f),
            shrunk if search is gray else _shrunk(search, f),
            match,
            stand_out,
            blurred,
            copies,
        )
        return [(b[0] / f, b[1] / f, b[2] / f, b[3] / f) for b in small]
    if blurred:
        gray, search = (_blurred(gray), _blurred(search)) if search is not gray else (_blurred(gray),) * 2
    x, y, w, _ = (int(round(v)) for v in face)
    m = int(0.15 * w)
    out: list[Box] = []
    # The whole page: a ghost may sit anywhere on the document (a Dutch card prints it at the far right, beyond the
    # fields; tuning cards of synthetic/id_images: 6-9 face widths from the portrait), and on another side shown.
    for s, t in _scaled_templates(gray, face, search.shape):
        score = _off_the_face(cv2.matchTemplate(search, t, cv2.TM_CCOEFF_NORMED), (x, y, w, w), m, t.shape[:2])
        peaks = _peaks(score, t.shape[:2], copies + 1)
        for k in range(copies, 0, -1):
            if peaks[k - 1][0] >= match and peaks[k - 1][0] - peaks[k][0] >= stand_out:
                size = t.shape[1] / (1 + 0.3)  # the face inside the template's margin
                out += [(bx + s * m, by + s * m, size, size) for _, (bx, by) in peaks[:k]]
                break
    return out


def _scaled_templates(gray: np.ndarray, face: Box, shape: tuple[int, ...]) -> Iterator[tuple[float, np.ndarray]]:
    """The face ``face`` of ``gray`` with a margin of 0.15 of its width, as is and mirrored, at each of
    GHOST_COPY_SIZES: (size, template), those of 8 px and more that fit a page of ``shape``."""
    x, y, w, _ = (int(round(v)) for v in face)
    m = int(0.15 * w)
    template = gray[max(0, y - m) : y + w + m, max(0, x - m) : x + w + m]
    if template.size == 0 or min(template.shape) < 8:
        return
    for mirrored in (False, True):
        t0 = cv2.flip(template, 1) if mirrored else template
        for s in np.linspace(*GHOST_COPY_SIZES, GHOST_STEPS):
            t = cv2.resize(t0, None, fx=s, fy=s, interpolation=cv2.INTER_AREA)
            if t.shape[0] < 8 or t.shape[1] < 8 or t.shape[0] >= shape[0] or t.shape[1] >= shape[1]:
                continue
            yield float(s), t


GHOST_FIND_PX, GHOST_FIND_NEIGHBOURS = 30, 3

# Verification searches the copy, its boxes painted in the paper's tone, for the portrait's copies (``held_copies``).
# A place counts where the upload holds the copy too: the paint is no print, and beside a fold's shadow or a tinted
# field its flat tone and edges made shapes a drawn portrait's flat face and hair correlate with (tuning family4 seed 1
# page 2, a passport spread: 0.85 and 0.83 on the copy where the upload scores under 0.56; its ghost, boxed, 0.91 on
# the upload). And where the upload's copy there scores within GHOST_HELD_BELOW of the best copy of the portrait on
# the upload (the ghost, when the page prints one): a drawn portrait's template at a fifth of its size, 12 px,
# correlates 0.75 with a bold date's glyphs, where its ghost scores 0.92 (family4 seed 1 page 7). A ghost printed
# twice, front and back, scores within 0.06 of itself (GHOST_COPIES); a ghost left visible or half under a box matches
# the upload at least as well as the copy. Every place over the threshold is asked, GHOST_HELD_PEAKS per size: a shape
# matching best must not hide a ghost matching second.
GHOST_HELD_BELOW, GHOST_HELD_PEAKS = 0.1, 5
# Normalised correlation does not ask how much varies where it matches: a desk's smooth shading, a phone's vignette
# falling 2 grey levels across a ghost's size, matched a portrait's face lit from one side at 0.8 and more (tuning seed
# 2086 page 3, a German card pair on A4 turned 270 degrees: a "ghost" below the front card, on the paper, refused the
# copy). A place of the upload whose grey levels spread less than GHOST_HELD_FLAT (their standard deviation, at the
# size matched) holds nothing printed: no copy of a portrait, however faint (a ghost spreads 5 levels and more).
GHOST_HELD_FLAT = 3.0


def held_copies(gray: np.ndarray, face: Box, search: np.ndarray) -> list[Box]:
    """Smaller copies of the face ``face`` of ``gray`` (the upload) in ``search`` (the copy checked) that the upload
    holds as well (see ``GHOST_HELD_BELOW``)."""
    f = min(1.0, GHOST_MATCH_FACE_PX / max(face[2], 1.0))
    if f < 1:
        small = held_copies(_shrunk(gray, f), (face[0] * f, face[1] * f, face[2] * f, face[3] * f), _shrunk(search, f))
        return [(b[0] / f, b[1] / f, b[2] / f, b[3] / f) for b in small]
    x, y, w, _ = (int(round(v)) for v in face)
    m = int(0.15 * w)
    best = -1.0  # the best copy of the portrait on the upload
    places: list[tuple[float, Box]] = []  # each place matched on the copy, with the upload's score there
    for s, t in _scaled_templates(gray, face, search.shape):
        upload = _off_the_face(cv2.matchTemplate(gray, t, cv2.TM_CCOEFF_NORMED), (x, y, w, w), m, t.shape[:2])
        best = max(best, float(upload.max()))
        copy = _off_the_face(cv2.matchTemplate(search, t, cv2.TM_CCOEFF_NORMED), (x, y, w, w), m, t.shape[:2])
        size = t.shape[1] / (1 + 0.3)  # the face inside the template's margin
        th, tw = t.shape[:2]
        places += [
            (float(upload[by, bx]), (bx + s * m, by + s * m, size, size))
            for value, (bx, by) in _peaks(copy, t.shape[:2], GHOST_HELD_PEAKS)
            if value >= GHOST_MATCH and float(gray[by : by + th, bx : bx + tw].std()) >= GHOST_HELD_FLAT
        ]
    return [box for held, box in places if held >= max(GHOST_MATCH, best - GHOST_HELD_BELOW)]


# A portrait the face cascade missed (drawn, faint, tilted, a photocopy) is found by its pixels
# (``photo.photo_like_regions``), and its face's place is only guessed: a guess on the hair or the neck matched the
# portrait's own shoulders, lines of text and the card's corners (tuning bench_ghosts: most of 106 false ghosts). The
# picture itself, whole, is then the template: inset by PICTURE_INSET of its size (the region's margin, a frame),
# matched where it is PICTURE_PX wide (wider where its copy would be under COPY_PX: a template of a few pixels matches
# any corner, such as the MRZ's first letters), at PICTURE_SIZES of its size, at least PICTURE_MATCH and standing out
# (GHOST_PEAK_MARGIN). A ghost found is boxed as the picture and the portrait around the guessed face, both where the
# copy puts them, GHOST_BOX_MARGIN of the copy's width around.
PICTURE_INSET = 0.1
PICTURE_PX, COPY_PX = 72, 14
PICTURE_SIZES, PICTURE_STEPS = (0.12, 0.6), 17  # geometric steps: about 10 % apart
PICTURE_MATCH = 0.8
GHOST_BOX_MARGIN = 0.1

# The face's place guessed in such a picture is still a template for the ghost (a copy beside the portrait is often
# one picture with it, and so excluded from its copies), but only a close match that stands out far counts:
# GUESSED_STAND_OUT. Tuning bench_ghosts: such copies stood out by 0.11-0.52 at real ghosts, by at most 0.19 elsewhere.
GUESSED_FACE_MATCH, GUESSED_STAND_OUT = 0.82, 0.25


def _picture_of(face: Box, pictures: Sequence[Picture]) -> Picture | None:
    """The smallest picture (x0, y0, x1, y1) holding the centre of the face guessed in it."""
    cx, cy = face[0] + face[2] / 2, face[1] + face[3] / 2
    holding = [p for p in pictures if p[0] <= cx <= p[2] and p[1] <= cy <= p[3]]
    return min(holding, key=lambda p: (p[2] - p[0]) * (p[3] - p[1]), default=None)


def picture_copies(
    gray: np.ndarray,
    picture: Picture,
    match: float = PICTURE_MATCH,
    stand_out: float = GHOST_PEAK_MARGIN,
) -> list[tuple[float, float, float]]:
    """Smaller copies of the picture ``picture`` anywhere on ``gray`` but on it: (scale, x, y), a point (px, py) of the
    picture lying at (x + scale * px, y + scale * py) in the copy."""
    x0, y0, x1, y1 = picture
    dx, dy = PICTURE_INSET * (x1 - x0), PICTURE_INSET * (y1 - y0)
    views: dict[float, np.ndarray] = {}
    out = []
    for s in np.geomspace(*PICTURE_SIZES, PICTURE_STEPS):
        # Matched where the picture is PICTURE_PX wide, or wider where its copy would be narrower than COPY_PX: a
        # template of a few pixels matches any corner (tuning bench_ghosts: the MRZ's first letters).
        f = min(1.0, max(PICTURE_PX, COPY_PX / s) / max(x1 - x0, 1.0))
        if f not in views:
            views[f] = _shrunk(gray, f) if f < 1 else gray
        small = views[f]
        a, b, c, d = (int(round(v * f)) for v in (x0 + dx, y0 + dy, x1 - dx, y1 - dy))
        template = small[max(0, b) : d, max(0, a) : c]
        if min(template.shape[:2]) < 16:
            continue
        for mirrored in (False, True):
            t = cv2.resize(
                cv2.flip(template, 1) if mirrored else template, None, fx=s, fy=s, interpolation=cv2.INTER_AREA
            )
            th, tw = t.shape[:2]
            if th < 8 or tw < 8 or th >= small.shape[0] or tw >= small.shape[1]:
                continue
            score = cv2.matchTemplate(small, t, cv2.TM_CCOEFF_NORMED)
            # Not on the picture itself.
            score[max(0, int(y0 * f) - th) : max(0, int(y1 * f)), max(0, int(x0 * f) - tw) : max(0, int(x1 * f))] = -1
            best, elsewhere, (bx, by) = _peak(score, (th, tw))
            if best >= match and best - elsewhere >= stand_out:
                out.append((s, bx / f - s * (x0 + dx), by / f - s * (y0 + dy)))
    return out


def smaller_copy(picture: Picture, pictures: Sequence[Picture]) -> bool:
    """Whether another of ``pictures`` is so much larger that ``picture`` may be its ghost: not searched from, as the
    copies of a ghost are still smaller, and its box, cut from the card, holds the card's edge and corner (tuning
    bench_ghosts photocopy page 16: a ghost's copies found in the card's corners)."""
    width = picture[2] - picture[0]
    return any(width <= PICTURE_SIZES[1] * (p[2] - p[0]) for p in pictures)


# A ghost the searches above miss is looked for once more, from the portrait's face alone: the inside of its face box
# (FACE_INSET of its width in from the sides and the top, as far below: a face's place guessed in a picture, or a box
# that reaches past a frameless portrait, then holds little of the card around it; the copies above match the face
# with a margin, and a ghost prints another background there). Matched at COPY_SIZES of the face in geometric steps,
# mirrored too, where the face is COPY_FACE_PX wide (wider where its copy would be under COPY_MIN_PX), both views
# blurred by GHOST_BLUR (halftone dots, microtext and guilloche merge into the picture's tones). A copy counts when it
# matches at least COPY_MATCH and stands out by GUESSED_STAND_OUT (the bar of a guessed face's copies: a template
# searched this widely finds a second-best nearly as good along lines of text), not on another portrait-sized picture
# (COPY_OTHER of the portrait's width: a second document of the holder prints the same face). Tuning bench_ghosts
# (styles811, photocopy611, release502 pages, search re-run on the finding pass's cached inputs): ghosts stood out by
# 0.25-0.34 (blend and guilloche prints beside a portrait on the card's right), false copies by at most 0.18, the
# other document's portrait by 0.18-0.23.
FACE_INSET = 0.1
COPY_SIZES, COPY_STEPS = (0.15, 0.7), 10
COPY_FACE_PX, COPY_MIN_PX = 64, 16
COPY_MATCH, COPY_OTHER = 0.6, 0.6


def _on_another_portrait(copy: Box, face: Box, pictures: Sequence[Picture]) -> bool:
    """Whether the copy (x, y, w, h) lies on a picture nearly as wide as the portrait of ``face`` (the picture holding
    it, else the box ``portrait_around`` gives), other than that picture: another portrait, not a ghost (a ghost over
    its own portrait's shoulder is one)."""
    cx, cy = copy[0] + copy[2] / 2, copy[1] + copy[3] / 2
    own = _picture_of(face, pictures)
    wide = COPY_OTHER * ((own[2] - own[0]) if own else (LEFT + 1 + RIGHT) * face[2])
    return any(p[0] <= cx <= p[2] and p[1] <= cy <= p[3] and p[2] - p[0] >= wide for p in pictures if p != own)


def _scaled_template(view: np.ndarray, box: tuple[int, int, int, int], s: float, mirrored: bool) -> np.ndarray:
    """The part ``box`` (x0, y0, x1, y1) of ``view`` scaled by ``s`` (mirrored) and blurred as the page is: cut from a
    larger piece, so the blur sees the same neighbours at its edges as on the page."""
    x0, y0, x1, y1 = box
    pad = max(2, (x1 - x0) // 4)
    a, b = max(0, x0 - pad), max(0, y0 - pad)
    piece = view[b : y1 + pad, a : x1 + pad]
    left = x0 - a
    if mirrored:
        piece = cv2.flip(piece, 1)
        left = piece.shape[1] - (left + x1 - x0)
    piece = _blurred(cv2.resize(piece, None, fx=s, fy=s, interpolation=cv2.INTER_AREA))
    top = int((y0 - b) * s)
    return piece[top : top + int((y1 - y0) * s), int(left * s) : int(left * s) + int((x1 - x0) * s)]


def face_copies(
    gray: np.ndarray, face: Box, pictures: Sequence[Picture] = (), stand_out: float = GUESSED_STAND_OUT
) -> list[Box]:
    """Smaller copies of the inside of the face ``face`` (x, y, w, h) anywhere on ``gray`` (see ``FACE_INSET``), as
    face boxes: the best standing out most of those matching ``COPY_MATCH`` and standing out by ``stand_out``."""
    x, y, w, _ = face
    inner = (x + FACE_INSET * w, y + FACE_INSET * w, x + (1 - FACE_INSET) * w, y + (1 + FACE_INSET) * w)
    views: dict[float, tuple[np.ndarray, np.ndarray]] = {}
    best: tuple[float, Box | None] = (-1.0, None)
    for s in np.geomspace(*COPY_SIZES, COPY_STEPS):
        f = round(min(1.0, max(COPY_FACE_PX, COPY_MIN_PX / s) / max((1 - 2 * FACE_INSET) * w, 1.0)), 2)
        if f not in views:
            small = _shrunk(gray, f) if f < 1 else gray
            views[f] = (small, _blurred(small))
        small, blurred = views[f]
        box = tuple(int(round(v * f)) for v in inner)
        x0, y0, x1, y1 = max(0, box[0]), max(0, box[1]), min(small.shape[1], box[2]), min(small.shape[0], box[3])
        if x1 - x0 < 8 or y1 - y0 < 8:
            return []
        for mirrored in (False, True):
            t = _scaled_template(small, (x0, y0, x1, y1), s, mirrored)
            th, tw = t.shape[:2]
            if th < 8 or tw < 8 or th >= small.shape[0] or tw >= small.shape[1] or t.std() < 1:
                continue
            score = cv2.matchTemplate(blurred, t, cv2.TM_CCOEFF_NORMED)
            score[max(0, y0 - th) : y1, max(0, x0 - tw) : x1] = -1  # not on the face itself
            top, elsewhere, (bx, by) = _peak(score, (th, tw))
            copy = (bx / f, by / f, tw / f, th / f)
            margin = top - elsewhere
            if stand_out <= margin > best[0] and top >= COPY_MATCH and not _on_another_portrait(copy, face, pictures):
                best = (margin, copy)
    if best[1] is None:
        return []
    # The face box around the inside matched.
    cx, cy, cw, _ = best[1]
    gw = cw / (1 - 2 * FACE_INSET)
    return [(cx - FACE_INSET * gw, cy - FACE_INSET * gw, gw, gw)]


# A portrait-sized picture the page's face search did not reach (a card filling the photo is searched for faces only in
# its ICAO place, left above the band, and many portraits are printed on the right) or saw too small or too large is
# searched once more on its own: cut out and scaled to PICTURE_FACE_WIDTHS pixels wide (the first that finds one),
# where a portrait's face is about the cascade's favourite size; both cascades must agree. A face found gives the ghost
# search a real template, where a face guessed in the picture gives a weak one: a picture that joined the portrait
# with its ghost, an emblem or a hand beside it puts the guess beside the face (tuning bench_id_pictures seed 701:
# faces found so in 8 of 23 pictures the page's search missed, none in an emblem or hand).
PICTURE_FACE_WIDTHS = (240, 320)


def _picture_crop(gray: np.ndarray, picture: Picture) -> tuple[np.ndarray, int, int] | None:
    """``picture``'s (x0, y0, x1, y1) pixels of ``gray`` and its top-left corner; None for one too small to search."""
    x0, y0 = max(0, int(picture[0])), max(0, int(picture[1]))
    crop = gray[y0 : max(y0, int(picture[3])), x0 : max(x0, int(picture[2]))]
    return (crop, x0, y0) if min(crop.shape[:2]) >= 24 else None


def faces_in_pictures(gray: np.ndarray, pictures: Sequence[Picture]) -> list[Box]:
    """Faces (x, y, w, h, page pixels) both cascades find inside ``pictures`` (x0, y0, x1, y1) searched on their own,
    pictures that may be a larger picture's ghost left out (see ``smaller_copy``)."""
    out: list[Box] = []
    for picture in pictures:
        if smaller_copy(picture, pictures) or (cropped := _picture_crop(gray, picture)) is None:
            continue
        crop, x0, y0 = cropped
        for width in PICTURE_FACE_WIDTHS:
            found = [(x + x0, y + y0, w, h) for x, y, w, h in faces(crop, True, width / crop.shape[1], 20)]
            out += [f for f in found if not any(same_face(f, o) for o in out)]
            if found:
                break
    return out


# A portrait shown in profile (a face turned aside, looking into a device) is found by neither frontal cascade, and with
# the picture merged with the fields and the ghost beside it the face guessed in it is no template: its ghost was never
# found ("ghost portrait not found", tuning family3 seed 95 page 17, a data page). A portrait-sized picture in
# which ``faces_in_pictures`` found no face is searched once more with OpenCV's profile cascade, as it is and mirrored
# (it knows faces turned one way only), at the same widths: a face found there is one more template for the ghost
# search, nothing else (no portrait counted, no front marked). The ghost it finds must pass the same bars as any.
PROFILE_CASCADE = "haarcascade_profileface.xml"


def profile_faces_in_pictures(gray: np.ndarray, pictures: Sequence[Picture]) -> list[Box]:
    """Faces (x, y, w, h, page pixels) the profile cascade finds, either way turned, inside those ``pictures`` (x0, y0,
    x1, y1) the frontal cascades find none in (see ``PROFILE_CASCADE``)."""
    out: list[Box] = []
    for picture in pictures:
        if smaller_copy(picture, pictures) or faces_in_pictures(gray, [picture]):
            continue
        if (cropped := _picture_crop(gray, picture)) is None:
            continue
        crop, x0, y0 = cropped
        for width in PICTURE_FACE_WIDTHS:
            f = width / crop.shape[1]
            view = cv2.equalizeHist(
                cv2.resize(crop, None, fx=f, fy=f, interpolation=cv2.INTER_AREA if f < 1 else cv2.INTER_LINEAR)
            )
            found: list[Box] = []
            for mirrored in (False, True):
                for x, y, w, h in _detect(cv2.flip(view, 1) if mirrored else view, PROFILE_CASCADE, 20):
                    x = view.shape[1] - x - w if mirrored else x
                    face = (x / f + x0, y / f + y0, w / f, h / f)
                    if not any(same_face(face, o) for o in found + out):
                        found.append(face)
            out += found
            if found:
                break
    return out


def same_face(a: Box, b: Box) -> bool:
    return abs(a[0] - b[0]) < b[2] / 2 and abs(a[1] - b[1]) < b[2] / 2


def ghost_regions(gray: np.ndarray, face: Box, guessed: bool = False, pictures: Sequence[Picture] = ()) -> list[Region]:
    """Ghost portraits of the portrait whose face is ``face``: found as faces and as copies, or (``guessed``: the face's
    place guessed from one of the portrait-sized ``pictures``) as copies of that picture."""
    if guessed:
        picture = _picture_of(face, pictures)
        if picture is None or smaller_copy(picture, pictures):
            return []
        # The picture and the portrait around the face guessed in it, both where a copy puts them: the picture may be
        # only the portrait's darker upper part.
        x0, y0, x1, y1 = picture
        px0, py0, px1, py1 = portrait_around(face).bbox()
        x0, y0, x1, y1 = min(x0, px0), min(y0, py0), max(x1, px1), max(y1, py1)
        margin = GHOST_BOX_MARGIN * (picture[2] - picture[0])
        copies = [
            rect("photo", "ghost", cx + s * x0, cy + s * y0, cx + s * x1, cy + s * y1, s * margin)
            for s, cx, cy in picture_copies(gray, picture)
        ]
        faces = ghost_copies(gray, face, match=GUESSED_FACE_MATCH, stand_out=GUESSED_STAND_OUT)
        if not copies and not faces:
            faces = face_copies(gray, face, pictures)
        return copies + [
            rect("photo", "ghost", gx - LEFT * gw, gy - ABOVE * gw, gx + RIGHT * gw, gy + BELOW * gw)
            for gx, gy, gw, _ in faces
        ]
    found = ghost_faces(gray, face, GHOST_FIND_PX, GHOST_FIND_NEIGHBOURS, stand_out=GHOST_PEAK_MARGIN)
    # Copies found only in the blurred view are faint or overprinted, their outline unsure: boxed with a margin
    # (tuning bench_id_captures seed 813 page 2: a faint ghost over guilloche, its shoulders 12 px below the box the
    # face's place gives, 92 % covered; verification sees nothing of what is left).
    faint = ghost_copies(gray, face, stand_out=GHOST_PEAK_MARGIN, blurred=True, copies=GHOST_COPIES)
    if not found and not faint:
        found = face_copies(gray, face, pictures)
    return [
        rect("photo", "ghost", gx - LEFT * gw, gy - ABOVE * gw, gx + RIGHT * gw, gy + BELOW * gw, margin * gw)
        for boxes, margin in ((found, 0.0), (faint, GHOST_BOX_MARGIN * (LEFT + RIGHT)))
        for gx, gy, gw, _ in boxes
    ]


# A ghost every search above missed, which verification's own copy search still sees (a greyscale halftone ghost, a
# ghost overprinted with microtext: tuning family3 seed 1, captures seed 813 page 0, --fronts printed seed 901 pages 2
# and 3 were refused 'ghost not found' beside 'copy of the portrait left visible'). The portrait's picture, trimmed as
# verification trims it, is matched over the whole page the way verification matches it (CLEAR_PX wide, CLEAR_SIZES of
# its size, mirrored too); a copy counts only when it stands out clearly: at least CLEAR_MATCH, CLEAR_STAND_OUT above
# the best match of every template and size farther than the copy's own size from it (lines of text, guilloche and
# card edges match many places about as well), a spread of grey levels (no plain paper), from a picture of a
# portrait's shape (CLEAR_ASPECT), and not on another portrait-sized picture (a second document of the holder).
# Boxed with CLEAR_BOX_MARGIN of its width around: its outline is unsure. Verification stays independent of it: it
# searches every copy again, and every other check runs.
CLEAR_PX = 80
CLEAR_SIZES, CLEAR_STEPS = (0.25, 0.85), 13
# CLEAR_MATCH was 0.75, verification's bar for a copy left visible. Family3 (tuning seeds 1, 5, 7: 55 upright pages
# with a ghost, the truth's portrait box as the template): the page's best match lies at its ghost on 52, at 0.62-0.98;
# on the other three it stands out by 0.02-0.03 only. Faint and photocopied ghosts matched 0.70-0.72, standing out by
# 0.16-0.23 (seed 1 pages 8 and 10, seed 5 page 21), and were lost to the bar: the stand-out decides, the match only
# keeps a copy from being nothing like the portrait.
CLEAR_MATCH, CLEAR_STAND_OUT = 0.65, 0.1
CLEAR_MIN_SPREAD = 3.0
CLEAR_ASPECT = (0.55, 1.1)  # width / height of a portrait's picture (ID photos ≈ 0.78), as verification asks
CLEAR_BOX_MARGIN = 0.2


def _clear_copy_scores(
    gray: np.ndarray, picture: Picture, known: Sequence[Picture] = ()
) -> list[tuple[float, float, tuple[float, float, float, float]]]:
    """Per size and mirroring: (best score, best score elsewhere, copy box x0, y0, x1, y1 in page pixels) of
    ``picture`` (x0, y0, x1, y1) matched over ``gray`` off the picture itself and off the ghosts ``known``."""
    x0, y0, x1, y1 = (int(round(v)) for v in picture)
    if x1 - x0 < 16 or y1 - y0 < 16 or not CLEAR_ASPECT[0] <= (x1 - x0) / (y1 - y0) <= CLEAR_ASPECT[1]:
        return []  # no portrait's shape (a strip, a whole side): its copies would be any print
    f = min(1.0, CLEAR_PX / (x1 - x0))
    small = _shrunk(gray, f) if f < 1 else gray
    px0, py0, px1, py1 = (int(round(v * f)) for v in (x0, y0, x1, y1))
    template = small[max(0, py0) : py1, max(0, px0) : px1]
    out = []
    for (th, tw), score in scaled_matches(small, template, CLEAR_SIZES, CLEAR_STEPS):
        # Not the portrait itself nor a crop of it, nor a ghost found already: no place overlapping one by a
        # quarter (a card's front and back side by side print the ghost twice; the one found would outshine the
        # other).
        qx, qy = tw // 4, th // 4
        for a, b, c, d in [(px0, py0, px1, py1)] + [tuple(int(round(v * f)) for v in k) for k in known]:
            score[max(0, b - th + qy) : max(0, d - qy), max(0, a - tw + qx) : max(0, c - qx)] = -1
        best, elsewhere, (bx, by) = _peak(score, (th, tw))
        place = small[by : by + th, bx : bx + tw]
        if float(place.std()) < CLEAR_MIN_SPREAD:
            continue
        out.append((best, elsewhere, (bx / f, by / f, (bx + tw) / f, (by + th) / f)))
    return out


def scaled_matches(
    small: np.ndarray, template: np.ndarray, sizes: tuple[float, float], steps: int
) -> Iterator[tuple[tuple[int, int], np.ndarray]]:
    """The template and its mirror image, scaled over ``sizes`` in ``steps``, matched over ``small``: per scale the
    scaled template's (height, width) and its TM_CCOEFF_NORMED map. Scales under 8 px, as large as the page, or flat
    (a blank template matches anything) are skipped. Shared by the finder's clear-copy search and verification's
    copy search: the matching is the same; what each makes of the peaks is its own."""
    for mirrored in (False, True):
        t0 = cv2.flip(template, 1) if mirrored else template
        for s in np.linspace(*sizes, steps):
            t = cv2.resize(t0, None, fx=s, fy=s, interpolation=cv2.INTER_AREA)
            th, tw = t.shape[:2]
            if min(th, tw) < 8 or th >= small.shape[0] or tw >= small.shape[1] or float(t.std()) < 2:
                continue
            yield (th, tw), cv2.matchTemplate(small, t, cv2.TM_CCOEFF_NORMED)


def clear_copies(
    gray: np.ndarray,
    picture: Picture,
    others: Sequence[Picture] = (),
    known: Sequence[Picture] = (),
    whole: Picture | None = None,
) -> list[Picture]:
    """The smaller copy of the portrait ``picture`` (x0, y0, x1, y1) on ``gray`` that stands out clearly (see
    ``CLEAR_STAND_OUT``), not at a ghost ``known`` already, boxed with a margin; none when none does, or when it lies
    on one of ``others`` (other portrait-sized pictures). ``whole``: the portrait's whole box when ``picture`` is a
    part of it (trimmed to its darker part): the copy is boxed where it puts the whole (a ghost's shoulders too)."""
    scores = _clear_copy_scores(gray, picture, known)
    if not scores:
        return []
    best, _, box = max(scores, key=lambda s: s[0])
    w, h = box[2] - box[0], box[3] - box[1]
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    # The best of every other size and mirroring farther than the copy's size: the page's other matches.
    rivals = [e if abs((b[0] + b[2]) / 2 - cx) < w and abs((b[1] + b[3]) / 2 - cy) < h else s for s, e, b in scores]
    if best < CLEAR_MATCH or best - max(rivals) < CLEAR_STAND_OUT:
        return []
    if any(p[0] <= cx <= p[2] and p[1] <= cy <= p[3] for p in others):
        return []
    if whole is not None:
        k = w / max(picture[2] - picture[0], 1.0)
        box = tuple(box[i] + k * (whole[i] - picture[i]) for i in range(4))  # type: ignore[assignment]
        w = box[2] - box[0]
    m = CLEAR_BOX_MARGIN * w
    return [(box[0] - m, box[1] - m, box[2] + m, box[3] + m)]
