"""Issue 12: a passport prints its dates with the month in its state's language before the English one ("08 VAS/FEB
1994" on a Lithuanian passport, "12 LUT/FEB 1990" on a Polish one), as Dutch documents print "31 MAA/MAR 1949": read
from a scan after the date-of-birth label, it is a birth date (tuning_127). Lower-case letters before the slash are no
month (a path, a unit)."""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.from_config(None)


def _births(analyzer: Analyzer, text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyzer.analyze([text])[0] if f.entity_type == "DATE_OF_BIRTH"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Gimimo data / Date of birth   14 BIR/JUN 1987   Lytis / Sex M", "14 BIR/JUN 1987"),
        ("Data urodzenia / Date of birth 03 LIS/NOV 1979", "03 LIS/NOV 1979"),
    ],
)
def test_a_passports_two_language_birth_date_is_found(analyzer: Analyzer, text: str, date: str) -> None:
    assert date in _births(analyzer, text)


def test_lower_case_letters_before_the_slash_are_no_month(analyzer: Analyzer) -> None:
    assert _births(analyzer, "Date of birth: see scan 08 abc/feb 1994 in the map") == []
