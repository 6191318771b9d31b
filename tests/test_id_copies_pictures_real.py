"""Photo-like regions on pages drawn like real uploads (``synthetic/id_variants_pictures``): the desk around a
photographed card is no picture on it, while every portrait, ghost or face-like picture still counts.

Pages come from the tuning generators only, made in the test; the held-out family is never used."""

from __future__ import annotations

import random

import cv2
import numpy as np
import pytest

from afscherm.redactors.id_copies import photo
from afscherm.redactors.id_copies.boxes import black_out, rect
from afscherm.redactors.id_copies.photo import (
    Blob,
    _on_background,
    background,
    glyph_height,
    photo_like_regions,
    unmasked_photos,
)
from synthetic.id_images import decode_pages
from synthetic.id_variants import _photo
from synthetic.id_variants_pictures import generate_picture_variant


def _page(index: int, seed: int, desk: str) -> tuple[np.ndarray, dict[str, list[np.ndarray]]]:
    _, data, truth = generate_picture_variant(index, seed, desk=desk)
    regions: dict[str, list[np.ndarray]] = {}
    for r in truth["pages"][0]["regions"]:
        regions.setdefault(r["type"], []).append(np.array(r["polygon"], float))
    return cv2.cvtColor(decode_pages(data)[0], cv2.COLOR_RGB2GRAY), regions


def _inside(polygon: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    mask = np.zeros(shape[:2], np.uint8)
    cv2.fillPoly(mask, [np.round(polygon).astype(np.int32)], 1)
    return mask


def _share_on(blob: Blob, mask: np.ndarray) -> float:
    """The share of ``blob``'s box inside ``mask``."""
    return float(mask[int(blob.y0) : int(blob.y1) + 1, int(blob.x0) : int(blob.x1) + 1].mean())


def _touches(blob: Blob, polygon: np.ndarray) -> bool:
    (px0, py0), (px1, py1) = polygon.min(axis=0), polygon.max(axis=0)
    return blob.x0 < px1 and blob.x1 > px0 and blob.y0 < py1 and blob.y1 > py0


def _no_background(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rule switched off: no page has a background told apart."""
    monkeypatch.setattr(photo, "_background_of", lambda gray, glyph: photo._Background(1.0, glyph, None, None))


def _no_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    """The later safeguards switched off too: a merged group of no picture's shape is dropped whole, none of its parts
    kept (as before ``photo._pictures`` kept its picture-shaped parts)."""

    def groups_only(parts: list, g: float) -> list:
        return [
            [*group, False]
            for group in photo._merged(parts, photo.MERGE_GAP * g)
            if photo._picture_shaped(group[2] - group[0], group[3] - group[1], group[4], g)
        ]

    monkeypatch.setattr(photo, "_pictures", groups_only)
    # Nor is an area of no picture's shape split where it is thin (``photo._thin_split``, which keeps some too).
    monkeypatch.setattr(photo, "_thin_split", lambda labels, parts, pictures, g: [])


@pytest.mark.parametrize(("index", "desk"), [(1, "wood"), (5, "wood"), (6, "wood"), (7, "cloth")])
def test_the_desk_around_a_photographed_card_is_not_counted_as_a_picture(
    index: int, desk: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    gray, regions = _page(index, 9101, desk)
    on_card = _inside(regions["document"][0], gray.shape)
    left = unmasked_photos(gray, gray)  # nothing blacked out: every picture verification sees
    # The portrait still counts; every piece found lies mostly on the card.
    assert any(_touches(b, regions["photo"][0]) for b in left)
    assert all(_share_on(b, on_card) >= 0.5 for b in left)
    # The premise: without the rule, pieces of the textured desk are photo-like to verification's threshold.
    _no_background(monkeypatch)
    assert any(_share_on(b, on_card) < 0.5 for b in unmasked_photos(gray, gray))


@pytest.mark.parametrize(("index", "desk"), [(1, "wood"), (2, "cloth"), (7, "cloth"), (6, "dark")])
def test_a_portrait_near_the_card_edge_is_not_lost_in_the_desk(
    index: int, desk: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the desk taken out first, the portrait is a picture of its own; joined with a textured desk into one blob
    cut by the page's edge, it was dropped with the desk (fail open: the face cascade alone stood for it)."""
    gray, regions = _page(index, 9101, desk)
    assert any(_touches(b, regions["photo"][0]) for b in unmasked_photos(gray, gray))
    # The premise, with the picture-parts safeguard off as well (it now keeps some such portraits on its own).
    _no_background(monkeypatch)
    _no_pieces(monkeypatch)
    assert not any(_touches(b, regions["photo"][0]) for b in unmasked_photos(gray, gray))


def test_a_portrait_lying_on_the_desk_beside_the_card_still_counts() -> None:
    """A face on the desk (a passport photo beside the card) is never let go as background."""
    gray, regions = _page(0, 9101, "wood")
    on_card = _inside(regions["document"][0], gray.shape)
    h, w = gray.shape
    pw = int(0.07 * w)
    ph = int(pw * 1.3)
    m = int(0.03 * w)
    # A corner of the page clear of the card.
    x, y = next(
        (x, y)
        for x, y in ((m, m), (w - m - pw, m), (m, h - m - ph), (w - m - pw, h - m - ph))
        if not on_card[y - m : y + ph + m, x - m : x + pw + m].any()
    )
    photo = cv2.cvtColor(np.asarray(_photo(random.Random(3), pw, ph)), cv2.COLOR_RGB2GRAY)
    gray = gray.copy()
    gray[y : y + ph, x : x + pw] = photo
    box = np.array([[x, y], [x + pw, y], [x + pw, y + ph], [x, y + ph]], float)
    assert any(_touches(b, box) for b in unmasked_photos(gray, gray))
    # And the finder blacks it out.
    masked = black_out(cv2.cvtColor(gray, cv2.COLOR_GRAY2RGB), photo_like_regions(gray))
    assert (masked[y + ph // 4 : y + 3 * ph // 4, x + pw // 4 : x + 3 * pw // 4] == 0).mean() > 0.95


def test_a_card_cropped_at_its_edges_has_no_background() -> None:
    """No desk all round the card: nothing can be let go as background (a portrait may run to the card's edge)."""
    gray, regions = _page(0, 9101, "wood")
    (x0, y0), (x1, y1) = regions["document"][0].min(axis=0), regions["document"][0].max(axis=0)
    m = 0.08 * (x1 - x0)
    crop = np.ascontiguousarray(gray[int(y0 + m) : int(y1 - m), int(x0 + m) : int(x1 - m)])
    assert background(crop, glyph_height(crop)).background is None


def test_a_piece_beside_a_black_box_on_the_card_is_never_let_go() -> None:
    """A strip of picture between a box and the card's edge is a picture cut by its box, not desk."""
    gray, regions = _page(0, 9101, "wood")
    glyph = glyph_height(gray)
    card = regions["document"][0]
    # The middle of the card's left side (corners: top left, top right, bottom right, bottom left).
    ex, ey = (card[0] + card[3]) / 2
    piece = Blob(ex - 3 * glyph, ey - 1.5 * glyph, ex + 0.3 * glyph, ey + 1.5 * glyph, 0.0)
    assert _on_background(gray, gray, piece, glyph, {}), "the premise: a piece of desk at the card's edge"
    box = rect("photo", "test", ex + 0.3 * glyph, ey - 2 * glyph, ex + 4 * glyph, ey + 2 * glyph)
    redacted = cv2.cvtColor(black_out(cv2.cvtColor(gray, cv2.COLOR_GRAY2RGB), [box]), cv2.COLOR_RGB2GRAY)
    assert not _on_background(gray, redacted, piece, glyph, {})
    # A box on the desk itself changes nothing.
    desk_box = rect("photo", "test", ex - 8 * glyph, ey - 2 * glyph, ex - 4 * glyph, ey + 2 * glyph)
    on_desk = cv2.cvtColor(black_out(cv2.cvtColor(gray, cv2.COLOR_GRAY2RGB), [desk_box]), cv2.COLOR_RGB2GRAY)
    assert _on_background(gray, on_desk, piece, glyph, {})
