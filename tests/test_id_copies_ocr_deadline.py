"""A tesseract reading that runs past its deadline is an error, never a (half) reading: the copy is quarantined.

Some pages make tesseract's sparse-text mode run for minutes in one call (a German card back read at 8 Mpx took over
200 CPU-s); the in-process reading had no limit while the ``tesseract`` program had 120 s. Here the deadline is made
tiny so that any real reading runs past it."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from afscherm.detectors.analyzer import default_analyzer
from afscherm.redactors.id_copies import IdCopyPolicy, ocr, redact_id_copy
from tests.id_compose import card, png


def _printed(text: str) -> np.ndarray:
    page = np.full((120, 900), 255, np.uint8)
    cv2.putText(page, text, (20, 80), cv2.FONT_HERSHEY_SIMPLEX, 1.6, 0, 3, cv2.LINE_AA)
    return page


def test_a_reading_within_its_deadline_returns_the_words() -> None:
    words = ocr.tesseract(_printed("KLANTNUMMER 4821"), "nld", 6)
    assert any("4821" in w.text for w in words)


def test_a_reading_past_its_deadline_raises_instead_of_returning_what_it_read(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(ocr, "READ_DEADLINE_S", 0.0005)
    with pytest.raises(ocr.OcrError, match="timed out"):
        ocr.tesseract(_printed("POSTBUS 7310 AMERSFOORT"), "nld", 6)


def test_a_copy_whose_reading_runs_past_its_deadline_is_quarantined_with_the_reason(monkeypatch) -> None:  # noqa: ANN001
    page, _, _ = card(3, kind="td1", width=900)
    monkeypatch.setattr(ocr, "READ_DEADLINE_S", 0.0005)
    result = redact_id_copy(png(page), IdCopyPolicy(), default_analyzer())
    assert not result.released
    assert result.data is None
    assert any("timed out" in r for r in result.reasons)
