"""A Vietnamese family's chat (issue 12, tuning_151): its lower-case everyday words that are given names elsewhere
("anh", "em", "mai", "ngày") are no names on its lines, and a word of kin or address before a name ("chị Yến", "Chị
Yến:") is no part of it. Names are made up."""

from __future__ import annotations

from tests.recognizer_helpers import found

CHAT = (
    "[10:02] Chị Thảo: anh ơi mai em làm ca sáng nhé\n"
    "[10:03] Quân: được, cảm ơn chị Thảo nhé\n"
    "[10:04] Chị Thảo: không có gì, anh cho em số của cô Loan nhé"
)


def test_lower_case_vietnamese_words_are_no_names() -> None:
    names = found(CHAT, "PERSON")
    assert "anh" not in names and not any(" em " in f" {n} " for n in names)


def test_a_word_of_address_before_a_name_is_no_part_of_it() -> None:
    names = found(CHAT, "PERSON")
    assert "Chị Thảo" not in names and "chị Thảo" not in names
    assert names.count("Thảo") == 3


def test_a_dutch_line_keeps_its_names() -> None:
    assert found("Hoi Anh, kom je morgen? groet, Em", "PERSON")[:1] == ["Anh"]
