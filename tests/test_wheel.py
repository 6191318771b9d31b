"""The wheel, as a new user gets it: built from the working tree, installed into a fresh virtualenv outside the
repository, and run from a folder outside the repository.

Dependencies are not downloaded again: the fresh venv sees the repository venv's site-packages through a
``.pth`` line. A folder added by a ``.pth`` line is not itself scanned for ``.pth`` files, so the repository's
editable install of afscherm stays invisible and ``import afscherm`` must come from the installed wheel.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from synthetic.id_images import generate
from tests.fresh_venv import run, venv_with_wheel

REPO = Path(__file__).resolve().parent.parent
BSN, IBAN, EMAIL, NAME = "111222333", "NL91ABNA0417164300", "jan.jansen@voorbeeld.nl", "Jan Jansen"
TEXT = f"Hoi, ik ben {NAME}, mijn bsn is {BSN} en mijn IBAN {IBAN}. Mail me op {EMAIL}."


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel of the working tree, built from a copy so that no build/ or egg-info is left (or reused)
    in the repository."""
    root = tmp_path_factory.mktemp("wheel")
    src = root / "src"
    shutil.copytree(REPO / "afscherm", src / "afscherm", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, src / name)
    dist = root / "dist"
    run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "-q",
            "--disable-pip-version-check",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            src,
            "-w",
            dist,
        ],
        root,
        dict(os.environ),
    )
    (found,) = dist.glob("afscherm-*.whl")
    return found


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv (no pip of its own) with the wheel installed by the repository's pip, no dependencies."""
    return venv_with_wheel(wheel, tmp_path_factory.mktemp("venv") / "env")


@pytest.fixture(scope="module")
def outside(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("user")


@pytest.fixture(scope="module")
def env(venv: Path) -> dict[str, str]:
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("AFSCHERM_", "PYTHON", "VIRTUAL_ENV"))}
    return {
        **keep,
        "PATH": f"{venv / 'bin'}:{os.environ['PATH']}",
        "VIRTUAL_ENV": str(venv),
        "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": "",
    }


def test_wheel_holds_only_the_afscherm_package(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
    assert {n.split("/")[0] for n in names} == {"afscherm", wheel.name.split("-py3")[0] + ".dist-info"}
    # the default configuration, the shipped Dutch pipeline and the typing marker are package data
    for needed in (
        "afscherm/configs/nlp.yaml",
        "afscherm/configs/policy.yaml",
        "afscherm/py.typed",
        "afscherm/detectors/models/nl_afscherm/meta.json",
    ):
        assert needed in names
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


def test_installed_venv_holds_only_afscherm_and_imports_it_from_there(
    venv: Path, outside: Path, env: dict[str, str]
) -> None:
    python = venv / "bin" / "python"
    site = Path(run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], outside, env).strip())
    entries = {p.name for p in site.iterdir()} - {"zz_repo_dependencies.pth", "__pycache__"}
    assert {e for e in entries if not e.startswith("afscherm-")} == {"afscherm"}
    assert len(entries) == 2 and any(e.endswith(".dist-info") for e in entries)
    where = Path(run([python, "-c", "import afscherm; print(afscherm.__file__)"], outside, env).strip())
    assert where.is_relative_to(venv) and not where.is_relative_to(REPO)
    assert (venv / "bin" / "afscherm").exists()


def test_version(outside: Path, env: dict[str, str]) -> None:
    assert run(["afscherm", "--version"], outside, env).split() == ["afscherm", "0.1.0"]


def test_detect_and_redact_from_stdin(outside: Path, env: dict[str, str]) -> None:
    record = json.dumps({"id": "m1", "text": TEXT}) + "\n"
    found = json.loads(run(["afscherm", "detect", "-"], outside, env, stdin=record))
    assert found["id"] == "m1"
    spans = {(f["entity_type"], TEXT[f["start"] : f["end"]]) for f in found["findings"]}
    assert {("NL_BSN", BSN), ("IBAN_CODE", IBAN), ("EMAIL_ADDRESS", EMAIL), ("PERSON", NAME)} <= spans

    redacted = json.loads(run(["afscherm", "redact", "-"], outside, env, stdin=record))
    assert redacted["id"] == "m1"
    for value in (BSN, IBAN, EMAIL, NAME):
        assert value not in redacted["text"]
    assert "<BSN>" in redacted["text"] and "<NAAM>" in redacted["text"]


def test_redact_file_csv_and_json(outside: Path, env: dict[str, str]) -> None:
    table = outside / "klanten.csv"
    table.write_text(f"klant,notitie,created_at\n{NAME},bsn {BSN},2024-01-02\nPiet,IBAN {IBAN},2024-01-03\n")
    run(["afscherm", "redact-file", table.name, "klanten-schoon.csv"], outside, env)
    rows = list(csv.reader(io.StringIO((outside / "klanten-schoon.csv").read_text())))
    assert rows[0] == ["klant", "notitie", "created_at"] and len(rows) == 3
    assert [r[2] for r in rows[1:]] == ["2024-01-02", "2024-01-03"]
    cleaned = (outside / "klanten-schoon.csv").read_text()
    for value in (BSN, IBAN, NAME):
        assert value not in cleaned

    document = outside / "ticket.json"
    document.write_text(json.dumps({"id": 7, "contact": {"email": EMAIL, "notes": [TEXT]}}))
    run(["afscherm", "redact-file", document.name, "ticket-schoon.json"], outside, env)
    cleaned_doc = json.loads((outside / "ticket-schoon.json").read_text())
    assert cleaned_doc["id"] == 7 and set(cleaned_doc["contact"]) == {"email", "notes"}
    for value in (BSN, IBAN, EMAIL, NAME):
        assert value not in json.dumps(cleaned_doc)


def _patch_mean(image: Image.Image, polygon: list[list[float]]) -> float:
    """Mean grey level of a small square at the centre of ``polygon``."""
    x = int(sum(p[0] for p in polygon) / len(polygon))
    y = int(sum(p[1] for p in polygon) / len(polygon))
    return float(np.asarray(image.convert("L"))[y - 4 : y + 5, x - 4 : x + 5].mean())


def test_redact_image_blacks_out_mrz_bsn_and_photo(outside: Path, env: dict[str, str]) -> None:
    _, data, truth = generate(1, seed=21, fmt="png", width=1000, kind="td1")
    (outside / "id.png").write_bytes(data)
    run(
        ["afscherm", "redact-image", "id.png", "-o", "id-veilig.png", "--report", "rapport.json", "--quarantine", "q"],
        outside,
        env,
    )
    report = json.loads((outside / "rapport.json").read_text())
    assert report["released"] is True
    assert {"mrz", "bsn", "photo"} <= {b["type"] for b in report["pages"][0]["boxes"]}
    before, after = Image.open(outside / "id.png"), Image.open(outside / "id-veilig.png")
    assert after.size == before.size
    regions = {r["type"]: r["polygon"] for r in truth["pages"][0]["regions"]}
    for kind in ("mrz", "bsn", "photo"):
        assert _patch_mean(before, regions[kind]) > 60, kind  # the planted value was visible ...
        assert _patch_mean(after, regions[kind]) < 20, kind  # ... and is black now
    assert not (outside / "q").exists()
