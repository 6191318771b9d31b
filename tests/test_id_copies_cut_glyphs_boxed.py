"""Issue 13: glyphs a box's edge cuts (``verify.ink_cut``), whatever their text, are boxed whole when nothing else
refused the page, and the copy is verified again from scratch (only more black; a second refusal stands). Tuning
family3 seed 113 upload 22, a Belgian card's greyscale photocopy: a picture the finder boxed over the lower half of
the printed birth date left "1964" half visible and the copy was refused for it alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from afscherm.detectors.analyzer import default_analyzer
from afscherm.redactors.id_copies import api
from tests.family3_pages import redacted_upload, under_black


@pytest.fixture(scope="module")
def analyzer():  # noqa: ANN201
    return default_analyzer()


def test_a_copy_refused_for_cut_glyphs_alone_is_released_with_them_boxed(analyzer, tmp_path: Path) -> None:  # noqa: ANN001
    truth, result = redacted_upload(tmp_path, 113, 22, "be_id_card", "photocopy", analyzer)
    assert result.released, result.reasons
    assert under_black(truth, result) == []  # (a PDF page)
    assert any(r.source == api.INK_CUT for page in result.pages for r in page.regions)


def test_cut_glyphs_beside_another_refusal_are_not_lifted() -> None:
    assert api._only_cut([api.INK_CUT_REASON])
    assert not api._only_cut([api.INK_CUT_REASON, "face still detected on the whole page"])
