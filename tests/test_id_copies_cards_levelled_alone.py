"""A tilted card beside another at its own angle is read levelled alone (issue 13, fail closed).

Tuning family3 seed 98 page 20: a German card's front at -11.9 deg and its back at 3.6 deg side by side on an A4 scan.
The page's skew is the back's (4.0), so the page levelled left the front tilted, and its number 'L91MMNNV8' was read
by no pass: refused 'without its document number'. Each card on the white paper is now levelled by its own skew and
read alone when the page levelled found no number (``api._card_levelled_numbers``); the number is boxed as it lies, and
the card levelled is read again with the boxes painted out before the number counts.
"""

from __future__ import annotations

import json

import cv2
import numpy as np
import pytest

from afscherm.detectors.analyzer import default_analyzer
from afscherm.redactors.id_copies import IdCopyPolicy, api, redact_id_copy
from synthetic.id_family3.plan import Upload, write_upload
from synthetic.id_images import decode_pages
from tests.id_compose import covered

BLACKED = ("document_number", "bsn", "mrz_band", "mrz_line", "photo", "ghost_photo")


@pytest.fixture(scope="module")
def analyzer():  # noqa: ANN201
    return default_analyzer()


@pytest.fixture(scope="module")
def upload(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, dict]:
    out = tmp_path_factory.mktemp("cards")
    row = write_upload(Upload(20, "de_id_card", "tilted"), out, 98, 4.0)
    truth = json.loads((out / str(row["truth"])).read_text())
    return (out / str(row["file"])).read_bytes(), truth


def _front_number(truth: dict) -> np.ndarray:
    return np.array(next(e["polygon"] for e in truth["elements"] if e["type"] == "document_number"))


def test_each_card_is_levelled_by_its_own_skew(analyzer, upload: tuple[bytes, dict]) -> None:  # noqa: ANN001
    data, truth = upload
    assert truth["capture"]["tilts_deg"] == [-11.86, 3.61]  # the premise: the page drawn as it was
    page = decode_pages(data)[0]
    gray = cv2.cvtColor(page, cv2.COLOR_RGB2GRAY)
    policy = IdCopyPolicy()
    # The page levelled by its own skew (the back's) finds no number: the front stays tilted.
    assert not api._has_document_number(api._levelled_numbers(page, gray, [], policy, analyzer, api.Values(), []))
    found = api._card_levelled_numbers(page, gray, [], policy, analyzer, api.Values(), [])
    (x0, y0), (x1, y1) = _front_number(truth).min(axis=0), _front_number(truth).max(axis=0)
    assert any(r.type == "document_number" and _overlap(r.bbox(), (x0, y0, x1, y1)) > 0.8 for r in found), [
        (r.type, r.bbox()) for r in found
    ]


def _overlap(box: tuple[float, float, float, float], target: tuple[float, float, float, float]) -> float:
    """The share of ``target`` (x0, y0, x1, y1) that ``box`` covers."""
    w = max(0.0, min(box[2], target[2]) - max(box[0], target[0]))
    h = max(0.0, min(box[3], target[3]) - max(box[1], target[1]))
    return w * h / ((target[2] - target[0]) * (target[3] - target[1]))


def test_a_front_tilted_beside_its_back_is_released_with_its_number_black(
    analyzer,  # noqa: ANN001
    upload: tuple[bytes, dict],
) -> None:
    data, truth = upload
    result = redact_id_copy(data, IdCopyPolicy(), analyzer)
    assert result.released, result.reasons
    out = decode_pages(result.data)[0]
    for e in truth["elements"]:
        if e["type"] in BLACKED:
            assert covered(out, e["polygon"]) >= 0.95, e["type"]
