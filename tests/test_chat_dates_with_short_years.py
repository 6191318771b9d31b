"""A chat's date with a two-digit year of the last century is a birth date as a four-digit one is, but not a count
after a day and month, a phone number's digits or a date of next year (issue 12, ``chat_dates._year_in_full``)."""

from __future__ import annotations

from tests.recognizer_helpers import found

CHAT = "[12-03-26 20:14] Yeimy: hola\n[12-03-26 20:20] Yeimy: {}\n[12-03-26 20:23] Marisol: ok"


def test_a_two_digit_year_of_the_last_century_is_a_birth_date() -> None:
    assert "27/3/88" in found(CHAT.format("y la tuya pa el formulario? 27/3/88 cierto?"), "DATE_OF_BIRTH")


def test_a_count_after_a_day_and_month_is_no_year() -> None:
    assert found(CHAT.format("vrijdag 11 december 40 kratten ophalen bij de AH"), "DATE_OF_BIRTH") == []


def test_a_date_of_next_year_is_no_birth_date() -> None:
    assert found(CHAT.format("wie rijdt er mee naar de regatta 14-03-27?"), "DATE_OF_BIRTH") == []


def test_digits_and_blanks_only_are_no_date() -> None:
    assert found(CHAT.format("haar nummer is 06 38 19 04 77"), "DATE_OF_BIRTH") == []
