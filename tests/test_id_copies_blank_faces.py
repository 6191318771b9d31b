"""Haar hits on blank paper are no portraits (issue 13: a card on an A4 scan, the rest of the page white).

The face cascade searches a histogram-equalised page, which turns the one or two grey levels of a white page's noise
into full contrast: tuning bench_id_captures seed 811 page 2 had two "faces" on the white of an A4 scan (grey levels
249–250), each counted as a portrait and searched for a ghost. The finder now drops a face box that shows nothing
(``face.shows_something``); verification's face checks are unchanged. Pages are drawn here.
"""

from __future__ import annotations

import random

import numpy as np

from afscherm.redactors.id_copies.face import FACE_MIN_SPREAD, faces, photo_regions, shows_something
from synthetic.id_variants import portrait


def _white_page(seed: int = 3) -> np.ndarray:
    """A white A4-like page with a flatbed's faint noise: grey levels 249 and 250 only."""
    rng = np.random.default_rng(seed)
    return (249 + (rng.random((1400, 1000)) < 0.5)).astype(np.uint8)


def _portrait_on(page: np.ndarray, x: int, y: int, strength: float = 1.0) -> np.ndarray:
    """``page`` with the tuning family's photographed portrait pasted at (x, y), blended towards the paper."""
    photo = np.asarray(portrait(random.Random(5), "photo", 400, 520, (250, 250, 250)).convert("L"), float)
    out = page.copy()
    patch = out[y : y + 520, x : x + 400].astype(float)
    out[y : y + 520, x : x + 400] = np.clip(patch + strength * (photo - patch), 0, 255).astype(np.uint8)
    return out


def test_a_box_of_blank_paper_shows_nothing() -> None:
    assert not shows_something(_white_page(), (100.0, 100.0, 60.0, 60.0))


def test_a_box_over_a_portrait_shows_something_even_printed_faintly() -> None:
    page = _portrait_on(_white_page(), 300, 400, strength=0.15)
    assert shows_something(page, (300.0 + 60, 400.0 + 60, 120.0, 120.0))
    assert FACE_MIN_SPREAD <= 12  # a faint print spreads ≥ 0.15 of a photo's range: the threshold stays far below


def test_a_box_beyond_the_page_shows_nothing() -> None:
    assert not shows_something(_white_page(), (2000.0, 2000.0, 50.0, 50.0))


def test_the_portrait_on_a_white_page_is_still_found_and_nothing_else() -> None:
    page = _portrait_on(_white_page(), 300, 400)
    found = photo_regions(page)
    assert found, "the portrait's face was not found"
    for region in found:
        x0, y0, x1, y1 = region.bbox()
        assert x0 < 700 and x1 > 300 and y0 < 920 and y1 > 400  # every portrait found lies over the pasted one


def test_the_white_of_a_tuning_a4_scan_gives_the_finder_no_portrait() -> None:
    """The tuning page the false faces were seen on: the cascade does fire on its white, the finder keeps none."""
    from afscherm.redactors.id_copies.api import PAGE_FACE_WIDTH
    from afscherm.redactors.id_copies.verify import gray_of
    from synthetic.id_images import decode_pages
    from synthetic.id_variants_captures import generate_capture_page

    _, data, truth = generate_capture_page(2, 811)
    gray = gray_of(decode_pages(data)[0])
    cards_end = max(p[1] for r in truth["pages"][0]["regions"] for p in r["polygon"]) + 100
    scale = PAGE_FACE_WIDTH[1] / gray.shape[1]  # the finder's second whole-page search
    assert any(y > cards_end for _, y, _, _ in faces(gray, scale=scale))  # the page shows the weakness
    assert all(r.bbox()[1] < cards_end for r in photo_regions(gray, scale=scale))
