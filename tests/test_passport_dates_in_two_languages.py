"""Issue 12: a passport prints its dates with the month in its state's language before the English one ("08 VAS/FEB
1994" on a Lithuanian passport, "12 LUT/FEB 1990" on a Polish one), as Dutch documents print "31 MAA/MAR 1949": read
from a scan after the date-of-birth label, it is a birth date (tuning_127). Lower-case letters before the slash are no
month (a path, a unit)."""

from __future__ import annotations

import pytest

from tests.recognizer_helpers import found


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Gimimo data / Date of birth   14 BIR/JUN 1987   Lytis / Sex M", "14 BIR/JUN 1987"),
        ("Data urodzenia / Date of birth 03 LIS/NOV 1979", "03 LIS/NOV 1979"),
    ],
)
def test_a_passports_two_language_birth_date_is_found(text: str, date: str) -> None:
    assert date in found(text, "DATE_OF_BIRTH")


def test_lower_case_letters_before_the_slash_are_no_month() -> None:
    assert found("Date of birth: see scan 08 abc/feb 1994 in the map", "DATE_OF_BIRTH") == []
