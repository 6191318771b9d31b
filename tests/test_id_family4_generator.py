"""synthetic/id_family4: determinism, the capture cycle, valid checksums, truth polygons on ink, sides complete."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from stdnum.nl import bsn as stdnum_bsn

from synthetic.id_family4 import faces
from synthetic.id_family4.documents import KINDS, SIDES, draw_side, make_document
from synthetic.id_family4.plan import CAPTURE_KINDS, OWN, capture_kind, write

TEXT_TYPES = {"name", "date_of_birth", "bsn", "document_number", "personal_number", "v_number", "mrz_line"}


@pytest.fixture(scope="module")
def uploads(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("family4")
    write(out, 12, 5, max_megapixels=0.6)
    return out


def _truths(out: Path) -> list[tuple[dict, Path]]:
    rows = json.loads((out / "manifest.json").read_text())["uploads"]
    return [(json.loads((out / r["truth"]).read_text()), out / r["file"]) for r in rows]


def _pixels(path: Path) -> np.ndarray | None:
    if path.suffix == ".pdf":
        return None
    return np.asarray(Image.open(path).convert("L"), np.float32)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    write(a, 3, 11, max_megapixels=0.5)
    write(b, 3, 11, max_megapixels=0.5)
    names = sorted(p.name for p in a.iterdir())
    assert names == sorted(p.name for p in b.iterdir())
    assert ".gitignore" in names and (a / ".gitignore").read_text() == "*\n"
    for name in names:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_every_capture_kind_in_any_12_consecutive_uploads(uploads: Path) -> None:
    required = set(CAPTURE_KINDS) - set(OWN)
    for seed in (0, 5, 17):
        kinds = [capture_kind(i, seed) for i in range(60)]
        for start in range(len(kinds) - 12):
            window = set(kinds[start : start + 12])
            assert required <= window and window & set(OWN), (seed, start, window)
        for start in range(len(kinds) - 24):
            assert set(kinds[start : start + 24]) == set(CAPTURE_KINDS)
    generated = [t["capture_kind"] for t, _ in _truths(uploads)]
    assert required <= set(generated) and len(set(generated)) == 12


def _icao_ok(field: str, check: str) -> bool:
    weights = (7, 3, 1)
    values = [int(c) if c.isdigit() else (ord(c) - 55 if c.isalpha() else 0) for c in field]
    return str(sum(v * weights[i % 3] for i, v in enumerate(values)) % 10) == check


def _mrz_ok(lines: list[str]) -> bool:
    if len(lines) == 2:  # TD3
        a, b = lines
        assert len(a) == len(b) == 44 and a.startswith("P<")
        composite = b[0:10] + b[13:20] + b[21:43]
        return all(
            [
                _icao_ok(b[0:9], b[9]),
                _icao_ok(b[13:19], b[19]),
                _icao_ok(b[21:27], b[27]),
                b[42] == "<" and b[28:42] == "<" * 14 or _icao_ok(b[28:42], b[42]),
                _icao_ok(composite, b[43]),
            ]
        )
    a, b, c = lines
    assert len(a) == len(b) == len(c) == 30
    if a[14] == "<":  # document number overflowing into the optional data
        rest = a[15:30].split("<")[0]
        ok_number = _icao_ok(a[5:14] + rest[:-1], rest[-1])
    else:
        ok_number = _icao_ok(a[5:14], a[14])
    composite = a[5:30] + b[0:7] + b[8:15] + b[18:29]
    return ok_number and _icao_ok(b[0:6], b[6]) and _icao_ok(b[8:14], b[14]) and _icao_ok(composite, b[29])


def test_checksums_valid() -> None:
    for seed in range(40):
        for kind in KINDS:
            v = make_document(seed * 7 + 1, kind)["values"]
            if v["bsn"]:
                assert stdnum_bsn.is_valid(v["bsn"]), v["bsn"]
            if v["mrz"]:
                assert _mrz_ok(v["mrz"]), v["mrz"]
            if kind in ("nl_id_card_2014", "nl_id_card_2021", "nl_passport", "nl_residence_permit"):
                assert re.fullmatch(r"[A-NP-Z0-9]{8}[0-9]", v["document_number"]), v["document_number"]
                assert re.search(r"[A-Z]", v["document_number"])
            if kind == "be_id_card":
                n = v["document_number"]
                assert int(n[10:]) == (int(n[:10]) % 97 or 97)
                p = v["personal_number"]
                prefix = "2" if v["date_of_birth"] >= "2000" else ""
                assert 97 - int(prefix + p[:9]) % 97 == int(p[9:])
            if kind == "nl_id_card_2014":
                assert v["bsn"] in v["mrz"][0]


def test_polygons_inside_page_and_on_ink(uploads: Path) -> None:
    for truth, path in _truths(uploads):
        w, h = truth["page_size"]["width"], truth["page_size"]["height"]
        assert 0.3 <= truth["page_size"]["megapixels"] <= 0.6
        if path.suffix == ".pdf":
            box = re.search(rb"MediaBox \[ 0 0 ([\d.]+) ([\d.]+) \]", path.read_bytes())
            dpi = truth["capture"]["pdf_dpi"]
            assert (float(box[1]) * dpi / 72, float(box[2]) * dpi / 72) == (w, h)
        page = _pixels(path)
        if page is not None:
            assert page.shape == (h, w)
        assert truth["elements"] or truth["documents"][0]["sides_shown"] == ["back"]  # a licence's back: nothing
        paper = float(np.percentile(page, 90)) if page is not None else 0
        for e in truth["elements"]:
            p = np.array(e["polygon"])
            assert p.shape == (4, 2)
            assert (p[:, 0] >= 0).all() and (p[:, 0] <= w).all() and (p[:, 1] >= 0).all() and (p[:, 1] <= h).all()
            if page is None or e["type"] not in TEXT_TYPES:
                continue
            x0, y0 = np.floor(p.min(0)).astype(int)
            x1, y1 = np.ceil(p.max(0)).astype(int)
            inside = page[y0:y1, x0:x1]
            assert inside.size and float(inside.mean()) < paper - 8, (path.name, e)


def test_sides_show_what_they_must() -> None:
    for i, kind in enumerate(KINDS):
        doc = make_document(1000 + i, kind)
        for side_name in SIDES[kind]:
            types = {e["type"] for e in draw_side(doc, side_name, 4.0).elements}
            if side_name in ("front", "data_page"):
                assert {"photo", "ghost_photo", "document_number"} <= types, (kind, types)
            elif kind.startswith("nl_id_card"):
                assert {"mrz_band", "mrz_line"} <= types, (kind, side_name, types)
            if kind == "nl_driving_licence":
                assert not types & {"mrz_band", "mrz_line"}
        if kind == "nl_id_card_2021":
            assert "bsn" in {e["type"] for e in draw_side(doc, "back", 4.0).elements}


def test_quarter_turns_recorded(uploads: Path) -> None:
    for truth, _ in _truths(uploads):
        turn = truth["capture"]["rotation_cw_deg"]
        if truth["capture_kind"] == "turned_page":
            assert turn in (90, 180, 270)
        else:
            assert turn == 0
    truth = write_turned()
    assert truth["capture"]["rotation_cw_deg"] in (90, 180, 270)


def write_turned() -> dict:
    from synthetic.id_family4.plan import build

    index = next(i for i in range(12) if capture_kind(i, 3) == "turned_page")
    return build(index, 3, 0.4)[0]


def test_portraits_are_faces() -> None:
    found = sum(faces.face_found(faces.portrait(np.random.default_rng([9, i]), 160, 206)) for i in range(20))
    assert found >= 16
