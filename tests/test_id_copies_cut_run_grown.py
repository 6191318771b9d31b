"""A number a box cut is boxed whole and verified again (issue 13; ``api._redact_upright``, ``cut_runs.grown_boxes``).

Verification refuses a copy whose box ends inside a number ("number cut by a box, part of it left visible"); the run of
print it read there is where the number lies, so the redactor boxes that run whole (at its own angle), paints the copy
again and verifies all of it again; a second refusal stands (fail closed). The finder is replaced by boxes given here
(the page is drawn: pale paper, a label and a number on a line, other lines of text; no generator is used)."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from afscherm.redactors.id_copies import IdCopyPolicy, api, cut_runs
from afscherm.redactors.id_copies.boxes import Region, rect
from afscherm.redactors.id_copies.fields import Values
from tests.test_id_copies_cut_runs import _page as drawn_page

CUT = "number cut by a box, part of it left visible"


class _NoAnalyzer:
    """Verification's text checks without the recognisers: the shapes and digit runs they test stand alone."""

    def analyze_one(self, text: str, entities: list[str]) -> list[object]:
        return []


def _page(tilt: float = 0.0) -> tuple[np.ndarray, np.ndarray]:
    """The page of tests/test_id_copies_cut_runs.py (a label and the number on one line, lines of text above and
    below), in RGB; and the number's outline as drawn (four corners, page pixels, turned with the page by ``tilt``
    degrees about its centre)."""
    page, _, (x0, y0, x1, y1) = drawn_page(tilt)
    outline = np.array([[x0, y0 - 1], [x1, y0 - 1], [x1, y1 + 1], [x0, y1 + 1]], np.float64)
    if tilt:
        outline = np.hstack([outline, np.ones((4, 1))]) @ cv2.getRotationMatrix2D((450, 250), tilt, 1.0).T
    return cv2.cvtColor(page, cv2.COLOR_GRAY2RGB), outline


def _redacted(
    monkeypatch: pytest.MonkeyPatch, page: np.ndarray, regions: list[Region]
) -> tuple[np.ndarray, api.PageResult]:
    """The copy of ``page`` and its result when the finder found ``regions`` (no document required)."""
    monkeypatch.setattr(api, "_find", lambda *a, **k: (list(regions), Values(), []))
    policy = IdCopyPolicy(require_document=False, require_ghost=False)
    return api._redact_upright(page, policy, _NoAnalyzer(), api._Clock())


def _black(copy: np.ndarray, outline: np.ndarray) -> float:
    """The share of the number's outline that is black in ``copy`` (every channel <= 24, as the benches count)."""
    mask = np.zeros(copy.shape[:2], np.uint8)
    cv2.fillPoly(mask, [np.round(outline).astype(np.int32)], 1)
    return float((np.all(copy <= 24, axis=2) & (mask > 0)).sum() / mask.sum())


def _cut_box(outline: np.ndarray) -> Region:
    """An upright box over the number from its fourth character on, as a box drawn from OCR's '9310057-49' would be."""
    x0, y0 = outline.min(axis=0)
    x1, y1 = outline.max(axis=0)
    return rect("bsn", "shape", x0 + (x1 - x0) * 3 / 14, y0 - 6, x1 + 6, y1 + 6)


def test_a_number_a_box_cuts_is_boxed_whole_and_released(monkeypatch: pytest.MonkeyPatch) -> None:
    page, outline = _page()
    copy, result = _redacted(monkeypatch, page, [_cut_box(outline)])
    assert result.problems == []
    assert _black(copy, outline) >= 0.99
    assert any(r.source == api.CUT_RUN for r in result.regions)


def test_a_tilted_number_under_an_upright_box_is_boxed_along_its_line(monkeypatch: pytest.MonkeyPatch) -> None:
    page, outline = _page(11.0)
    # An upright box (a portrait's) from well above to well below the number, over its left two thirds.
    x0, x1 = outline[:, 0].min(), outline[:, 0].max()
    copy, result = _redacted(monkeypatch, page, [rect("photo", "face", 60, 120, x0 + 2 * (x1 - x0) / 3, 400)])
    assert result.problems == []
    assert _black(copy, outline) >= 0.99
    # The grown box runs with the number (turned), not an upright box over the tilted number's whole height.
    grown = next(r for r in result.regions if r.source == api.CUT_RUN)
    (_, _), (w, h), angle = cv2.minAreaRect(np.array(grown.polygon, np.float32))
    assert min(abs(angle % 90 - 11.0), abs(angle % 90 - 79.0)) < 2.0  # the line's 11 deg, either side up
    assert min(w, h) < 40


def test_a_grown_box_that_still_cuts_the_number_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    # A grown box a glyph short at either end (as a run found short would be) is verified again, and refused again.
    monkeypatch.setattr(cut_runs, "RUN_GROW_ALONG", -1.5)
    page, outline = _page()
    copy, result = _redacted(monkeypatch, page, [_cut_box(outline)])
    assert any(p.startswith(CUT) for p in result.problems)
    assert _black(copy, outline) < 0.95


def test_a_run_too_long_to_be_a_number_is_not_boxed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cut_runs, "RUN_GROW_MAX", 5.0)  # glyph heights: the number's run (about 13) is longer
    page, outline = _page()
    _, result = _redacted(monkeypatch, page, [_cut_box(outline)])
    assert any(p.startswith(CUT) for p in result.problems)
    assert not any(r.source == api.CUT_RUN for r in result.regions)
