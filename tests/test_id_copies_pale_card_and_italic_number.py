"""A card on white paper whose ground fades towards the paper at one side is read whole, and a document number in
italics whose J reads as a slash is still the number (issue 13, ``ocr.paper_cards``, ``fields.italic_j_read``): tuning
family3 seed 119 upload 12, a 2014 identity card's front alone on an A4 flatbed scan, was refused 'without its
document number': the card's right fifth (9-12 grey levels under the paper) was cut off the card's reading, and with
it the number printed there in red italics; read whole, 'EAACL36J8' reads 'EAACL36/8' at every scale. And upload 17,
a passport spread whose BSN under the observations header was boxed, was refused for a 'number' verification read in
the header's letters above a box's edge (``fields.OBSERVATION_LINE``). The held-out family is never used."""

from __future__ import annotations

import numpy as np
import pytest

from afscherm.detectors.analyzer import default_analyzer
from afscherm.redactors.id_copies.fields import _on_header_line, italic_j_read
from afscherm.redactors.id_copies.ocr import Word, paper_cards
from tests.family3_pages import redacted_upload, under_black


@pytest.fixture(scope="module")
def analyzer():  # noqa: ANN201
    return default_analyzer()


def _page_with_card(right_tone: int) -> np.ndarray:
    """An A4-like page of paper (243) with a card whose left 80 % is 215 and whose right 20 % is ``right_tone``."""
    rng = np.random.default_rng(3)
    page = np.clip(rng.normal(243, 1.0, (1400, 1000)), 0, 255).astype(np.uint8)
    page[600:880, 500:855] = 215
    page[600:880, 855:945] = right_tone
    return page


def test_a_card_whose_ground_fades_at_one_side_is_cut_out_whole() -> None:
    (x0, y0, x1, y1) = paper_cards(_page_with_card(233))[0]
    assert x0 <= 500 and x1 >= 945 - 4  # (before: cut off at the pale part, x1 near 855)
    assert y0 <= 600 and y1 >= 880


def test_a_card_on_plain_paper_keeps_its_box() -> None:
    (x0, y0, x1, y1) = paper_cards(_page_with_card(215))[0]
    assert x1 - x0 <= (945 - 500) * 1.1 and y1 - y0 <= (880 - 600) * 1.1


def test_a_slash_between_capitals_or_digits_reads_as_the_italic_j() -> None:
    assert italic_j_read("EAACL36/8") == "EAACL36J8"
    assert italic_j_read("AB/C/D") is None and italic_j_read("/ABC") is None


def test_the_pale_cards_front_is_released_with_its_number_black(analyzer, tmp_path) -> None:  # noqa: ANN001
    truth, result = redacted_upload(tmp_path, 119, 12, "nl_id_card", "single_front", analyzer)
    assert [d["sides_shown"] for d in truth["documents"]] == [["front"]]  # the premise
    assert result.released, result.reasons  # (refused before: "without its document number found")
    assert under_black(truth, result) == []


def test_a_number_read_on_the_observations_headers_own_line_is_none() -> None:
    header = Word("OBSERVATIONS", 90.0, 433, 139, 673, 162)
    sliver = Word("17757777", 60.0, 405, 133, 565, 140)  # the header's letters' tops above a box's edge
    below = Word("563695729", 90.0, 591, 208, 820, 239)  # the BSN a line under it
    assert _on_header_line(sliver, header, 20.8) and not _on_header_line(below, header, 20.8)


def test_the_spreads_bsn_page_is_released_once_its_boxed_header_is_no_number(analyzer, tmp_path) -> None:  # noqa: ANN001
    truth, result = redacted_upload(tmp_path, 119, 17, "nl_passport", "passport_spread", analyzer)
    assert [d["sides_shown"] for d in truth["documents"]] == [["bsn_page", "data_page"]]  # the premise
    assert result.released, result.reasons  # (refused before: "number left readable under ... header")
    assert under_black(truth, result) == []
