"""The ghost portrait search of the finding pass (issue 13, ``face.ghost_regions``): a ghost found is a ghost (a false
one vouches for a front whose real ghost stays visible), and a ghost printed faintly is still found. Pages come from
the tuning generators (``synthetic/id_variants_ghosts`` as ``bench_id_release`` draws them), portraits are located
as the finding pass locates them (faces, or a face's place guessed from a portrait-sized picture)."""

from __future__ import annotations

import sys
from pathlib import Path

import cv2
import numpy as np
import pytest

from afscherm.redactors.id_copies import api
from afscherm.redactors.id_copies.boxes import Region, black_out, rect
from afscherm.redactors.id_copies.face import ghost_regions
from afscherm.redactors.id_copies.photo import glyph_height, photo_like_regions
from afscherm.redactors.id_copies.verify import gray_of
from tests.id_compose import covered

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from bench_id_release import release  # noqa: E402


def _ghosts_found(gray: np.ndarray) -> list[Region]:
    """The ghosts ``ghost_regions`` finds around every portrait the finding pass would search from."""
    regions = api._photos(gray, None)
    cascade = api._portrait_faces(regions)
    regions += photo_like_regions(gray, glyph_height(gray, []), [])
    pictures = [r.bbox() for r in regions if r.source == "portrait_like"]
    faces = api._portrait_faces(regions, photo_like=True)
    return [g for face in faces for g in ghost_regions(gray, face, face not in cascade, pictures)]


def _mask(shape: tuple[int, ...], polygon: object) -> np.ndarray:
    mask = np.zeros(shape[:2], np.uint8)
    cv2.fillPoly(mask, [np.round(np.array(polygon, np.float64)).astype(np.int32)], 1)
    return mask.astype(bool)


@pytest.mark.parametrize("index", [14, 39])
def test_a_page_without_a_ghost_gets_none(index: int) -> None:
    # Tuning pages without a ghost whose portraits' shoulders and hair edges matched along the page's lines and
    # guilloche (23 and 10 false ghosts before the search asked a copy to stand out).
    img, truth, _ = release(index, 502)
    assert not any(r["type"] == "ghost_photo" for r in truth)  # the premise: no ghost printed
    assert _ghosts_found(gray_of(img)) == []


def test_every_ghost_found_lies_on_the_printed_ghost() -> None:
    img, truth, _ = release(22, 502)
    gray = gray_of(img)
    (ghost,) = [_mask(gray.shape, r["polygon"]) for r in truth if r["type"] == "ghost_photo"]
    found = [_mask(gray.shape, g.polygon) for g in _ghosts_found(gray)]
    assert found
    assert all((box & ghost).any() for box in found)  # no false ghost
    assert any((box & ghost).sum() >= 0.95 * ghost.sum() for box in found)  # and the ghost covered


@pytest.mark.parametrize("index", [1, 27])
def test_a_pale_halftone_ghost_is_found_and_blacked_out(index: int) -> None:
    # Tuning pages whose ghost is a pale one-ink dot screen (bench_id_release seed 502 pages 1 and 27, looked at): the
    # dots kept the portrait's face from matching (0.41 and 0.54); a blurred view merges them into its tones.
    img, truth, _ = release(index, 502)
    (ghost,) = [r["polygon"] for r in truth if r["type"] == "ghost_photo"]
    found = _ghosts_found(gray_of(img))
    assert found
    assert all((_mask(img.shape, g.polygon) & _mask(img.shape, ghost)).any() for g in found)  # no false ghost
    assert covered(black_out(img, found), ghost) >= 0.95


def test_a_portrait_found_as_two_stacked_pictures_is_one_front() -> None:
    # bench_id_release seed 502 page 22: the portrait's darker upper part and its shoulders were two pictures, two
    # fronts asking for two ghosts; two cards' portraits have their fields between them and stay two.
    upper, shoulders = (
        rect("photo", "portrait_like", 18, 84, 356, 395),
        rect("photo", "portrait_like", -25, 393, 359, 593),
    )
    assert api._portraits([upper, shoulders]) == 1
    second_card = rect("photo", "portrait_like", 18, 700, 356, 1011)
    assert api._portraits([upper, second_card]) == 2
    beside = rect("photo", "portrait_like", 900, 84, 1238, 395)
    assert api._portraits([upper, beside]) == 2
