"""A passport's observations page told by its header when its BSN's label is not read (issue 13, ``api._bsn_page``).

On tuning family3 seed 113 upload 13 (a 2021 passport's BSN page alone, a 144 dpi PDF) OCR read the page's header
'OPMERKINGEN / OBSERVATIONS' and the BSN, but the small label above the BSN only as 'Burgerse;': the page was no BSN
page, and the picture the finder took of its two stamps counted as a portrait, a front refused 'without its document
number' and 'ghost portrait not found'. The header (``fields.OBSERVATION_HEADERS``, printed on no front) tells the page
as the label does: its pictures are a back's, blacked out, no portrait. Fail closed: a document number found, or no
valid BSN read, keeps the page what it was."""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import default_analyzer
from afscherm.redactors.id_copies import api
from afscherm.redactors.id_copies.boxes import Region, rect
from afscherm.redactors.id_copies.fields import OBSERVATIONS
from tests.family3_pages import redacted_upload, required_elements, under_black

SHAPE = (1000, 1100)
HEADER = rect(OBSERVATIONS, "label", 80, 60, 700, 100)  # 'OPMERKINGEN / OBSERVATIONS' across the top
VALID_BSN = rect("bsn", "ocr", 80, 160, 500, 210)
STAMPS = rect("photo", "portrait_like", 500, 430, 780, 720)  # the two stamps, one picture
NUMBER = rect("document_number", "ocr", 80, 260, 500, 300)


def _decided(regions: list[Region]) -> list[Region]:
    return api._back_pictures(regions, api._back_cards(regions, [], SHAPE))


def test_an_observations_pages_header_and_bsn_make_its_stamps_a_backs_picture() -> None:
    found = _decided([HEADER, VALID_BSN, STAMPS])
    assert any(r.type == api.BACK_CARD for r in found)
    assert [r.source for r in found if r.type == "photo"] == [api.BACK_PICTURE]
    assert api._fronts(found, []) == 0
    assert api._understood(found, []) == []


def test_without_the_header_the_stamps_picture_is_a_portrait_as_before() -> None:
    found = _decided([VALID_BSN, STAMPS])
    assert not any(r.type == api.BACK_CARD for r in found)
    assert api._fronts(found, []) == 1


@pytest.mark.parametrize(
    "regions",
    [
        [HEADER, VALID_BSN, NUMBER, STAMPS],  # a document number found: a front's sign
        [HEADER, STAMPS],  # no BSN read
    ],
)
def test_the_header_alone_does_not_make_a_bsn_page(regions: list[Region]) -> None:
    assert not api._bsn_page(regions, [])
    assert not any(r.type == api.BACK_CARD for r in _decided(regions))


@pytest.fixture(scope="module")
def analyzer():  # noqa: ANN201
    return default_analyzer()


def test_a_passport_bsn_page_whose_label_ocr_missed_is_released_black(analyzer, tmp_path) -> None:  # noqa: ANN001
    truth, result = redacted_upload(tmp_path, 113, 13, "nl_passport", "single_back", analyzer)
    assert [d["sides_shown"] for d in truth["documents"]] == [["bsn_page"]]  # the premise
    assert result.released, result.reasons
    assert [e["type"] for e in required_elements(truth)] == ["bsn"]
    assert under_black(truth, result) == []
    # the stamps' picture blacked out as a back's, no portrait
    assert any(r.source == api.BACK_PICTURE for page in result.pages for r in page.regions)
