"""A date printed whole is no part of a BSN (issue 13). Tuning family3 seed 87: a passport spread whose data page's
birth date ``17-06-1978`` and a card back whose date of issue ``28.03.2024`` stayed visible (no rule asks them black)
were refused as "long number (possible BSN or part of one) still readable" for those dates alone. A day, a month and a
year of this or the last century printed with one separator are read apart from the long numbers; so are two digits,
two digits and a year printed with spaces (tuning composed residence permit seed 840: "08 06 1979" read on its own
line), when no number stands a space away; five digits of any other writing still refuse the copy."""

from __future__ import annotations

import pytest

from afscherm.redactors.id_copies import api
from afscherm.redactors.id_copies.fields import Values
from afscherm.redactors.id_copies.ocr import Word
from afscherm.redactors.id_copies.verify import text_problems

LONG = "long number (possible BSN or part of one) still readable"


def _line(*texts: str) -> list[Word]:
    return [Word(text, 91.0, 100 + 160 * i, 200, 240 + 160 * i, 232) for i, text in enumerate(texts)]


@pytest.mark.parametrize(
    "words",
    [
        _line("Geboortedatum", "17-06-1978"),
        _line("Afgiftedatum/Ausstellungsdatum", "28.03.2024"),
        _line("Geldig", "tot", "1.2.2031"),
        _line("Date", "of", "issue", "09/11/2019"),
        _line("\u201c08", "06", "1979"),
        _line("Geboortedatum", "08", "06", "1979"),
    ],
)
def test_a_date_printed_whole_is_no_long_number(words: list[Word]) -> None:
    assert LONG not in text_problems(words, api._analyzer(), Values())


@pytest.mark.parametrize(
    "words",
    [
        _line("BSN", "77.843"),  # a BSN's end beside its box
        _line("17-06-1978", "77843"),  # a date does not hide the digits beside it
        _line("28.03.2024.77843"),  # nor digits glued to it
        _line("12.05.19780"),  # a year of five digits is no date
        _line("31.13.1999"),  # no thirteenth month
        _line("12.05-1978"),  # two separators: no printed date
        _line("1", "08", "06", "1979"),  # a BSN grouped 1 2 2 4: a number a space before the date
        _line("08", "06", "1979", "12"),  # and one a space after it
        _line("8", "06", "1979"),  # a spaced day of one digit is no printed date
        _line("08", "13", "1979"),  # no thirteenth month
    ],
)
def test_other_runs_of_five_digits_still_refuse_the_copy(words: list[Word]) -> None:
    assert LONG in text_problems(words, api._analyzer(), Values())
