"""Every front side prints its own document number (issue 13, a fail-closed hole): a page with two card fronts on it
(two documents of one household scanned together) where the finder read one number was released with the other card's
number visible — verification searches the values it was given and the shapes it can read, and read neither (held-out
family seed 2051 page 25). A page is now refused when fewer document-number places were found than fronts shown."""

from __future__ import annotations

from afscherm.redactors.id_copies import api
from afscherm.redactors.id_copies.boxes import rect

# Two card fronts side by side on an A4 scan: a portrait on each (found by the face detector) ...
LEFT_FACE = rect("photo", "face", 60, 170, 265, 430)
RIGHT_FACE = rect("photo", "face", 905, 170, 1110, 430)
# ... and each card's number at its top right.
LEFT_NUMBER = rect("document_number", "label", 585, 139, 713, 158)
RIGHT_NUMBER = rect("document_number", "label", 1430, 138, 1558, 155)
REASON = "fewer document numbers found than front sides or data pages: one may be uncovered"


def test_two_fronts_with_one_number_found_are_refused() -> None:
    regions = [LEFT_FACE, RIGHT_FACE, RIGHT_NUMBER]
    assert api._fronts(regions, []) == 2  # the premise: two portraits, two fronts
    assert REASON in api._understood(regions, [])


def test_the_same_number_found_twice_is_one_place() -> None:
    # Found by its label and again by its value from an MRZ: one number, not the second front's.
    again = rect("document_number", "mrz_value", 1428, 136, 1560, 157)
    assert api._document_number_places([RIGHT_NUMBER, again]) == 1
    assert REASON in api._understood([LEFT_FACE, RIGHT_FACE, RIGHT_NUMBER, again], [])


def test_two_fronts_with_both_numbers_found_pass_this_check() -> None:
    regions = [LEFT_FACE, RIGHT_FACE, LEFT_NUMBER, RIGHT_NUMBER]
    assert api._document_number_places(regions) == 2
    assert api._understood(regions, []) == []


def test_one_front_needs_one_number() -> None:
    assert api._understood([LEFT_FACE, LEFT_NUMBER], []) == []
    # A document-number box of another kind (a layout guess, not a reading) vouches for nothing.
    guessed = rect("document_number", "layout", 585, 139, 713, 158)
    assert "front side or data page without its document number found: cannot verify the copy" in api._understood(
        [LEFT_FACE, guessed], []
    )


def test_verification_takes_an_o_in_a_dutch_number_for_a_zero() -> None:
    """The number left visible on that page, as tesseract read it: its check digit 0 as the letter O. A Dutch document
    number never holds the letter O, so the reading is a Dutch number; words with an O stay words."""
    from afscherm.redactors.id_copies.api import _analyzer
    from afscherm.redactors.id_copies.fields import Values
    from afscherm.redactors.id_copies.ocr import Word
    from afscherm.redactors.id_copies.verify import text_problems

    def read(text: str) -> list[str]:
        return text_problems([Word(text, 90.0, 100, 100, 260, 118)], _analyzer(), Values())

    assert "document-number shape still readable (O read for 0)" in read("KTBRUGYLO")
    assert read("VOORNAMEN") == []
    assert read("GELDIGTOT") == []


def test_a_picture_without_a_face_asks_no_number_of_its_own() -> None:
    """Tuning family3 seed 1 page 18 as found: a driving licence and a German card stacked, both numbers found; the
    licence's face, the card's portrait found only as a picture, and the licence's ghost merged with its hologram read
    as a third portrait-sized picture. Three pictures, two numbers, two faces at most: not refused for the number."""
    face = rect("photo", "face", 46, 87, 175, 241)
    card_portrait = rect("photo", "portrait_like", 294, 342, 473, 638)
    ghost_and_hologram = rect("photo", "portrait_like", 357, 187, 473, 319)
    numbers = [
        rect("document_number", "shape", 189, 223, 294, 242),
        rect("document_number", "shape", 179, 221, 305, 244),
        rect("document_number", "shape", 43, 368, 477, 431),
    ]
    regions = [face, card_portrait, ghost_and_hologram, *numbers]
    assert api._document_number_places(regions) == 2
    assert REASON not in api._understood(regions, [])
