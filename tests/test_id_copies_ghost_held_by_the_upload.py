"""Verification's search for a copy of the portrait on the copy checked (``face.held_copies``): a place counts where
the upload holds the copy too (the boxes' paint is no print), and where it scores near the best copy of the portrait
on the upload (a template a fifth of the portrait's size matches a bold date's glyphs at 0.75). Drawn pages; and
tuning family4's passport spread (seed 1, upload 2) whose boxes' paint beside the fold's shadow matched its drawn
portrait: refused before for 'ghost portrait still detected', released now with its photo, ghost and numbers black."""

from __future__ import annotations

import json
from pathlib import Path

import cv2
import numpy as np
import pytest

from afscherm.detectors.analyzer import default_analyzer
from afscherm.redactors.id_copies import IdCopyPolicy, redact_id_copy
from afscherm.redactors.id_copies.face import ghost_copies, held_copies
from synthetic.id_images import decode_pages
from tests.id_compose import covered

FACE = (100.0, 100.0, 120.0, 120.0)


@pytest.fixture(scope="module")
def analyzer():  # noqa: ANN201
    return default_analyzer()  # x, y, w, h of the portrait's face on the pages below


def _face(size: int) -> np.ndarray:
    """A drawn face: hair, an oval, eyes, nose and mouth, with some texture."""
    rng = np.random.default_rng(3)
    img = np.full((size, size), 200, np.uint8)
    cv2.ellipse(img, (size // 2, size // 2), (size * 3 // 8, size * 9 // 20), 0, 0, 360, 150, -1)
    cv2.ellipse(img, (size // 2, size // 4), (size * 2 // 5, size // 5), 0, 180, 360, 40, -1)
    for ex in (0.38, 0.62):
        cv2.circle(img, (int(ex * size), int(0.45 * size)), max(2, size // 16), 20, -1)
    cv2.line(img, (size // 2, int(0.5 * size)), (size // 2 - 3, int(0.62 * size)), 90, 2)
    cv2.line(img, (int(0.4 * size), int(0.72 * size)), (int(0.6 * size), int(0.72 * size)), 60, 3)
    return np.clip(img.astype(int) + rng.integers(-6, 7, img.shape), 0, 255).astype(np.uint8)


def _page(copies: list[tuple[int, int, float]]) -> np.ndarray:
    """A light page with the portrait at FACE and copies of it (x, y, contrast) at a third of its size."""
    page = np.full((600, 900), 235, np.uint8)
    x, y, w, _ = (int(v) for v in FACE)
    m = int(0.15 * w)
    page[y - m : y + w + m, x - m : x + w + m] = _face(w + 2 * m)
    for cx, cy, contrast in copies:
        small = cv2.resize(_face(w + 2 * m), None, fx=0.35, fy=0.35, interpolation=cv2.INTER_AREA)
        faint = (235 - contrast * (235 - small.astype(float))).astype(np.uint8)
        page[cy : cy + small.shape[0], cx : cx + small.shape[1]] = faint
    return page


def test_a_copy_only_the_checked_copy_shows_is_no_ghost() -> None:
    upload = _page([])
    checked = _page([(600, 300, 1.0)])  # (a shape the boxes' paint made, nowhere on the upload)
    assert ghost_copies(upload, FACE, checked)  # the search of the copy alone sees it
    assert held_copies(upload, FACE, checked) == []


def test_a_copy_the_upload_holds_too_is_found() -> None:
    both = _page([(600, 300, 0.6)])
    found = held_copies(both, FACE, both)
    assert any(580 <= x <= 640 and 280 <= y <= 340 for x, y, _, _ in found)


def test_a_place_well_below_the_portrait_s_best_copy_is_none() -> None:
    upload = _page([(600, 300, 1.0)])
    w = 42  # a flat oval under a band of hair, no eyes, nose or mouth: a guilloche's blob, a shadow's shape
    blob = np.full((w, w), 235, np.uint8)
    cv2.ellipse(blob, (w // 2, w // 2), (w * 3 // 8, w * 9 // 20), 0, 0, 360, 181, -1)
    cv2.ellipse(blob, (w // 2, w // 4), (w * 2 // 5, w // 5), 0, 180, 360, 145, -1)
    upload[400 : 400 + w, 300 : 300 + w] = blob
    checked = upload.copy()
    checked[290:360, 590:660] = 235  # the ghost, boxed: painted in the paper's tone
    assert ghost_copies(upload, FACE, checked)  # the blob correlates with the portrait's shape
    assert held_copies(upload, FACE, checked) == []  # far below the ghost's score on the upload


def test_family4_passport_spread_painted_fields_are_no_ghost(tmp_path: Path, analyzer) -> None:  # noqa: ANN001
    from synthetic.id_family4.plan import write

    write(tmp_path, 3, 1, 4.0)
    truth_path = next(tmp_path.glob("002_*.json"))
    truth = json.loads(truth_path.read_text())
    upload = next(p for p in tmp_path.glob("002_*") if p.suffix != ".json")
    result = redact_id_copy(upload.read_bytes(), IdCopyPolicy(), analyzer)
    assert result.released, result.reasons
    page = decode_pages(result.data)[0]
    for element in truth["elements"]:
        if element["type"] in ("photo", "ghost_photo", "document_number", "mrz_band", "bsn", "personal_number"):
            assert covered(page, element["polygon"]) >= 0.95, element["type"]
