"""A name in lower case after an Amharic, Tigrinya or Oromo word for kin or respect (issue 12, tuning_140: Ethiopian
families in Utrecht, Amersfoort, Zwolle and Nijmegen): "emaye wubit" ('my mother Wubit'), "ato girma" ('Mr Girma'),
"qes mulugeta" ('priest Mulugeta'). Only after these languages' words: after other languages' kin words a word no
dictionary knows is the chat's own language's as often. Names here are made up for these tests."""

from __future__ import annotations

import pytest

from tests.recognizer_helpers import found


@pytest.mark.parametrize(
    "text, name",
    [
        ("ik heb het geld naar emaye tsehay gebracht", "tsehay"),
        ("morgen haal ik ato berhanu op bij Utrecht Centraal", "berhanu"),
        ("na de dienst vroeg qes tesfaye naar je", "tesfaye"),
        ("aadde lensa is thuis?", "lensa"),
    ],
)
def test_a_lower_case_name_after_an_ethiopian_kin_word(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


def test_the_languages_own_words_after_a_kin_word_are_no_names() -> None:
    # 'sister, hello', 'father, how is it?'; and another language's kin word before its own word ("ibu sudah")
    assert found("ehite selam! abaye endet new?", "PERSON") == []
    assert found("kata ibu sudah makan", "PERSON") == []
