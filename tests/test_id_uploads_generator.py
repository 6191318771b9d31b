"""The held-out ID-upload generator (synthetic/id_uploads): deterministic, valid numbers, exact ground truth.

Small images only (≤ 1 Mpx), so the whole file runs in seconds.
"""

from __future__ import annotations

import io
import json
import re
from collections import Counter

import cv2
import numpy as np
import pytest
from PIL import Image

pytest.importorskip("mrz")
pytest.importorskip("skimage")

from mrz.base.functions import hash_string  # noqa: E402
from mrz.checker.td1 import TD1CodeChecker  # noqa: E402
from mrz.checker.td3 import TD3CodeChecker  # noqa: E402
from stdnum.be import nn as be_nn  # noqa: E402
from stdnum.nl import bsn as nl_bsn  # noqa: E402

from synthetic.id_uploads import CAPTURE_KINDS, DOCUMENT_KINDS, PlanItem, make_upload, plan  # noqa: E402
from synthetic.id_uploads.__main__ import main  # noqa: E402

SEED = 77
ITEMS = [
    PlanItem(0, "nl_id_2014", "front_only", "png", 0.4),
    PlanItem(1, "nl_id_2021", "both_sides_stacked", "pdf", 0.5),
    PlanItem(2, "nl_passport_2014", "passport_spread", "jpeg", 0.5),
    PlanItem(3, "nl_passport_2021", "rotated_90", "png", 0.5),
    PlanItem(4, "nl_residence_permit", "phone_photo", "jpeg", 0.5),
    PlanItem(5, "be_id", "both_sides_side_by_side", "png", 0.5),
    PlanItem(6, "de_id", "greyscale_photocopy", "pdf", 0.5),
    PlanItem(7, "nl_driving_licence", "small_angle", "jpeg", 0.5),
]
# sides that carry nothing to redact
EMPTY_SIDES = {("nl_driving_licence", "back"), ("nl_passport_2021", "facing")}
DUTCH_DOC_NUMBER = re.compile(r"^[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]$")


def _decode(data: bytes, gt: dict) -> np.ndarray:
    if data[:4] == b"%PDF":
        import pypdfium2 as pdfium

        page = pdfium.PdfDocument(data)[0]
        img = np.array(page.render(scale=gt["capture"]["pdf_dpi"] / 72).to_pil().convert("RGB"))
        w, h = gt["page_size"]["width"], gt["page_size"]["height"]
        assert abs(img.shape[1] - w) <= 1 and abs(img.shape[0] - h) <= 1
        return cv2.resize(img, (w, h)) if img.shape[:2] != (h, w) else img
    return np.array(Image.open(io.BytesIO(data)).convert("RGB"))


@pytest.fixture(scope="module")
def uploads():
    return {item.index: make_upload(item, SEED, max_megapixels=1.0) for item in ITEMS}


def test_plan_covers_every_cell_of_the_default_run():
    items = plan(96, 2026)
    assert len(items) == 96
    cells = Counter((i.doc_kind, i.capture_kind) for i in items)
    for d in DOCUMENT_KINDS:
        for c in CAPTURE_KINDS:
            if c == "passport_spread" and not d.startswith("nl_passport"):
                assert (d, c) not in cells
            else:
                assert cells[(d, c)] >= 1, (d, c)
    assert {i.fmt for i in items} == {"png", "jpeg", "pdf"}
    assert plan(96, 2026) == items
    assert plan(96, 2027) != items


def test_same_seed_same_bytes(uploads):
    for item in ITEMS[:3]:
        data, ext, gt = make_upload(item, SEED, max_megapixels=1.0)
        data0, ext0, gt0 = uploads[item.index]
        assert ext == ext0
        assert data == data0, item
        assert json.dumps(gt, sort_keys=True) == json.dumps(gt0, sort_keys=True)
    other, _, _ = make_upload(ITEMS[0], SEED + 1, max_megapixels=1.0)
    assert other != uploads[0][0]


def test_mrz_check_digits(uploads):
    seen = 0
    for _data, _ext, gt in uploads.values():
        for doc in gt["documents"]:
            lines = doc["values"].get("mrz")
            if not lines:
                assert doc["kind"] == "nl_driving_licence"
                continue
            seen += 1
            code = "\n".join(lines)
            if len(lines) == 2:
                assert len(lines[0]) == len(lines[1]) == 44
                assert TD3CodeChecker(code), code
            elif doc["kind"] == "be_id":
                # 12-digit card number in ICAO's long form: the package checks everything but that field,
                # whose check digit follows the overflow in the optional data.
                checker = TD1CodeChecker(code)
                assert checker.report.falses == [("document number hash", False)], code
                number = doc["values"]["document_number"]
                assert lines[0][5:14] == number[:9] and lines[0][14] == "<"
                assert lines[0][15:18] == number[9:] and lines[0][18] == hash_string(number)
            else:
                assert all(len(line) == 30 for line in lines)
                assert TD1CodeChecker(code), code
            shown = [e for e in gt["elements"] if e["type"] == "mrz_line" and e["document"] == doc["index"]]
            for e in shown:
                assert e["value"] == lines[e["line"] - 1]
    assert seen >= 6


def test_numbers_are_valid(uploads):
    for _data, _ext, gt in uploads.values():
        for doc in gt["documents"]:
            v = doc["values"]
            if "bsn" in v:
                assert nl_bsn.is_valid(v["bsn"]), v["bsn"]
            if "personal_number" in v:
                assert be_nn.is_valid(v["personal_number"])
            if doc["kind"].startswith(("nl_id", "nl_passport", "nl_residence")):
                assert DUTCH_DOC_NUMBER.match(v["document_number"]), v["document_number"]
            if doc["kind"] == "nl_driving_licence":
                assert re.fullmatch(r"\d{10}", v["document_number"])
        for e in gt["elements"]:
            if e["type"] == "bsn":
                assert nl_bsn.is_valid(e["value"])
                assert re.sub(r"\D", "", e["printed"]) == e["value"]


def test_polygons_inside_the_image(uploads):
    for data, _ext, gt in uploads.values():
        w, h = gt["page_size"]["width"], gt["page_size"]["height"]
        img = _decode(data, gt)
        assert img.shape[:2] == (h, w)
        assert 0.2 <= w * h / 1e6 <= 1.0001
        shown = {(d["kind"], side) for d in gt["documents"] for side in d["sides_shown"]}
        if not shown <= EMPTY_SIDES:
            assert gt["elements"], gt["index"]
        for e in gt["elements"]:
            poly = np.array(e["polygon"])
            assert poly.shape[1] == 2 and len(poly) >= 4
            assert poly[:, 0].min() >= 0 and poly[:, 1].min() >= 0
            assert poly[:, 0].max() <= w - 1 and poly[:, 1].max() <= h - 1
            assert "clipped" not in e, e
        types = {e["type"] for e in gt["elements"]}
        if (
            gt["capture_kind"] in ("both_sides_stacked", "both_sides_side_by_side")
            and gt["document_kind"] != "nl_driving_licence"
        ):
            assert {"mrz_band", "mrz_line", "photo", "ghost_photo", "document_number"} <= types


def test_polygons_follow_the_pixels(uploads):
    """The MRZ band polygon holds dark ink on a rotated page: the geometry went through the quarter turn."""
    data, _ext, gt = uploads[3]
    assert gt["capture"]["rotation_cw_deg"] == 90
    grey = cv2.cvtColor(_decode(data, gt), cv2.COLOR_RGB2GRAY)
    band = next(e for e in gt["elements"] if e["type"] == "mrz_band")
    poly = np.array(band["polygon"], np.int32)
    x0, y0 = poly.min(axis=0)
    x1, y1 = poly.max(axis=0)
    assert y1 - y0 > x1 - x0  # turned: the band now runs vertically
    inside = grey[y0 : y1 + 1, x0 : x1 + 1]
    assert (inside < 110).mean() > 0.05


def test_face_found_inside_the_photo_polygon(uploads):
    data, _ext, gt = uploads[0]
    assert gt["capture_kind"] == "front_only" and gt["capture"]["rotation_cw_deg"] == 0
    grey = cv2.cvtColor(_decode(data, gt), cv2.COLOR_RGB2GRAY)
    cascade = cv2.CascadeClassifier(cv2.data.haarcascades + "haarcascade_frontalface_default.xml")
    faces = cascade.detectMultiScale(grey, scaleFactor=1.1, minNeighbors=5, minSize=(24, 24))
    photo = np.array(next(e for e in gt["elements"] if e["type"] == "photo")["polygon"], np.float32)
    centres = [(x + fw / 2, y + fh / 2) for x, y, fw, fh in faces]
    assert any(cv2.pointPolygonTest(photo, (float(cx), float(cy)), False) >= 0 for cx, cy in centres), faces


def test_cli_writes_images_truth_and_manifest(tmp_path):
    assert main(["--out", str(tmp_path), "--count", "3", "--seed", "5", "--max-megapixels", "0.4", "--quiet"]) == 0
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert len(manifest["uploads"]) == 3
    for entry in manifest["uploads"]:
        assert (tmp_path / entry["file"]).stat().st_size > 1000
        gt = json.loads((tmp_path / entry["truth"]).read_text())
        assert gt["file"] == entry["file"] and gt["document_kind"] == entry["document_kind"]
