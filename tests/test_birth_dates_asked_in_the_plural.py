"""Dates of birth (issue 12): a request for several birth dates says ``geboortedata``, the plural of
``geboortedatum``; the answer under it is a birth date as under the singular. Cases written for these tests, all
fictitious."""

from __future__ import annotations

from tests.recognizer_helpers import births


def test_a_date_answering_a_request_for_birth_dates_in_the_plural() -> None:
    text = (
        "[14-10-2025 18:02] Coach Ilse: voor de bondskaart heb ik de geboortedata nodig van Mila en Tess\n"
        "[14-10-2025 18:10] Bart (vader van Mila): 22-06-2015"
    )
    assert births(text) == ["22-06-2015"]


def test_the_plural_as_a_label_before_each_date() -> None:
    assert births("Geboortedata kinderen: 03-02-2012") == ["03-02-2012"]
    assert births("geboorte-data: 5-5-1961") == ["5-5-1961"]


def test_a_longer_word_or_a_date_far_from_the_plural_is_left_alone() -> None:
    assert births("de geboortedatabase is bijgewerkt op 14-03-2016") == []
    text = "graag de geboortedata doorgeven\nbedankt!\nde training is verplaatst\nvolgende keer 22-06-2024"
    assert births(text) == []
