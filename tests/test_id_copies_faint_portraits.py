"""A faint seal or patch of guilloche beside a clear portrait wants no ghost of its own (issue 13).

A seal, a rosette or guilloche is found as a portrait-sized picture, or the face cascade fires on it; counted as a
portrait it made a second front wanting a ghost nowhere printed ('ghost portrait not found', tuning family3 seed 95
pages 3, 17 and 19). For the ghost count a portrait printed at most ``FAINT_SPREAD`` as contrasty as another on the
page is no portrait of its own (``api._ghost_fronts``); a page of faint portraits only counts them as before. Pages
are drawn here.
"""

from __future__ import annotations

import random

import numpy as np

from afscherm.redactors.id_copies import api
from afscherm.redactors.id_copies.boxes import Region, rect
from synthetic.id_variants import portrait


def _page() -> np.ndarray:
    """A pale card (grey 225) with the tuning family's portrait at (100, 100) and a faint seal at (700, 120)."""
    page = np.full((900, 1200), 225, np.uint8)
    photo = np.asarray(portrait(random.Random(5), "photo", 300, 390, (225, 225, 225)).convert("L"), np.uint8)
    page[100:490, 100:400] = photo
    yy, xx = np.mgrid[0:900, 0:1200]
    r = np.hypot(xx - 800, yy - 220)
    page[(r > 80) & (r < 90)] = 185
    page[r < 45] = 200
    return page


def _regions() -> list[Region]:
    return [
        rect("photo", "portrait_like", 100, 100, 400, 490),
        rect("photo", "portrait_like", 700, 120, 900, 320),
    ]


def test_faint_seal_beside_a_portrait_wants_no_ghost() -> None:
    page = _page()
    assert api._fronts(_regions(), []) == 2  # both counted as portraits
    assert api._ghost_fronts(page, _regions(), []) == 1
    ghost = rect("photo", "ghost", 1000, 600, 1080, 700)
    assert api._ghost_unverified(page, [*_regions(), ghost], []) == []


def test_faint_portraits_alone_still_count() -> None:
    page = np.full((900, 1200), 225, np.uint8)
    page[130:300, 150:300] = 190
    page[150:280, 750:870] = 195
    assert api._ghost_fronts(page, _regions(), []) == 2
