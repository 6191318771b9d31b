"""A ghost portrait the face cascade boxes as a face is that portrait's ghost, not a portrait (issue 13; tuning
bench_id_captures seed 811 page 16: the cascade boxed the whole faint ghost as a face wider than the portrait's own
face, each face's ghost search found the other, and the ghost was counted as the portrait). What tells them apart is
the print: a ghost's tones spread narrow and light (``api.FAINT_SPREAD``). Pages drawn here: a tinted card, a drawn
portrait and a faint smaller copy of it beside; the ghost searches' results are given, so only the rule is tested."""

from __future__ import annotations

import cv2
import numpy as np

from afscherm.redactors.id_copies import api
from afscherm.redactors.id_copies.boxes import Region, rect
from afscherm.redactors.id_copies.face import portrait_around
from tests.id_compose import drawn_portrait

PORTRAIT = (100, 100, 340, 400)  # x0, y0, x1, y1
GHOST = (420, 260, 516, 380)  # 0.4 of the portrait, as a card prints it
PORTRAIT_FACE = (170.0, 160.0, 100.0, 100.0)  # x, y, w, h: the face inside the portrait
# The cascade's box over the whole ghost, wider than the portrait's face (as on the tuning page).
GHOST_FACE = (405.0, 245.0, 126.0, 126.0)


def _page(ghost_strength: float) -> np.ndarray:
    """A tinted card with a portrait and a copy of it at ``ghost_strength`` (1: printed as dark as the portrait)."""
    page = np.full((520, 700), 222, np.uint8)
    x0, y0, x1, y1 = PORTRAIT
    portrait = drawn_portrait(x1 - x0, y1 - y0, shoulders=60, seed=11)
    portrait = np.clip((portrait.astype(float) - 200) * 2.2 + 200, 0, 255).astype(np.uint8)  # a photo's dark tones
    page[y0:y1, x0:x1] = portrait
    gx0, gy0, gx1, gy1 = GHOST
    small = cv2.resize(portrait, (gx1 - gx0, gy1 - gy0), interpolation=cv2.INTER_AREA).astype(float)
    card = page[gy0:gy1, gx0:gx1].astype(float)
    page[gy0:gy1, gx0:gx1] = np.clip(card * (1 - ghost_strength) + small * ghost_strength, 0, 255).astype(np.uint8)
    return page


def _ghost_at(box: tuple[float, float, float, float]) -> Region:
    return rect("photo", "ghost", *box)


def _searched() -> list[tuple[tuple[float, float, float, float], list[Region]]]:
    """Each face's ghost search finding the other: the ghost's finds the portrait, the portrait's finds the ghost."""
    return [(GHOST_FACE, [_ghost_at(PORTRAIT)]), (PORTRAIT_FACE, [_ghost_at(GHOST)])]


def test_a_faint_face_found_as_the_portraits_ghost_is_relabelled_a_ghost() -> None:
    gray = _page(0.35)
    regions = [portrait_around(GHOST_FACE), rect("photo", "portrait_like", *PORTRAIT)]
    ghosts = api._faint_faces_as_ghosts(gray, regions, _searched(), [PORTRAIT_FACE])
    assert regions[0].source == "ghost"  # the faint "face" is no portrait any more
    assert regions[1].source == "portrait_like"
    ghost_boxes = [g.bbox() for g in ghosts if g.source == "ghost"]
    # The ghost search from the faint face (its copy is the portrait itself) is dropped, the portrait's kept.
    assert ghost_boxes == [_ghost_at(GHOST).bbox()]
    # The face found only in the portrait's picture is a portrait now, and the only template left.
    assert [g.bbox() for g in ghosts if g.source == "face"] == [portrait_around(PORTRAIT_FACE).bbox()]
    assert api._portrait_faces(regions + ghosts) == [PORTRAIT_FACE]
    assert api._portraits(regions + ghosts) == 1
    assert not api._ghost_unverified(gray, regions + ghosts, [])


def test_two_portraits_printed_alike_are_both_kept() -> None:
    # A second document of the holder prints the same face as dark: neither is the other's ghost, whatever the
    # ghost searches say; every ghost found is kept and both stay portraits (fail closed: each wants its own ghost).
    gray = _page(1.0)
    regions = [portrait_around(GHOST_FACE), portrait_around(PORTRAIT_FACE)]
    ghosts = api._faint_faces_as_ghosts(gray, regions, _searched(), [])
    assert [r.source for r in regions] == ["face", "face"]
    assert sorted(g.bbox() for g in ghosts) == sorted([_ghost_at(PORTRAIT).bbox(), _ghost_at(GHOST).bbox()])


def test_a_faint_face_no_other_face_found_stays_a_portrait() -> None:
    # Faint but not found as another face's ghost (the portrait's search found nothing there): no rule says it is a
    # ghost, so it stays a portrait wanting one.
    gray = _page(0.35)
    regions = [portrait_around(GHOST_FACE)]
    searched = [(GHOST_FACE, [_ghost_at(PORTRAIT)]), (PORTRAIT_FACE, [])]
    ghosts = api._faint_faces_as_ghosts(gray, regions, searched, [PORTRAIT_FACE])
    assert regions[0].source == "face"
    assert [g.bbox() for g in ghosts] == [_ghost_at(PORTRAIT).bbox()]


def test_the_darker_face_is_never_taken_for_the_fainter_ones_ghost() -> None:
    # Only the fainter of the two is relabelled: the portrait's face, found at the ghost search's place of the faint
    # one, stays the portrait.
    gray = _page(0.35)
    assert api._fainter(gray, GHOST_FACE, PORTRAIT_FACE)
    assert not api._fainter(gray, PORTRAIT_FACE, GHOST_FACE)
