"""The shipped Dutch pipeline as a spaCy package: built with ``spacy package``, installed into a fresh venv
outside the repository, loaded with ``spacy.load("nl_afscherm")`` and named in an ``nlp.yaml``.

The fresh venv sees the repository venv's dependencies through a ``.pth`` line (nothing is downloaded); such a
folder's own ``.pth`` files are not read, so the repository's editable afscherm is not importable there.
"""

from __future__ import annotations

import json
import os
import shutil
import zipfile
from pathlib import Path

import pytest
import spacy

from tests.fresh_venv import run, venv_with_wheel
from training.ner.package_model import MODEL, build

REPO = Path(__file__).resolve().parent.parent
VERSION = "0.1.0"
TEXT = "Gisteren sprak Jan de Vries in Amsterdam met Marieke Jansen over de nieuwe regels."


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("model-dist"), VERSION)


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return venv_with_wheel(wheel, tmp_path_factory.mktemp("model-venv") / "env")


def _env(**extra: str) -> dict[str, str]:
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("AFSCHERM_", "PYTHON", "VIRTUAL_ENV"))}
    return {**keep, "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": "", **extra}


def test_wheel_meta_carries_name_version_licence_and_provenance(wheel: Path) -> None:
    assert wheel.name == f"nl_afscherm-{VERSION}-py3-none-any.whl"
    with zipfile.ZipFile(wheel) as zf:
        meta = json.loads(zf.read("nl_afscherm/meta.json"))
        names = zf.namelist()
    assert (meta["lang"], meta["name"], meta["version"]) == ("nl", "afscherm", VERSION)
    assert "research use" in meta["license"].lower()
    sources = " ".join(s["name"] for s in meta["sources"])
    assert "CoNLL-2002" in sources and "first names" in sources and "family names" in sources
    trained = json.loads((MODEL / "meta.json").read_text())["afscherm_training"]
    # only what the shipped model was trained on is listed
    assert ("Europeana" in sources) == bool(trained["europeana"])
    assert meta["labels"]["ner"] == ["LOC", "MISC", "ORG", "PER"]
    assert f"nl_afscherm/nl_afscherm-{VERSION}/ner/model" in names


def test_spacy_load_by_name_from_an_installed_copy(venv: Path, tmp_path: Path) -> None:
    script = (
        "import json, spacy, nl_afscherm\n"
        "nlp = spacy.load('nl_afscherm')\n"
        f"doc = nlp({TEXT!r})\n"
        "print(json.dumps({'file': nl_afscherm.__file__, 'pipes': nlp.pipe_names,\n"
        "                  'ents': [[e.start_char, e.end_char, e.label_] for e in doc.ents]}))\n"
    )
    got = json.loads(run([venv / "bin" / "python", "-c", script], tmp_path, _env()))
    assert Path(got["file"]).is_relative_to(venv)
    assert got["pipes"] == ["tok2vec", "ner"]
    # the oracle: the same pipeline loaded from the repository's folder
    expected = [[e.start_char, e.end_char, e.label_] for e in spacy.load(MODEL)(TEXT).ents]
    assert got["ents"] == expected and any(label == "PER" for _, _, label in expected)  # it found names


def test_nlp_yaml_names_the_installed_package(venv: Path, tmp_path: Path) -> None:
    config = tmp_path / "configs"
    shutil.copytree(REPO / "afscherm" / "configs", config)
    nlp_yaml = config / "nlp.yaml"
    text = nlp_yaml.read_text()
    assert "model_name: ../detectors/models/nl_afscherm" in text
    nlp_yaml.write_text(text.replace("model_name: ../detectors/models/nl_afscherm", "model_name: nl_afscherm"))
    script = (
        "import json, sys\n"
        "from afscherm.detectors.analyzer import Analyzer\n"
        "a = Analyzer.from_config(__import__('pathlib').Path(sys.argv[1]))\n"
        "print(json.dumps({'model': a.pipeline.meta['name'], 'path': str(a.pipeline.path),\n"
        f"                  'found': [f.to_dict() for f in a.analyze_one({TEXT!r})]}}))\n"
    )
    # afscherm from the checkout (PYTHONPATH), the pipeline only from the fresh venv
    got = json.loads(run([venv / "bin" / "python", "-c", script, config], tmp_path, _env(PYTHONPATH=str(REPO))))
    assert got["model"] == "afscherm" and Path(got["path"]).is_relative_to(venv)
    names = {TEXT[f["start"] : f["end"]] for f in got["found"] if f["entity_type"] == "PERSON"}
    assert {"Jan de Vries", "Marieke Jansen"} <= names
