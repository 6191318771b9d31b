"""A document's own print taken for an MRZ band (issue 13): a Dutch card's front alone, cropped to its edges, whose two
title lines in capitals have a band's shape and span enough of the page to be trusted by it (tuning family3 seed 90
page 0), and a driving licence's front whose numbered fields do (seed 92 page 0). A band shape that reads as such print
is no MRZ, for the finder and for verification; one that reads as nothing of the sort still counts by its shape, and one
with fillers as before. Pages drawn here; the held-out family is never used."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from afscherm.detectors.analyzer import default_analyzer
from afscherm.redactors.id_copies import api
from afscherm.redactors.id_copies.fields import Values
from afscherm.redactors.id_copies.mrz_band import find_bands
from afscherm.redactors.id_copies.policy import IdCopyPolicy


def _page(lines: tuple[str, ...]) -> np.ndarray:
    """A card cropped to its edges, 1000 x 640 px: ``lines`` printed at its top left."""
    page = np.full((640, 1000), 236, np.uint8)
    for i, line in enumerate(lines):
        cv2.putText(page, line, (40, 70 + 42 * i), cv2.FONT_HERSHEY_SIMPLEX, 0.95, 25, 2, cv2.LINE_AA)
    return page


TITLE = ("KONINKRIJK DER NEDERLANDEN", "IDENTITEITSKAART IDENTITY CARD")
# the same shape, no title: the letters of a band OCR cannot read as an MRZ (no fillers)
OTHER = ("XQRVTZPLMWKJHGFDSABNCE", "WQERTYZXCVBNMLKJHGFDSAPO")
# a licence's fields 4a, 4b and 4d as the band's reading (tesseract held to the MRZ's alphabet) gave them on seed 92:
# "4A…", "4B…", "4D…" (drawn so here: this font's small "a" reads as nothing)
LICENCE = ("4A. 06.08.2025 GEMEENTE", "4B. 06.08.2035 ZWOLLE", "4D. 123456782 ZWOLLE")
MRZ = ("IDNLDXR12345676123456782<<<<<<", "8001014F3008012NLD<<<<<<<<<<<6", "DE<BRUIN<<ANNA<MARIA<<<<<<<<<<")


def test_a_title_in_capitals_has_a_bands_shape_trusted_by_its_length() -> None:
    page = _page(TITLE)
    widest = find_bands(page)[0]
    assert widest.length >= api.TRUSTED_LINE * page.shape[1]  # without reading it, the finder would trust it


@pytest.fixture(scope="module")
def analyzer():  # noqa: ANN201
    return default_analyzer()


def test_a_title_is_no_mrz_band_for_the_finder(analyzer) -> None:  # noqa: ANN001
    assert api._mrz_bands(_page(TITLE), analyzer, IdCopyPolicy(), Values()) == []
    licence = _page(LICENCE)
    assert find_bands(licence)[0].length >= api.TRUSTED_LINE * licence.shape[1]
    assert api._mrz_bands(licence, analyzer, IdCopyPolicy(), Values()) == []
    # a band of the same shape that reads as no title is still trusted by its shape (OCR cannot read every MRZ)
    assert len(api._mrz_bands(_page(OTHER), analyzer, IdCopyPolicy(), Values())) == 1


def test_a_title_left_in_the_redacted_page_is_no_band_left() -> None:
    assert not api._bands_left(_page(TITLE), [])
    assert not api._bands_left(_page(LICENCE), [])
    assert api._bands_left(_page(OTHER), [])
    assert api._bands_left(_page(MRZ), [])
