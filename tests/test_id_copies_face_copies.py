"""The ghost portrait found from the portrait's face alone (issue 13, ``face.face_copies``): a small, faint copy of the
portrait anywhere on the card is found and boxed whole, and nothing is made up on a card that prints none. The cards
are drawn here (a portrait of ellipses over paper with guilloche and lines of 'text'), by no generator of the
benches."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from afscherm.redactors.id_copies import api
from afscherm.redactors.id_copies.boxes import Region
from afscherm.redactors.id_copies.face import face_copies, ghost_regions

PAPER = 214
PORTRAIT = (60, 90, 300, 400)  # x0, y0, x1, y1 of the portrait picture
FACE = (110.0, 150.0, 140.0, 140.0)  # its face box (x, y, w, h), as a face's place guessed in the picture


def _portrait(w: int, h: int) -> np.ndarray:
    """Head and shoulders in grey: a shaded background, hair, a face with eyes, brows, nose and mouth."""
    yy, xx = np.mgrid[0:h, 0:w]
    img = (150 + 50 * xx / w - 20 * yy / h).astype(np.float32)
    cv2.ellipse(img, (w // 2, h - 10), (int(0.48 * w), int(0.25 * h)), 0, 180, 360, 40, -1)  # shoulders
    cv2.rectangle(img, (int(0.42 * w), int(0.55 * h)), (int(0.58 * w), int(0.8 * h)), 120, -1)  # neck
    cv2.ellipse(img, (w // 2, int(0.36 * h)), (int(0.32 * w), int(0.27 * h)), 0, 0, 360, 35, -1)  # hair
    cv2.ellipse(img, (w // 2, int(0.42 * h)), (int(0.26 * w), int(0.24 * h)), 0, 0, 360, 135, -1)  # face
    for ex in (0.39, 0.61):
        cv2.ellipse(img, (int(ex * w), int(0.38 * h)), (int(0.06 * w), int(0.025 * h)), 0, 0, 360, 245, -1)
        cv2.circle(img, (int(ex * w), int(0.38 * h)), int(0.022 * w), 20, -1)
        cv2.line(img, (int((ex - 0.07) * w), int(0.33 * h)), (int((ex + 0.07) * w), int(0.32 * h)), 30, 3)
    cv2.line(img, (w // 2, int(0.4 * h)), (int(0.48 * w), int(0.5 * h)), 70, 2)
    cv2.ellipse(img, (w // 2, int(0.56 * h)), (int(0.09 * w), int(0.03 * h)), 0, 0, 360, 60, -1)
    return cv2.GaussianBlur(img, (0, 0), 1.2)


def _card(ghost: tuple[int, int, float, float] | None) -> tuple[np.ndarray, tuple[int, int, int, int] | None]:
    """A card 1000 x 640 with the portrait at ``PORTRAIT``, lines of 'text' and guilloche, and a ghost (x, y, size of
    the portrait, strength) blended into the paper: the page and the ghost's box."""
    rng = np.random.default_rng(3)
    page = np.full((640, 1000), PAPER, np.float32)
    for k in range(0, 640, 9):  # guilloche: thin pale waves over the whole card
        xs = np.arange(0, 1000, 3)
        ys = k + 6 * np.sin(xs / 37.0 + k)
        cv2.polylines(page, [np.int32(np.stack([xs, ys], 1))], False, PAPER - 25, 1)
    for row in range(8):  # 'text': words of dark strokes right of the portrait and along the bottom
        y = 110 + row * 40
        x = 340
        while x < 900:
            n = int(rng.integers(3, 9))
            for c in range(n):
                cv2.rectangle(page, (x + 11 * c, y), (x + 11 * c + 7, y + 14), 40, -1)
            x += 11 * n + 20
    x0, y0, x1, y1 = PORTRAIT
    picture = _portrait(x1 - x0, y1 - y0)
    page[y0:y1, x0:x1] = picture
    box = None
    if ghost is not None:
        gx, gy, size, strength = ghost
        small = cv2.resize(picture, None, fx=size, fy=size, interpolation=cv2.INTER_AREA)
        h, w = small.shape
        page[gy : gy + h, gx : gx + w] = page[gy : gy + h, gx : gx + w] * (1 - strength) + small * strength
        box = (gx, gy, gx + w, gy + h)
    return np.clip(page + rng.normal(0, 3, page.shape), 0, 255).astype(np.uint8), box


def _covered(region: Region, box: tuple[int, int, int, int]) -> float:
    x0, y0, x1, y1 = region.bbox()
    ix = max(0.0, min(x1, box[2]) - max(x0, box[0]))
    iy = max(0.0, min(y1, box[3]) - max(y0, box[1]))
    return ix * iy / ((box[2] - box[0]) * (box[3] - box[1]))


@pytest.mark.parametrize(
    "ghost",
    [
        (860, 470, 0.3, 0.35),  # far from the portrait, at the card's bottom right, under the guilloche
        (320, 480, 0.25, 0.3),  # small and pale, low beside the portrait
        (560, 430, 0.4, 0.25),  # larger and paler, below the fields
    ],
)
def test_a_faint_copy_of_the_portrait_is_found_whole(ghost: tuple[int, int, float, float]) -> None:
    gray, box = _card(ghost)
    assert box is not None
    (copy,) = face_copies(gray, FACE, [PORTRAIT])
    # The copy's face box lies on the ghost, at the ghost's scale.
    cx, cy = copy[0] + copy[2] / 2, copy[1] + copy[3] / 2
    assert box[0] <= cx <= box[2] and box[1] <= cy <= box[3]
    assert copy[2] == pytest.approx(ghost[2] * FACE[2], rel=0.25)
    # And the ghost region the finder blacks out holds all of the printed ghost.
    regions = ghost_regions(gray, FACE, guessed=True, pictures=[PORTRAIT])
    assert any(_covered(r, box) >= 0.95 for r in regions)


def test_no_ghost_is_made_up_on_a_card_without_one() -> None:
    gray, _ = _card(None)
    assert face_copies(gray, FACE, [PORTRAIT]) == []
    assert ghost_regions(gray, FACE, guessed=True, pictures=[PORTRAIT]) == []
    assert ghost_regions(gray, FACE, guessed=False, pictures=[PORTRAIT]) == []


def test_the_other_portrait_of_a_second_document_is_no_ghost() -> None:
    # Two documents of one holder: the second portrait, a little smaller, is a copy of the first but a portrait.
    gray, _ = _card(None)
    x0, y0, x1, y1 = PORTRAIT
    second = cv2.resize(gray[y0:y1, x0:x1], None, fx=0.7, fy=0.7, interpolation=cv2.INTER_AREA)
    h, w = second.shape
    gray[380 : 380 + h, 600 : 600 + w] = second
    other = (600, 380, 600 + w, 380 + h)
    assert face_copies(gray, FACE, [PORTRAIT]) != []  # the premise: a copy matched there
    assert face_copies(gray, FACE, [PORTRAIT, other]) == []


def test_a_small_face_on_the_card_edge_does_not_stand_for_the_portrait_the_cascade_missed() -> None:
    # The ghost is searched from the picture's guessed face too, though a tiny face was found at about its place.
    picture = Region("photo", "portrait_like", ((40.0, 170.0), (580.0, 170.0), (580.0, 760.0), (40.0, 760.0)))
    tiny = api.portrait_around((50.0, 250.0, 36.0, 36.0))
    counted = api._portrait_faces([tiny, picture], photo_like=True)
    searched = api._portrait_faces([tiny, picture], photo_like=True, same_size=api.GHOST_TEMPLATE_SIZE)
    assert len(counted) == 1  # counting portraits is unchanged
    assert len(searched) == 2 and searched[1][2] == pytest.approx(0.5 * 540)
