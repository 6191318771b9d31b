"""A lower-case name found and the unknown word beside it (issue 12, fortieth session): chats type a given name and a
surname in lower case, and the lists know one of the two at most. Examples written apart from the gold sets; all
names are made up."""

from __future__ import annotations

from tests.recognizer_helpers import found_set as _found


def test_an_unknown_given_name_before_a_listed_surname() -> None:
    assert "zarvek khalil" in _found("Petra: incasso van zarvek khalil is teruggekomen, bel jij?", "PERSON")


def test_an_unknown_surname_after_a_listed_given_name() -> None:
    assert "ismail trovanek" in _found("Ruud: die nieuwe heet ismail trovanek, geboren in mei", "PERSON")


def test_a_greeting_opening_the_turn_is_no_part_of_the_name() -> None:
    assert _found("Yusuf: salam karim, alles goed met je moeder?", "PERSON") == {"Yusuf", "karim"}


def test_a_typed_function_word_and_a_verb_are_no_part_of_the_name() -> None:
    assert "karin" in _found("[14:03] Jij: hallo met karin hieer\n[14:04] Medewerker: dag!", "PERSON")
    assert "khoa" in _found("Chantal: mw Dang, zoon khoa tolkt, geb 03-10-1964", "PERSON")


def test_a_frisian_text_takes_listed_names_only() -> None:
    text = "Marrit: ik ha it nûmer fan wiebren nedich foar de iisclub, wy binne let"
    assert "wiebren" in _found(text, "PERSON")
