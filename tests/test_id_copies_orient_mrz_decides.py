"""An MRZ band that reads as upright as the page lies decides the page's turn at once (issue 13, the small-image
speed target; ``orient.UPRIGHT_FILLERS``): its reading turned by 180 degrees and the band search of the page turned a
quarter are not done. A band reading fewer fillers, or one upside down, is read every way as before. The band search
and the band reading are stood in for: the tests are about what is asked, and the turn decided."""

from __future__ import annotations

import numpy as np
import pytest

from afscherm.redactors.id_copies import orient
from afscherm.redactors.id_copies.mrz_band import Band

_BAND = Band(center=(300.0, 350.0), length=500.0, thickness=60.0, angle=0.0, lines=2, line_height=20.0)


def _bands_reading(monkeypatch: pytest.MonkeyPatch, as_it_lies: int, turned_180: int) -> list[str]:
    """``orient._by_mrz`` on a page with one band reading ``as_it_lies`` fillers as found and ``turned_180`` turned by
    180° (a page of no band at a quarter turn); what it asked for, in order."""
    asked: list[str] = []

    def bands(view: np.ndarray) -> list[Band]:
        asked.append(f"bands {view.shape[1]}x{view.shape[0]}")
        return [_BAND] if view.shape[1] > view.shape[0] else []

    def fillers(view: np.ndarray, band: Band) -> int:
        flipped = band.center != _BAND.center
        asked.append("read turned 180" if flipped else "read as it lies")
        return turned_180 if flipped else as_it_lies

    monkeypatch.setattr(orient, "find_bands", bands)
    monkeypatch.setattr(orient, "mrz_fillers", fillers)
    return asked


def test_a_band_reading_upright_as_the_page_lies_decides_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _bands_reading(monkeypatch, as_it_lies=orient.UPRIGHT_FILLERS, turned_180=0)
    assert orient._by_mrz(np.full((500, 800), 200, np.uint8)) == 0
    assert asked == ["bands 800x500", "read as it lies"]


def test_a_band_reading_a_few_fillers_is_read_every_way(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _bands_reading(monkeypatch, as_it_lies=orient.UPRIGHT_FILLERS - 1, turned_180=0)
    assert orient._by_mrz(np.full((500, 800), 200, np.uint8)) == 0
    assert asked == ["bands 800x500", "read as it lies", "read turned 180", "bands 500x800"]


def test_a_band_upside_down_is_still_found_so(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _bands_reading(monkeypatch, as_it_lies=2, turned_180=orient.UPRIGHT_FILLERS + 10)
    assert orient._by_mrz(np.full((500, 800), 200, np.uint8)) == 180
    assert asked == ["bands 800x500", "read as it lies", "read turned 180", "bands 500x800"]
