"""Two ghost portraits on one page (a card's front and its back side by side: ``face.GHOST_COPIES``). The finder's
copy search takes the k best places when the k-th matches and stands out from the next best; two ghosts that match
about as well no longer hide each other. Pages are drawn here: a portrait of smoothed noise and faint, smaller
copies of it on a pale card with a light line pattern."""

from __future__ import annotations

import cv2
import numpy as np

from afscherm.redactors.id_copies.boxes import black_out
from afscherm.redactors.id_copies.face import GHOST_COPIES, GHOST_PEAK_MARGIN, ghost_copies, ghost_regions

FACE = (60.0, 60.0, 150.0, 150.0)  # x, y, w, h
GHOSTS = ((700, 80), (1150, 420))  # top-left corners of the copies, 0.4 of the face


def _page(ghosts: tuple[tuple[int, int], ...] = GHOSTS, fades: tuple[float, ...] = (0.35, 0.3)) -> np.ndarray:
    rng = np.random.default_rng(5)
    page = np.full((700, 1400), 228, np.float32)
    for x in range(0, 1400, 9):  # a faint line pattern over the card
        cv2.line(page, (x, 0), (x + 300, 700), 220, 1)
    page += rng.normal(0, 2, page.shape)
    x, y, w, _ = (int(v) for v in FACE)
    m = int(0.3 * w)
    noise = cv2.GaussianBlur(rng.normal(0, 1, (w + 2 * m, w + 2 * m)).astype(np.float32), (0, 0), 6)
    portrait = 128 + 60 * noise / noise.std()
    page[y - m + 20 : y + w + m + 20, x - m + 20 : x + w + m + 20] = portrait  # the portrait, kept off the page's edge
    small = cv2.resize(portrait, None, fx=0.4, fy=0.4, interpolation=cv2.INTER_AREA)
    for (gx, gy), fade in zip(ghosts, fades, strict=False):
        patch = page[gy : gy + small.shape[0], gx : gx + small.shape[1]]
        page[gy : gy + small.shape[0], gx : gx + small.shape[1]] = patch + fade * (small - 128)
    return np.clip(page, 0, 255).astype(np.uint8)


FACE_ON_PAGE = (FACE[0] + 20, FACE[1] + 20, FACE[2], FACE[3])


def _at(boxes: list[tuple[float, float, float, float]], corner: tuple[int, int]) -> bool:
    """Whether a copy's face box lies within the ghost drawn at ``corner`` (0.4 of the portrait with its margin)."""
    side = 0.4 * 1.6 * FACE[2]
    gx, gy = corner
    return any(
        gx - 4 <= b[0] + b[2] / 2 - 0 <= gx + side + 4 and gy - 4 <= b[1] + b[3] / 2 <= gy + side + 4 for b in boxes
    )


def test_two_ghosts_that_match_alike_are_both_found() -> None:
    page = _page()
    found = ghost_copies(page, FACE_ON_PAGE, stand_out=GHOST_PEAK_MARGIN, blurred=True, copies=GHOST_COPIES)
    assert all(_at(found, g) for g in GHOSTS)
    assert all(any(_at([b], g) for g in GHOSTS) for b in found)  # nothing elsewhere


def test_one_best_place_only_hides_the_second_ghost() -> None:
    """The premise: with one copy per size (the rule before), one ghost stood out from nothing and was not found."""
    page = _page()
    found = ghost_copies(page, FACE_ON_PAGE, stand_out=GHOST_PEAK_MARGIN, blurred=True)
    assert not all(_at(found, g) for g in GHOSTS)


def test_a_single_ghost_gets_no_second_place() -> None:
    page = _page(GHOSTS[:1], (0.35,))
    found = ghost_copies(page, FACE_ON_PAGE, stand_out=GHOST_PEAK_MARGIN, blurred=True, copies=GHOST_COPIES)
    assert found and all(_at([b], GHOSTS[0]) for b in found)


def test_no_ghost_no_copy() -> None:
    page = _page((), ())
    assert ghost_copies(page, FACE_ON_PAGE, stand_out=GHOST_PEAK_MARGIN, blurred=True, copies=GHOST_COPIES) == []


def test_a_faint_ghost_is_boxed_down_to_its_shoulders() -> None:
    """A copy found only in the blurred view is boxed with a margin (``face.ghost_regions``): a faint ghost's shoulders,
    2.9 of its face widths below its face's top, lie past the box a face's place gives (2.65) and are covered."""
    rng = np.random.default_rng(9)
    page = np.full((700, 1400), 228, np.float32) + rng.normal(0, 2, (700, 1400))
    x, y, w, _ = (int(v) for v in FACE_ON_PAGE)
    noise = cv2.GaussianBlur(rng.normal(0, 1, (int(3.4 * w), int(1.6 * w))).astype(np.float32), (0, 0), 6)
    portrait = 128 + 60 * noise / noise.std()  # from 0.3 face widths above the face's top to 3.1 below it
    page[
        y - int(0.3 * w) : y - int(0.3 * w) + portrait.shape[0], x - int(0.3 * w) : x - int(0.3 * w) + portrait.shape[1]
    ] = portrait
    ghost = cv2.resize(portrait[: int(3.2 * w)], None, fx=0.4, fy=0.4, interpolation=cv2.INTER_AREA)  # to 2.9 below
    gx, gy = 900, 150
    page[gy : gy + ghost.shape[0], gx : gx + ghost.shape[1]] += 0.3 * (ghost - 128)
    page = np.clip(page, 0, 255).astype(np.uint8)
    regions = ghost_regions(page, FACE_ON_PAGE)
    assert regions
    black = black_out(np.full(page.shape, 255, np.uint8), regions) == 0
    assert black[gy : gy + ghost.shape[0], gx : gx + ghost.shape[1]].mean() >= 0.99
