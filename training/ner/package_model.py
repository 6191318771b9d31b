"""The shipped Dutch NER pipeline as a pip-installable spaCy package, ``nl_afscherm``.

.venv/bin/python -m training.ner.package_model [--out dist] [--version 0.1.0]    # or: make model-package

Runs ``spacy package afscherm/detectors/models/nl_afscherm OUT --name afscherm --version X`` (spaCy names the
package ``<lang>_<name>``: ``nl_afscherm``) with a meta.json that carries the licence and the provenance of
the training data, then builds the wheel from the generated package folder with the setuptools already
installed (``spacy package --build wheel`` would need the ``build`` package and an isolated, downloading
build). ``pip install dist/nl_afscherm-X-py3-none-any.whl`` and ``spacy.load("nl_afscherm")`` works in any
project; afscherm's ``nlp.yaml`` can then name it (``model_name: nl_afscherm``).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
MODEL = REPO / "afscherm" / "detectors" / "models" / "nl_afscherm"
PACKAGE_NAME = "afscherm"  # spaCy prefixes the language: nl_afscherm
LICENSE = "Research use only (trained on CoNLL-2002 Dutch, distributed for research use); see sources"

CONLL = {
    "name": "CoNLL-2002 Dutch NER (ned.train; ned.testa for model selection)",
    "url": "https://www.clips.uantwerpen.be/conll2002/ner/",
    "license": "distributed for research use",
    "author": "Erik F. Tjong Kim Sang (De Morgen 2000, annotated at the University of Antwerp)",
}
EUROPEANA = {
    "name": "Europeana Newspapers NER corpus, Dutch (KB)",
    "url": "https://github.com/EuropeanaNewspapers/ner-corpora",
    "license": "CC0 1.0",
    "author": "Europeana Newspapers project, KB National Library of the Netherlands",
}
FIRST_NAMES = {
    "name": "Dutch first names ('voornamen', 2020, as redistributed in the public pii-filter repository) in the "
    "synthetic training text",
    "license": "MIT (LICENSE-first_names.txt in afscherm/detectors/data/names)",
    "author": "Joris",
}
FAMILY_NAMES = {
    "name": "Dutch family names borne by at least 5 people (2007) in the synthetic training text",
    "url": "https://github.com/digitalheir/family-names-in-the-netherlands",
    "license": "CC0 1.0 (Meertens Institute's Nederlandse Familienamenbank)",
    "author": "digitalheir",
}


def package_meta(model_meta: dict[str, Any], version: str) -> dict[str, Any]:
    """The model's meta.json with the package's name, version, licence and data sources filled in.

    Only what the shipped model was trained on is listed: Europeana only if its training record says so.
    """
    training = model_meta.get("afscherm_training", {})
    sources = [CONLL]
    if training.get("europeana"):
        sources.append(EUROPEANA)
    if training.get("synthetic_docs"):
        sources += [FIRST_NAMES, FAMILY_NAMES]
    return {
        **model_meta,
        "name": PACKAGE_NAME,
        "version": version,
        "description": "Dutch NER (PER, LOC, ORG, MISC) trained for afscherm's personal-data detection: "
        "newspaper text plus synthetic support-style text (forms, chat, e-mails) with fictitious people",
        "author": "afscherm",
        "license": LICENSE,
        "sources": sources,
    }


def build(out: Path, version: str, model: Path = MODEL, wheel: bool = True) -> Path:
    """The package folder (and, with ``wheel``, the wheel beside it) in ``out``; returns the wheel or folder."""
    out.mkdir(parents=True, exist_ok=True)
    meta = package_meta(json.loads((model / "meta.json").read_text(encoding="utf-8")), version)
    with tempfile.TemporaryDirectory() as tmp:
        meta_path = Path(tmp) / "meta.json"
        meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        subprocess.run(
            [
                sys.executable,
                "-m",
                "spacy",
                "package",
                str(model),
                str(out),
                "--name",
                PACKAGE_NAME,
                "--version",
                version,
                "--meta-path",
                str(meta_path),
                "--build",
                "none",
                "--force",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    folder = out / f"nl_{PACKAGE_NAME}-{version}"
    if not wheel:
        return folder
    subprocess.run(
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
            str(folder),
            "-w",
            str(out),
        ],
        check=True,
    )
    return out / f"nl_{PACKAGE_NAME}-{version}-py3-none-any.whl"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=REPO / "dist", help="output folder (default: dist/)")
    ap.add_argument("--version", default=None, help="package version (default: the model's meta.json version)")
    ap.add_argument("--model", type=Path, default=MODEL, help="pipeline folder (default: the shipped one)")
    args = ap.parse_args()
    version = args.version or json.loads((args.model / "meta.json").read_text(encoding="utf-8"))["version"]
    print(build(args.out, version, args.model))
    return 0


if __name__ == "__main__":
    sys.exit(main())
