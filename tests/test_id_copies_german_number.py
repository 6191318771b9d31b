"""A German document's number with one digit is found on a page that shows a German document (issue 13).

Tuning family3 seed 83 page 0 (a German identity card's front alone on A4 at 107 dpi): every reading read its number
'RPVLF6TRM', printed without a label, but a number with one digit takes no document number's shape, so the front was
refused 'without its document number found'. On a page whose title says it is a German document, nine characters of
the German number alphabet (C F G H J K L M N P R T V W X Y Z and digits) with a digit among them are its number.
The words are drawn here; the number is fictitious."""

from __future__ import annotations

from afscherm.redactors.id_copies.ocr import Word
from tests.id_words import numbers_found

TITLE = [Word("BUNDESREPUBLIK", 90.0, 100, 40, 300, 60), Word("DEUTSCHLAND", 90.0, 310, 40, 480, 60)]
CARD = Word("PERSONALAUSWEIS", 88.0, 100, 70, 300, 85)
NUMBER = Word("TKWXN3HPC", 91.0, 520, 90, 660, 110)  # one digit, no label
NAME = Word("SCHMIDT", 90.0, 300, 130, 420, 150)


def test_a_one_digit_number_on_a_german_card_is_its_number() -> None:
    assert numbers_found(*TITLE, NUMBER, NAME) == ["TKWXN3HPC"]
    assert numbers_found(CARD, NUMBER, NAME) == ["TKWXN3HPC"]


def test_the_same_word_on_a_page_without_a_german_title_is_no_number() -> None:
    # A Dutch card's words: a nine-character word with one digit is no document number there.
    dutch = [Word("KONINKRIJK", 90.0, 100, 40, 300, 60), Word("NEDERLANDEN", 90.0, 310, 40, 480, 60)]
    assert numbers_found(*dutch, NUMBER, NAME) == []


def test_words_without_a_digit_or_outside_the_alphabet_stay_words() -> None:
    # Letters only (found beside a label, not alone), a vowel, lower case, ten characters.
    for text in ("TKWXNLHPC", "TAWXN3HPC", "tkwxn3hpc", "TKWXN3HPCT"):
        assert numbers_found(*TITLE, Word(text, 90.0, 520, 90, 660, 110), NAME) == [], text
