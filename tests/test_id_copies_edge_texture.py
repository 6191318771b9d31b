"""Verification tells a portrait left visible from what only looks like one to it (issue 13): the edge of a card against
the desk is no copy of the portrait (``verify.uncovered_copies``), while a real copy of the portrait left visible,
even one touching the card's edge, still refuses the copy.

Pages come from the tuning generators (``synthetic/id_variants_ghosts`` photocopied, as ``bench_id_photocopy`` makes
them), made in the test; the held-out family is never used."""

from __future__ import annotations

import random

import cv2
import numpy as np
import pytest

from afscherm.redactors.id_copies import verify
from afscherm.redactors.id_copies.verify import uncovered_copies
from synthetic.id_images import decode_pages
from synthetic.id_variants_ghosts import generate_release_variant
from synthetic.id_variants_photocopy import photocopied


def _photocopy(index: int, seed: int) -> tuple[np.ndarray, dict[str, tuple[int, int, int, int]]]:
    """``bench_id_photocopy``'s page ``index`` (a Dutch card with its ghost on the front), grey, and its truth boxes."""
    _, data, truth = generate_release_variant(index, seed, kind="nl_td1", case="ghost_anywhere")
    img = photocopied(decode_pages(data)[0], random.Random(f"photocopy-{seed}-{index}"))
    boxes = {}
    for r in truth["pages"][0]["regions"]:
        (x0, y0), (x1, y1) = np.array(r["polygon"]).min(0), np.array(r["polygon"]).max(0)
        boxes.setdefault(r["type"], (int(x0), int(y0), int(np.ceil(x1)), int(np.ceil(y1))))
    return cv2.cvtColor(img, cv2.COLOR_RGB2GRAY), boxes


def _card_bottom(gray: np.ndarray, x: int) -> int:
    """The row where the (white) card ends above the (grey) desk, in column ``x``."""
    column = gray[:, x].astype(int)
    return int(np.nonzero(column[: len(column) * 19 // 20] > 200)[0].max())


def _blacked(gray: np.ndarray, boxes: list[tuple[int, int, int, int]]) -> np.ndarray:
    out = gray.copy()
    for x0, y0, x1, y1 in boxes:
        out[y0:y1, x0:x1] = 0
    return out


def _overlaps(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and a[2] > b[0] and a[1] < b[3] and a[3] > b[1]


@pytest.fixture(scope="module")
def page() -> tuple[np.ndarray, dict[str, tuple[int, int, int, int]], tuple[float, float, float, float]]:
    """Photocopy page 0 of seed 611 (its ghost sits by the card's bottom edge) and a ghost's zone reaching past that
    edge onto the desk, as the finder draws it there."""
    gray, boxes = _photocopy(0, 611)
    gx0, gy0, gx1, gy1 = boxes["ghost_photo"]
    # Grown by a sixth of its width (by a tenth below: the card ends there), as the finder's zone was on this page.
    pad = 0.17 * (gx1 - gx0)
    zone = (gx0 - pad, gy0 - pad, gx1 + pad, gy1 + 0.1 * (gx1 - gx0))
    assert gy1 < _card_bottom(gray, (gx0 + gx1) // 2) < zone[3], "the premise: the zone reaches past the card's edge"
    return gray, boxes, zone


def test_the_card_edge_against_the_desk_is_no_copy_of_a_zone_reaching_onto_it(
    page: tuple[np.ndarray, dict, tuple[float, float, float, float]], monkeypatch: pytest.MonkeyPatch
) -> None:
    gray, boxes, zone = page
    redacted = _blacked(gray, [boxes["photo"], tuple(int(v) for v in zone)])
    assert uncovered_copies(gray, redacted, [zone]) == []
    # The premise: without the rule, places along the card's edge match the zone (its strip of desk) and are refused.
    monkeypatch.setattr(verify, "straight_edge_only", lambda place: False)
    found = uncovered_copies(gray, redacted, [zone])
    assert found
    for x0, y0, x1, y1 in found:  # each ends where the card does, as the zone
        assert abs(y1 - _card_bottom(gray, int(x0 + x1) // 2)) <= 0.1 * (y1 - y0)


def test_a_copy_of_the_portrait_left_at_the_card_edge_still_refuses(
    page: tuple[np.ndarray, dict, tuple[float, float, float, float]],
) -> None:
    """A smaller copy of the portrait printed where the card meets the desk (its lower rows on the desk) is found
    and refused, with the same zone among the templates."""
    gray, boxes, zone = page
    px0, py0, px1, py1 = boxes["photo"]
    w = (px1 - px0) * 2 // 5
    h = w * (py1 - py0) // (px1 - px0)
    copy = cv2.resize(gray[py0:py1, px0:px1], (w, h), interpolation=cv2.INTER_AREA)
    x = (px1 + boxes["ghost_photo"][0]) // 2 - w // 2  # between the portrait and the ghost
    bottom = _card_bottom(gray, x + w // 2)
    y = bottom - h + h // 8  # an eighth of it over the card's edge
    printed = gray.copy()
    printed[y : y + h, x : x + w] = copy
    redacted = _blacked(printed, [boxes["photo"], tuple(int(v) for v in zone)])
    found = uncovered_copies(printed, redacted, [boxes["photo"], zone])
    assert any(_overlaps(b, (x, y, x + w, y + h)) for b in found)
    # Blacked out, it is no longer refused (and nothing else is).
    assert uncovered_copies(printed, _blacked(redacted, [(x, y, x + w, y + h)]), [boxes["photo"], zone]) == []
