"""Issue 12, general rules for the misses of the first hand-written held-out set once it retired to tuning: a CSV's
quoted cells holding the delimiter, BSNs under a BSN column far below its header, … The cases are written here, not
copied from the set; BSNs pass python-stdnum's 11-proef (checked below, not by the code under test)."""

from __future__ import annotations

from stdnum.nl import bsn as stdnum_bsn

from afscherm.detectors.bsn import BsnRecognizer
from afscherm.detectors.date_of_birth import column_header


def spans(findings: list, text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in findings if f.entity_type == entity]


# --- a CSV's quoted cells ------------------------------------------------------------------------------------------

ROWS = (
    "klantnr,naam,geboren,bsn,actief\n"
    '1,"Visser, M.",04/05/1971,111222333,ja\n'
    '2,"Mulder-van Dijk, E.",22/09/1980,123456782,ja\n'
    '3,"de Boer, T.",01/01/1964,232262536,nee\n'
)


def test_the_numbers_pass_the_eleven_test() -> None:
    assert all(stdnum_bsn.is_valid(n) for n in ("111222333", "123456782", "232262536"))


def test_quoted_commas_do_not_shift_the_column() -> None:
    start = ROWS.index("22/09/1980")
    assert column_header(ROWS, start, start + 10) == "geboren"
    start = ROWS.index("232262536")
    assert column_header(ROWS, start, start + 9) == "bsn"


def test_bsn_column_labels_every_row_below_its_header() -> None:
    # after a date cell ("1980,123456782") the plain pattern reads the digits as a longer number: the column names them
    assert spans(BsnRecognizer().find(ROWS), ROWS, "NL_BSN") == ["111222333", "123456782", "232262536"]


def test_another_numbers_column_is_no_bsn_column() -> None:
    rows = ROWS.replace(",bsn,", ",polisnr,")
    assert spans(BsnRecognizer().find(rows), rows, "NL_BSN") == []


def test_bsn_column_still_needs_the_eleven_test() -> None:
    rows = ROWS.replace("123456782", "123456783")
    assert "123456783" not in spans(BsnRecognizer().find(rows), rows, "NL_BSN")
