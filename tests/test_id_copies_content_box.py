"""The finder's whole-page face searches look only within the page's print (issue 13, speed).

A card scanned on an A4 sheet leaves most of the page white, and the cascades searched all of it: on tuning family3
seed 2 page 0 (an A4 scan, 1325 x 1874 px) the second whole-page search alone took 1.8 CPU-s. ``face.content_box``
boxes the page's print with a margin; ``face.faces(within=...)`` searches only there, equalised and confirmed over
the whole page as before. Pages are drawn here.
"""

from __future__ import annotations

import random

import cv2
import numpy as np

from afscherm.redactors.id_copies.face import CONTENT_MARGIN, content_box, faces
from synthetic.id_variants import portrait


def _white_page(seed: int = 3) -> np.ndarray:
    """A white A4-like page with a flatbed's faint noise (grey levels 249 and 250)."""
    rng = np.random.default_rng(seed)
    return (249 + (rng.random((1400, 1000)) < 0.5)).astype(np.uint8)


def _with_portrait(page: np.ndarray, x: int, y: int, width: int = 200) -> np.ndarray:
    height = int(1.3 * width)
    photo = np.asarray(portrait(random.Random(5), "photo", width, height, (250, 250, 250)).convert("L"))
    out = page.copy()
    out[y : y + height, x : x + width] = photo
    return out


def _inside(inner: tuple[int, int, int, int], outer: tuple[int, int, int, int]) -> bool:
    return outer[0] <= inner[0] and outer[1] <= inner[1] and inner[2] <= outer[2] and inner[3] <= outer[3]


def test_a_portrait_on_white_paper_is_boxed_with_a_margin_and_little_else() -> None:
    page = _with_portrait(_white_page(), 150, 200)
    box = content_box(page)
    assert box is not None
    margin = int(0.9 * CONTENT_MARGIN * max(page.shape))
    assert _inside((150 - margin, 200 - margin, 350 + margin, 460 + margin), box)
    assert (box[2] - box[0]) * (box[3] - box[1]) < 0.3 * page.size


def test_thin_glyphs_count_as_print() -> None:
    """A line of 1-px strokes (an MRZ's fillers) is print, though it averages to near white when shrunk."""
    page = _with_portrait(_white_page(), 150, 200)
    cv2.putText(page, "<<<<<<<<<<<<<<<<<<<<", (100, 1200), cv2.FONT_HERSHEY_PLAIN, 1.0, 0, 1)
    box = content_box(page)
    assert box is not None
    assert box[3] > 1200 and box[0] <= 100 and box[2] >= 100 + 200


def test_a_blank_page_or_one_full_of_print_is_searched_whole() -> None:
    assert content_box(_white_page()) is None
    full = _white_page()
    for y in range(0, 1400, 60):
        full[y : y + 12, :] = 0  # lines of print over the whole page
    assert content_box(full) is None


def test_specks_alone_are_no_print() -> None:
    """Lone dark pixels (dust, a JPEG's noise) are opened away: they would stretch the box over blank paper."""
    page = _with_portrait(_white_page(), 150, 200)
    page[1300, 900] = page[50, 950] = 0
    box = content_box(page)
    assert box is not None and box[2] < 900 and box[3] < 1300


def test_faces_within_the_box_are_the_faces_of_the_whole_page() -> None:
    page = _with_portrait(_white_page(), 550, 800, width=400)
    whole = faces(page)
    assert whole, "the premise: the portrait's face is found on the whole page"
    box = content_box(page)
    assert box is not None and box[0] > 300 and box[1] > 500  # the premise: a part of the page
    within = faces(page, within=box)
    assert within
    for x, y, w, _ in within:  # in the page's pixels, on the portrait
        assert 550 <= x + w / 2 <= 950 and 800 <= y + w / 2 <= 1320
        assert any(abs(x - a) < w / 4 and abs(y - b) < w / 4 for a, b, _, _ in whole)


def test_nothing_is_searched_outside_the_box() -> None:
    page = _with_portrait(_white_page(), 550, 800, width=400)
    assert faces(page)  # the premise
    assert not faces(page, within=(0, 0, 500, 700))


def test_the_ghost_is_found_within_the_print_where_the_whole_page_finds_it() -> None:
    """The finder's ghost searches run on the page's print cut out (``api._ghosts_in_print``); their ghosts come back
    in the page's pixels, where the search of the whole page puts them."""
    from afscherm.redactors.id_copies.api import _ghosts_in_print
    from afscherm.redactors.id_copies.face import ghost_regions

    page = _with_portrait(_white_page(), 450, 700, width=400)
    photo = page[700:1220, 450:850]
    ghost = cv2.resize(photo, None, fx=0.3, fy=0.3, interpolation=cv2.INTER_AREA)
    page[900 : 900 + ghost.shape[0], 880 : 880 + ghost.shape[1]] = ghost
    face = faces(page)[0]
    box = content_box(page)
    assert box is not None and box[0] > 0 and box[1] > 0  # the premise: a cut-out, not the page
    whole = [r.bbox() for r in ghost_regions(page, face)]
    assert any(b[0] < 880 + ghost.shape[1] and b[2] > 880 and b[1] < 900 + ghost.shape[0] and b[3] > 900 for b in whole)
    within = [r.bbox() for r in _ghosts_in_print(page, face, box, [])]
    assert within
    for b in within:
        assert any(all(abs(b[i] - w[i]) <= 4 for i in range(4)) for w in whole)
