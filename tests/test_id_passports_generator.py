"""Dutch 2021 passports with both pages stacked (synthetic/id_passports): files, truth, checksums, perforations.

Checksums are checked with python-stdnum and the `mrz` package, not with the generator's own code.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from mrz.checker.td3 import TD3CodeChecker
from PIL import Image
from stdnum.nl import bsn as nl_bsn
from stdnum.nl import identiteitskaartnummer

from synthetic.id_passports import perforation_grid, write_set, write_upload

SEED = 11
COUNT = 3
REQUIRED = {"document_number", "mrz_line", "mrz_band", "photo", "ghost_photo", "name", "date_of_birth", "signature"}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("passports")
    write_set(out, COUNT, SEED)
    return out


def _truths(folder: Path) -> list[tuple[Path, dict]]:
    return [(p, json.loads(p.read_text())) for p in sorted(folder.glob("[0-9][0-9][0-9]_*.json"))]


def test_files_and_truth_written(generated: Path) -> None:
    manifest = json.loads((generated / "manifest.json").read_text())
    assert len(manifest["uploads"]) == COUNT
    assert (generated / ".gitignore").read_text().strip() == "*"
    truths = _truths(generated)
    assert len(truths) == COUNT
    for path, truth in truths:
        image = generated / f"{path.stem}.{truth['capture']['format']}"
        assert image.is_file()
        with Image.open(image) as im:
            assert im.size == (truth["page_size"]["width"], truth["page_size"]["height"])
        assert truth["document_kind"] == "nl_passport" and truth["capture_kind"] == "passport_spread"
        assert truth["documents"][0]["model"] == "2021"
        assert set(truth["documents"][0]["sides_shown"]) == {"data_page", "facing_page"}
        assert 110 <= truth["capture"]["scan_dpi"] <= 200 and abs(truth["capture"]["tilts_deg"][0]) <= 6
        types = {e["type"] for e in truth["elements"]}
        assert types >= REQUIRED
        assert ("bsn" in types) == truth["capture"]["bsn_on_facing_page"]
        lines = sorted(e["line"] for e in truth["elements"] if e["type"] == "mrz_line")
        assert lines == [1, 2]


def test_check_digits_are_valid(generated: Path) -> None:
    for _, truth in _truths(generated):
        values = truth["documents"][0]["values"]
        number = values["document_number"]
        assert identiteitskaartnummer.validate(number) == number
        assert "0" not in number  # no zeros in numbers issued after December 2019
        assert nl_bsn.is_valid(values["bsn"])
        mrz = values["mrz"]
        assert [len(line) for line in mrz] == [44, 44]
        assert TD3CodeChecker("\n".join(mrz), check_expiry=False), mrz
        assert mrz[0].startswith("P<NLD") and mrz[1][:9] == number
        born = values["date_of_birth"]
        assert mrz[1][13:19] == born[2:4] + born[5:7] + born[8:10]


def test_every_polygon_inside_the_page_and_on_ink(generated: Path) -> None:
    for path, truth in _truths(generated):
        w, h = truth["page_size"]["width"], truth["page_size"]["height"]
        grey = np.asarray(Image.open(generated / f"{path.stem}.{truth['capture']['format']}").convert("L"))
        for e in truth["elements"]:
            poly = np.asarray(e["polygon"], float)
            assert poly.shape == (4, 2)
            assert (poly[:, 0] >= 0).all() and (poly[:, 0] <= w).all(), (path.name, e)
            assert (poly[:, 1] >= 0).all() and (poly[:, 1] <= h).all(), (path.name, e)
            x0, y0 = np.floor(poly.min(0)).astype(int)
            x1, y1 = np.ceil(poly.max(0)).astype(int)
            assert x1 - x0 >= 3 and y1 - y0 >= 3
            patch = grey[y0:y1, x0:x1].astype(float)
            # something is drawn there (see-through holes at a low resolution and faint ghosts print light grey)
            faint = e.get("copy") == "perforated" or e["type"] == "ghost_photo"
            assert patch.min() < (215 if faint else 170) and patch.std() > (4 if faint else 8), (path.name, e)


def test_perforated_copies_on_both_pages(generated: Path) -> None:
    for path, truth in _truths(generated):
        numbers = [e for e in truth["elements"] if e["type"] == "document_number"]
        printed = [e for e in numbers if e["copy"] == "printed"]
        perforated = {e["side"]: e for e in numbers if e["copy"] == "perforated"}
        assert len(printed) == 1 and printed[0]["side"] == "data_page"
        assert set(perforated) == {"data_page", "facing_page"}, path.name
        assert perforated["facing_page"]["mirrored"] and not perforated["data_page"]["mirrored"]
        # the two copies lie on either side of the fold, on the page the truth says
        y = {side: np.asarray(e["polygon"])[:, 1].mean() for side, e in perforated.items()}
        above = "data_page" if truth["capture"]["page_order"] == "data_above" else "facing_page"
        below = "facing_page" if above == "data_page" else "data_page"
        assert y[above] < y[below], path.name
        photo = next(e for e in truth["elements"] if e["type"] == "photo")
        photo_y = np.asarray(photo["polygon"])[:, 1].mean()
        assert abs(photo_y - y["data_page"]) < abs(photo_y - y["facing_page"])
        # a tall column along the edge: the holes run along the page's height
        poly = np.asarray(perforated["data_page"]["polygon"])
        assert np.ptp(poly[:, 1]) > 3 * np.ptp(poly[:, 0]) / 1.5


def test_perforation_grid_reads_along_the_height_and_mirrors() -> None:
    up, down = perforation_grid("XR1R5", "up"), perforation_grid("XR1R5", "down")
    assert up.shape == down.shape == (5 * 6 - 1, 7)
    assert (np.rot90(up, 2) == down).all()  # the other reading direction is the half turn


def test_same_seed_same_bytes(generated: Path, tmp_path: Path) -> None:
    row = write_upload(tmp_path, 0, SEED)
    assert (tmp_path / row["file"]).read_bytes() == (generated / row["file"]).read_bytes()
    assert (tmp_path / row["truth"]).read_bytes() == (generated / row["truth"]).read_bytes()
