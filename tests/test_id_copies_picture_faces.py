"""Faces searched inside portrait-sized pictures on their own (issue 13, ``face.faces_in_pictures``): a faint portrait
the page-wide face search misses is found in its picture, and its ghost beside it (one picture with the portrait) is
then found from that face; a rosette gives no face. The page is drawn here from scikit-image's astronaut portrait
(public domain), by no generator of the benches."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from afscherm.redactors.id_copies import api
from afscherm.redactors.id_copies.face import faces, faces_in_pictures, ghost_regions
from afscherm.redactors.id_copies.mrz_band import Band

skimage_data = pytest.importorskip("skimage.data")

PAPER = 205
PORTRAIT = (850, 150, 1090, 450)  # x0, y0, x1, y1: right of the card, where the ICAO layout has no portrait
GHOST = (1100, 330)  # top left of the ghost, touching the portrait's picture


def _page(ghost: bool) -> np.ndarray:
    """A pale card 1200 x 700: lines of 'text' at the left, the faint portrait at ``PORTRAIT``, and (``ghost``) a
    copy of it a third its size, fainter still, right beside it."""
    rng = np.random.default_rng(5)
    page = np.full((700, 1200), PAPER, np.float32)
    for row in range(9):
        y, x = 120 + 45 * row, 60
        while x < 700:
            n = int(rng.integers(3, 9))
            for c in range(n):
                cv2.rectangle(page, (x + 12 * c, y), (x + 12 * c + 8, y + 16), 50, -1)
            x += 12 * n + 22
    face = cv2.cvtColor(skimage_data.astronaut(), cv2.COLOR_RGB2GRAY)[0:300, 100:340].astype(np.float32)
    x0, y0, x1, y1 = PORTRAIT
    page[y0:y1, x0:x1] = 0.5 * face + 0.5 * PAPER
    if ghost:
        small = cv2.resize(face, None, fx=1 / 3, fy=1 / 3, interpolation=cv2.INTER_AREA)
        h, w = small.shape
        gx, gy = GHOST
        page[gy : gy + h, gx : gx + w] = 0.35 * small + 0.65 * PAPER
    return np.clip(page + rng.normal(0, 2, page.shape), 0, 255).astype(np.uint8)


def test_faint_portrait_missed_on_the_page_is_found_in_its_picture() -> None:
    page = _page(ghost=False)
    assert faces(page) == []  # the page-wide search at its working width misses it: the case searched for
    found = faces_in_pictures(page, [(830.0, 130.0, 1110.0, 470.0)])
    assert len(found) == 1
    x, y, w, _ = found[0]
    # The astronaut's face lies in the upper middle of the portrait.
    assert PORTRAIT[0] + 40 <= x + w / 2 <= PORTRAIT[2] - 40
    assert PORTRAIT[1] + 30 <= y + w / 2 <= PORTRAIT[1] + 180


def test_ghost_joined_to_its_portrait_is_found_from_the_face() -> None:
    page = _page(ghost=True)
    picture = (830.0, 130.0, 1190.0, 470.0)  # the portrait and its ghost beside it, one picture
    (face,) = faces_in_pictures(page, [picture])
    ghosts = [r.bbox() for r in ghost_regions(page, face, guessed=False, pictures=[picture])]
    gx, gy = GHOST
    truth = (gx, gy, gx + 80, gy + 100)

    def covered(b: tuple[float, float, float, float]) -> float:
        ix = max(0.0, min(b[2], truth[2]) - max(b[0], truth[0]))
        iy = max(0.0, min(b[3], truth[3]) - max(b[1], truth[1]))
        return ix * iy / (80 * 100)

    assert ghosts and max(covered(b) for b in ghosts) >= 0.95
    # Nothing on the portrait's own face, nor in the text.
    assert all(b[0] >= PORTRAIT[2] - 60 for b in ghosts)


def test_rosette_picture_holds_no_face() -> None:
    page = np.full((500, 500), PAPER, np.uint8)
    for k in range(12):
        cv2.ellipse(page, (250, 250), (150, 60), 15 * k, 0, 360, 90, 2)
    cv2.circle(page, (250, 250), 30, 60, -1)
    assert faces_in_pictures(page, [(90.0, 90.0, 410.0, 410.0)]) == []


def test_picture_that_may_be_a_ghost_is_not_searched() -> None:
    page = _page(ghost=False)
    # The portrait's picture beside a picture twice as wide: it may be that one's ghost, and is not searched alone.
    assert faces_in_pictures(page, [(830.0, 130.0, 1110.0, 470.0), (0.0, 0.0, 600.0, 700.0)]) == []


def test_only_portrait_sized_pictures_beside_a_band_are_searched() -> None:
    # A TD1 band 600 px long: a card's portrait is about 0.3 of it (180 px), a back side's ghost at most 0.22.
    band = Band(center=(400.0, 600.0), length=600.0, thickness=60.0, angle=0.0, lines=3, line_height=20.0)
    ghost, portrait = (100.0, 100.0, 200.0, 230.0), (300.0, 100.0, 480.0, 330.0)
    assert api._portrait_sized([ghost, portrait], [band]) == [portrait]
    assert api._portrait_sized([ghost, portrait], []) == [ghost, portrait]  # no band: no size to judge by
