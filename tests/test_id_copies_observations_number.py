"""The BSN under a passport's observations header, read again where the page's sparse reading missed it (issue 13, a
fail-closed hole, ``fields.observation_numbers``): tuning family3 seed 117 upload 10, a 2021 passport's data page and
BSN page on a 109 dpi photocopy turned 180 degrees, was RELEASED with the BSN readable - the page's reading (psm 11)
read the header 'OPMERKINGEN / OBSERVATIONS' but not the number under it, nor did verification. The strip below the
header is read again binarised; every run of seven digits or more there is boxed, and verification refuses a copy
where one is still read. The held-out family is never used."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from afscherm.detectors.analyzer import default_analyzer
from afscherm.redactors.id_copies.fields import observation_numbers
from afscherm.redactors.id_copies.ocr import Word
from tests.family3_pages import redacted_upload, under_black


@pytest.fixture(scope="module")
def analyzer():  # noqa: ANN201
    return default_analyzer()


def test_the_turned_photocopys_bsn_page_is_released_with_its_bsn_black(analyzer, tmp_path) -> None:  # noqa: ANN001
    truth, result = redacted_upload(tmp_path, 117, 10, "nl_passport", "photocopy", analyzer)
    assert [d["sides_shown"] for d in truth["documents"]] == [["data_page", "bsn_page"]]  # the premise
    assert truth["capture"]["rotation_cw_deg"] == 180
    assert result.released, result.reasons
    assert under_black(truth, result) == []  # (released before with the BSN 0.2 % black)


def _page(number: str | None) -> tuple[np.ndarray, list[Word]]:
    """A white page with an observations header, and a number under it (or none): the page and the header's word."""
    page = np.full((400, 900), 235, np.uint8)
    cv2.putText(page, "OPMERKINGEN / OBSERVATIONS", (60, 80), cv2.FONT_HERSHEY_SIMPLEX, 0.7, 60, 2)
    cv2.putText(page, "BURGERSERVICENUMMER / PERSONAL NO.", (60, 130), cv2.FONT_HERSHEY_SIMPLEX, 0.45, 90, 1)
    if number:
        cv2.putText(page, number, (420, 132), cv2.FONT_HERSHEY_SIMPLEX, 0.8, 40, 2)
    return page, [Word("OPMERKINGEN", 95.0, 60, 62, 220, 84)]


def test_a_number_under_the_header_is_read_whether_valid_or_not() -> None:
    page, header = _page("399362519")  # one digit off a valid BSN, as OCR may read it
    found = observation_numbers(page, header, 20.0)
    assert found and all(100 <= w.cy <= 150 for w in found)


def test_no_number_under_the_header_reads_as_none() -> None:
    page, header = _page(None)
    assert observation_numbers(page, header, 20.0) == []


def test_without_a_header_nothing_is_read() -> None:
    page, _ = _page("399362319")
    assert observation_numbers(page, [], 20.0) == []
