"""Verification's search for an MRZ band left in the redacted page (issue 13, tuning family3 seed 88 pages 16 and 19):
with the page's MRZ bands boxed, the widest stack of lines left was a card's own print that the boxes cut to one
length (a header's two lines ended at the portrait's box), long enough of the page to count as a band by its shape
alone. A band left counts by its shape when it is about as long as the MRZ lines the finder boxed. Pages drawn here;
the held-out family is never used."""

from __future__ import annotations

import cv2
import numpy as np

from afscherm.redactors.id_copies import api
from afscherm.redactors.id_copies.mrz_band import Band, find_bands

# The card pair's MRZ as the finder saw it on seed 88 page 19: 619 px long on a page 852 px wide.
BOXED = Band(center=(430.0, 1040.0), length=619.0, thickness=100.0, angle=0.0, lines=3, line_height=24.0)


def _page(lines: tuple[str, ...], scale: float) -> np.ndarray:
    """A redacted page 852 x 1212 px: ``lines`` printed stacked at the top left, a black box right of them, and the
    boxed MRZ's black rectangle below."""
    page = np.full((1212, 852), 242, np.uint8)
    for i, line in enumerate(lines):
        cv2.putText(page, line, (40, 110 + 34 * i), cv2.FONT_HERSHEY_SIMPLEX, scale, 30, 2, cv2.LINE_AA)
    cv2.rectangle(page, (120, 980), (760, 1100), 0, -1)
    return page


HEADER = ("KONINKRIJK DER NEDERLANDEN", "IDENTITEITSKAART IDENTITY")


def test_a_header_cut_by_the_boxes_is_no_band_left_beside_a_longer_mrz() -> None:
    page = _page(HEADER, 0.6)
    widest = find_bands(page)[0]
    assert 0.3 * page.shape[1] <= widest.length < 0.6 * BOXED.length  # long of the page, short of the MRZ
    # (no band boxed: the page's share alone would decide, but these lines read as the card's title, no MRZ:
    # tests/test_id_copies_title_band.py)
    assert not api._bands_left(page, [BOXED])


def test_a_stack_as_long_as_the_boxed_mrz_still_counts_by_its_shape() -> None:
    # Two more lines of a band the finder did not box (another document's, OCR reading no fillers in it).
    page = _page(("IDNLDXR12345676123456782 A8001014", "F3008012NLD VANDERBERG ANNA MARIA"), 0.8)
    widest = find_bands(page)[0]
    assert widest.length >= 0.6 * BOXED.length
    assert api._bands_left(page, [BOXED])
