"""Verification reads the page, levelled at the band's scale, only where it is printed (``face.content_box``): a small
card on a large scan is the whole page enlarged, and tesseract's sparse-text reading of that much blank paper, its
grain thresholded into speckle, ran past its 120 s deadline (fresh tuning family3 seed 82 page 1, a German card's back
on A4). Pages drawn here: a tuning card on a large sheet of grainy paper."""

from __future__ import annotations

import numpy as np
import pytest

from afscherm.redactors.id_copies import IdCopyPolicy, api, redact_id_copy
from tests.id_compose import card, compose, png


@pytest.fixture(scope="module")
def analyzer():  # noqa: ANN201
    from afscherm.detectors.analyzer import default_analyzer

    return default_analyzer()


def test_verification_reads_the_print_not_the_blank_paper_around_it(analyzer, monkeypatch) -> None:  # noqa: ANN001
    front, regions, _ = card(0, kind="td1", width=500)
    page, _ = compose([(front, regions)], paper=(1700, 2300))
    grain = np.random.default_rng(3).normal(0, 3, page.shape[:2])[..., None]
    page = np.clip(page.astype(float) + grain, 0, 255).astype(np.uint8)
    read: list[tuple[int, int]] = []
    tesseract = api.tesseract

    def recorded(view: np.ndarray, lang: str, psm: int, whitelist: str | None = None) -> list:
        if psm == 11:
            read.append(view.shape[:2])
        return tesseract(view, lang, psm, whitelist)

    monkeypatch.setattr(api, "tesseract", recorded)
    redact_id_copy(png(page), IdCopyPolicy(), analyzer)
    # The finder reads the whole page at the band's scale first (its own reading, the card unredacted); verification's
    # reading, the last, is of the print only: well under half of that.
    assert len(read) >= 2, read
    whole = max(h * w for h, w in read)
    assert read[-1][0] * read[-1][1] < 0.5 * whole, read
