"""A page already refused is not checked further (issue 13, speed): later checks can only add reasons to refuse it.

The finder's refusal skips verification, and verification stops at its first problem, unless ``all_reasons`` asks
for every reason. Pages are tuning cards (``synthetic/id_images`` via ``tests.id_compose``): one with its ghost
portrait painted out and printed in grey (the finder refuses it: 'ghost portrait not found on a greyscale front'; in
colour, ``ghost_cover`` now accepts an unnamed ghost when nothing picture-like is left), and one given no boxes at
all by a person (verification refuses it for several things left visible).
"""

from __future__ import annotations

import numpy as np
import pytest

from afscherm.detectors.analyzer import default_analyzer
from afscherm.redactors.id_copies import IdCopyPolicy, api, redact_id_copy
from tests.id_compose import card, png

NO_GHOST = "ghost portrait not found on a greyscale front: cannot verify it is covered"


@pytest.fixture(scope="module")
def analyzer():  # noqa: ANN201
    return default_analyzer()


def _without_ghost(page: np.ndarray, polygon: list[list[float]]) -> np.ndarray:
    """``page`` with the ghost's polygon (grown by 4 px) filled in the paper's tone just left of it."""
    pts = np.array(polygon, float)
    x0, y0 = (pts.min(0) - 4).astype(int)
    x1, y1 = (pts.max(0) + 4).astype(int)
    out = page.copy()
    out[y0:y1, x0:x1] = np.median(page[y0:y1, max(0, x0 - 12) : x0 - 2].reshape(-1, 3), axis=0).astype(np.uint8)
    return out


def _grey(page: np.ndarray) -> np.ndarray:
    """``page`` as a greyscale photocopy prints it: the three channels equal."""
    return np.repeat(page.mean(axis=2, keepdims=True), 3, axis=2).astype(np.uint8)


def test_a_page_the_finder_refuses_is_refused_unverified_with_the_same_boxes(analyzer, monkeypatch) -> None:  # noqa: ANN001
    page, regions, _ = card(0, kind="td1", width=1100)
    data = png(_grey(_without_ghost(page, next(r for r in regions if r["type"] == "ghost_photo")["polygon"])))
    runs: list[int] = []
    verify = api._verify

    def counted(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        runs.append(1)
        return verify(*args, **kwargs)

    monkeypatch.setattr(api, "_verify", counted)
    quick = redact_id_copy(data, IdCopyPolicy(), analyzer)
    assert not quick.released and quick.data is None
    assert any(NO_GHOST in r for r in quick.reasons)
    assert runs == []
    assert quick.preview is not None  # a person can still correct the proposed boxes
    full = redact_id_copy(data, IdCopyPolicy(all_reasons=True), analyzer)
    assert runs == [1]
    assert not full.released
    assert set(quick.reasons) <= set(full.reasons)  # only verification's own reasons are left out
    assert [p["boxes"] for p in quick.report()["pages"]] == [p["boxes"] for p in full.report()["pages"]]


def test_a_page_the_finder_accepts_is_still_verified(analyzer, monkeypatch) -> None:  # noqa: ANN001
    page, _, _ = card(0, kind="td1", width=1100)
    runs: list[int] = []
    verify = api._verify

    def refusing(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        runs.append(1)
        return [*verify(*args, **kwargs), "refused by the test's verification"]

    monkeypatch.setattr(api, "_verify", refusing)
    result = redact_id_copy(png(page), IdCopyPolicy(), analyzer)
    assert runs == [1]
    assert not result.released
    assert any("refused by the test's verification" in r for r in result.reasons)


def test_verification_stops_at_its_first_problem_unless_every_reason_is_asked_for(analyzer) -> None:  # noqa: ANN001
    page, _, _ = card(0, kind="td1", width=1100)
    data = png(page)
    # A person's boxes that black out nothing: the MRZ, the numbers, the portrait and its ghost are all left visible.
    first = redact_id_copy(data, IdCopyPolicy(), analyzer, boxes={1: []})
    every = redact_id_copy(data, IdCopyPolicy(all_reasons=True), analyzer, boxes={1: []})
    assert not first.released and first.data is None
    assert not every.released and every.data is None
    assert len(first.reasons) == 1
    assert len(every.reasons) > 1
    assert set(first.reasons) <= set(every.reasons)
