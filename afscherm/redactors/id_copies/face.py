"""Faces with OpenCV's frontal-face Haar cascade, and the portrait photo around a face."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import cv2
import numpy as np

from afscherm.redactors.id_copies.boxes import Region, rect

WORK_WIDTH = 640  # pages without an MRZ band are searched at this width (Haar misses more below it)
# The portrait around a detected face (face box width = 1): passport photos show head and shoulders.
LEFT, RIGHT, ABOVE, BELOW = 1.0, 1.9, 0.8, 2.65


Box = tuple[float, float, float, float]


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


def faces(gray: np.ndarray, confirmed: bool = False, scale: float | None = None, min_side: int = 24) -> list[Box]:
    """Face boxes (x, y, w, h) in ``gray``'s pixels, searched at ``scale`` (default: ``WORK_WIDTH``
    wide). ``confirmed``: only faces a second cascade finds as well: a lone Haar hit on printed
    text is a false alarm, a real face fires both."""
    scale = scale or WORK_WIDTH / gray.shape[1]
    if scale != 1:
        size = (max(1, round(gray.shape[1] * scale)), max(1, round(gray.shape[0] * scale)))
        gray = cv2.resize(gray, size, interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR)
    small = cv2.equalizeHist(gray)
    found = _detect(small, "haarcascade_frontalface_default.xml", min_side)
    if confirmed:
        found = [b for b in found if _confirmed(small, b)]
    return [(x / scale, y / scale, w / scale, h / scale) for x, y, w, h in found]


def photo_regions(gray: np.ndarray, scale: float | None = None, min_side: int = 24) -> list[Region]:
    return [portrait_around(face) for face in faces(gray, scale=scale, min_side=min_side)]


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
    gray: np.ndarray, face: Box, face_px: int = GHOST_FACE_PX, neighbours: int = 4, search: np.ndarray | None = None
) -> list[Box]:
    """Faces smaller than ``face`` (x, y, w, h in ``gray``'s pixels) near it: the ghost portrait, found as a
    face (Haar cascades in a contrast-equalised view) and as a copy of the portrait (``ghost_copies``).
    ``search``: the image searched (default ``gray``; verification searches the redacted page for copies of
    the original's portrait). The finding pass asks with a larger ``face_px`` and fewer ``neighbours`` than
    verification."""
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
    return out + ghost_copies(gray, face, search)


# A ghost is the portrait printed again, smaller and fainter: normalised cross-correlation with the portrait's
# face (contrast and brightness do not matter) at GHOST_COPY_SIZES, mirrored too. Composed tuning cards: a ghost
# scores 0.96–0.99, the best elsewhere 0.54–0.63.
GHOST_MATCH = 0.75
GHOST_MATCH_FACE_PX = 48
# Copies are matched down to a fifth of the portrait: a card's ghost beside its fields is a quarter to a third of the
# portrait's size (tuning cards of synthetic/id_images: 0.25 of the face box), smaller than the cascade looks for.
GHOST_COPY_SIZES, GHOST_STEPS = (0.2, 0.8), 13


def _shrunk(gray: np.ndarray, f: float) -> np.ndarray:
    return cv2.resize(gray, None, fx=f, fy=f, interpolation=cv2.INTER_AREA)


def ghost_copies(
    gray: np.ndarray, face: Box, search: np.ndarray | None = None, match: float = GHOST_MATCH
) -> list[Box]:
    """Smaller copies of the face ``face`` of ``gray`` in ``search`` (default: ``gray`` itself), matching at least
    ``match``."""
    search = gray if search is None else search
    # Matched where the portrait's face is at most GHOST_MATCH_FACE_PX wide: the cost grows with the window and
    # the template; a ghost of 0.2 of that is still ≈ 10 px, enough to correlate (its template has a margin).
    f = min(1.0, GHOST_MATCH_FACE_PX / max(face[2], 1.0))
    if f < 1:
        small = ghost_copies(
            _shrunk(gray, f), (face[0] * f, face[1] * f, face[2] * f, face[3] * f), _shrunk(search, f), match
        )
        return [(b[0] / f, b[1] / f, b[2] / f, b[3] / f) for b in small]
    x, y, w, _ = (int(round(v)) for v in face)
    m = int(0.15 * w)
    template = gray[max(0, y - m) : y + w + m, max(0, x - m) : x + w + m]
    # The whole page: a ghost may sit anywhere on the document (a Dutch card prints it at the far right, beyond the
    # fields; tuning cards of synthetic/id_images: 6-9 face widths from the portrait), and on another side shown.
    x0, y0 = 0, 0
    window = search
    if template.size == 0 or min(template.shape) < 8:
        return []
    out: list[Box] = []
    for mirrored in (False, True):
        t0 = cv2.flip(template, 1) if mirrored else template
        for s in np.linspace(*GHOST_COPY_SIZES, GHOST_STEPS):
            t = cv2.resize(t0, None, fx=s, fy=s, interpolation=cv2.INTER_AREA)
            if t.shape[0] < 8 or t.shape[1] < 8 or t.shape[0] >= window.shape[0] or t.shape[1] >= window.shape[1]:
                continue
            score = cv2.matchTemplate(window, t, cv2.TM_CCOEFF_NORMED)
            # Not the portrait itself (nor a crop of it).
            fy0, fx0 = y - m - y0 - t.shape[0], x - m - x0 - t.shape[1]
            score[max(0, fy0) : max(0, y + w + m - y0), max(0, fx0) : max(0, x + w + m - x0)] = -1
            _, best, _, (bx, by) = cv2.minMaxLoc(score)
            if best >= match:
                size = t.shape[1] / (1 + 0.3)  # the face inside the template's margin
                out.append((x0 + bx + s * m, y0 + by + s * m, size, size))
    return out


GHOST_FIND_PX, GHOST_FIND_NEIGHBOURS = 30, 3


# A portrait the face cascade missed (drawn, faint, tilted) is still a template for its ghost: the middle of its upper
# part, where the face is. Not a face found, so only a closer match counts (a picture that is no portrait would match
# anything with its edges).
GUESSED_FACE_MATCH = 0.82


def ghost_regions(gray: np.ndarray, face: Box, guessed: bool = False) -> list[Region]:
    """Ghost portraits of the portrait whose face is ``face``: found as faces and as copies, or (``guessed``: the face's
    place guessed from a picture's shape) as close copies only."""
    found = (
        ghost_copies(gray, face, match=GUESSED_FACE_MATCH)
        if guessed
        else ghost_faces(gray, face, GHOST_FIND_PX, GHOST_FIND_NEIGHBOURS)
    )
    return [
        rect("photo", "ghost", gx - LEFT * gw, gy - ABOVE * gw, gx + RIGHT * gw, gy + BELOW * gw)
        for gx, gy, gw, _ in found
    ]
