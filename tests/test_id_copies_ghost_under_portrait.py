"""A ghost printed right under its portrait merges with it into one tall picture (issue 13, 'ghost portrait not found'
on tuning family3 seed 42 page 3): the ghost found in the picture's lower part was taken for the portrait found again,
as the picture is under 1.6 times as wide as the ghost's box. A tall picture holds a ghost found in its lower part, at
no face; a ghost claimed anywhere else on a picture of its width is still that picture found again. Regions as the
finder gives them, on a drawn colour page (the page only words the reason)."""

from __future__ import annotations

import numpy as np

from afscherm.redactors.id_copies import api
from afscherm.redactors.id_copies.boxes import Region, rect

# Seed 42 page 3 as found: the merged picture of portrait and ghost, and the ghost found in it.
PICTURE = rect("photo", "portrait_like", 9, 13, 279, 488)
GHOST = rect("photo", "ghost", 46, 265, 237, 491)


def _page() -> np.ndarray:
    page = np.full((700, 500, 3), 245, np.uint8)
    page[20:480, 20:470] = (230, 200, 205)  # a pink card
    return page


def test_a_ghost_low_in_a_tall_picture_is_found() -> None:
    regions = [PICTURE, GHOST]
    assert api._portraits(regions) == 1  # the picture stays the front's portrait
    assert api._ghost_found(regions) == [GHOST.bbox()]
    assert api._ghost_unverified(_page(), regions, []) == []


def test_a_ghost_in_the_upper_part_of_a_tall_picture_is_the_portrait_found_again() -> None:
    for cy in (150.0, 250.0, 300.0):  # centres 0.29-0.60 of the picture's height down
        ghost = rect("photo", "ghost", 46, cy - 113, 237, cy + 113)
        regions = [PICTURE, ghost]
        assert api._ghost_found(regions) == [], cy
        assert api._ghost_unverified(_page(), regions, []), cy


def test_a_ghost_at_a_face_is_the_portrait_found_again() -> None:
    face = rect("photo", "face", 90, 330, 200, 440)  # the portrait's face low in the picture
    picture_face = Region(api.PICTURE_FACE, "face", face.polygon)
    for found in (face, picture_face):
        regions = [PICTURE, GHOST, found]
        assert api._ghost_unverified(_page(), regions, []), found.type


def test_a_ghost_low_on_a_picture_of_a_portraits_shape_is_that_portrait_found_again() -> None:
    picture = rect("photo", "portrait_like", 9, 13, 279, 388)  # 1.39 as tall as wide: a portrait alone
    ghost = rect("photo", "ghost", 46, 220, 237, 391)  # centred 0.81 down
    regions = [picture, ghost]
    assert api._ghost_found(regions) == []
    assert api._ghost_unverified(_page(), regions, [])
