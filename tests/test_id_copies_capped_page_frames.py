"""Verification's band-levelled reading of a page is capped in size (issue 13, speed; ``frame.capped_page_frames``).

A small card on a large scan made the whole page enlarged with the card's band, and tesseract read the blown-up paper
grain for minutes. The page is read whole at the band's scale only while that view is small and hardly enlarged;
otherwise the band's document is read at the band's scale and the whole page at the largest scale within both caps,
so every pixel of the page is still read once."""

from __future__ import annotations

import numpy as np

from afscherm.redactors.id_copies.frame import capped_page_frames, document_frame, page_frame
from afscherm.redactors.id_copies.mrz_band import Band

MOST_PIXELS, MOST_UPSCALE = 4_000_000, 1.35


def _band(length: float, center: tuple[float, float] = (600.0, 700.0), angle: float = 0.0) -> Band:
    return Band(center=center, length=length, thickness=length * 0.13, angle=angle, lines=3, line_height=length * 0.04)


def _page_corners_inside(frame, shape: tuple[int, int]) -> bool:  # noqa: ANN001
    """Whether the four page corners map inside ``frame``'s view (the whole page is read)."""
    h, w = shape
    pts = np.array([[0, 0, 1], [w, 0, 1], [0, h, 1], [w, h, 1]], np.float64) @ frame.matrix.T
    return bool((pts >= -1).all() and (pts[:, 0] <= frame.size[0] + 1).all() and (pts[:, 1] <= frame.size[1] + 1).all())


def test_a_card_filling_its_page_is_read_whole_in_one_view() -> None:
    shape = (800, 1200)
    band = _band(1000.0)  # read 900 px long: the page shrinks a little
    frames = capped_page_frames(band, 900, shape, MOST_PIXELS, MOST_UPSCALE)
    assert len(frames) == 1
    assert frames[0].size == page_frame(band, 900, shape).size


def test_a_small_card_on_an_a4_scan_is_read_at_its_scale_and_the_page_within_the_caps() -> None:
    shape = (3500, 2480)  # A4 at 300 dpi
    band = _band(450.0, center=(800.0, 900.0), angle=2.0)  # a card's band: the view would enlarge the page 2x
    whole = page_frame(band, 900, shape)
    assert whole.scale > 1.9 and whole.size[0] * whole.size[1] > 30_000_000  # what was read before
    document, page = capped_page_frames(band, 900, shape, MOST_PIXELS, MOST_UPSCALE)
    # The card as before: its own view at the band's scale.
    assert document.size == document_frame(band, 900, shape).size
    assert abs(document.scale - whole.scale) < 1e-9
    # The page: whole, within both caps.
    assert page.scale <= MOST_UPSCALE + 1e-9
    assert page.size[0] * page.size[1] <= MOST_PIXELS * 1.01
    assert _page_corners_inside(page, shape)


def test_a_small_page_is_enlarged_at_most_the_cap() -> None:
    shape = (600, 900)  # a 0.5 Mpx photo of a card whose band is 300 px: the band's scale is 3x
    band = _band(300.0, center=(450.0, 420.0))
    document, page = capped_page_frames(band, 900, shape, MOST_PIXELS, MOST_UPSCALE)
    assert abs(document.scale - 3.0) < 1e-9
    assert abs(page.scale - MOST_UPSCALE) < 1e-9
    assert _page_corners_inside(page, shape)
