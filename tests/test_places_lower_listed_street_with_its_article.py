"""A BAG street of several words typed in lower case whose listed name holds the article before it (location.
_plain_lower_street_of_words): "bij de hoge bomen 33" (BAG: De Hoge Bomen), its number closing the phrase. Own
sentences; every address is made up."""

from __future__ import annotations

import pytest

from tests.recognizer_helpers import locations


@pytest.mark.parametrize(
    "text",
    [
        "agnieszka: ja in naaldwijk, bij de hoge bomen 33\npiotr: ok",
        "de sleutel ligt bij de hoge bomen 12, bij de buren",
    ],
)
def test_a_lower_case_street_named_with_its_article(text: str) -> None:
    assert any(value.startswith("hoge bomen") for value in locations(text))


@pytest.mark.parametrize(
    "text",
    [
        "ik zit bij de hoge raad 3 dagen",  # no listed street; a quantity after the number
        "de nieuwe versie 2 is uit",
        "we zaten bij de hoge bomen 33 minuten te wachten",  # the number goes on: no closing number
    ],
)
def test_no_street_without_a_listed_name_or_a_closing_number(text: str) -> None:
    assert locations(text) == []
