"""``afscherm redact-image``: released copies land at OUT with a report; refused ones leave OUT
absent, put a reason file in the quarantine folder, exit 1, and never touch the input."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from afscherm.detectors.config import ConfigError
from afscherm.flows.cli import main
from afscherm.redactors.id_copies import api, load_policy
from synthetic.id_images import generate


def _upload(tmp_path: Path, fmt: str = "jpg") -> Path:
    _, data, _ = generate(1, seed=21, fmt=fmt, width=1000, kind="td1")
    path = tmp_path / f"upload.{fmt}"
    path.write_bytes(data)
    return path


def test_released_copy_and_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = _upload(tmp_path)
    out, report = tmp_path / "safe.jpg", tmp_path / "report.json"
    code = main(
        ["redact-image", str(src), "-o", str(out), "--report", str(report), "--quarantine", str(tmp_path / "q")]
    )
    assert code == 0, capsys.readouterr().err
    assert out.read_bytes()[:2] == b"\xff\xd8"
    rep = json.loads(report.read_text())
    assert rep["released"] is True and rep["output"] == str(out)
    assert {"mrz", "photo"} <= {b["type"] for b in rep["pages"][0]["boxes"]}
    assert rep["timings_s"]["verify_ocr"] > 0
    assert not (tmp_path / "q").exists()


def test_refused_copy_goes_to_quarantine(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(api, "black_out", lambda page, regions: page.copy())  # a broken redaction
    src = _upload(tmp_path)
    before = hashlib.sha256(src.read_bytes()).hexdigest()
    out, q = tmp_path / "safe.jpg", tmp_path / "q"
    code = main(["redact-image", str(src), "-o", str(out), "--quarantine", str(q)])
    err = capsys.readouterr().err
    assert code == 1 and "quarantined" in err
    assert not out.exists()
    files = sorted(q.iterdir(), key=lambda p: p.name.endswith(".preview.png"))
    assert len(files) == 2 and files[0].name.endswith(".reason.json") and files[1].name.endswith(".preview.png")
    record = json.loads(files[0].read_text())
    assert record["preview"]["path"] == str(files[1])
    assert record["sha256"] == before and record["reasons"]
    assert hashlib.sha256(src.read_bytes()).hexdigest() == before
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == [src.name]  # no copy of the original


def test_bad_input_path_is_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["redact-image", str(tmp_path / "missing.png"), "-o", str(tmp_path / "o.png")])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "missing.png" in err


def test_policy_section_is_optional_and_validated(tmp_path: Path) -> None:
    assert load_policy(tmp_path / "absent.yaml").regions() == {"mrz", "bsn", "document_number", "photo"}
    good = tmp_path / "policy.yaml"
    good.write_text(
        "default: replace\nid_copies:\n  also_redact: [name, signature]\n"
        "  watermark: {enabled: true, recipient: Voorbeeld BV}\n"
    )
    policy = load_policy(good)
    assert policy.regions() == {"mrz", "bsn", "document_number", "photo", "name", "signature"}
    assert policy.watermark.enabled and policy.watermark.recipient == "Voorbeeld BV"
    bad = tmp_path / "bad.yaml"
    bad.write_text("id_copies:\n  also_redact: [photo_of_cat]\n")
    with pytest.raises(ConfigError, match="id_copies.also_redact"):
        load_policy(bad)
