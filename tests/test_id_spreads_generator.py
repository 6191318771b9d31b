"""The battery of passport spreads with crowded printed numbers (synthetic/id_spreads): files, truth, checksums.

A small set is drawn once per module; checksums are checked with python-stdnum and the `mrz` package, not with the
generator's own code.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest
from mrz.checker.td3 import TD3CodeChecker
from PIL import Image
from stdnum.nl import bsn as nl_bsn
from stdnum.nl import identiteitskaartnummer

from synthetic.id_spreads import CROWDINGS, MRZ_TROUBLES, PLACES, make_plan, write_set, write_upload

SEED = 4
COUNT = 5


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("spreads")
    write_set(out, COUNT, SEED)
    return out


def _truths(folder: Path) -> list[tuple[Path, dict]]:
    return [(p, json.loads(p.read_text())) for p in sorted(folder.glob("[0-9][0-9][0-9]_*.json"))]


def _image(path: Path, truth: dict) -> np.ndarray:
    return np.asarray(Image.open(path.with_suffix("." + truth["capture"]["format"])))


def test_files_truth_and_manifest(generated: Path) -> None:
    manifest = json.loads((generated / "manifest.json").read_text())
    assert len(manifest["uploads"]) == COUNT
    assert (generated / ".gitignore").read_text().strip() == "*"
    truths = _truths(generated)
    assert len(truths) == COUNT
    for path, truth in truths:
        assert re.fullmatch(r"\d{3}_nl_passport_spread_[a-z_]+", path.stem), path.name
        image = _image(path, truth)
        assert (image.shape[1], image.shape[0]) == (truth["page_size"]["width"], truth["page_size"]["height"])
        assert truth["capture_kind"] == "passport_spread" and truth["document_kind"] == "nl_passport"
        assert truth["capture"]["rotation_cw_deg"] in (0, 90, 180, 270)
        assert 55 <= truth["capture"].get("jpeg_quality", 80) <= 95
        assert sorted(truth["documents"][0]["sides_shown"]) == ["data_page", "facing_page"]
        kinds = {e["type"] for e in truth["elements"]}
        assert {"document_number", "photo", "ghost_photo", "name"} <= kinds, path.name
        if "cut_off" not in truth["capture"]["mrz_troubles"]:
            assert {"mrz_line", "mrz_band"} <= kinds, path.name


def test_check_digits_and_numbers_are_valid(generated: Path) -> None:
    for path, truth in _truths(generated):
        values = truth["documents"][0]["values"]
        number = values["document_number"]
        assert identiteitskaartnummer.is_valid(number), number
        assert nl_bsn.is_valid(values["bsn"]), values["bsn"]
        mrz = values["mrz"]
        assert [len(line) for line in mrz] == [44, 44]
        assert TD3CodeChecker("\n".join(mrz), check_expiry=False), mrz
        assert mrz[1][:9] == number
        if truth["documents"][0]["model"] == "2014":  # older passports: the BSN in the MRZ and on the data page
            assert mrz[1][28:37] == values["bsn"]
            assert any(e["type"] == "bsn" and e["side"] == "data_page" for e in truth["elements"]), path.name


def test_every_polygon_inside_the_picture(generated: Path) -> None:
    for path, truth in _truths(generated):
        w, h = truth["page_size"]["width"], truth["page_size"]["height"]
        for e in truth["elements"] + truth["neighbours"]:
            poly = np.asarray(e["polygon"], np.float64)
            assert poly.shape == (4, 2), (path.name, e)
            assert np.all(poly >= 0) and np.all(poly[:, 0] <= w) and np.all(poly[:, 1] <= h), (path.name, e)
            assert e["side"] in ("data_page", "facing_page")
            x0, y0 = poly.min(axis=0)
            x1, y1 = poly.max(axis=0)
            assert x1 - x0 >= 1 and y1 - y0 >= 1, (path.name, e)


def test_printed_number_with_its_crowding_neighbour(generated: Path) -> None:
    for path, truth in _truths(generated):
        by_id = {e["id"]: e for e in truth["elements"] + truth["neighbours"]}
        printed = [e for e in truth["elements"] if e["type"] == "document_number" and e["form"] == "printed"]
        assert printed, path.name
        assert truth["crowding"], path.name
        for c in truth["crowding"]:
            assert c["kind"] in CROWDINGS and c["kind"] != "split_groups"  # a split is marked on the number itself
            numbers = [by_id[i] for i in c["number_ids"]]
            assert all(n["type"] == "document_number" and n["form"] == "printed" for n in numbers), c
            neighbour = by_id[c["neighbour_id"]]
            assert neighbour["type"] == c["neighbour_type"]
            if c["kind"] in ("portrait_touch", "ghost_touch"):
                assert neighbour["type"] == {"portrait_touch": "photo", "ghost_touch": "ghost_photo"}[c["kind"]]
                assert 0 <= c["gap_chars"] <= 1.0, c
            if c["kind"] in ("stamp_over", "signature_over", "guilloche_behind", "table_cell"):
                # the neighbour's box overlaps or encloses the number's box
                nb = np.asarray(numbers[0]["polygon"])
                ob = np.asarray(neighbour["polygon"])
                assert nb[:, 0].min() < ob[:, 0].max() and ob[:, 0].min() < nb[:, 0].max(), c
                assert nb[:, 1].min() < ob[:, 1].max() and ob[:, 1].min() < nb[:, 1].max(), c


def test_perforated_copies_come_in_mirrored_pairs(generated: Path) -> None:
    for path, truth in _truths(generated):
        forms = [e["form"] for e in truth["elements"] if e["type"] == "document_number"]
        if truth["capture"]["perforated"] and "mrz_cut" not in truth["capture"]:
            assert forms.count("perforated") == 1 and forms.count("perforated_mirrored") == 1, path.name
        elif not truth["capture"]["perforated"]:
            assert not [f for f in forms if f.startswith("perforated")], path.name


def test_plans_cover_every_crowding_place_and_trouble() -> None:
    plans = [make_plan(np.random.default_rng([9, i])) for i in range(200)]
    assert {c for p in plans for c in p.crowd} == set(CROWDINGS)
    assert {p.place for p in plans} == set(PLACES)
    assert {t for p in plans for t in p.troubles} == set(MRZ_TROUBLES)
    assert any(not p.troubles for p in plans) and any(p.perforated for p in plans)
    assert any(not p.perforated for p in plans) and {p.model for p in plans} == {"2014", "2021"}


def test_same_seed_same_bytes_other_seed_other_picture(generated: Path, tmp_path: Path) -> None:
    row = write_upload(0, tmp_path, SEED)
    assert (tmp_path / row["file"]).read_bytes() == (generated / row["file"]).read_bytes()
    assert (tmp_path / row["truth"]).read_bytes() == (generated / row["truth"]).read_bytes()
    other = tmp_path / "other"
    other.mkdir()
    row2 = write_upload(0, other, SEED + 1)
    mine = json.loads((generated / row["truth"]).read_text())
    theirs = json.loads((other / row2["truth"]).read_text())
    assert mine["documents"] != theirs["documents"]
    assert (other / row2["file"]).read_bytes() != (generated / row["file"]).read_bytes()
