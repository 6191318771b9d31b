"""Tuning family 3 of synthetic ID-copy uploads (synthetic/id_family3): files, truth and checksums.

A small set (12 uploads, one of every capture kind, at most 0.6 megapixels) is drawn once per module; checksums are
checked with python-stdnum and the `mrz` package, not with the generator's own code.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
import pytest
from mrz.base.functions import hash_is_ok
from mrz.checker.td1 import TD1CodeChecker
from mrz.checker.td3 import TD3CodeChecker
from PIL import Image
from stdnum.be import nn as be_nn
from stdnum.nl import bsn as nl_bsn

from synthetic.id_family3 import CAPTURE_KINDS, DOCUMENT_KINDS, make_plan
from synthetic.id_family3.plan import write_set, write_upload

SEED = 5
COUNT = 12
MAX_MP = 0.6
TEXT_TYPES = {"bsn", "document_number", "personal_number", "v_number", "name", "date_of_birth", "mrz_line", "mrz_band"}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("family3")
    write_set(out, COUNT, SEED, MAX_MP)
    return out


def _truths(folder: Path) -> list[tuple[Path, dict]]:
    return [(p, json.loads(p.read_text())) for p in sorted(folder.glob("[0-9][0-9][0-9]_*.json"))]


def _load(folder: Path, stem: str, truth: dict) -> np.ndarray:
    path = folder / f"{stem}.{truth['capture']['format']}"
    if path.suffix == ".pdf":
        page = pdfium.PdfDocument(str(path))[0]
        image = page.render(scale=truth["capture"]["pdf_dpi"] / 72).to_pil()
    else:
        image = Image.open(path)
    return np.asarray(image.convert("L"))


def test_files_names_manifest_and_gitignore(generated: Path) -> None:
    manifest = json.loads((generated / "manifest.json").read_text())
    assert len(manifest["uploads"]) == COUNT
    assert (generated / ".gitignore").read_text().strip() == "*"
    for row in manifest["uploads"]:
        assert re.fullmatch(r"\d{3}_[a-z_0-9]+\.(png|jpg|pdf)", row["file"]), row["file"]
        assert (generated / row["file"]).is_file() and (generated / row["truth"]).is_file()
        assert row["file"].startswith(f"{row['file'][:3]}_{row['document_kind']}_{row['capture_kind']}.")
    assert {row["capture_kind"] for row in manifest["uploads"]} == set(CAPTURE_KINDS)


def test_same_seed_same_bytes_other_seed_other_image(generated: Path, tmp_path: Path) -> None:
    plan = make_plan(COUNT, SEED)
    picks = [u for u in plan if u.capture_kind in ("passport_spread", "phone_photo", "pdf_page")]
    for upload in picks:
        row = write_upload(upload, tmp_path, SEED, MAX_MP)
        assert (tmp_path / row["file"]).read_bytes() == (generated / row["file"]).read_bytes(), row["file"]
        assert (tmp_path / row["truth"]).read_bytes() == (generated / row["truth"]).read_bytes()
    other = tmp_path / "other"
    other.mkdir()
    row = write_upload(picks[0], other, SEED + 1, MAX_MP)
    first = generated / make_plan(COUNT, SEED)[picks[0].index].stem
    assert (
        json.loads((other / row["truth"]).read_text())["documents"]
        != json.loads(first.with_suffix(".json").read_text())["documents"]
    )
    mine = next(generated.glob(first.name + ".*[!n]"))  # the image, whatever its format
    assert (other / row["file"]).read_bytes() != mine.read_bytes()


def test_truth_format(generated: Path) -> None:
    for path, truth in _truths(generated):
        assert set(truth) >= {"document_kind", "capture_kind", "page_size", "capture", "documents", "elements"}
        assert truth["document_kind"] in DOCUMENT_KINDS and truth["capture_kind"] in CAPTURE_KINDS
        assert truth["capture"]["rotation_cw_deg"] in (0, 90, 180, 270)
        assert (path.parent / f"{path.stem}.{truth['capture']['format']}").is_file()
        for doc in truth["documents"]:
            values = doc["values"]
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", values["date_of_birth"])
            assert values["surname"] and values["given_names"] and values["document_number"]
            assert doc["sides_shown"]
        shown = {(d["index"], s) for d in truth["documents"] for s in d["sides_shown"]}
        for e in truth["elements"]:
            assert (e["document"], e["side"]) in shown, (path.name, e)
            assert len(e["polygon"]) == 4
            if e["type"] == "mrz_line":
                assert e["line"] in (1, 2, 3)
            if e["type"] == "name":
                assert e["field"] in ("surname", "given_names")


def test_polygons_inside_the_image_and_on_ink(generated: Path) -> None:
    for path, truth in _truths(generated):
        image = _load(generated, path.stem, truth)
        h, w = image.shape
        assert (w, h) == (truth["page_size"]["width"], truth["page_size"]["height"]), path.name
        if truth["capture"]["format"] != "pdf":
            mode = Image.open(generated / f"{path.stem}.{truth['capture']['format']}").mode
            assert truth["page_size"]["channels"] == (1 if mode == "L" else 3), (path.name, mode)
        for e in truth["elements"]:
            poly = np.asarray(e["polygon"])
            assert poly[:, 0].min() >= 0 and poly[:, 0].max() <= w and poly[:, 1].min() >= 0 and poly[:, 1].max() <= h
            mask = np.zeros((h, w), np.uint8)
            cv2.fillPoly(mask, [np.round(poly).astype(np.int32)], 1)
            pixels = image[mask > 0].astype(float)
            assert pixels.size >= 12, (path.name, e["type"])
            spread = np.percentile(pixels, 95) - np.percentile(pixels, 5)
            if e["type"] in ("photo", "ghost_photo"):
                assert pixels.std() > 5, (path.name, e["type"], pixels.std())  # a picture, not blank paper
            else:
                assert spread > 25, (path.name, e["type"], spread)  # dark strokes on a light ground


def test_every_bsn_passes_the_11_proef_and_belgian_numbers_their_check(generated: Path) -> None:
    seen = 0
    for _path, truth in _truths(generated):
        for doc in truth["documents"]:
            values = doc["values"]
            if values["bsn"] is not None:
                assert nl_bsn.is_valid(values["bsn"]), values["bsn"]
                seen += 1
            if doc["kind"] == "be_id_card":
                assert be_nn.is_valid(values["personal_number"])
                number = values["document_number"]
                assert int(number[10:]) == (int(number[:10]) % 97 or 97)
            if doc["kind"] in ("nl_id_card", "nl_passport", "nl_residence_permit"):
                number = values["document_number"]
                assert re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]", number), number
    assert seen >= 3


def test_mrz_check_digits_are_valid(generated: Path) -> None:
    checked = 0
    for _path, truth in _truths(generated):
        for doc in truth["documents"]:
            mrz = doc["values"]["mrz"]
            if not mrz:
                assert doc["kind"] == "nl_driving_licence"
                continue
            if len(mrz) == 2:
                assert all(len(line) == 44 for line in mrz)
                assert TD3CodeChecker("\n".join(mrz), check_expiry=False), mrz
                assert mrz[1][:9].rstrip("<") == doc["values"]["document_number"]
            else:
                assert all(len(line) == 30 for line in mrz)
                l1, l2 = mrz[0], mrz[1]
                if doc["kind"] == "be_id_card":  # 12-digit number: ICAO overflow into the optional data
                    number = doc["values"]["document_number"]
                    assert l1[14] == "<" and l1[5:14] + l1[15:18] == number
                    assert hash_is_ok(number, l1[18])
                    assert l2[18:29] == doc["values"]["personal_number"]
                    for field, check in ((l2[0:6], l2[6]), (l2[8:14], l2[14])):
                        assert hash_is_ok(field, check)
                    assert hash_is_ok(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29], l2[29])
                else:
                    assert TD1CodeChecker("\n".join(mrz), check_expiry=False), mrz
                    assert l1[5:14].rstrip("<") == doc["values"]["document_number"]
            born = doc["values"]["date_of_birth"]
            line = mrz[1]
            assert (line[0:6] if len(mrz) == 3 else line[13:19]) == born[2:4] + born[5:7] + born[8:10]
            checked += 1
    assert checked >= 5


def _upright(truth: dict, polygon: list) -> tuple[np.ndarray, np.ndarray]:
    """The polygon on the page turned back counter-clockwise by rotation_cw_deg (written from the definition)."""
    w, h = truth["page_size"]["width"], truth["page_size"]["height"]
    p = np.asarray(polygon, float)
    x, y = p[:, 0], p[:, 1]
    turn = truth["capture"]["rotation_cw_deg"]
    if turn == 90:  # the upright page was h wide and w tall
        return y, w - x
    if turn == 180:
        return w - x, h - y
    if turn == 270:
        return h - y, x
    return x, y


def test_mrz_band_is_wider_than_tall_once_the_page_is_turned_back(generated: Path) -> None:
    bands = 0
    for _path, truth in _truths(generated):
        for e in truth["elements"]:
            if e["type"] == "mrz_band":
                x, y = _upright(truth, e["polygon"])
                assert np.ptp(x) > 2 * np.ptp(y), (truth["capture_kind"], truth["capture"]["rotation_cw_deg"])
                bands += 1
    assert bands >= 4


def test_turned_back_portraits_stand_upright_and_passport_mrz_lies_below_the_photo(generated: Path) -> None:
    photos = 0
    for path, truth in _truths(generated):
        for e in truth["elements"]:
            if e["type"] != "photo":
                continue
            x, y = _upright(truth, e["polygon"])
            assert np.ptp(y) > np.ptp(x), (path.name, "portrait lies on its side")
            photos += 1
            band = [
                b
                for b in truth["elements"]
                if b["type"] == "mrz_band" and b["document"] == e["document"] and b["side"] == e["side"]
            ]
            if band:  # a passport data page: upright, its MRZ is under the portrait (this catches a 180 deg error)
                _bx, by = _upright(truth, band[0]["polygon"])
                assert by.mean() > y.mean(), (path.name, "MRZ above the photo")
    assert photos >= 5


def test_turned_pages_and_photocopies(generated: Path) -> None:
    for _path, truth in _truths(generated):
        if truth["capture_kind"] == "turned_page":
            assert truth["capture"]["rotation_cw_deg"] in (90, 180, 270)
        if truth["capture_kind"] == "photocopy":
            assert truth["page_size"]["channels"] == 1
        if truth["capture_kind"] == "two_documents":
            assert len(truth["documents"]) == 2 and {e["document"] for e in truth["elements"]} <= {0, 1}
        if truth["capture_kind"] == "passport_spread":
            assert truth["document_kind"] == "nl_passport" and len(truth["documents"][0]["sides_shown"]) == 2


def test_a_pdf_renders_back_to_its_page_size(generated: Path) -> None:
    pdfs = [(p, t) for p, t in _truths(generated) if t["capture"]["format"] == "pdf"]
    assert pdfs
    for path, truth in pdfs:
        page = pdfium.PdfDocument(str(generated / f"{path.stem}.pdf"))[0]
        bitmap = page.render(scale=truth["capture"]["pdf_dpi"] / 72)
        assert (bitmap.width, bitmap.height) == (truth["page_size"]["width"], truth["page_size"]["height"])


@pytest.mark.parametrize("seed", [0, 1, 17])
def test_default_plan_of_40_holds_every_document_and_capture_kind(seed: int) -> None:
    plan = make_plan(40, seed)
    assert {u.document_kind for u in plan} == set(DOCUMENT_KINDS)
    assert {u.capture_kind for u in plan} == set(CAPTURE_KINDS)
    assert [u.index for u in plan] == list(range(40))


def test_page_sizes_lie_between_0_3_megapixels_and_the_cap(generated: Path) -> None:
    for path, truth in _truths(generated):
        size = truth["page_size"]
        assert 0.3 <= size["width"] * size["height"] / 1e6 <= MAX_MP * 1.01, (path.name, size)


# what each side of each document shows, from the issue: (side, kinds) -> element types that must be on it
EXPECTED = {
    ("front", "nl_id_card"): {"photo", "ghost_photo", "document_number", "name", "date_of_birth"},
    ("front", "nl_residence_permit"): {"photo", "ghost_photo", "document_number", "name", "date_of_birth"},
    ("front", "be_id_card"): {"photo", "document_number", "name", "date_of_birth"},
    ("front", "de_id_card"): {"photo", "document_number", "name", "date_of_birth"},
    ("front", "nl_driving_licence"): {"photo", "ghost_photo", "bsn", "document_number", "name", "date_of_birth"},
    ("back", "nl_id_card"): {"bsn", "mrz_band", "mrz_line"},
    ("back", "nl_residence_permit"): {"v_number", "mrz_band", "mrz_line"},
    ("back", "be_id_card"): {"personal_number", "mrz_band", "mrz_line"},
    ("back", "de_id_card"): {"mrz_band", "mrz_line"},
    ("back", "nl_driving_licence"): set(),
    ("data_page", "nl_passport"): {"photo", "ghost_photo", "document_number", "name", "mrz_band", "mrz_line"},
    ("bsn_page", "nl_passport"): {"bsn"},
    ("facing_page", "nl_passport"): set(),
}
NEVER = {("back", "nl_driving_licence"): {"bsn", "document_number", "photo"}, ("front", "nl_id_card"): {"mrz_band"}}


def test_every_side_shows_what_that_side_of_that_document_carries(generated: Path) -> None:
    for path, truth in _truths(generated):
        for doc in truth["documents"]:
            for side in doc["sides_shown"]:
                types = [e["type"] for e in truth["elements"] if e["document"] == doc["index"] and e["side"] == side]
                assert EXPECTED[(side, doc["kind"])] <= set(types), (path.name, side, types)
                assert not NEVER.get((side, doc["kind"]), set()) & set(types), (path.name, side, types)
                assert types.count("photo") <= 1 and types.count("mrz_band") <= 1
                lines = sorted(
                    e["line"]
                    for e in truth["elements"]
                    if e["type"] == "mrz_line" and e["side"] == side and e["document"] == doc["index"]
                )
                if "mrz_band" in types:
                    assert lines == list(range(1, len(doc["values"]["mrz"]) + 1)), (path.name, lines)
                if side == "data_page" and doc["model"] == "2014":
                    assert "bsn" in types  # older passports print the BSN on the data page


@pytest.mark.parametrize("degrees", [90, 180, 270])
def test_a_quarter_turn_carries_each_polygon_with_its_pixels(degrees: int) -> None:
    from synthetic.id_family3.captures import Shot, box_polygon, quarter_turn

    image = np.zeros((60, 100), np.uint8)
    image[10:20, 30:50] = 255  # a block near the top edge, left of the middle
    shot = quarter_turn(Shot(image, [{"type": "bsn", "polygon": box_polygon((30, 10, 50, 20))}], {}), degrees)
    turned = shot.image
    assert turned.shape == ((100, 60) if degrees in (90, 270) else (60, 100))
    mask = np.zeros(turned.shape, np.uint8)
    cv2.fillPoly(mask, [np.round(np.asarray(shot.elements[0]["polygon"])).astype(np.int32)], 1)
    block = turned == 255
    assert mask[block].all() and mask.sum() <= 1.25 * block.sum()  # the polygon holds the block, and little else
    ys, xs = np.nonzero(turned)
    # clockwise: the top edge goes to the right (90), the bottom (180), the left (270)
    expect = {90: xs.mean() > 30, 180: ys.mean() > 30, 270: xs.mean() < 30}
    assert expect[degrees]


def test_number_boxes_hold_the_value_alone_and_mrz_lines_a_whole_line(generated: Path) -> None:
    """A box's own sides (not its bounding box, which a tilt fattens): a 9-12 character value is 4 to 15 times as long
    as high; with its label ('Persoonsnummer / Personal No.') it would be over 20. An MRZ line of 30 or 44 characters
    is over 20; a portrait is about 1.3."""
    for path, truth in _truths(generated):
        for e in truth["elements"]:
            q = np.asarray(e["polygon"], float)
            a, b = np.linalg.norm(q[1] - q[0]), np.linalg.norm(q[3] - q[0])
            ratio = max(a, b) / min(a, b)
            if e["type"] in ("bsn", "document_number", "personal_number", "v_number", "date_of_birth"):
                assert 4 <= ratio <= 15, (path.name, e["type"], ratio)
            elif e["type"] == "mrz_line":
                assert ratio > 20, (path.name, ratio)
            elif e["type"] in ("photo", "ghost_photo"):
                assert ratio < 1.7, (path.name, e["type"], ratio)
