"""Issue 12 (twenty-first session), a birthday list: a listed first name right before a whole date is a name, one the
word lists hold as well (``Daan 04-02-2014``, ``noah 30/1/2015``); a preposition or verb before a date is none (``Per 1
juli 2026``, ``ik ben 3-4-1987 geboren``). The lines are written here, not copied from a gold set."""

from __future__ import annotations

import pytest

from afscherm.detectors.person_name import PersonNameRecognizer


def dated(text: str) -> list[str]:
    return [text[f.start : f.end] for f in PersonNameRecognizer()._dated_first_names(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Marit: voor de korting: Bas 12-06-2016, Roos 3-9-2018 en Jesse 21-01-2015", ["Bas", "Roos", "Jesse"]),
        ("juf: en teun 14/2/2017? die mist nog", ["teun"]),  # lower case, as chats write it
        ("Kinderen: Fenna 2 maart 2019, Ties 17 okt 2021", ["Fenna", "Ties"]),  # a month's name
        ("Mark 07-11-1979 staat er nog niet in", ["Mark"]),  # a first name that is a word, capitalised
    ],
)
def test_a_first_name_before_a_date_is_a_name(text: str, names: list[str]) -> None:
    assert dated(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Per 1 juli 2026 verandert uw huur.",  # a preposition that is a listed first name
        "ik ben 3-4-1987 geboren",  # a verb
        "Ajax 2-1 Feyenoord, gespeeld 12-03-2024",  # no first name before the date
        "Bas 5-2, Roos 30-4",  # a day and month alone: a score reads the same
        "Ede 12-03-2024 storing",  # a place
        "vanaf maandag 12-03-2024",  # a day's name
    ],
)
def test_no_name_before_a_date_without_a_first_name_or_a_year(text: str) -> None:
    assert dated(text) == []
