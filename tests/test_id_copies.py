"""Safe copies of ID documents, end to end, judged by the generator's ground truth: every MRZ band,
BSN, document number and photo is ≥ 95 % black; an independent OCR pass (tesseract eng+nld on the
upscaled output) recovers none of the sensitive strings; metadata is gone; and a copy whose
redaction fails is never released."""

from __future__ import annotations

import io
import os

import numpy as np
import pytest
from PIL import Image

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

from afscherm.detectors.analyzer import default_analyzer  # noqa: E402
from afscherm.redactors.id_copies import IdCopyPolicy, api, redact_id_copy  # noqa: E402
from synthetic.id_images import SENSITIVE, coverage, decode_pages, generate, ocr_text, recovered  # noqa: E402

# A fixed sample across kinds and formats (the 40-document sweep is bench/bench_id_copies.py).
CASES = [(0, "png", 1100, "td1"), (1, "jpg", 1400, "td3"), (2, "pdf", 1000, None), (3, "webp", 1700, "td1")]


@pytest.fixture(scope="module")
def analyzer():  # noqa: ANN201
    return default_analyzer()


@pytest.fixture(scope="module")
def redacted(analyzer):  # noqa: ANN001, ANN201
    out = {}
    for index, fmt, width, kind in CASES:
        _, data, truth = generate(index, seed=21, fmt=fmt, width=width, kind=kind)
        out[index] = (data, truth, redact_id_copy(data, IdCopyPolicy(), analyzer))
    return out


@pytest.mark.parametrize("case", CASES, ids=[f"{c[1]}-{c[3] or 'mixed'}" for c in CASES])
def test_sensitive_regions_are_black_and_unreadable(case: tuple, redacted: dict) -> None:
    data, truth, result = redacted[case[0]]
    assert result.released, result.reasons
    assert result.format == case[1]
    pages = decode_pages(result.data)
    assert len(pages) == len(truth["pages"])
    for page, truth_page, holder in zip(pages, truth["pages"], truth["holders"], strict=True):
        for region_type in SENSITIVE:
            covered = coverage(page, truth_page, region_type)
            assert all(c >= 0.95 for c in covered), (region_type, covered)
        assert recovered(ocr_text(page), holder) == []


def test_the_oracle_sees_the_strings_in_an_unredacted_page() -> None:
    # Without this, "nothing recovered" could mean the OCR oracle reads nothing at all.
    _, data, truth = generate(0, seed=21, fmt="png", width=1100, kind="td1")
    page = decode_pages(data)[0]
    assert {"document_number", "mrz_line_1"} <= set(recovered(ocr_text(page), truth["holders"][0]))
    assert all(c == 0.0 for c in coverage(page, truth["pages"][0], "photo"))


def test_metadata_is_stripped(redacted: dict) -> None:
    jpg = redacted[1][2].data
    assert dict(Image.open(io.BytesIO(jpg)).getexif()) == {}
    assert b"Synthetic Camera" in redacted[1][0] and b"Synthetic Camera" not in jpg
    pdf = redacted[2][2].data
    assert b"/Info" not in pdf and b"Synthetic Scanner" not in pdf and b"/Font" not in pdf
    png = Image.open(io.BytesIO(redacted[0][2].data))
    assert png.info == {} or set(png.info) <= {"dpi"}


def test_report_lists_boxes_without_the_values(redacted: dict) -> None:
    data, truth, result = redacted[0]
    report = result.report()
    types = {b["type"] for b in report["pages"][0]["boxes"]}
    assert {"mrz", "photo", "document_number"} <= types
    text = str(report)
    holder = truth["holders"][0]
    assert holder["document_number"] not in text and holder["mrz"][0] not in text
    assert report["timings_s"]["total"] > 0 and report["released"] is True


def test_failed_redaction_is_quarantined_not_released(analyzer, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    # Simulate a redaction bug: nothing gets blacked out. Verification must refuse the copy.
    monkeypatch.setattr(api, "black_out", lambda page, regions: page.copy())
    _, data, _ = generate(0, seed=21, fmt="png", width=1100, kind="td1")
    result = redact_id_copy(data, IdCopyPolicy(all_reasons=True), analyzer)  # every reason verification finds
    assert not result.released and result.data is None
    text = " ".join(result.reasons)
    assert "MRZ" in text and "face still detected" in text


def test_upload_without_id_document_is_quarantined(analyzer) -> None:  # noqa: ANN001
    img = Image.new("RGB", (800, 500), (230, 230, 225))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    result = redact_id_copy(buf.getvalue(), IdCopyPolicy(), analyzer)
    assert not result.released
    assert any("not recognised as an ID document" in r for r in result.reasons)


def test_unreadable_upload_is_quarantined_with_reason() -> None:
    result = redact_id_copy(b"%PDF-1.4 broken", IdCopyPolicy())
    assert not result.released and "cannot read upload" in result.reasons[0]


def test_optional_regions_follow_the_policy(analyzer) -> None:  # noqa: ANN001
    _, data, truth = generate(0, seed=21, fmt="png", width=1100, kind="td1")
    result = redact_id_copy(data, IdCopyPolicy(also_redact=["date_of_birth", "signature"]), analyzer)
    assert result.released, result.reasons
    page = decode_pages(result.data)[0]
    assert min(coverage(page, truth["pages"][0], "signature")) >= 0.95
    assert min(coverage(page, truth["pages"][0], "date_of_birth")) >= 0.95


def test_watermark_is_visible_outside_the_boxes(analyzer) -> None:  # noqa: ANN001
    from afscherm.redactors.id_copies.policy import Watermark
    from afscherm.redactors.id_copies.watermark import watermark_text

    mark = Watermark(enabled=True, purpose="inzage", recipient="Voorbeeld BV", date="2026-11-22")
    assert watermark_text(mark) == "KOPIE — inzage — Voorbeeld BV — 2026-11-22"
    _, data, _ = generate(0, seed=21, fmt="png", width=1100, kind="td1")
    plain = decode_pages(redacted_bytes := redact_id_copy(data, IdCopyPolicy(), analyzer).data)[0]
    marked = decode_pages(redact_id_copy(data, IdCopyPolicy(watermark=mark), analyzer).data)[0]
    assert redacted_bytes
    changed = np.any(plain != marked, axis=2)
    assert changed.mean() > 0.005  # three lines of text across the page
    # reddish tint where the text is
    assert (marked[changed][:, 0].astype(int) - marked[changed][:, 2].astype(int)).mean() > 10
