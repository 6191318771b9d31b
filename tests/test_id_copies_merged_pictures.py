"""A portrait merged with its hologram and its ghost into one picture (issue 13, "ghost portrait not found"): the merged
picture holds the ghost itself, so as the ghost search's template it has no smaller copy anywhere. Its parts that could
be a portrait on their own are offered to the ghost search, and the ghost is found from the portrait's part. A coat of
arms much smaller than the portrait is no second portrait wanting a ghost of its own; a second document's portrait of
the same size still is. Pages drawn here: a pale card, a photograph-like portrait, a hologram patch over its corner
reaching the faint ghost, a coat of arms in two inks, lines of print."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from afscherm.redactors.id_copies import api
from afscherm.redactors.id_copies.boxes import Region, rect
from afscherm.redactors.id_copies.face import ghost_regions
from afscherm.redactors.id_copies.photo import photo_like_regions
from tests.id_compose import drawn_portrait

PORTRAIT = (120, 140, 420, 520)  # x0, y0, x1, y1
GHOST_AT, GHOST_SCALE = (540, 330), 0.4  # the ghost's top left corner, its size
GHOST = (540, 330, 540 + 120, 330 + 152)
EMBLEM = (1180, 60, 1300, 190)


def _portrait(w: int, h: int) -> np.ndarray:
    """A portrait as a photograph prints it: head and shoulders, grain and shading everywhere."""
    return drawn_portrait(w, h, mouth=True, shoulders=110, seed=5)


def _page(emblem: bool = True, second: tuple[int, int, int, int] | None = None) -> np.ndarray:
    page = np.full((800, 1400), 225, np.uint8)
    x0, y0, x1, y1 = PORTRAIT
    face = _portrait(x1 - x0, y1 - y0)
    page[y0:y1, x0:x1] = face
    ghost = cv2.resize(face, None, fx=GHOST_SCALE, fy=GHOST_SCALE, interpolation=cv2.INTER_AREA).astype(np.float32)
    ghost = np.clip(225 + 0.45 * (ghost - 225.0), 0, 255).astype(np.uint8)  # faint
    gx, gy = GHOST_AT
    page[gy : gy + ghost.shape[0], gx : gx + ghost.shape[1]] = ghost
    # A hologram patch over the portrait's lower right corner, reaching the ghost: the three merge into one picture.
    yy, xx = np.mgrid[0:130, 0:200]
    holo = 170 + 50 * np.sin((xx + yy) / 6.0) * np.cos(np.hypot(xx - 100, yy - 65) / 5.0)
    page[440:570, 360:560] = holo.astype(np.uint8)
    if emblem:
        # A coat of arms in two inks: a shield with round spots.
        ex0, ey0, ex1, ey1 = EMBLEM
        shield = np.array([[ex0, ey0], [ex1, ey0], [ex1, ey1 - 40], [(ex0 + ex1) // 2, ey1], [ex0, ey1 - 40]])
        cv2.fillPoly(page, [shield.astype(np.int32)], 110)
        for cx, cy, r in ((1210, 100, 15), (1245, 95, 20), (1225, 135, 11), (1265, 135, 8)):
            cv2.circle(page, (cx, cy), r, 215, -1)
    if second is not None:
        sx0, sy0, sx1, sy1 = second
        page[sy0:sy1, sx0:sx1] = _portrait(sx1 - sx0, sy1 - sy0)
    for y in (180, 240, 300, 360):
        cv2.putText(page, "NAAM VOORBEELD 12 03 1990", (620, y), cv2.FONT_HERSHEY_SIMPLEX, 0.9, 40, 2)
    return page


def _found(page: np.ndarray) -> tuple[list[Region], list[tuple[float, float, float, float]]]:
    """The picture regions the finder gives the page, its parts among them (as ``api._find`` adds them)."""
    parts: list[tuple[float, float, float, float]] = []
    regions = photo_like_regions(page, None, [], parts)
    return regions + [rect("photo", api.PART, *p) for p in parts], parts


def _covers(box: tuple[float, float, float, float], inner: tuple[float, float, float, float]) -> bool:
    return box[0] <= inner[0] and box[1] <= inner[1] and box[2] >= inner[2] and box[3] >= inner[3]


def _pictures(regions: list[Region]) -> list[tuple[float, float, float, float]]:
    return [r.bbox() for r in regions if r.source == "portrait_like"]


def test_the_portrait_ghost_and_hologram_merge_into_one_picture() -> None:
    """The premise: one picture covers portrait, hologram and ghost, and searched from it no ghost is found."""
    page = _page()
    regions, _ = _found(page)
    merged = [p for p in _pictures(regions) if _covers(p, PORTRAIT) and _covers(p, GHOST)]
    assert merged
    pictures = _pictures(regions)
    assert not ghost_regions(page, api._guessed_face(merged[0]), guessed=True, pictures=pictures)


def test_the_portrait_is_offered_as_a_part_of_the_merged_picture() -> None:
    _, parts = _found(_page())
    x0, y0, x1, y1 = PORTRAIT
    # Its own box within a glyph and its margin or so: not the hologram, not the ghost.
    assert any(
        abs(p[0] - x0) < 50 and abs(p[1] - y0) < 50 and abs(p[2] - x1) < 50 and abs(p[3] - y1) < 50 for p in parts
    )


def test_the_ghost_is_found_from_the_portraits_part() -> None:
    page = _page()
    regions, parts = _found(page)
    ghosts = api._part_ghosts(page, regions, [], [], _pictures(regions), parts)
    assert ghosts and all(g.source == "ghost" for g in ghosts)
    assert any(_covers(g.bbox(), GHOST) for g in ghosts)


def test_a_copy_on_a_larger_part_is_no_ghost(monkeypatch: pytest.MonkeyPatch) -> None:
    """A smaller copy found from a small part (the hologram) on a larger part (the portrait's hair) vouches for
    nothing: a false ghost would let a front go whose real ghost is not found."""
    page = _page()
    regions, parts = _found(page)
    small = (360.0, 440.0, 560.0, 570.0)
    on_portrait = rect("photo", "ghost", 200, 160, 260, 230)
    # Searched from the small part only (from the portrait's own part, the real search leaves the portrait out).
    monkeypatch.setattr(api, "ghost_regions", lambda gray, face, **k: [on_portrait] if face[0] > small[0] else [])
    monkeypatch.setattr(api, "faces_in_pictures", lambda *a, **k: [])
    largest = max(parts, key=api._area)
    assert not api._part_ghosts(page, regions, [], [], _pictures(regions), [small, largest])


def test_a_portrait_holding_its_ghost_still_counts() -> None:
    """A ghost found inside the merged picture does not make the merged picture that ghost (its box is far wider)."""
    page = _page(emblem=False)
    regions, parts = _found(page)
    ghosts = api._part_ghosts(page, regions, [], [], _pictures(regions), parts)
    assert api._portraits(regions + ghosts) == 1


def test_a_coat_of_arms_is_no_second_portrait() -> None:
    regions, _ = _found(_page())
    assert any(_covers(p, EMBLEM) for p in _pictures(regions))  # found and blacked out ...
    assert api._portraits(regions) == 1  # ... but no portrait wanting a ghost


def test_a_second_documents_portrait_of_about_the_same_size_still_counts() -> None:
    """Beside a merged picture far wider than its portrait, a portrait 0.83 as wide as that portrait (less than 0.6 of
    the merged picture) is no smaller copy of it."""
    regions, _ = _found(_page(emblem=False, second=(1000, 380, 1250, 700)))
    assert api._portraits(regions) == 2
