"""Issue 12: given names written in Georgian or Armenian letters (``detectors.caucasus_names``), Georgian and Armenian
given names typed in Latin letters (``first_names_world.txt``), and a Georgian family's case ending glued to a
family name, as Georgian and Armenian families in the Netherlands write to each other (tuning_128). Words of these
scripts that read as a name but are words (``არის`` 'is', ``მარტს`` 'in March') are no names, and neither is a kin
word before a name (``bebo``, grandma)."""

from __future__ import annotations

import pytest

from tests.recognizer_helpers import found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("გიორგი, ხვალ მოდიხარ? ნათია ელოდება", "ნათია"),  # Natia, alone
        ("ვახტანგმა დარეკა დილით", "ვახტანგ"),  # Vakhtang, its ergative ending outside
        ("ნომერი მომწერე, ირაკლისთან ვარ", "ირაკლი"),  # at Irakli's: the postposition outside
        ("Բարև Անահիտ, վաղը կգաս?", "Անահիտ"),  # Anahit, capitalised Armenian
        ("ողջույն Գևորգին ասա", "Գևորգ"),  # to Gevorg: its dative ending outside
        ("հիվանդ է Հասմիկ Պետրոսյան, զանգիր", "Հասմիկ Պետրոսյան"),  # given and family name (-յան)
        ("ნომერი: ნიკოლოზ ბერიძეს გადაეცი", "ნიკოლოზ ბერიძე"),  # a family name in -ძე, its ending outside
    ],
)
def test_a_given_name_in_georgian_or_armenian_letters_is_found(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "ის აქ არის, მარტს ჩამოვა",  # 'he is here, he comes in March'
        "ბოდიში, დიდი გოგო გახდა",  # 'sorry, she became a big girl'
        "Շնորհակալություն, շատ լավ է",  # 'thank you, it is very good'
    ],
)
def test_words_of_these_scripts_that_read_as_names_are_none(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hoi, met tornike van de garage, auto is klaar", "tornike"),
        ("Lusine komt morgen de sleutel halen", "Lusine"),
        ("zeg tegen vakhtang dat hij moet bellen", "vakhtang"),
    ],
)
def test_georgian_and_armenian_given_names_in_latin_letters_are_names(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


def test_a_kin_word_before_a_name_after_op_naam_van_is_no_name() -> None:
    text = "de tafel staat op naam van bebo Nunuka, om 14:00"
    assert found(text, "PERSON") == ["Nunuka"]


def test_a_spanish_manana_in_lower_case_is_no_name() -> None:
    assert found("nos vemos manana en la tienda, ok?", "PERSON") == []
