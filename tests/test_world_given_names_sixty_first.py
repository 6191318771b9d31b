"""Given names of Indian, Greek and Cypriot, Ethiopian and Eritrean, Japanese and Korean families the name lists
lacked, written by a helper who read no file of the repository (``names/call_names_abroad.txt``, issue 12, after
tuning_137 ... tuning_142), and a Korean family name beside a given name written as one word (``JUNG JAEWON``)."""

from __future__ import annotations

import pytest

from afscherm.detectors.korean_names import KoreanNameRecognizer, one_word_given_names
from tests.recognizer_helpers import found


@pytest.mark.parametrize(
    "text, name",
    [
        ("morgen komt Tanmay de sleutel halen", "Tanmay"),
        ("heb je Lefteris al gebeld over het rooster?", "Lefteris"),
        ("de tolk vandaag is Birhanu, hij spreekt Amhaars", "Birhanu"),
        ("vraag maar aan Ryosuke, die weet het", "Ryosuke"),
    ],
)
def test_a_given_name_the_lists_now_hold(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


def test_the_words_left_out_by_hand_are_no_names() -> None:
    # a dish and a beer, 'beautiful' in Hindi
    assert found("we eten momo en drinken Asahi, bahut sundar", "PERSON") == []


def test_a_korean_name_with_its_given_name_as_one_word() -> None:
    text = "- me: JUNG JAEWON (family name first!), wife KANG MINJAE; contact Minjoon Kim; not Han Solo"
    names = [text[f.start : f.end] for f in KoreanNameRecognizer().find(text)]
    assert names == ["JUNG JAEWON", "KANG MINJAE", "Minjoon Kim"]
    assert "jaewon" in one_word_given_names() and "solo" not in one_word_given_names()
