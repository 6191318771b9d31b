"""Ghost photos printed as cards print them (pale halftone, faint, tilted), and portraits on pages turned by a
quarter turn (issue 13). Images come from the tuning family's variations (``synthetic/id_variants``), made here."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from afscherm.redactors.id_copies.boxes import Region, black_out
from afscherm.redactors.id_copies.face import faces, faces_any_turn, photo_regions
from afscherm.redactors.id_copies.photo import glyph_height, photo_like_regions, unmasked_photos
from synthetic.id_images import coverage, decode_pages
from synthetic.id_variants import generate_variant


def _page(index: int, seed: int, **kwargs: object) -> tuple[np.ndarray, dict]:
    _, data, truth = generate_variant(index, seed, **kwargs)  # type: ignore[arg-type]
    return decode_pages(data)[0], truth


def _truth(truth_page: dict, kind: str) -> list[Region]:
    return [Region(kind, "truth", tuple(map(tuple, r["polygon"]))) for r in truth_page["regions"] if r["type"] == kind]


def _mrz(truth_page: dict) -> list[Region]:
    return _truth(truth_page, "mrz")


@pytest.mark.parametrize(
    ("index", "seed", "ghost"),
    [
        # Before the ghost's faint edges were grown on a blurred view and small pictures got a margin in proportion
        # to their size, the finder's boxes covered 20 % and 86 % of these ghosts.
        (9, 102, "halftone"),
        (7, 102, "halftone"),
        # Its light parts are dots no deviation view sees: 86 % covered until the box grew over the dot screen.
        (27, 61, "halftone"),
    ],
)
def test_a_faint_or_halftone_ghost_is_blacked_out_whole(index: int, seed: int, ghost: str) -> None:
    page, truth = _page(index, seed)
    assert truth["holders"][0]["ghost"] == ghost  # the premise: the variation under test
    truth_page = truth["pages"][0]
    gray = cv2.cvtColor(page, cv2.COLOR_RGB2GRAY)
    mrz = _mrz(truth_page)
    glyph = glyph_height(gray, mrz)
    regions = photo_like_regions(gray, glyph, mrz)
    redacted = black_out(page, regions + mrz)
    assert min(coverage(redacted, truth_page, "ghost_photo")) >= 0.95
    assert min(coverage(redacted, truth_page, "photo")) >= 0.95
    # What the finder blacked out is what verification looks for: the copy is not refused for a picture left.
    assert not unmasked_photos(gray, cv2.cvtColor(redacted, cv2.COLOR_RGB2GRAY), glyph, mrz)


@pytest.mark.parametrize(
    ("index", "seed", "ghost"),
    [
        # Verification did not see either ghost before it looked at the blurred page too: a copy with the
        # portrait blacked out and the ghost left whole passed it.
        (4, 101, "halftone"),
        (15, 102, "flat"),
    ],
)
def test_verification_refuses_a_pale_ghost_left_visible(index: int, seed: int, ghost: str) -> None:
    page, truth = _page(index, seed)
    assert truth["holders"][0]["ghost"] == ghost
    truth_page = truth["pages"][0]
    gray = cv2.cvtColor(page, cv2.COLOR_RGB2GRAY)
    mrz = _mrz(truth_page)
    # The portrait blacked out, the ghost not: a piece of picture is left.
    only_portrait = cv2.cvtColor(black_out(page, _truth(truth_page, "photo") + mrz), cv2.COLOR_RGB2GRAY)
    ghost_box = np.array(next(r for r in truth_page["regions"] if r["type"] == "ghost_photo")["polygon"])
    (x0, y0), (x1, y1) = ghost_box.min(0), ghost_box.max(0)
    left = unmasked_photos(gray, only_portrait, None, mrz)
    assert any(b.x0 < x1 and b.x1 > x0 and b.y0 < y1 and b.y1 > y0 for b in left)


@pytest.mark.parametrize("turns", [1, 2, 3])
def test_a_portrait_on_a_turned_page_is_found_and_its_face_seen_by_verification(turns: int) -> None:
    page, truth = _page(3, 61, kind="nl_td3", style="photo", turns=turns, width=1500, two_documents=False)
    truth_page = truth["pages"][0]
    gray = cv2.cvtColor(page, cv2.COLOR_RGB2GRAY)
    photo = np.array(next(r for r in truth_page["regions"] if r["type"] == "photo")["polygon"])
    (x0, y0), (x1, y1) = photo.min(0), photo.max(0)
    # The premise: the cascade finds upright faces only, and the face on this page is not upright.
    assert not any(x < x1 and x + w > x0 and y < y1 and y + h > y0 for x, y, w, h in faces(gray, confirmed=True))
    seen = faces_any_turn(gray, confirmed=True)
    assert any(x < x1 and x + w > x0 and y < y1 and y + h > y0 for x, y, w, h in seen)
    redacted = black_out(page, photo_regions(gray))
    assert min(coverage(redacted, truth_page, "photo")) >= 0.95
