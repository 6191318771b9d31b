"""An EU driving licence's field number ('5.': the licence number) is a label only on a licence (issue 13, release).

Tuning family3 seed 40 page 13 (a Dutch 2021 identity card's back alone, its ghost printed beside the BSN): a '5' read
at the start of the 'Persoonsnummer' line made the BSN beside it a document number found by its label, the card a
front, and its ghost a portrait that wanted a ghost of its own: refused 'ghost portrait not found'. On a reading that
shows no licence the number such a field number announces is still blacked out, but as doubtful: no document number
found and nothing of a front. On a licence (its title or a field label 4a-4d read) it is the licence's number, as
before. The words are drawn here; the numbers are fictitious."""

from __future__ import annotations

from afscherm.redactors.id_copies import api
from afscherm.redactors.id_copies.boxes import Region
from afscherm.redactors.id_copies.fields import Values, body_regions
from afscherm.redactors.id_copies.ocr import Word

WANTED = {"bsn", "document_number", "mrz", "photo"}
FIELD_FIVE = Word("5", 80.0, 300, 280, 312, 300)  # a '5' read at a line's start
NUMBER = Word("994577576", 92.0, 400, 280, 550, 302)  # the value on that line
TITLE = Word("RIJBEWIJS", 93.0, 300, 150, 420, 170)  # a driving licence's title
CARD = Region(api.BACK_CARD, "mrz", ((200.0, 140.0), (1600.0, 140.0), (1600.0, 1200.0), (200.0, 1200.0)))


class _NoEntities:
    """An analyzer that finds nothing: what is found comes from labels and shapes alone."""

    def analyze_one(self, text: str, entities: list[str] | None = None) -> list:
        return []


def _regions(*words: Word) -> list[Region]:
    return body_regions(list(words), _NoEntities(), Values(), WANTED, 0.25)


def _covers(regions: list[Region], word: Word) -> bool:
    return any(
        r.bbox()[0] <= word.x0 and r.bbox()[1] <= word.y0 and r.bbox()[2] >= word.x1 and r.bbox()[3] >= word.y1
        for r in regions
    )


def test_a_field_five_off_a_licence_finds_no_document_number() -> None:
    regions = _regions(FIELD_FIVE, NUMBER)
    # Blacked out all the same ...
    assert _covers([r for r in regions if r.type in WANTED], NUMBER)
    # ... but no number found, and nothing of a front on the card around it.
    assert api._document_numbers(regions) == []
    assert not api._front_on(CARD, regions)


def test_a_field_five_off_a_licence_with_no_value_read_is_no_front() -> None:
    # The strip right of the label where the value should be: blacked out, but no front's number label.
    regions = _regions(FIELD_FIVE)
    assert any(r.type == "document_number" for r in regions)
    assert not api._front_on(CARD, regions)


def test_a_field_five_on_a_licence_is_its_number() -> None:
    regions = _regions(TITLE, FIELD_FIVE, NUMBER)
    assert _covers(api._document_numbers(regions), NUMBER)
    assert api._front_on(CARD, regions)


def test_a_named_label_off_a_licence_still_finds_its_number() -> None:
    # Only the licence's field numbers depend on the licence: 'Documentnummer' is a label on any document.
    label = Word("Documentnummer", 90.0, 300, 280, 460, 300)
    number = Word("SPECI2021", 92.0, 480, 280, 630, 302)
    regions = _regions(label, number)
    assert _covers(api._document_numbers(regions), number)
    assert api._front_on(CARD, regions)
