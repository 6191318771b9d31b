"""Verification lets go of a piece of 'picture' that is only documents' edges on white paper
(``photo.flat_paper_edge``): a card pair scanned on A4, where a card's corner, the pale carrier it was cut from, its
dashed cut line and the paper meet, varies like a picture once the text is closed away. A portrait, a ghost, a textured
or dotted picture on the same paper are still refused. Pages: the tuning generator's
(``synthetic/id_variants_captures`` seed 811 page 10, a tilted card pair on A4) and drawn patches."""

from __future__ import annotations

import sys
from pathlib import Path

import cv2
import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from afscherm.redactors.id_copies import photo  # noqa: E402
from afscherm.redactors.id_copies.boxes import Region, black_out  # noqa: E402
from afscherm.redactors.id_copies.photo import (  # noqa: E402
    flat_paper_edge,
    glyph_height,
    photo_like_regions,
    unmasked_photos,
)
from synthetic.id_images import decode_pages  # noqa: E402
from synthetic.id_variants_captures import generate_capture_page  # noqa: E402


@pytest.fixture(scope="module")
def pair() -> tuple[np.ndarray, list[Region]]:
    _, data, truth = generate_capture_page(10, 811, fronts="plain")
    img = decode_pages(data)[0]
    gray = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY) if img.ndim == 3 else img
    regions = [Region(r["type"], "truth", tuple(map(tuple, r["polygon"]))) for r in truth["pages"][0]["regions"]]
    return gray, regions


def _overlaps(blob: photo.Blob, region: Region) -> bool:
    x0, y0, x1, y1 = region.bbox()
    return blob.x0 < x1 and blob.x1 > x0 and blob.y0 < y1 and blob.y1 > y0


def test_the_corners_of_a_card_pair_on_paper_are_no_picture(
    pair: tuple[np.ndarray, list[Region]], monkeypatch: pytest.MonkeyPatch
) -> None:
    gray, regions = pair
    # Every truth element black, and the pictures the finder boxes (the portrait's card margin around it), the MRZ
    # band left out of both as the finder and verification leave it out.
    mrz = [r for r in regions if r.type == "mrz"]
    glyph = glyph_height(gray, mrz)
    redacted = black_out(gray, regions + photo_like_regions(gray, glyph, mrz))
    assert unmasked_photos(gray, redacted, glyph, mrz) == []
    # The premise: without the rule the corners are refused, and none of them is on a truth element.
    monkeypatch.setattr(photo, "flat_paper_edge", lambda original, box, glyph: False)
    corners = unmasked_photos(gray, redacted, glyph, mrz)
    assert len(corners) >= 2
    assert not any(_overlaps(b, r) for b in corners for r in regions)


def test_a_portrait_or_ghost_left_on_that_page_is_still_refused(pair: tuple[np.ndarray, list[Region]]) -> None:
    gray, regions = pair
    for kind in ("photo", "ghost_photo"):
        (left,) = [r for r in regions if r.type == kind]
        redacted = black_out(gray, [r for r in regions if r.type != kind])
        assert any(_overlaps(b, left) for b in unmasked_photos(gray, redacted)), kind


def test_a_portrait_cut_by_its_box_is_judged_whole(pair: tuple[np.ndarray, list[Region]]) -> None:
    """A box over the portrait's right two thirds: the third left shows the portrait, refused."""
    gray, regions = pair
    (portrait,) = [r for r in regions if r.type == "photo"]
    x0, y0, x1, y1 = portrait.bbox()
    cut = Region("photo", "test", ((x0 + (x1 - x0) / 3, y0), (x1, y0), (x1, y1), (x0 + (x1 - x0) / 3, y1)))
    redacted = black_out(gray, [r for r in regions if r.type != "photo"] + [cut])
    assert any(_overlaps(b, portrait) for b in unmasked_photos(gray, redacted))


def _paper(size: int = 240) -> np.ndarray:
    rng = np.random.default_rng(11)
    return np.clip(250 + rng.normal(0, 1.0, (size, size)), 0, 255).astype(np.uint8)


def test_flat_tones_and_a_cut_line_on_paper_are_edges_only() -> None:
    page = _paper()
    page[60:, 60:] = 236  # the carrier
    page[100:, 100:] = 214  # the card
    for x in range(60, 240, 24):  # a dashed cut line along the carrier's top
        cv2.line(page, (x, 58), (x + 12, 58), 90, 2)
    assert flat_paper_edge(page, (0, 0, 240, 240), 20.0)


@pytest.mark.parametrize("picture", ["noise", "dots", "face", "gradient"])
def test_a_picture_on_paper_is_not_edges_only(picture: str) -> None:
    page = _paper()
    rng = np.random.default_rng(4)
    yy, xx = np.mgrid[0:160, 0:160]
    if picture == "noise":  # a desk's or a photo's texture
        patch = np.clip(190 + rng.normal(0, 12, (160, 160)), 0, 255)
    elif picture == "dots":  # a halftone print
        patch = np.where((xx % 6 < 3) & (yy % 6 < 3), 60, 230)
    elif picture == "face":  # a drawn face: shaded oval, eyes, mouth
        patch = np.full((160, 160), 215.0)
        cv2.ellipse(patch, (80, 80), (45, 60), 0, 0, 360, 170, -1)
        patch += 20 * np.sin(xx / 7.0) * np.cos(yy / 9.0) * ((xx - 80) ** 2 / 45**2 + (yy - 80) ** 2 / 60**2 < 1)
        for cx in (62, 98):
            cv2.circle(patch, (cx, 65), 6, 60, -1)
        cv2.ellipse(patch, (80, 110), (18, 7), 0, 0, 180, 80, 3)
    else:  # a portrait's soft backdrop
        patch = 150 + 0.5 * xx + 0.3 * yy
    page[40:200, 40:200] = np.clip(patch, 0, 255).astype(np.uint8)
    assert not flat_paper_edge(page, (0, 0, 240, 240), 20.0)


def test_no_white_paper_no_edges() -> None:
    """A card photographed on a grey desk: flat as it may be, there is no paper to be on."""
    page = np.full((240, 240), 180, np.uint8)
    page[100:, 100:] = 150
    assert not flat_paper_edge(page, (0, 0, 240, 240), 20.0)


def test_glyph_height_of_the_pair_is_the_text_size(pair: tuple[np.ndarray, list[Region]]) -> None:
    """The premise of the sizes above: the page's glyphs are tens of pixels high."""
    assert 15 < glyph_height(pair[0]) < 60
