"""Month names of other languages and calendars (issue 12, fortieth session): a birth date written the way a family
from abroad writes it. Examples written apart from the gold sets; people are made up."""

from __future__ import annotations

import re

from afscherm.detectors.fast_scan import trie_alternation
from tests.recognizer_helpers import found_set as _found


def test_italian_and_vietnamese_months_after_their_birth_words() -> None:
    assert "14 gennaio 1962" in _found("Marco: mio padre è nato il 14 gennaio 1962 a Bari", "DATE_OF_BIRTH")
    assert "23 tháng ba 1948" in _found("Hiếu: bà sinh ngày 23 tháng ba 1948, ở Huế", "DATE_OF_BIRTH")


def test_a_persian_date_with_its_year_of_birth() -> None:
    assert "1 farvardin 1362" in _found("dariush: geboren 1 farvardin 1362, dat is iraans", "DATE_OF_BIRTH")


def test_an_ethiopian_birthday_without_a_year_in_birthday_talk() -> None:
    text = "Selam: op papier 1 januari, haar echte verjaardag is 14 meskerem"
    assert "14 meskerem" in _found(text, "DATE_OF_BIRTH")


def test_another_calendars_date_without_birth_talk_is_left_alone() -> None:
    assert not _found("we gaan op 14 ramadan naar de moskee in Gouda", "DATE_OF_BIRTH")


def test_a_trie_matches_each_word_and_the_longer_first() -> None:
    pattern = re.compile(trie_alternation(["mar", "march", "maart", "mei"]) + r"\b")
    assert [pattern.match(w).group() for w in ("mar", "march", "maart", "mei")] == ["mar", "march", "maart", "mei"]
    assert pattern.match("mai") is None
