"""The portraits' black boxes fitted to what is printed: copies of a portrait anywhere on the page (the ghost), and
each picture's box grown to the picture's real extent.

The finder places a portrait's box from a face (a fixed head-and-shoulders shape around it), the ICAO layout zone, or
a photo-like blob; a ghost from a face the cascade found near the portrait. Real cards print their ghost wherever the
model puts it (in a 2021 card's window, top right, over the fields, on the back), faint or laser-engraved, and their
portraits without a frame, fading into the card, running to its edge or turned with it. So, after the finder:

- ``ghost_copies``: each portrait box is matched, shrunk and mirrored, against the whole page
  (``verify.copy_places``): every place it matches is a ghost, boxed with a margin (verification then checks those
  same places are black);
- ``grown``: each picture box is grown to the picture under and around it: pixels that vary like a picture or
  differ in tone from the paper (text taken out first, as ``verify`` does), connected to the box, within a reach of
  the box's own size; the box becomes the convex hull of the box and that picture, with a margin. Growth stops at
  the reach: a picture that goes on further (or a desk) is left to verification, which refuses a picture cut by its
  box (fail closed).
"""

from __future__ import annotations

import cv2
import numpy as np

from afscherm.redactors.id_copies import face as face_module
from afscherm.redactors.id_copies.boxes import Region, rect
from afscherm.redactors.id_copies.verify import CUT_SIDE, CopyPlace, picture_view, place_box

GHOST_MARGIN = 0.2  # share of a matched copy's size added around it (the match may be the face inside the ghost)
REACH = 0.3  # a box grows at most this share of its larger side on each side
TONE = 8.0  # grey levels from the paper (text taken out, blurred) that belong to a picture: a fading background
STRIP_GLYPHS = 0.5  # a side moves out this many glyph heights at a time ...
STRIP_PICTURE = 0.25  # ... while this share of the strip beside it is picture
GAP_STRIPS = 2  # ... or of one of the next strips this many further out
MARGIN_GLYPHS = 0.6  # glyph heights added around a grown box
GROWN_SOURCES = ("face", "layout", "portrait_like", "photo_like", "ghost", "ghost_copy")


def small_faces(view: np.ndarray, min_px: int, max_px: int) -> list[tuple[float, float, float, float]]:
    """Faces (x, y, w, h) from ``min_px`` to ``max_px`` wide in ``view`` (the ghost's size, not the portrait's: the
    cascade's scale pyramid stops there), confirmed by the second cascade."""
    small = cv2.equalizeHist(view)
    found = face_module._cascade("haarcascade_frontalface_default.xml").detectMultiScale(
        small, 1.15, 4, minSize=(min_px, min_px), maxSize=(max_px, max_px)
    )
    out = []
    for x, y, w, h in found:
        b = (float(x), float(y), float(w), float(h))
        if face_module._confirmed(small, b):
            out.append(b)
    return out


def ghost_copies(places: list[CopyPlace]) -> list[Region]:
    """Ghost boxes: every place a (shrunk, mirrored) portrait matches (``verify.copy_places``), with a margin."""
    out = []
    for place in places:
        x0, y0, x1, y1 = place_box(place)
        m = GHOST_MARGIN * max(x1 - x0, y1 - y0)
        out.append(rect("photo", "ghost_copy", x0, y0, x1, y1, m))
    return out


def grown(gray: np.ndarray, regions: list[Region], glyph: float) -> list[Region]:
    """``regions`` with every picture box (type ``photo``) grown, side by side, to the picture around it; other
    regions as they are."""
    photos = [r for r in regions if r.type == "photo" and r.source in GROWN_SOURCES]
    if not photos:
        return regions
    f, g, tex, soft = picture_view(gray, glyph)
    h_img, w_img = tex.shape
    # The MRZ's glyphs are larger than the text taken out, and it is blacked out on its own: no picture.
    not_mrz = np.ones((h_img, w_img), np.uint8)
    for r in regions:
        if r.type == "mrz":
            cv2.fillPoly(not_mrz, [np.round(np.array(r.polygon) * f).astype(np.int32)], 0)
    out = [r for r in regions if not (r.type == "photo" and r.source in GROWN_SOURCES)]
    for r in photos:
        out.append(_grown_one(r, f, g, tex, soft, not_mrz))
    return out


def _grown_one(r: Region, f: float, g: float, tex: np.ndarray, soft: np.ndarray, not_mrz: np.ndarray) -> Region:
    """``r`` as a rotated rectangle whose sides are pushed out, one strip at a time, while the strip beside each is
    picture (``STRIP_PICTURE`` of it: texture or a tone off the paper), at most ``REACH`` of its larger side."""
    (cx, cy), (w, h), angle = cv2.minAreaRect(np.array(r.polygon, np.float32) * f)
    if min(w, h) < 4:
        return r
    reach = REACH * max(w, h)
    pad = int(np.ceil(reach + 2 * g))
    # The box's neighbourhood turned so the box is upright, centred in a canvas with ``pad`` around it.
    cw, ch = int(np.ceil(w)) + 2 * pad, int(np.ceil(h)) + 2 * pad
    m = cv2.getRotationMatrix2D((cx, cy), angle, 1.0)
    m[0, 2] += cw / 2 - cx
    m[1, 2] += ch / 2 - cy
    size = (cw, ch)
    view_soft = cv2.warpAffine(soft, m, size, flags=cv2.INTER_LINEAR, borderValue=-1.0)
    view_tex = cv2.warpAffine(tex, m, size, flags=cv2.INTER_LINEAR, borderValue=0.0)
    view_ok = cv2.warpAffine(not_mrz, m, size, flags=cv2.INTER_NEAREST, borderValue=0)
    x0, y0 = (cw - w) / 2, (ch - h) / 2
    x1, y1 = x0 + w, y0 + h
    box = np.zeros((ch, cw), bool)
    box[int(y0) : int(np.ceil(y1)), int(x0) : int(np.ceil(x1))] = True
    around = (~box) & (view_soft >= 0) & (view_ok > 0)
    if int(around.sum()) < 16:
        return r
    ring = view_soft[around]
    paper = 4.0 * float(np.argmax(np.bincount(np.clip(ring // 4, 0, 63).astype(np.int64), minlength=64))) + 2.0
    picture = ((np.abs(view_soft - paper) >= TONE) | (view_tex >= CUT_SIDE)) & (view_soft >= 0) & (view_ok > 0)
    step = max(1.0, STRIP_GLYPHS * g)
    edges = [x0, y0, x1, y1]
    for side in range(4):
        moved, k = 0.0, 0
        # Strip k out from the side; a side moves on over up to GAP_STRIPS strips that are not picture (a faint part,
        # a line of paper between the portrait and its fading edge) when one after them is.
        while (k + 1) * step <= reach:
            if _strip_share(picture, edges, side, k * step, step) >= STRIP_PICTURE:
                moved, k = (k + 1) * step, k + 1
                continue
            ahead = [k + j for j in range(1, GAP_STRIPS + 1) if (k + j + 1) * step <= reach]
            hit = next((j for j in ahead if _strip_share(picture, edges, side, j * step, step) >= STRIP_PICTURE), None)
            if hit is None:
                break
            moved, k = (hit + 1) * step, hit + 1
        edges[side] += -moved if side < 2 else moved
    margin = MARGIN_GLYPHS * g
    nx0, ny0, nx1, ny1 = edges[0] - margin, edges[1] - margin, edges[2] + margin, edges[3] + margin
    # Back to the page: the grown box's centre through the inverse turn, its size, the same angle.
    inverse = cv2.invertAffineTransform(m)
    centre = inverse @ np.array([(nx0 + nx1) / 2, (ny0 + ny1) / 2, 1.0])
    pts = cv2.boxPoints(((float(centre[0]), float(centre[1])), (nx1 - nx0, ny1 - ny0), angle)) / f
    return Region("photo", r.source, tuple((float(x), float(y)) for x, y in pts))


def _strip_share(picture: np.ndarray, edges: list[float], side: int, start: float, width: float) -> float:
    """Share of picture in the strip ``start`` to ``start + width`` out from side ``side`` (0 left, 1 top, 2 right,
    3 bottom) of the box ``edges`` (x0, y0, x1, y1), as long as that side."""
    x0, y0, x1, y1 = edges
    if side == 0:
        strip = picture[int(y0) : int(np.ceil(y1)), max(0, int(x0 - start - width)) : max(0, int(np.ceil(x0 - start)))]
    elif side == 2:
        strip = picture[int(y0) : int(np.ceil(y1)), int(x1 + start) : int(np.ceil(x1 + start + width))]
    elif side == 1:
        strip = picture[max(0, int(y0 - start - width)) : max(0, int(np.ceil(y0 - start))), int(x0) : int(np.ceil(x1))]
    else:
        strip = picture[int(y1 + start) : int(np.ceil(y1 + start + width)), int(x0) : int(np.ceil(x1))]
    return float(strip.mean()) if strip.size else 0.0
