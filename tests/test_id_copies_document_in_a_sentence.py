"""The bare word "document" in a sentence a card prints is no document number's label (issue 13, tuning seed 2086 of
the independent generator, page 12: a Dutch 2014 card's back alone, 'Dit document is eigendom van de Staat der
Nederlanden' read 'Da document s egendom', taken for a label with no value beside it; its guessed strip made the back
a front and the back was refused for its seal's pieces). And an MRZ's first TD1 line that OCR read short of its
fillers still gives its number when the check digit holds (page 3, a German card at 101 dpi:
'IDD<<PL69WC32N5<<<<<<')."""

from __future__ import annotations

import pytest

from afscherm.detectors.mrz_fields import line_values
from afscherm.redactors.id_copies import fields
from afscherm.redactors.id_copies.ocr import Word, lines


def _row(*texts: str, y: int = 100, x: int = 100) -> list[Word]:
    out = []
    for t in texts:
        w = 12 * len(t)
        out.append(Word(t, 90, x, y, x + w, y + 20))
        x += w + 10
    return out


def _numbers(words: list[Word]) -> list[tuple[str, str]]:
    return [(r.type, r.source) for r in fields._labelled_numbers(lines(words), 0.1) if r.type == "document_number"]


@pytest.mark.parametrize(
    "row",
    [
        ("Dit", "document", "is", "eigendom", "van", "de", "Staat", "der", "Nederlanden"),
        ("Da", "document", "s", "egendom", "van", "de", "Staat"),  # as OCR read it
        ("This", "document", "is", "the", "property", "of", "the", "State"),
        ("Ts", "document", "«"),
    ],
)
def test_document_in_a_printed_sentence_is_no_label(row: tuple[str, ...]) -> None:
    assert _numbers(_row(*row)) == []
    assert not any(kind == "document_number" for kind, _, _ in fields._first_labels(lines(_row(*row))))


@pytest.mark.parametrize(
    ("row", "source"),
    [
        (("Document", "no.", "SPECI2014"), "label"),  # a label and its value
        (("Documentnummer",), fields.GUESSED),  # a label whose value OCR missed: its strip is still black
        (("Document",), fields.GUESSED),
        (("N°", "document", "SPECI2014"), "label"),
    ],
)
def test_a_label_stays_a_label(row: tuple[str, ...], source: str) -> None:
    assert ("document_number", source) in _numbers(_row(*row))


def test_a_short_first_line_gives_its_number_only_when_its_check_digit_holds() -> None:
    assert line_values("IDD<<PL69WC32N5<<<<<<") == ({"PL69WC32N"}, set())
    assert line_values("IDD<<PL69WC32N4<<<<<<") == (set(), set())  # the check digit fails
    assert line_values("BRANDT<<LEONIE<<<<<<<<") == (set(), set())  # a name line
