"""Backs and facing pages told as what they are, so that their seals' and emblems' pieces are blacked out as a back's
(issue 13, 'photo-like region still visible'): a licence's categories table read in part is on the whole card it lies
on (``api._table_card``), a field number read several times taller than the page's print is no label
(``fields._too_tall``), and the observations page above a passport's data page is a back when its header is read on it
(``api._facing_pages``); tuning seed 2085 page 23 and seed 2086 page 10."""

from __future__ import annotations

import numpy as np

from afscherm.redactors.id_copies import api, fields
from afscherm.redactors.id_copies.boxes import Region, rect
from afscherm.redactors.id_copies.fields import BACK_SIDE, GUESSED, OBSERVATIONS
from afscherm.redactors.id_copies.mrz_band import Band, is_td3
from afscherm.redactors.id_copies.ocr import Word, lines

CARD = (560, 220, 1250, 655)  # x0, y0, x1, y1: an ID-1 card (1.59 : 1) on an A4 page at 200 dpi


def _page(cards: tuple[tuple[int, int, int, int], ...] = (CARD,)) -> np.ndarray:
    """A white page (1654 x 2339) with the ``cards`` on it, each 30 levels darker than the paper, a little print."""
    page = np.full((2339, 1654), 250, np.uint8)
    for x0, y0, x1, y1 in cards:
        page[y0:y1, x0:x1] = 220
        for y in range(y0 + 40, y1 - 40, 28):
            page[y : y + 2, x0 + 30 : x1 - 30] = 90  # the table's rules
    return page


def _table() -> Region:
    """A categories table read from 'A' to 'D1' only: 275 px wide, at the card's left (see ``api._table_card``)."""
    return rect(BACK_SIDE, "label", 609, 395, 884, 558)


def _back_card_boxes(regions: list[Region], bands: list[Band], gray: np.ndarray | None = None) -> list[tuple]:
    return [tuple(round(v) for v in c.bbox()) for c in api._back_cards(regions, bands, (2339, 1654), None, gray)]


def test_a_table_read_in_part_tells_the_whole_card_it_lies_on_as_a_back() -> None:
    (card,) = _back_card_boxes([_table()], [], _page())
    assert card[0] <= CARD[0] and card[1] <= CARD[1] and card[2] >= CARD[2] and card[3] >= CARD[3]
    assert card[2] - card[0] < 1.1 * (CARD[2] - CARD[0])  # the card, not the page


def test_a_table_on_two_cards_the_scan_merged_keeps_its_own_extent() -> None:
    wide = ((300, 220, 1400, 655),)  # two cards side by side, touching: 2.5 times as wide as high
    assert _back_card_boxes([_table()], [], _page(wide)) == [(609, 395, 884, 558)]


def test_without_the_page_the_table_is_the_card_as_before() -> None:
    assert _back_card_boxes([_table()], []) == [(609, 395, 884, 558)]


def _licence_numbers(words: list[Word]) -> list[tuple[str, str]]:
    return [(r.type, r.source) for r in fields._labelled_numbers(lines(words), 0.1) if r.type == "document_number"]


# The categories' codes of a licence's back, 9 px tall, and a '5' read 57 px tall in its pink corner.
CODES = [Word(code, 90, 620, 400 + 27 * i, 640, 409 + 27 * i) for i, code in enumerate(("A", "B", "BE", "C1", "C1E"))]


def test_a_field_number_read_far_taller_than_the_print_is_no_label() -> None:
    speck = Word("5", 60, 589, 230, 636, 287)
    assert _licence_numbers([speck, *CODES]) == []


def test_a_field_number_as_tall_as_the_print_is_still_a_label() -> None:
    label = Word("5.", 90, 589, 230, 600, 240)
    assert _licence_numbers([label, *CODES]) == [("document_number", GUESSED)]


def _data_page_band() -> Band:
    """A passport's TD3 band, 500 px long, its middle at (600, 1500), level: the data page reaches 0.7 band lengths
    (350 px) above it, the facing page from there up to about 1.5 lengths (750 px)."""
    band = Band((600.0, 1500.0), 500.0, 30.0, 0.0, 2, 11.0)
    assert is_td3(band)
    return band


def test_the_observations_page_above_a_data_page_is_a_back() -> None:
    header = rect(OBSERVATIONS, "ocr", 450, 900, 750, 915)  # 590 px above the band: on the facing page
    (page,) = _back_card_boxes([header], [_data_page_band()])
    x0, y0, x1, y1 = page
    assert y1 <= 1500 - 0.75 * 500 and y0 <= 900 and x0 < 350 < 850 < x1  # above the data page, as wide as it


def test_a_header_read_on_the_data_page_makes_no_facing_page() -> None:
    header = rect(OBSERVATIONS, "ocr", 450, 1300, 750, 1315)  # 200 px above the band: on the data page itself
    assert _back_card_boxes([header], [_data_page_band()]) == []


def test_a_facing_page_with_a_face_on_it_is_no_back() -> None:
    header = rect(OBSERVATIONS, "ocr", 450, 900, 750, 915)
    face = rect("photo", "face", 500, 950, 620, 1100)
    assert _back_card_boxes([header, face], [_data_page_band()]) == []
