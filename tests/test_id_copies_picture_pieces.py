"""Pictures printed close together on one card (a portrait, its ghost, emblems, a hologram): when they merge into one
group too large and sparse for a picture, each of them that is picture-shaped on its own is still blacked out by the
finder, as a piece that counts as no portrait (issue 13: a coat of arms left half visible above a face's box)."""

from __future__ import annotations

import cv2
import numpy as np

from afscherm.redactors.id_copies.photo import photo_like_regions, unmasked_photos

GLYPH = 20.0
RADIUS, STEP = 60, 130  # disks 6 glyph heights across, their boxes 0.5 glyph heights apart along the diagonal


def _textured(shape: tuple[int, int], rng: np.random.Generator) -> np.ndarray:
    """Tones that vary over more than a glyph, as a photograph's do (finer detail is closed away with the text)."""
    smooth = cv2.GaussianBlur(rng.normal(0, 1, shape), (0, 0), 12)
    return 128 + 45 * smooth / smooth.std()


def _page_with_disks(count: int) -> tuple[np.ndarray, list[tuple[int, int]]]:
    """A pale card with ``count`` textured disks along a diagonal: far apart in pixels, their boxes nearly touching."""
    rng = np.random.default_rng(7)
    page = np.full((1200, 1400), 225.0)
    texture = _textured(page.shape, rng)
    yy, xx = np.mgrid[0 : page.shape[0], 0 : page.shape[1]]
    centres = [(200 + k * STEP, 150 + k * STEP) for k in range(count)]
    for cx, cy in centres:
        disk = (xx - cx) ** 2 + (yy - cy) ** 2 <= RADIUS**2
        page[disk] = texture[disk]
    return np.clip(page, 0, 255).astype(np.uint8), centres


def _covers(region_box: tuple[float, float, float, float], cx: int, cy: int) -> bool:
    x0, y0, x1, y1 = region_box
    return x0 <= cx - RADIUS and y0 <= cy - RADIUS and x1 >= cx + RADIUS and y1 >= cy + RADIUS


def test_pictures_merged_into_a_sparse_group_are_each_blacked_out_as_pieces() -> None:
    page, centres = _page_with_disks(5)
    regions = photo_like_regions(page, GLYPH)
    # Every disk under a box: as one group (5 disks in a 640 px square, 15 % filled) none would be.
    assert all(any(_covers(r.bbox(), cx, cy) for r in regions) for cx, cy in centres)
    # Pieces are no portraits: the page counts as showing none, as before they were found.
    assert regions and all(r.source == "photo_like" for r in regions)


def test_a_picture_on_its_own_is_still_a_portrait_sized_picture() -> None:
    page, centres = _page_with_disks(1)
    regions = photo_like_regions(page, GLYPH)
    (cx, cy), (region,) = centres[0], regions
    assert _covers(region.bbox(), cx, cy)
    assert region.source == "portrait_like"


def test_verification_counts_a_piece_left_visible() -> None:
    page, centres = _page_with_disks(5)
    redacted = page.copy()
    for cx, cy in centres[:-1]:
        redacted[cy - RADIUS - 5 : cy + RADIUS + 5, cx - RADIUS - 5 : cx + RADIUS + 5] = 0
    (cx, cy) = centres[-1]
    left = unmasked_photos(page, redacted, GLYPH)
    # The last disk, left as it was, is a picture: in a group of no picture's shape it went unseen.
    assert any(b.x0 <= cx <= b.x1 and b.y0 <= cy <= b.y1 for b in left)
    redacted[cy - RADIUS - 5 : cy + RADIUS + 5, cx - RADIUS - 5 : cx + RADIUS + 5] = 0
    assert not unmasked_photos(page, redacted, GLYPH)
