"""A birthday without its year said in English in a chat ("she was born 12 nisan", "born on the 27th of aylul"), any
listed month name, and a listed place of two words after a preposition of another language ("f Sakiet Ezzit");
issue 12, tuning_168 and tuning_170. Not a baby's due date ("will be born 3 june"), nor a word that is no month, nor
a two-word name that no list holds as a place."""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.from_config(None)


def _found(analyzer: Analyzer, text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in analyzer.analyze([text])[0] if f.entity_type == entity]


@pytest.mark.parametrize(
    ("text", "birthday"),
    [
        ("ok habibti, she was born 12 nisan, not 21", "12 nisan"),
        ("ahmed was born on the 27th of aylul in nablus", "27th of aylul"),
        ("my little brother was born 3 tammuz yalla", "3 tammuz"),
    ],
)
def test_a_yearless_birthday_said_in_english(analyzer: Analyzer, text: str, birthday: str) -> None:
    assert birthday in _found(analyzer, text, "DATE_OF_BIRTH")


@pytest.mark.parametrize("text", ["the baby will be born 3 june", "he was born 3 days after his sister"])
def test_no_birthday_where_none_is_said(analyzer: Analyzer, text: str) -> None:
    assert _found(analyzer, text, "DATE_OF_BIRTH") == []


def test_a_listed_two_word_place_after_maghrebi_f(analyzer: Analyzer) -> None:
    text = "ena mawloud 23/03/2003 f Sakiet Ezzit, w nta?"
    assert "Sakiet Ezzit" in _found(analyzer, text, "LOCATION")
    assert "Sakiet Ezzit" not in _found(analyzer, text, "PERSON")


def test_an_unlisted_second_word_is_not_taken_in(analyzer: Analyzer) -> None:
    assert "Azazga Tizi" not in _found(analyzer, "khalti skna f Azazga Tizi w ma3andhach tel", "LOCATION")
