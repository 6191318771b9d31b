"""A portrait on a page that is mostly white paper is found (issue 13: cards on an A4 scan).

The whole-page face search equalises the page's histogram at once; on a page that is mostly white paper that squeezes
a portrait's tones into a few grey levels and the cascade misses the face (tuning bench_id_captures seed 811 page 10:
a photographed portrait found at neither search width). The finder searches the page once more equalised tile by tile
(``face.faces(local=True)``, ``api._local_faces``). Pages are drawn here.
"""

from __future__ import annotations

import random

import numpy as np
import pytest

from afscherm.redactors.id_copies import api
from afscherm.redactors.id_copies.boxes import rect
from afscherm.redactors.id_copies.face import faces, photo_regions
from synthetic.id_variants import portrait


def _a4_with_portrait(width: int) -> tuple[np.ndarray, tuple[int, int, int, int]]:
    """A white A4 page (2100 × 3000), two cards' tinted paper at its top, a portrait ``width`` px wide on the first."""
    page = np.full((3000, 2100), 250, np.uint8)
    page[400:1050, 200:1900] = 215
    photo = np.asarray(portrait(random.Random(5), "photo", width, int(width * 1.28), (215, 215, 215)).convert("L"))
    page[520 : 520 + photo.shape[0], 300 : 300 + width] = photo
    return page, (300, 520, 300 + width, 520 + photo.shape[0])


@pytest.mark.parametrize("width", [180, 240])
def test_the_page_equalised_at_once_loses_the_face(width: int) -> None:
    page, _ = _a4_with_portrait(width)
    assert not faces(page)
    assert not faces(page, scale=api.PAGE_FACE_WIDTH[1] / page.shape[1])


@pytest.mark.parametrize("width", [180, 240])
def test_the_finders_page_search_finds_the_portrait_equalised_tile_by_tile(width: int) -> None:
    page, (x0, y0, x1, y1) = _a4_with_portrait(width)
    assert not api._photos(page, None)  # the searches equalised at once
    found = api._local_faces(page, [])
    assert found
    for region in found:
        rx0, ry0, rx1, ry1 = region.bbox()
        assert rx0 <= x0 + 0.3 * width and rx1 >= x1 - 0.3 * width  # around the portrait, nowhere else
        assert ry0 <= y0 + 0.3 * width and ry1 >= y0 + 0.6 * (y1 - y0)


def test_the_tile_by_tile_search_wants_both_cascades() -> None:
    """Confirmed faces only: a white page with a card's tinted paper and no portrait gives none."""
    page = np.full((3000, 2100), 250, np.uint8)
    page[400:1050, 200:1900] = 215
    assert not photo_regions(page, scale=api.LOCAL_FACE_WIDTH / page.shape[1], local=True)


def test_a_smaller_copy_found_so_is_left_to_the_ghost_search() -> None:
    """A face at most GHOST_SIZES[1] of another found may be that portrait's ghost: not a portrait of its own (tuning
    bench_id_captures seed 811 page 6: a ghost taken for a portrait made its copies a reason to refuse the page)."""
    page, (x0, _, x1, _) = _a4_with_portrait(240)
    small = np.asarray(portrait(random.Random(5), "photo", 160, 204, (215, 215, 215)).convert("L"))
    page[560 : 560 + small.shape[0], 1500:1660] = small
    local = photo_regions(page, scale=api.LOCAL_FACE_WIDTH / page.shape[1], local=True)
    assert any(r.bbox()[0] > 1400 for r in local)  # the tile-by-tile search does see the smaller copy
    kept = api._local_faces(page, [])
    assert kept
    assert all(r.bbox()[0] < x1 and r.bbox()[2] > x0 for r in kept)  # only the portrait


def test_a_face_smaller_than_a_picture_found_already_is_left_to_the_ghost_search() -> None:
    """The portrait found as a picture only (no face): a face of its smaller copy is its ghost, no portrait (tuning
    bench_id_release seed 502 page 4: refused for a ghost taken for a portrait)."""
    page = np.full((3000, 2100), 250, np.uint8)
    page[400:1050, 200:1900] = 215
    small = np.asarray(portrait(random.Random(5), "photo", 160, 204, (215, 215, 215)).convert("L"))
    page[560 : 560 + small.shape[0], 1500:1660] = small
    assert api._local_faces(page, [])  # alone on the page, the copy's face is kept
    picture = rect("photo", "portrait_like", 300, 520, 640, 960)  # a portrait-sized picture found on the page
    assert not api._local_faces(page, [picture])
