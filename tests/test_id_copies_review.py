"""A refused copy gets a numbered preview in the quarantine; a person's corrected boxes (``--boxes``) are applied
and verified as usual."""

from __future__ import annotations

import json
from pathlib import Path

import cv2
import numpy as np
import pytest

from afscherm.flows.cli import main
from afscherm.redactors.id_copies import api
from afscherm.redactors.id_copies.boxes import Region
from afscherm.redactors.id_copies.preview import preview_png, regions_from_json
from synthetic.id_images import decode_pages, generate
from tests.id_compose import covered


@pytest.fixture()
def upload(tmp_path: Path) -> tuple[Path, dict]:
    _, data, truth = generate(1, seed=21, fmt="png", width=900, kind="td1")
    path = tmp_path / "upload.png"
    path.write_bytes(data)
    return path, truth


def _without_photos(monkeypatch: pytest.MonkeyPatch) -> None:
    """The finder misses the portrait (as it might on an unusual card)."""
    find = api._find

    def find_no_photo(gray, policy, analyzer, clock):  # noqa: ANN001, ANN202
        regions, values, bands = find(gray, policy, analyzer, clock)
        return [r for r in regions if r.type != "photo"], values, bands

    monkeypatch.setattr(api, "_find", find_no_photo)


def test_quarantine_holds_a_numbered_preview_and_corrected_boxes_release_the_copy(
    upload: tuple[Path, dict], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _without_photos(monkeypatch)
    src, truth = upload
    q, out = tmp_path / "q", tmp_path / "safe.png"
    assert main(["redact-image", str(src), "-o", str(out), "--quarantine", str(q)]) == 1
    assert not out.exists()
    reason_file = next(q.glob("*.reason.json"))
    record = json.loads(reason_file.read_text())
    preview = Path(record["preview"]["path"])
    assert preview.parent == q and record["preview"]["page"] == 1
    img = cv2.imread(str(preview))
    assert img is not None and max(img.shape[:2]) <= 1200
    assert (np.abs(img[..., 2].astype(int) - 230) < 30).any()  # outlines drawn (red channel, BGR order)
    # The person adds the photo's and the ghost portrait's boxes and hands the reason file back.
    for r in truth["pages"][0]["regions"]:
        if r["type"] in ("photo", "ghost_photo"):
            record["report"]["pages"][0]["boxes"].append({"type": "photo", "polygon": r["polygon"]})
    corrected = tmp_path / "boxes.json"
    corrected.write_text(json.dumps(record))
    capsys.readouterr()
    assert main(["redact-image", str(src), "-o", str(out), "--quarantine", str(q), "--boxes", str(corrected)]) == 0
    page = decode_pages(out.read_bytes())[0]
    for region in truth["pages"][0]["regions"]:
        if region["type"] in ("mrz", "document_number", "photo", "ghost_photo"):
            assert covered(page, region["polygon"]) >= 0.95, region["type"]


def test_corrected_boxes_that_leave_the_mrz_are_refused(upload: tuple[Path, dict], tmp_path: Path) -> None:
    src, truth = upload
    photo = next(r for r in truth["pages"][0]["regions"] if r["type"] == "photo")
    boxes = tmp_path / "boxes.json"
    boxes.write_text(json.dumps([{"type": "photo", "polygon": photo["polygon"]}]))
    out = tmp_path / "safe.png"
    assert (
        main(["redact-image", str(src), "-o", str(out), "--quarantine", str(tmp_path / "q"), "--boxes", str(boxes)])
        == 1
    )
    assert not out.exists()


def test_a_malformed_boxes_file_is_an_error(
    upload: tuple[Path, dict], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    boxes = tmp_path / "boxes.json"
    boxes.write_text(json.dumps({"pages": [{"page": 1, "boxes": [{"polygon": [[1, 2]]}]}]}))
    assert main(["redact-image", str(upload[0]), "-o", str(tmp_path / "o.png"), "--boxes", str(boxes)]) == 2
    assert "polygon" in capsys.readouterr().err


def test_regions_from_json_accepts_the_report_shape_and_a_bare_list() -> None:
    square = [[0, 0], [10, 0], [10, 10], [0, 10]]
    assert regions_from_json([{"polygon": square}])[1][0].source == "person"
    pages = regions_from_json({"pages": [{"page": 2, "boxes": [{"type": "bsn", "polygon": square}]}]})
    assert list(pages) == [2] and pages[2][0].type == "bsn"
    with pytest.raises(ValueError):
        regions_from_json({"pages": [{"page": 0, "boxes": []}]})


def test_preview_is_downscaled_and_numbered() -> None:
    page = np.full((2400, 1600, 3), 200, np.uint8)
    png = preview_png(page, [Region("photo", "face", ((100, 100), (500, 100), (500, 600), (100, 600)))])
    img = cv2.imdecode(np.frombuffer(png, np.uint8), cv2.IMREAD_COLOR)
    assert img.shape[:2] == (1200, 800)
    assert (img[45:55, 48:52] != 200).any()  # the outline at the scaled box edge
