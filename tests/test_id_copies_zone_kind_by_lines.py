"""A card's zone (TD1) is told from a passport's (TD3) by its three lines, not by its aspect alone (issue 13). The
aspect (line length / glyph height) depends on the font: ≈ 25 for a TD1 line in the tuning families, 28-33 in a family
drawn with narrower glyphs, where four cards' backs alone with their three lines found (aspect 31.3-32.2, tuning
seed 2085 of the independent generator) were taken for passports' data pages and refused for printing no portrait and
no document number. Fail closed: three lines as long as a passport's, or two lines, keep the aspect test."""

from __future__ import annotations

import pytest

from afscherm.redactors.id_copies import api
from afscherm.redactors.id_copies.boxes import rect
from afscherm.redactors.id_copies.layout import photo_zone
from afscherm.redactors.id_copies.mrz_band import Band, is_td3


def _band(aspect: float, lines: int) -> Band:
    line_height = 24.0
    return Band(
        (600.0, 700.0), aspect * line_height, (4.4 if lines == 3 else 3.2) * line_height, 0.0, lines, line_height
    )


@pytest.mark.parametrize(
    ("aspect", "lines", "td3"),
    [
        (25.0, 3, False),  # the tuning families' card
        (31.7, 3, False),  # a narrower font's card (tuning seed 2085 page 27: 31.7)
        (32.9, 3, False),
        (37.0, 3, True),  # as long as a passport's lines: a line of print above taken in
        (35.3, 2, True),  # a passport's two lines
        (31.5, 2, True),
        (20.0, 2, False),  # a card's zone with one line missed
    ],
)
def test_zone_kind(aspect: float, lines: int, td3: bool) -> None:
    assert is_td3(_band(aspect, lines)) is td3


def test_a_card_back_alone_in_a_narrow_font_is_no_data_page() -> None:
    band = _band(31.7, 3)
    bsn = rect("bsn", "label", 580, 180, 870, 220)  # its personal number, above the band
    assert api._fronts([bsn], [band]) == 0
    assert api._understood([bsn], [band]) == []
    # and the zone its portrait would have is a card's (layout.PHOTO_ABOVE: 0.47 band lengths tall), not a data
    # page's (0.60)
    _, y0, _, y1 = photo_zone(band).bbox()
    assert y1 - y0 == pytest.approx(0.47 * band.length)


def test_two_lines_that_long_stay_a_data_page_wanting_its_number() -> None:
    band = _band(31.7, 2)
    bsn = rect("bsn", "label", 580, 180, 870, 220)
    assert api._fronts([bsn], [band]) == 1
    assert any("document number" in issue for issue in api._understood([bsn], [band]))
