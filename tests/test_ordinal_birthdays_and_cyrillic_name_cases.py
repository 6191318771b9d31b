"""A birthday's day as English writes it, an ordinal ("his birthday's the 31st of Jan", tuning_150); a Ukrainian or
Russian given name in Cyrillic in another case than the nominative the lists hold ("Олені", "з Марією",
"Олександре", tuning_149). Names and dates are made up."""

from __future__ import annotations

from tests.recognizer_helpers import found


def test_an_ordinal_day_after_a_birthday_s_word() -> None:
    assert found("happy birthday for the 17th of march, love you", "DATE_OF_BIRTH") == ["17th of march"]
    assert found("her birthday's the 2nd of October", "DATE_OF_BIRTH") == ["2nd of October"]
    assert found("the meeting is on the 12th of april", "DATE_OF_BIRTH") == []


def test_a_cyrillic_given_name_in_another_case() -> None:
    assert found("треба написати Тетяні сьогодні", "PERSON") == ["Тетяні"]
    assert found("я поїду з Оксаною до Assen", "PERSON") == ["Оксаною"]
    assert found("дякую Дмитре за все", "PERSON") == ["Дмитре"]


def test_a_short_capitalised_word_opening_a_sentence_is_no_name() -> None:
    assert found("Дякую всім. Миру вам", "PERSON") == []
