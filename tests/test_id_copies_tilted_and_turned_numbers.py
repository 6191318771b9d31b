"""Two pages the redactor released unsafe (issue 13, fail closed), drawn again by the tuning family3 generator.

- Seed 58 page 8: a Dutch card's two sides at 12.6 and 8.9 deg. Tesseract reads a line tilted so as noise: the front's
  number 'JQZ2PKDZ6' was found by no reading and read by no check, and the copy was released with it 1 % black.
  Verification now reads a tilted copy levelled too (``api._levelled_left``) and boxes what it finds there.
- Seed 45 page 18: a Belgian card and a residence permit on one small page; the permit's red number printed turned
  along its edge was no turned line at the glyph heights the page was searched at, and was released 61 % black.
"""

from __future__ import annotations

import json
from pathlib import Path

import cv2
import numpy as np
import pytest

from afscherm.detectors.analyzer import default_analyzer
from afscherm.redactors.id_copies import IdCopyPolicy, api, redact_id_copy
from afscherm.redactors.id_copies.turned import turned_lines
from synthetic.id_family3.plan import Upload, write_upload
from synthetic.id_images import decode_pages
from tests.id_compose import covered

BLACKED = ("document_number", "bsn", "mrz_band", "mrz_line", "photo", "ghost_photo")


@pytest.fixture(scope="module")
def analyzer():  # noqa: ANN201
    return default_analyzer()


def _upload(tmp_path: Path, upload: Upload, seed: int) -> tuple[bytes, dict]:
    row = write_upload(upload, tmp_path, seed, 4.0)
    truth = json.loads((tmp_path / str(row["truth"])).read_text())
    return (tmp_path / str(row["file"])).read_bytes(), truth


def _gray(data: bytes) -> np.ndarray:
    return cv2.cvtColor(decode_pages(data)[0], cv2.COLOR_RGB2GRAY)


def _numbers(truth: dict) -> list[list[list[float]]]:
    return [e["polygon"] for e in truth["elements"] if e["type"] == "document_number"]


def test_a_tilted_front_s_number_is_never_released_readable(analyzer, tmp_path: Path) -> None:  # noqa: ANN001
    data, truth = _upload(tmp_path, Upload(8, "nl_id_card", "tilted"), 58)
    assert truth["capture"]["tilts_deg"] == [12.6, 8.9]  # the premise: the page drawn as it was
    result = redact_id_copy(data, IdCopyPolicy(), analyzer)
    assert result.released, result.reasons  # released now, with its number boxed from the levelled reading
    out = decode_pages(result.data)[0]
    for e in truth["elements"]:
        if e["type"] in BLACKED:
            assert covered(out, e["polygon"]) >= 0.95, e["type"]


def test_a_tilted_copy_with_a_number_left_is_refused_by_the_levelled_reading(
    analyzer,  # noqa: ANN001
    tmp_path: Path,
) -> None:
    data, truth = _upload(tmp_path, Upload(8, "nl_id_card", "tilted"), 58)
    gray = _gray(data)
    plain_number = min(_numbers(truth), key=lambda p: np.ptp(np.array(p)[:, 1]))  # the one printed across
    found: list = []
    problems = api._levelled_left(gray, gray, IdCopyPolicy(), analyzer, api.Values(), found)
    assert problems == [api.LEVELLED_REASON]
    # What it hands back to be boxed covers the number that was left readable.
    x0, y0 = np.array(plain_number).min(axis=0)
    x1, y1 = np.array(plain_number).max(axis=0)
    assert any(
        r.type == "document_number"
        and r.bbox()[0] <= x0
        and r.bbox()[1] <= y0
        and r.bbox()[2] >= x1
        and r.bbox()[3] >= y1
        for r in found
    )


def test_a_red_turned_number_on_a_pale_tint_is_a_turned_line(tmp_path: Path) -> None:
    data, truth = _upload(tmp_path, Upload(18, "be_id_card", "two_documents"), 45)
    turned = [np.array(p) for p in _numbers(truth) if np.ptp(np.array(p)[:, 1]) > 3 * np.ptp(np.array(p)[:, 0])]
    assert len(turned) == 1  # the premise: the permit's number along its edge
    (x0, y0), (x1, y1) = turned[0].min(axis=0), turned[0].max(axis=0)
    # 13 px: the glyph height the redactor measured that page by.
    lines = turned_lines(_gray(data), 13.0)
    assert any(x0 <= line.centre[0] <= x1 and y0 <= line.centre[1] <= y1 for line in lines)


def test_a_turned_number_on_a_residence_permit_is_never_released_readable(analyzer, tmp_path: Path) -> None:  # noqa: ANN001
    data, truth = _upload(tmp_path, Upload(18, "be_id_card", "two_documents"), 45)
    result = redact_id_copy(data, IdCopyPolicy(), analyzer)
    assert result.released, result.reasons
    out = decode_pages(result.data)[0]
    for e in truth["elements"]:
        if e["type"] in BLACKED:
            assert covered(out, e["polygon"]) >= 0.95, e["type"]


def test_a_perforated_number_wider_than_the_text_is_a_turned_line(tmp_path: Path) -> None:
    # The battery of 2021 passports (synthetic/id_passports) seed 1 page 11: the number perforated through to the
    # facing page as a grid of large holes, 1.81 of the text's glyphs across (TURNED_ACROSS allows 1.8).
    from synthetic.id_passports import write_upload as write_passport

    row = write_passport(tmp_path, 11, 1)
    truth = json.loads((tmp_path / str(row["truth"])).read_text())
    data = (tmp_path / str(row["file"])).read_bytes()
    perforated = [np.array(e["polygon"]) for e in truth["elements"] if e.get("copy") == "perforated"]
    assert len(perforated) == 2  # the premise: the data page's copy and the facing page's
    gray = _gray(data)
    lines = turned_lines(gray, 16.1)  # the glyph height the page is measured by
    for polygon in perforated:
        (x0, y0), (x1, y1) = polygon.min(axis=0), polygon.max(axis=0)
        assert any(x0 <= line.centre[0] <= x1 and y0 <= line.centre[1] <= y1 for line in lines)
