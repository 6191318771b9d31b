"""A document number found only in the MRZ band, or read again but not the number the MRZ gave, is no printed number
found: a front whose printed number no pass read is never released with that number visible (``api._document_numbers``,
``api._not_the_mrz_number``)."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np  # noqa: E402
import pytest  # noqa: E402
from PIL import Image  # noqa: E402

from afscherm.detectors.analyzer import default_analyzer  # noqa: E402
from afscherm.redactors.id_copies import IdCopyPolicy, redact_id_copy  # noqa: E402
from afscherm.redactors.id_copies.api import (  # noqa: E402
    NUMBERED_BAND,
    _document_number_places,
    _has_document_number,
)
from afscherm.redactors.id_copies.boxes import Region  # noqa: E402
from synthetic.id_family3.plan import Upload, write_upload  # noqa: E402
from tests.id_compose import covered  # noqa: E402


@pytest.fixture(scope="module")
def analyzer():  # noqa: ANN201
    return default_analyzer()


def _no_number_left_visible(path: Path, truth: dict, analyzer) -> None:  # noqa: ANN001
    """The upload at ``path`` is refused for a document number, or released with every number of ``truth`` black."""
    result = redact_id_copy(path.read_bytes(), IdCopyPolicy(), analyzer)
    if result.released:
        page = np.asarray(Image.open(io.BytesIO(result.data)).convert("RGB"))
        numbers = [e for e in truth["elements"] if e["type"] == "document_number"]
        assert numbers
        assert all(covered(page, e["polygon"]) >= 0.95 for e in numbers)
    else:
        assert any("document number" in reason for reason in result.reasons), result.reasons


def _box(kind: str, source: str, x0: float, y0: float, x1: float, y1: float) -> Region:
    return Region(kind, source, ((x0, y0), (x1, y0), (x1, y1), (x0, y1)))


def test_a_number_read_in_the_band_is_not_the_printed_number() -> None:
    band = _box(NUMBERED_BAND, "mrz", 50, 340, 510, 380)
    in_band = _box("document_number", "mrz_value", 60, 345, 500, 372)
    printed = _box("document_number", "mrz_value", 350, 75, 450, 90)
    assert not _has_document_number([band, in_band])
    assert _has_document_number([band, in_band, printed])
    assert _document_number_places([band, in_band, printed]) == 1
    # Without a band's outline in the list (a reading that left the band out), a number is a number.
    assert _has_document_number([in_band])
    # A band that gave no number (found on a front's print) leaves the number printed inside it counted.
    assert _has_document_number([_box("mrz", "mrz_geometry", 50, 340, 510, 380), in_band])


def test_a_passport_whose_band_was_misread_keeps_no_printed_number_visible(tmp_path: Path, analyzer) -> None:  # noqa: ANN001
    # Tuning family3, seed 9101 page 23: a 0.48 Mpx crop of an open passport, the band's number read 'MIX7CTT05' for
    # 'MJX7C7TD5', the small red number top right read by no pass. Released with it 0 % black before.
    row = write_upload(Upload(23, "nl_passport", "both_cropped"), tmp_path, 9101, 4.0)
    truth = json.loads((tmp_path / str(row["truth"])).read_text())
    assert truth["page_size"]["megapixels"] < 0.5
    _no_number_left_visible(tmp_path / str(row["file"]), truth, analyzer)


def test_a_number_read_again_that_is_not_the_mrz_number_is_no_front_number_found() -> None:
    from afscherm.redactors.id_copies.api import _not_the_mrz_number
    from afscherm.redactors.id_copies.fields import DOUBTFUL, Values
    from afscherm.redactors.id_copies.ocr import Word

    v_number = _box("document_number", "shape", 270, 770, 830, 835)
    words = [Word("0016", 90, 300, 780, 360, 820), Word("732551", 90, 370, 780, 480, 820)]
    values = Values(document_numbers={"DBTA42C71"})
    assert [r.source for r in _not_the_mrz_number([v_number], words, values)] == [DOUBTFUL]
    printed = [Word("DBTA42C7I", 90, 300, 780, 480, 820)]  # one character misread: still the number
    assert [r.source for r in _not_the_mrz_number([v_number], printed, values)] == ["shape"]
    assert [r.source for r in _not_the_mrz_number([v_number], words, Values())] == ["shape"]  # no MRZ value


def test_a_tilted_permit_whose_v_number_was_read_again_keeps_no_printed_number_visible(
    tmp_path: Path, analyzer
) -> None:  # noqa: ANN001
    # Tuning family3 seed 85 page 8: a residence permit's front tilted 14.7 deg above its back; the back's V-number,
    # read again levelled, counted as the front's number, which no pass read; released with it 0 % black before.
    row = write_upload(Upload(8, "nl_residence_permit", "tilted"), tmp_path, 85, 4.0)
    truth = json.loads((tmp_path / str(row["truth"])).read_text())
    assert any(e["type"] == "v_number" for e in truth["elements"])
    _no_number_left_visible(tmp_path / str(row["file"]), truth, analyzer)
