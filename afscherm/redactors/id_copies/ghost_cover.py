"""Whether a ghost portrait the finder did not name is covered all the same (issue 13).

A front is released only when as many ghosts were found as fronts are shown (``api._ghost_unverified``). On tuning
family3 (seeds 12 and 13, nine fronts refused 'ghost portrait not found'; the twenty-second session's twelve fronts
likewise) every true ghost was already 100 % inside a blacked picture box: a picture the finder found as a picture
(``portrait_like``, a part of a merged picture, the portrait's own box) but did not call the ghost, most often because
its box, with the margin every picture gets, was a little more than 0.6 as wide as the portrait's and so counted as a
second portrait that wanted a ghost of its own. Naming such a box the ghost would take a guess about its content;
asking what is left visible does not.

So where the card is understood (no other finder issue: the document, its number and its portrait found) the ghost is
taken as covered when a look at the redacted page stricter than verification's finds nothing left of a picture: a ghost
is a picture of the holder printed on the same face, so wherever it is, it is inside a black box or it is visible as
(1) picture texture (``photo.unmasked_photos`` at ``STRICT_STD``, fainter than verification's threshold: a ghost
printed faint, screened or behind text still varies more than paper and guilloche do), (2) a face (one cascade alone,
``STRICT_FACE_MIN`` px and up, on the whole page and tile by tile: a ghost is a face however faint, once equalised), or
(3) a copy of the portrait (normalised cross-correlation, which faintness and tint do not change, mirrored and at a
quarter to 0.85 of its size, from ``STRICT_MATCH`` on and over places with a grey-level spread of ``STRICT_SPREAD``).
Each of the three alone is set below what verification asks, so each alone may refuse: fail closed, a release lost
when any of them sees anything, never a ghost assumed covered while something picture-like, face-like or portrait-like
is left outside the black. Verification then runs on the copy as on every other.
Measured by taking the boxes over the true ghost away (not those over the portrait) on the upright pages with a ghost
of family3 seeds 12 and 13 (36 pages): on each of the 24 pages where that left a ghost under 95 % black (0-94 %;
photocopies, PDF pages, phone photos, tilted cards) something was seen, on 10 of them only once the ghost was bared.
The price: on about half the pages something else is seen (a textured desk around a phone photo, a card's corner), and
those stay refused as before.
"""

from __future__ import annotations

import numpy as np

from afscherm.redactors.id_copies.boxes import Region
from afscherm.redactors.id_copies.face import faces
from afscherm.redactors.id_copies.photo import STD_VERIFY, unmasked_photos
from afscherm.redactors.id_copies.verify import COPY_MATCH, COPY_MIN_SPREAD, uncovered_copies, visible

STRICT_STD = 0.6 * STD_VERIFY  # local grey-level deviation of a picture: 2.4 against verification's 4.0
STRICT_MATCH = COPY_MATCH - 0.1  # 0.65 against verification's 0.75
STRICT_SPREAD = 0.5 * COPY_MIN_SPREAD  # 1.5 grey levels: a ghost printed fainter than verification expects
STRICT_FACE_MIN = 16  # pixels: the smallest face looked for (verification: 20-24, confirmed by a second cascade)
# The share of a copy over a named ghost's box for it to be that ghost's rest (tuning family3 seed 113 page 19: copies
# 15 px above a passport's ghost box, the ghost 100 % black, refused for them; a composed permit's ghost boxed at 55 %
# of its size: 71 % of the copy over the box).
NAMED_COPY_OVER = 0.5

Box = tuple[float, float, float, float]


def left_visible_boxes(
    original: np.ndarray,
    redacted: np.ndarray,
    plain: np.ndarray,
    regions: list[Region],
    pictures: list[Box],
    glyph: float,
    within: list[Box] | None = None,
    named: list[Box] | None = None,
) -> list[tuple[str, list[Box]]]:
    """What is left of a picture on the redacted page (``redacted``: grey; ``plain``: the same with its black boxes
    in the paper's tone, see ``api._unboxed``) that an unnamed ghost may be, looked for more strictly than
    verification looks (see the module's note); ``pictures``: the portraits' boxes (x0, y0, x1, y1) on ``original``;
    ``within``: the places (x0, y0, x1, y1) the ghost may be (what touches one counts; None: the whole page). Each of
    the three looks that sees something, with the boxes it saw there (the looks stop at the first that sees something;
    a face is looked for tile by tile only when the whole page shows none). ``named``: the boxes of ghosts the finder
    named, whose rest is looked for around them (``within``): no face is looked for (a strip of a ghost is none), and a
    copy of the portrait counts only when NAMED_COPY_OVER of it lies over one of them (what is left of a named ghost
    is a copy partly under its black; a copy beside it is guilloche or print that matched). Empty when nothing is: the
    ghost, wherever it is, is under the black."""
    mrz = [r for r in regions if r.type == "mrz"]
    texture = _touching(
        [(b.x0, b.y0, b.x1, b.y1) for b in unmasked_photos(original, redacted, glyph, mrz, threshold=STRICT_STD)],
        within,
    )
    if texture:
        return [("faint picture texture left visible", texture)]
    for local in (False, True) if named is None else ():
        seen = [b for b in faces(plain, min_side=STRICT_FACE_MIN, local=local) if visible(plain, b)]
        if touched := _touching([(x, y, x + w, y + h) for x, y, w, h in seen], within):
            return [("face-like region left visible", touched)]
    templates = pictures + [r.bbox() for r in regions if r.type == "photo" and r.source in ("face", "portrait_like")]
    copies = uncovered_copies(original, redacted, templates, match=STRICT_MATCH, spread=STRICT_SPREAD)
    if named is not None:
        copies = [c for c in copies if any(share_over(c, box) >= NAMED_COPY_OVER for box in named)]
    if touched := _touching(copies, within):
        return [("faint copy of the portrait left visible", touched)]
    return []


def share_over(box: Box, other: Box) -> float:
    """The share of ``box``'s area that lies over ``other``."""
    w = min(box[2], other[2]) - max(box[0], other[0])
    h = min(box[3], other[3]) - max(box[1], other[1])
    area = (box[2] - box[0]) * (box[3] - box[1])
    return max(w, 0.0) * max(h, 0.0) / area if area > 0 else 0.0


def _touching(boxes: list[Box], within: list[Box] | None) -> list[Box]:
    """The ``boxes`` (x0, y0, x1, y1) that touch one of the places ``within`` (None: all of them)."""
    if within is None:
        return boxes
    return [
        b for b in boxes if any(min(b[2], w[2]) > max(b[0], w[0]) and min(b[3], w[3]) > max(b[1], w[1]) for w in within)
    ]
