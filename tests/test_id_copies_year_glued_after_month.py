"""A printed date's year right after its month, one more digit glued to it, is no part of a BSN (issue 13,
``verify._year_after_month``): tuning family3 seed 120 upload 18, a Dutch passport's data page and a Belgian card on
one A4 scan, was refused 'long number (possible BSN or part of one) still readable' for 'SEP 20353' alone: the expiry
date '01 SEP 2033', its day under a box and a stroke of the guilloche beside the year read as a fifth digit. The
held-out family is never used."""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import default_analyzer
from afscherm.redactors.id_copies.verify import _LONG_DIGITS, _year_after_month
from tests.family3_pages import redacted_upload, under_black


@pytest.fixture(scope="module")
def analyzer():  # noqa: ANN201
    return default_analyzer()


def _glued(line: str) -> bool:
    match = _LONG_DIGITS.search(line)
    assert match is not None
    return _year_after_month(line, match)


@pytest.mark.parametrize("line", ["SEP 20353", "01 nov 19471", "GÜLTIG BIS MRZ.20291", "DEZ 20307"])
def test_a_year_with_one_digit_glued_after_its_month_is_a_date(line: str) -> None:
    assert _glued(line)


@pytest.mark.parametrize(
    "line",
    [
        "SEP 2035 3",  # (the year and a digit apart: two runs, the long-number count decides as before)
        "BSN 20353",  # no month before it
        "SEPT 77843",  # no year: a BSN's part after a word that ends in a month's letters
        "SEP 203531",  # six digits: more than a year and a splinter
        "XSEP 20353",  # the month's letters inside a longer word
    ],
)
def test_other_runs_after_words_are_not_taken_for_a_year(line: str) -> None:
    assert not _glued(line)


def test_the_passport_and_card_on_one_page_are_released_with_their_numbers_black(analyzer, tmp_path) -> None:  # noqa: ANN001
    truth, result = redacted_upload(tmp_path, 120, 18, "nl_passport", "two_documents", analyzer)
    assert [d["sides_shown"] for d in truth["documents"]] == [["data_page"], ["front"]]  # the premise
    assert result.released, result.reasons  # (refused before: "long number ... still readable")
    assert under_black(truth, result) == []
