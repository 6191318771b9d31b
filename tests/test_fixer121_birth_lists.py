"""Dates of birth (issue 12, fixer-121): a list of birth dates going on without its verb by first name, a birth date
said to be wrong and corrected, a birthday answering whether it is soon, a birthday in brackets. Cases written for
these tests, all fictitious."""

from __future__ import annotations

from afscherm.detectors.date_of_birth import DateOfBirthRecognizer


def births(text: str) -> list[str]:
    return [text[f.start : f.end] for f in DateOfBirthRecognizer().find(text)]


def test_a_list_of_birth_dates_going_on_by_first_name_without_its_verb() -> None:
    assert births("oma: ruben is van 3-6-2012 en lotte van 9 feb 2009, toch?") == ["3-6-2012", "9 feb 2009"]
    assert births("pim is van 4-7-1990, en sanne van 30-1-1992") == ["4-7-1990", "30-1-1992"]


def test_a_thing_after_a_birth_date_and_van_is_left_alone() -> None:
    assert births("pim is van 4-7-1990 en de fiets van 3-3-2015") == ["4-7-1990"]
    assert births("mijn zoon is van 12-3-2016 en dat van 21 okt 2013 is de brief") == ["12-3-2016"]
