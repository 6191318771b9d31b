"""A driving licence's categories mark the page as a licence when OCR lost its title and field labels (issue 13).

Tuning family3 seed 82 page 26 (a Dutch licence's front and back stacked on A4 at 144 dpi): no pass read the red title
or the field labels '4d' and '5', so the ten digits of the licence's number were blacked out as doubtful only, no
number found, and the copy refused ('front side or data page without its document number found'). Every pass read the
categories, 'AM/A1/B' (field 9 on the front), and some read the back's table. Either marks a licence; no identity card
or passport prints them. The words are drawn here; the numbers are fictitious."""

from __future__ import annotations

from afscherm.redactors.id_copies.fields import shows_licence
from afscherm.redactors.id_copies.ocr import Word
from tests.id_words import numbers_found

BSN = Word("194037580", 90.0, 300, 280, 450, 300)  # field 4d, its label unread
NUMBER = Word("5120964738", 92.0, 300, 310, 470, 330)  # field 5, its label unread
CATEGORIES = Word("AM/A1/B", 91.0, 300, 340, 400, 360)  # field 9
# The back's table as one pass read it: the column heads and codes, the digit one read as 'I' and 't'.
TABLE = [
    Word(t, 85.0, 100 + 40 * i, 600, 130 + 40 * i, 620) for i, t in enumerate(("10.", "11", "12", "AM", "Ai", "A2"))
] + [Word(t, 85.0, 100, 640 + 30 * i, 140, 660 + 30 * i) for i, t in enumerate(("BE", "Ct", "CIE", "CE", "DIE"))]


def test_ten_digits_beside_no_licence_mark_are_only_doubtful() -> None:
    assert numbers_found(BSN, NUMBER) == []


def test_the_categories_on_the_front_make_ten_digits_the_licence_number() -> None:
    assert numbers_found(BSN, NUMBER, CATEGORIES) == ["5120964738"]


def test_the_categories_table_of_the_back_marks_a_licence() -> None:
    assert shows_licence(TABLE)
    assert numbers_found(BSN, NUMBER, *TABLE) == ["5120964738"]


def test_single_codes_and_other_slashed_words_mark_no_licence() -> None:
    # A lone 'B', a date or a reference with slashes, lower case: nothing a licence alone prints.
    for text in ("B", "AM", "12/04/2031", "am/b", "A/X", "NL/B", "C/O"):
        assert not shows_licence([Word(text, 90.0, 0, 0, 40, 12)]), text
