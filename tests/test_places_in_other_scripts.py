"""Issue 12: a town abroad written in Cyrillic, Georgian or Armenian letters (``place_names._script_places``), read in
Latin letters by each script's transliteration and found among the places abroad and the world's cities, as
Russian-speaking, Georgian and Armenian families name where they were born or their parents live (tuning_127/128).
A person's name in these letters is no town, and neither is a word. And a place with a Georgian locative glued after
a hyphen is found when a capitalised word stands before it (``Tamada Zwolle-shi``, Tamada a restaurant)."""

from __future__ import annotations

import pytest

from tests.recognizer_helpers import found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("мама сейчас живёт в Кутаиси, телефон тот же", "Кутаиси"),  # Kutaisi
        ("родилась 12.04.1988, Ереван", "Ереван"),  # Yerevan: an opening Е read ye-
        ("адрес родителей: ул. Ленина 5, Даугавпилс", "Даугавпилс"),  # Daugavpils
        ("ბებია ქუთაისში არაა, ახლა ბათუმი", "ბათუმი"),  # Batumi, in Georgian
        ("Մայրս ապրում է Վանաձոր", "Վանաձոր"),  # Vanadzor, in Armenian
    ],
)
def test_a_town_abroad_in_another_script_is_a_place(text: str, place: str) -> None:
    assert place in found(text, "LOCATION")


@pytest.mark.parametrize(
    "text",
    [
        "позвони Денису, он знает",  # a person's name
        "Спасибо, всё хорошо",  # words
        "Вадим будет в восемь",
    ],
)
def test_names_and_words_in_another_script_are_no_places(text: str) -> None:
    assert found(text, "LOCATION") == []


def test_a_place_with_a_georgian_locative_after_a_capitalised_word() -> None:
    # (Georgian in Latin letters glues "-shi", 'in', to the place; Kolkhida is a restaurant's name)
    text = "vaxshmobt restorani Kolkhida Deventer-shi, 8 saatze"
    assert "Deventer" in found(text, "LOCATION")
