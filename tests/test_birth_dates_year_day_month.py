"""A birth date written year first with its day and month swapped ("1993-28-09": no 28th month), as a register, a
school's system or a CSV export slips (issue 12, tuning_141: Greek and Cypriot families; eleven such dates in eight
tuning sets): the date it spells, read year, day, month, under a birth label as a month-first date is."""

from __future__ import annotations

from tests.recognizer_helpers import found


def test_a_year_day_month_birth_date_under_its_label() -> None:
    assert found("je geboortedatum staat als 1994-27-08, dat kan niet", "DATE_OF_BIRTH") == ["1994-27-08"]


def test_a_year_day_month_date_without_a_birth_label_is_none() -> None:
    assert found("factuurdatum 2024-31-07, vervaldatum 2024-30-08", "DATE_OF_BIRTH") == []
