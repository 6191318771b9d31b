"""Issue 12, general rules for the name and birth-date misses of the hand-written tuning sets (retired_1..5,
tuning_2..28): a capitalised first name that opens a message or a sentence, alone there or before a verb a person
does (``Sjoukje: Hylke?``, ``Sophie: Daan rijdt``). The cases are written here, not copied from the sets."""

from __future__ import annotations

from afscherm.detectors.person_name import PersonNameRecognizer
from tests.recognizer_helpers import spans


def persons(text: str) -> list[str]:
    return spans(PersonNameRecognizer().find(text), text, "PERSON")


# --- a first name opening a message or a sentence -------------------------------------------------------------------


def test_a_first_name_opening_a_message_alone_or_before_a_persons_verb_is_a_name() -> None:
    assert persons("Marloes: Jorien?") == ["Marloes", "Jorien"]  # a question for whoever is named
    assert persons("[18:40] Kevin: Thijmen! kom je eten") == ["Kevin", "Thijmen"]
    # a name that is also a word, after a speaker's colon, before a verb a person does
    assert persons("Wendy: Roos rijdt zaterdag") == ["Wendy", "Roos"]
    # a sentence's start inside a message: after "!!" the capital is the sentence's, the verb a person's
    assert persons("Gert: Hij is er!! Fenna is vannacht geboren") == ["Gert", "Fenna"]


def test_a_word_a_month_or_a_title_at_a_messages_start_is_left_alone() -> None:
    assert persons("Wendy: Juni komt eraan") == ["Wendy"]  # a month
    assert persons("Roos?") == []  # a name that is also a word, with no speaker's label nor a verb
    assert persons("Wendy: Roos is mooi, tulp ook") == ["Wendy"]  # a word (a flower) before no person's verb
    # a name that is also a word after a sentence's end, no speaker's colon: the word's capital is the sentence's
    assert persons("Het regende de hele week. Roos komt nu pas op") == []
