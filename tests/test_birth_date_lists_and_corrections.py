"""Dates of birth (issue 12): a list of birth dates going on without its verb by first name, a birth date
said to be wrong and corrected, a birthday answering whether it is soon, a birthday in brackets. Cases written for
these tests, all fictitious."""

from __future__ import annotations

from tests.recognizer_helpers import births


def test_a_list_of_birth_dates_going_on_by_first_name_without_its_verb() -> None:
    assert births("oma: ruben is van 3-6-2012 en lotte van 9 feb 2009, toch?") == ["3-6-2012", "9 feb 2009"]
    assert births("pim is van 4-7-1990, en sanne van 30-1-1992") == ["4-7-1990", "30-1-1992"]


def test_a_thing_after_a_birth_date_and_van_is_left_alone() -> None:
    assert births("pim is van 4-7-1990 en de fiets van 3-3-2015") == ["4-7-1990"]
    assert births("mijn zoon is van 12-3-2016 en dat van 21 okt 2013 is de brief") == ["12-3-2016"]


def test_a_birth_date_said_to_be_wrong_and_its_correction() -> None:
    text = "Ik gaf zijn geboortedatum als 8-11-1979, dat is fout: het is 8-11-1978."
    assert births(text) == ["8-11-1979", "8-11-1978"]
    assert births("geboortedatum 3-9-1970 klopt niet, moet zijn 3-9-1971") == ["3-9-1970", "3-9-1971"]


def test_another_date_after_a_word_of_error_is_left_alone() -> None:
    # a later appointment's date is no correction of a birth date
    assert births("geboortedatum 3-9-1970, de juiste afspraak is 14-9-2025") == ["3-9-1970"]
    assert births("geboortedatum 3-9-1970, fout in het systeem sinds 12-05-2024") == ["3-9-1970"]


def test_a_day_and_month_answering_whether_a_birthday_is_soon() -> None:
    assert births("joep: ben je binnenkort jarig?\nmila: jaa 23 september, word 41") == ["23 september"]
    assert births("joep: ben je binnenkort jarig?\nmila: nee, 23 september is de vergadering") == []
    assert births("joep: is het feest op je verjaardag?\nmila: ja 23 september") == []  # the party's day


def test_a_birthday_in_brackets_after_the_word() -> None:
    assert births("jip: eind sept, na mn verjaardag (26 aug 🎉)") == ["26 aug"]
    assert births("jip: na de verjaardag (vorige week) is het rustig") == []
