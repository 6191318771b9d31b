"""The dates of a text are read once per text and reading (Dutch, or English with month-first and US writings) and
handed to every rule that asks: whichever reading is asked first, each gives its own dates (issue 12, speed)."""

from __future__ import annotations

from datetime import date

import pytest

from afscherm.detectors.date_of_birth import DateOfBirthRecognizer, _candidate_readings, _candidates, dates_written

TEXT = "DOB: March 4, 1990; moved 06/30/2004; geb. 14-03-1981; code 19790823; veertien maart negentien eenentachtig"
MONTH_FIRST = (TEXT.index("March"), TEXT.index("March") + len("March 4, 1990"), date(1990, 3, 4))
US = (TEXT.index("06/30"), TEXT.index("06/30") + len("06/30/2004"))
DUTCH = (TEXT.index("14-03"), TEXT.index("14-03") + len("14-03-1981"), date(1981, 3, 14))
SPOKEN_AT = TEXT.index("veertien")


def _read(english: bool) -> tuple[tuple[int, int, date | None], ...]:
    return _candidates(TEXT, TEXT.lower(), english)


@pytest.mark.parametrize("english_first", [True, False])
def test_each_reading_gives_its_own_dates_whichever_comes_first(english_first: bool) -> None:
    _candidate_readings.cache_clear()
    first = _read(english_first)
    second = _read(not english_first)
    english, dutch = (first, second) if english_first else (second, first)
    assert MONTH_FIRST in english and MONTH_FIRST not in dutch
    assert (*US, date(2004, 6, 30)) in english and (*US, None) in dutch
    for reading in (english, dutch):
        assert DUTCH in reading
        assert (TEXT.index("19790823"), TEXT.index("19790823") + 8, date(1979, 8, 23)) in reading
        assert any(start == SPOKEN_AT and day == date(1981, 3, 14) for start, _, day in reading)
        assert [c[0] for c in reading] == sorted(c[0] for c in reading)


def test_asked_again_the_same_dates() -> None:
    _candidate_readings.cache_clear()
    assert _read(False) == _read(False)
    assert _read(True) is _read(True)  # (read once: the same tuple)


def test_no_month_first_date_without_a_day_and_year_after_it() -> None:
    text = "DOB: March 4th 1990, or March 1990, or March 4, 90"
    days = [day for _, _, day in dates_written(text)]
    assert days == [date(1990, 3, 4)]


def _found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in DateOfBirthRecognizer().find(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("scans/Jan_Jansen_1981-03-14.pdf", ["1981-03-14"]),
        ("backup/Sanne_Visser_14-03-1981/paspoort.jpg", ["14-03-1981"]),
        ("scans/Jan_Jansen 1981-03-14.pdf", []),  # (not glued to the name by an underscore)
        ("scans/rapport_q1_1981-03-14.pdf", []),  # (no person's name before it)
    ],
)
def test_file_name_dates_after_an_underscore_only(text: str, expected: list[str]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("NEDERLAND\nJANSEN\n14 MRT/MAR 1961\nAMSTERDAM", ["14 MRT/MAR 1961"]),
        ("NEDERLAND\nJANSEN\n14 MRT MAR 1961 x\nAMSTERDAM", []),  # (no pair of months: no card's line)
        ("NEDERLAND\nJANSEN\n14 MRT/APR 1961\nAMSTERDAM", []),  # (two different months)
    ],
)
def test_card_dates_need_their_pair_of_months(text: str, expected: list[str]) -> None:
    assert _found(text) == expected
