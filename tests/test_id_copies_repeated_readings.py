"""The same pixels read by tesseract the same way twice are read once (issue 13, the small-image speed target): the
finder's whole-page reading is asked for again by ``api._numbers_read_again``, on the same page at the same width;
``ocr.tesseract`` keeps its last readings. The engine is stood in for: the tests are about how often it runs."""

from __future__ import annotations

import numpy as np
import pytest

from afscherm.redactors.id_copies import ocr

_TSV_ROW = "5\t1\t1\t1\t1\t1\t10\t20\t30\t12\t91.5\t{text}\n"


class _Engine:
    """Tesseract stood in for: each reading answers the next word of ``texts`` and is counted."""

    def __init__(self, *texts: str) -> None:
        self.texts, self.calls = list(texts), 0

    def tsv(self, gray: np.ndarray, lang: str, psm: int, whitelist: str | None) -> str:
        self.calls += 1
        return _TSV_ROW.format(text=self.texts[min(self.calls, len(self.texts)) - 1])


@pytest.fixture
def engine(monkeypatch: pytest.MonkeyPatch) -> _Engine:
    fake = _Engine("EERSTE", "TWEEDE", "DERDE")
    monkeypatch.setattr(ocr, "_api", lambda: fake)
    monkeypatch.setattr(ocr, "_recent", {})  # no reading of another test's pixels kept
    return fake


def _page(seed: int) -> np.ndarray:
    return np.random.default_rng(seed).integers(0, 256, (40, 60), dtype=np.uint8)


def test_same_pixels_read_the_same_way_are_read_once(engine: _Engine) -> None:
    page = _page(1)
    first = ocr.tesseract(page, "nld", 11)
    again = ocr.tesseract(page.copy(), "nld", 11)  # equal pixels in another array
    assert engine.calls == 1
    assert [w.text for w in again] == [w.text for w in first] == ["EERSTE"]
    assert (again[0].x0, again[0].y0, again[0].x1, again[0].y1, again[0].conf) == (10, 20, 40, 32, 91.5)


def test_other_pixels_or_another_way_are_read_anew(engine: _Engine) -> None:
    page = _page(2)
    ocr.tesseract(page, "nld", 11)
    other = page.copy()
    other[5, 5] ^= 1  # one grey level of one pixel
    assert [w.text for w in ocr.tesseract(other, "nld", 11)] == ["TWEEDE"]
    assert [w.text for w in ocr.tesseract(page, "eng", 6, ocr.MRZ_WHITELIST)] == ["DERDE"]
    assert engine.calls == 3


def test_a_kept_reading_is_not_changed_by_its_caller(engine: _Engine) -> None:
    page = _page(3)
    ocr.tesseract(page, "nld", 11).clear()
    assert [w.text for w in ocr.tesseract(page, "nld", 11)] == ["EERSTE"]


def test_only_the_last_readings_are_kept(engine: _Engine) -> None:
    for seed in range(ocr.RECENT_READINGS + 1):
        ocr.tesseract(_page(100 + seed), "nld", 11)
    assert len(ocr._recent) == ocr.RECENT_READINGS
    ocr.tesseract(_page(100), "nld", 11)  # the oldest, let go: read again
    assert engine.calls == ocr.RECENT_READINGS + 2
