"""A page that holds a portrait is a front, whatever the ghost search says (issue 13, a fail-closed hole): a false
ghost found on the portrait itself (its shoulders matched by a template cut from its other shoulder: tuning
bench_id_captures seed 811 page 7 levelled) took the portrait for that ghost, the page counted no front, and with
nothing read of its front's labels it passed as a card's back side alone. A ghost is a smaller copy of a portrait shown
elsewhere; a picture at a ghost's place with no other portrait on the page is the portrait, and that ghost vouches for
nothing. Pages drawn here: a pale card on white paper, a photograph-like portrait, no text read."""

from __future__ import annotations

import numpy as np
import pytest

from afscherm.redactors.id_copies import api
from afscherm.redactors.id_copies.boxes import Region, rect
from afscherm.redactors.id_copies.mrz_band import Band
from afscherm.redactors.id_copies.photo import photo_like_regions
from tests.id_compose import drawn_portrait

PORTRAIT = (160, 160, 400, 470)  # x0, y0, x1, y1 on the card page
# The back's TD1 band beside the front, as on a card pair scanned on A4 (one band on the page, no front label read).
TD1 = Band(center=(1150.0, 520.0), length=760.0, thickness=100.0, angle=0.0, lines=3, line_height=30.0)


def _portrait(w: int, h: int) -> np.ndarray:
    """Head and shoulders as a photograph prints them: grain and shading everywhere."""
    return drawn_portrait(w, h, mouth=False, shoulders=90, seed=7)


def _page() -> np.ndarray:
    page = np.full((800, 1600), 250, np.uint8)  # white paper
    page[100:700, 100:820] = 218  # a tinted card
    x0, y0, x1, y1 = PORTRAIT
    page[y0:y1, x0:x1] = _portrait(x1 - x0, y1 - y0)
    return page


@pytest.fixture(scope="module")
def pictures() -> list[Region]:
    page = _page()
    found = [r for r in photo_like_regions(page, 12.0) if r.type == "photo" and r.source == "portrait_like"]
    # The premise: the drawn portrait is found as a portrait-sized picture, and nothing else is.
    assert len(found) == 1
    x0, y0, x1, y1 = found[0].bbox()
    assert x0 <= PORTRAIT[0] + 20 and x1 >= PORTRAIT[2] - 20 and y0 <= PORTRAIT[1] + 20 and y1 >= PORTRAIT[3] - 20
    return found


def _ghosts_on(box: tuple[float, float, float, float]) -> list[Region]:
    """Ghost boxes a search could claim on the picture ``box``: centred anywhere on its lower two thirds, 0.65 to 1.0
    as wide as it (the false ghost of seed 811 page 7: 0.65-0.76 of its picture, on the shoulders)."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    out = []
    for scale in (0.65, 0.8, 1.0):
        for fx in (0.3, 0.5, 0.7):
            for fy in (0.4, 0.6, 0.8):
                cx, cy, gw, gh = x0 + fx * w, y0 + fy * h, scale * w, scale * 1.2 * w
                out.append(rect("photo", "ghost", cx - gw / 2, cy - gh / 2, cx + gw / 2, cy + gh / 2))
    return out


def test_no_ghost_claimed_on_the_only_portrait_lets_the_page_pass(pictures: list[Region]) -> None:
    for ghost in _ghosts_on(pictures[0].bbox()):
        regions = [*pictures, ghost]
        # The portrait still makes the page a front ...
        assert api._fronts(regions, [TD1]) == 1, ghost.bbox()
        assert api._back_ghosts(regions, [TD1]) == regions
        # ... and the ghost claimed on it is that portrait found again, no ghost of it: refused.
        assert api._ghost_unverified(_page(), regions, [TD1]), ghost.bbox()
        # Nothing of the front's document number was read either: refused for that too.
        assert api._understood(regions, [TD1])


def test_the_regions_of_seed_811_page_7_levelled_are_refused() -> None:
    # The hole as found: the picture at a ghost's place was taken for that ghost, and no front was left.
    picture = rect("photo", "portrait_like", 727, 982, 1096, 1169)  # seed 811 page 7 levelled, as found
    ghost = rect("photo", "ghost", 880, 992, 1121, 1279)
    assert api._at_ghost(picture.bbox(), ghost.bbox())  # the premise: the old rule's test matches
    assert api._fronts([picture, ghost], [TD1]) == 1
    assert api._ghost_unverified(_page(), [picture, ghost], [TD1])


def test_a_large_ghost_found_as_a_picture_beside_a_portrait_still_vouches() -> None:
    # A portrait found as a face, its large ghost found both as a ghost and as a picture: one front, one ghost.
    face = rect("photo", "face", 100, 100, 400, 480)
    ghost_picture = rect("photo", "portrait_like", 600, 200, 780, 430)
    ghost = rect("photo", "ghost", 590, 190, 790, 440)
    regions = [face, ghost_picture, ghost]
    assert api._portraits(regions) == 1
    assert api._fronts(regions, [TD1]) == 1
    assert api._ghost_unverified(_page(), regions, [TD1]) == []


def test_a_ghost_over_the_portraits_shoulder_of_a_wider_picture_still_vouches() -> None:
    # A ghost printed over its own portrait's shoulder (tuning bench_id_release seed 502 page 12): the picture holding
    # both is far wider than the ghost, a portrait, and the ghost counts.
    picture = rect("photo", "portrait_like", 100, 100, 500, 600)
    ghost = rect("photo", "ghost", 380, 420, 480, 545)
    assert api._portraits([picture, ghost]) == 1
    assert api._ghost_unverified(_page(), [picture, ghost], [TD1]) == []


def test_two_pictures_at_one_ghost_are_one_portrait() -> None:
    # The portrait found as a picture and as its shoulders beneath, a false ghost over both: one front, not two.
    upper = rect("photo", "portrait_like", 100, 100, 400, 330)
    shoulders = rect("photo", "portrait_like", 110, 335, 390, 450)
    ghost = rect("photo", "ghost", 100, 200, 400, 500)
    assert api._portraits([upper, shoulders, ghost]) == 1
