"""A passport's second MRZ line whose state code OCR read with a digit ("NL0" for NLD) still gives its document number
and BSN (issue 13, tuning seed 2085 of the independent generator, page 6: a 2021 passport turned 90 degrees; no number
was taken from its zone and the data page was refused for want of its document number). The check digit decides
the number, as for any line."""

from __future__ import annotations

import pytest

from afscherm.detectors.mrz import icao_check_digit
from afscherm.detectors.mrz_fields import line_values

NUMBER = "NXR4K7LP2"
LINE = f"{NUMBER}{icao_check_digit(NUMBER)}NLD8503141F3107228123456782<<<<<06"


@pytest.mark.parametrize("state", ["NL0", "NLO"])
def test_a_dutch_line_with_its_d_read_as_a_digit(state: str) -> None:
    numbers, personal = line_values(LINE.replace("NLD", state, 1))
    assert NUMBER in numbers
    assert "123456782" in personal  # the BSN field of a Dutch passport


def test_another_states_code_with_a_digit_read_for_a_letter() -> None:
    numbers, _ = line_values(LINE.replace("NLD", "8EL", 1))  # BEL, its B read as 8
    assert NUMBER in numbers


def test_a_line_of_digits_there_is_no_passport_line() -> None:
    assert line_values(LINE.replace("NLD", "123", 1).replace(NUMBER, "123456789", 1)) == (set(), set())
