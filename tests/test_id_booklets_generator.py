"""The second battery of 2021 passports as open booklets (synthetic/id_booklets): files, truth and checksums.

Four uploads (one of every capture kind, at most 1 megapixel) are drawn once per module; checksums are checked with
python-stdnum and the `mrz` package, not with the generator's own code.
"""

from __future__ import annotations

import json
from pathlib import Path

import cv2
import numpy as np
import pytest
from mrz.checker.td3 import TD3CodeChecker
from PIL import Image
from stdnum.nl import bsn as nl_bsn
from stdnum.nl import identiteitskaartnummer

from synthetic.id_booklets import CAPTURE_KINDS, write_set, write_upload

SEED = 4
COUNT = 4
MAX_MP = 1.0


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("booklets")
    write_set(out, COUNT, SEED, MAX_MP)
    return out


def _truths(folder: Path) -> list[tuple[Path, dict]]:
    return [(p, json.loads(p.read_text())) for p in sorted(folder.glob("[0-9][0-9][0-9]_*.json"))]


def _image(path: Path, truth: dict) -> np.ndarray:
    return np.asarray(Image.open(path.with_suffix("." + truth["capture"]["format"])).convert("L"))


def test_files_manifest_and_every_capture_kind(generated: Path) -> None:
    manifest = json.loads((generated / "manifest.json").read_text())
    assert len(manifest["uploads"]) == COUNT
    assert (generated / ".gitignore").read_text().strip() == "*"
    for row in manifest["uploads"]:
        assert (generated / row["file"]).is_file() and (generated / row["truth"]).is_file()
    assert {row["capture_kind"] for row in manifest["uploads"]} == set(CAPTURE_KINDS)


def test_truth_format_and_checksums(generated: Path) -> None:
    for path, truth in _truths(generated):
        assert truth["document_kind"] == "nl_passport" and truth["capture_kind"] in CAPTURE_KINDS
        assert truth["capture"]["rotation_cw_deg"] in (0, 90, 180, 270)
        (doc,) = truth["documents"]
        values = doc["values"]
        assert doc["sides_shown"] == ["data_page", "facing_page"]
        assert identiteitskaartnummer.is_valid(values["document_number"]), values["document_number"]
        assert "O" not in values["document_number"] and "0" not in values["document_number"]
        assert nl_bsn.is_valid(values["bsn"])
        mrz = values["mrz"]
        assert [len(line) for line in mrz] == [44, 44]
        assert bool(TD3CodeChecker("\n".join(mrz))), mrz
        assert mrz[1][:9] == values["document_number"]
        types = [e["type"] for e in truth["elements"]]
        for kind in ("photo", "ghost_photo", "mrz_band", "name", "date_of_birth"):
            assert kind in types, (path.name, kind)
        assert sorted(e["line"] for e in truth["elements"] if e["type"] == "mrz_line") == [1, 2]
        for e in truth["elements"]:
            assert len(e["polygon"]) == 4 and e["side"] in ("data_page", "facing_page") and e["document"] == 0


def test_document_number_printed_and_perforated_on_both_pages(generated: Path) -> None:
    for path, truth in _truths(generated):
        numbers = [e for e in truth["elements"] if e["type"] == "document_number"]
        assert any(e["copy"] == "printed" and e["side"] == "data_page" for e in numbers), path.name
        perforated = {e["side"] for e in numbers if e["copy"] == "perforated"}
        assert perforated == {"data_page", "facing_page"}, path.name
        image = _image(path, truth)
        for e in numbers:  # holes or ink inside every box, not blank paper
            mask = np.zeros(image.shape, np.uint8)
            cv2.fillPoly(mask, [np.round(np.array(e["polygon"])).astype(np.int32)], 1)
            pixels = image[mask > 0]
            assert pixels.size >= 12 and pixels.std() > 4, (path.name, e["copy"], e["side"], pixels.std())


def test_every_polygon_inside_the_picture(generated: Path) -> None:
    for path, truth in _truths(generated):
        w, h = truth["page_size"]["width"], truth["page_size"]["height"]
        image = _image(path, truth)
        assert image.shape == (h, w)
        for e in truth["elements"]:
            p = np.array(e["polygon"])
            assert (p[:, 0] >= 0).all() and (p[:, 0] <= w).all() and (p[:, 1] >= 0).all() and (p[:, 1] <= h).all()
            assert cv2.contourArea(p.astype(np.float32)) > 20, (path.name, e["type"])


def test_same_seed_same_bytes_other_seed_other_picture(generated: Path, tmp_path: Path) -> None:
    row = write_upload(1, tmp_path, SEED, MAX_MP)
    assert (tmp_path / row["file"]).read_bytes() == (generated / str(row["file"])).read_bytes()
    other = tmp_path / "other"
    other.mkdir()
    row2 = write_upload(1, other, SEED + 1, MAX_MP)
    assert (other / row2["file"]).read_bytes() != (generated / str(row["file"])).read_bytes()
    first = json.loads((generated / str(row["truth"])).read_text())
    second = json.loads((other / str(row2["truth"])).read_text())
    assert first["documents"] != second["documents"]
