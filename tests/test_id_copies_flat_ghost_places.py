"""Verification's search for the portrait's copies (``face.held_copies``) finds no copy where the upload holds nothing
printed: a place whose grey levels spread less than ``GHOST_HELD_FLAT`` (a desk's smooth shading, 2 levels across a
ghost's size) correlates with a portrait lit from one side, and refused a copy for a "ghost" on the paper (issue 13,
tuning seed 2086 page 3). A faint copy of the portrait (10 levels of its 60) is still found."""

from __future__ import annotations

import numpy as np

from afscherm.redactors.id_copies.face import held_copies

PORTRAIT = (40.0, 40.0, 120.0, 120.0)  # x, y, w, h


def _page() -> np.ndarray:
    """A 600 x 400 page of paper: a portrait lit from one side (a gradient of 60 levels, a darker oval for the face),
    a faint half-size copy of it (its ghost), and a patch of the paper's shading, 2 levels across, far from both."""
    page = np.full((400, 600), 235.0)
    yy, xx = np.mgrid[0:120, 0:120]
    portrait = 120 + 60 * xx / 119.0
    portrait[((yy - 60) / 45) ** 2 + ((xx - 60) / 35) ** 2 < 1] -= 40
    page[40:160, 40:160] = portrait
    page[300:360, 450:510] = 230 + 2 * np.mgrid[0:60, 0:60][1] / 59.0
    small = portrait[::2, ::2]
    page[250:310, 200:260] = 225 + (small - small.mean()) * 0.25
    return page.astype(np.uint8)


def _centres(boxes: list[tuple[float, float, float, float]]) -> list[tuple[float, float]]:
    return [(x + w / 2, y + h / 2) for x, y, w, h in boxes]


def test_the_papers_shading_holds_no_copy_of_the_portrait() -> None:
    gray = _page()
    found = _centres(held_copies(gray, PORTRAIT, gray))
    assert not any(440 <= x <= 520 and 290 <= y <= 370 for x, y in found)


def test_a_faint_copy_of_the_portrait_is_still_found() -> None:
    gray = _page()
    found = _centres(held_copies(gray, PORTRAIT, gray))
    assert any(190 <= x <= 270 and 240 <= y <= 320 for x, y in found)
