"""Dates of birth (issue 12): a birthday given without its year is a part of a birth date (the gold
convention since the eighteenth session). Cases written for these tests, all fictitious."""

from __future__ import annotations

import pytest

from tests.recognizer_helpers import births


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("wouter: ik ben jarig op 17 augustus, neem je taart mee?", ["17 augustus"]),
        ("mijn verjaardag is 2 okt, dan ben ik vrij", ["2 okt"]),
        ("de verjaardag van opa is 28 februari", ["28 februari"]),
        ("zijn bday: 6/9", ["6/9"]),
        ("beller: ik ben jarig op negentien april", ["negentien april"]),  # spoken
        ("Ze is toch op 8 dec jarig?", ["8 dec"]),  # named so after the date
        ("ben 30 jan jarig haha", ["30 jan"]),
        ("21 juli is mijn verjaardag", ["21 juli"]),
        ("het kind, geboren op 4 november, woont bij de vader", ["4 november"]),
        ("geb. 13 mei, dus stier", ["13 mei"]),
    ],
)
def test_a_birthday_without_its_year_is_its_day_and_month(text: str, expected: list[str]) -> None:
    assert births(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "de verjaardag van oma vieren we op 16 juni bij ons",  # the party's day
        "verjaardag op 16 juni vieren we in de tuin",  # the party's day after the date
        "De baby wordt geboren op 2 maart, zegt de verloskundige.",  # a due date
        "morgen jarig! het feest is op 5 juli",  # no date named the birthday
        "afspraak op 14 mei om 9 uur",  # no birthday at all
        "jarig? nee, 7 juni is de vergadering",  # the question's date is another's
        "verjaardag 31 februari",  # no such day
    ],
)
def test_a_party_a_due_date_or_another_date_is_left_alone(text: str) -> None:
    assert births(text) == []


def test_a_dated_birthday_keeps_its_whole_date() -> None:
    # the year after the day and month makes it a whole date for the dated rules, not a day and month alone
    assert births("ik ben jarig op 17 augustus 1979") == ["17 augustus 1979"]
    assert births("geboren op drie mei negentien tachtig") == ["drie mei negentien tachtig"]


def test_each_day_and_month_after_a_name_in_a_list_of_birthdays() -> None:
    text = (
        "[05-01-2025 19:10] Marga Hoekstra: Verjaardagskalender buurtvereniging: Wietske 7-3, Joop van der Veen 22-9,"
        " Fenna 1 juli\n[05-01-2025 19:12] Sjoerd: En mijn zus Geesje, 14 april\n"
        "[05-01-2025 19:15] Marga Hoekstra: Gedaan. Ledenvergadering op 20 januari in het dorpshuis"
    )
    assert births(text) == ["7-3", "22-9", "1 juli", "14 april"]


def test_a_list_without_a_word_for_birthdays_or_a_date_after_a_word_is_left_alone() -> None:
    assert births("Rooster: Wietske 7-3, Joop 22-9") == []  # no list of birthdays
    assert births("Verjaardagen: vergadering 7-3, Kerkstraat 22-9") == []  # no first name before the dates
