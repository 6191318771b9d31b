"""Issue 13: glyphs a box's edge cuts (``verify.ink_cut``), whatever their text, are boxed whole when nothing else
refused the page, and the copy is verified again from scratch (only more black; a second refusal stands). Tuning
family3 seed 113 upload 22, a Belgian card's greyscale photocopy: a picture the finder boxed over the lower half of
the printed birth date left "1964" half visible and the copy was refused for it alone."""

from __future__ import annotations

from pathlib import Path

import cv2
import pytest

from afscherm.detectors.analyzer import default_analyzer
from afscherm.redactors.id_copies import api
from synthetic.id_images import decode_pages
from tests.family3_pages import redacted_upload, required_elements
from tests.id_compose import covered


@pytest.fixture(scope="module")
def analyzer():  # noqa: ANN201
    return default_analyzer()


def test_a_copy_refused_for_cut_glyphs_alone_is_released_with_them_boxed(analyzer, tmp_path: Path) -> None:  # noqa: ANN001
    truth, result = redacted_upload(tmp_path, 113, 22, "be_id_card", "photocopy", analyzer)
    assert result.released, result.reasons
    # (a PDF page: rendered at the capture's resolution, in the truth's pixel grid)
    page = decode_pages(result.data, round(truth["capture"].get("pdf_dpi") or 200))[0]
    size = truth["page_size"]["width"], truth["page_size"]["height"]
    page = cv2.resize(page, size, interpolation=cv2.INTER_AREA) if (page.shape[1], page.shape[0]) != size else page
    assert [e["type"] for e in required_elements(truth) if covered(page, e["polygon"]) < 0.95] == []
    assert any(r.source == api.INK_CUT for page in result.pages for r in page.regions)


def test_cut_glyphs_beside_another_refusal_are_not_lifted() -> None:
    assert api._only_cut([api.INK_CUT_REASON])
    assert not api._only_cut([api.INK_CUT_REASON, "face still detected on the whole page"])
