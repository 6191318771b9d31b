"""Train, evaluate and ship afscherm's Dutch NER pipeline — one command, fixed seeds.

    OMP_NUM_THREADS=1 python -m training.ner.train --ship

builds the training corpora under ``build/ner/`` (CoNLL-2002 ``ned.train``, optionally the CC0
Europeana corpus, and synthetic support-style text from ``detectors.ner.synthetic``), trains with
``detectors/ner/config.cfg`` selecting on ``ned.testa``, stops when the time budget is spent
(keeping the best checkpoint), reports per-type scores and, with ``--ship``, writes the pipeline
with its provenance to ``afscherm/detectors/models/nl_afscherm``.

Selection is on ``ned.testa`` (overall entity F1, evaluated every 250 steps). The wall-clock budget
bounds a run (one thread; the default 25 minutes stays inside the 60-minute limit) but makes the
stopping step depend on the machine's load; ``--max-steps N`` reproduces a run exactly (fixed seeds,
one thread). The shipped pipeline (R3 in the notes) is ``--synthetic 2500`` with the default config,
best checkpoint at step 4,500; ``--synthetic 2500 --max-steps 4500 --minutes 60 --ship`` rebuilds it.
Experiments override config keys, e.g. ``--set 'components.tok2vec.model.embed.rows=[20000,5000,10000,2000]'``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

import spacy
from spacy.language import Language
from spacy.training.initialize import init_nlp
from spacy.training.loggers import console_logger
from spacy.training.loop import train as spacy_train
from spacy.util import load_config, registry

from training.ner import augment, corpus, synthetic
from training.ner.evaluate import conll_gold, score_model

REPO = Path(__file__).resolve().parents[2]
DATA = REPO.parent / "shared" / "data"
CONLL_TRAIN = DATA / "conll2002" / "ned.train"
CONLL_DEV = DATA / "conll2002" / "ned.testa"
EUROPEANA = DATA / "europeana-nl" / "enp_NL.kb.bio"
CONFIG = Path(__file__).with_name("config.cfg")
SHIPPED = REPO / "afscherm" / "detectors" / "models" / "nl_afscherm"
SEED = 1207

PROVENANCE = {
    "training_data": [
        {
            "name": "CoNLL-2002 Dutch (ned.train; ned.testa used for model selection)",
            "source": "Tjong Kim Sang, 'Introduction to the CoNLL-2002 Shared Task', CoNLL 2002",
            "content": "De Morgen newspaper text (2000), annotated at the University of Antwerp",
            "licence": "distributed for research use",
        },
        {
            "name": "Europeana Newspapers NER corpus, Dutch (KB)",
            "source": "EuropeanaNewspapers/ner-corpora",
            "licence": "CC0 1.0",
        },
        {
            "name": "afscherm synthetic support-style text (detectors/ner/synthetic.py)",
            "content": "generated from templates with fictitious people drawn from afscherm.detectors/data/names",
            "licence": "first names MIT (LICENSE-first_names.txt), family names CC0 1.0",
        },
    ],
    "use": "research-use provenance (CoNLL-2002): check the terms before any commercial use",
}


class TimeBudgetSpent(Exception):
    """Raised by the timed logger after an evaluation once the wall-clock budget is spent."""


@registry.loggers("afscherm.TimedConsoleLogger.v1")
def timed_console_logger(minutes: float) -> Callable[..., Any]:
    """spaCy's console logger that ends training at the first evaluation after ``minutes``."""
    console = console_logger(progress_bar=False)

    def setup(nlp: Language, stdout: IO = sys.stdout, stderr: IO = sys.stderr) -> tuple[Callable, Callable]:
        log_step, finalize = console(nlp, stdout, stderr)
        deadline = time.monotonic() + minutes * 60

        def step(info: dict[str, Any] | None) -> None:
            log_step(info)
            # Only after an evaluation: the best checkpoint on disk is then up to date.
            if info is not None and time.monotonic() > deadline:
                raise TimeBudgetSpent(f"{minutes} minutes spent")

        return step, finalize

    return setup


def build_corpora(
    workdir: Path, *, europeana: bool, n_synthetic: int, seed: int, lower_share: float = 0.0, chat_docs: int = 0
) -> tuple[Path, Path]:
    """Write the train DocBins (one per source) and the dev DocBin; return their paths."""
    nlp = spacy.blank("nl")
    train_dir = workdir / "corpus" / "train"
    if train_dir.exists():
        shutil.rmtree(train_dir)
    conll = corpus.read_conll(CONLL_TRAIN)
    counts = {"conll": corpus.write_docbin(corpus.docs_from_corpus(nlp, conll, 10), train_dir / "conll.spacy")}
    # Issue 12: lower-cased newspaper text and chat exports, so names without capitals are names too.
    if lower_share:
        counts["conll_lower"] = corpus.write_docbin(
            augment.lowered_docs(nlp, conll, lower_share, seed), train_dir / "conll_lower.spacy"
        )
    if chat_docs:
        counts["chat"] = corpus.write_docbin(
            augment.chat_exports(nlp, conll, chat_docs, seed), train_dir / "chat.spacy"
        )
    if europeana:
        counts["europeana"] = corpus.write_docbin(
            (corpus.to_doc(nlp, d) for d in corpus.read_europeana(EUROPEANA)), train_dir / "europeana.spacy"
        )
    if n_synthetic:
        counts["synthetic"] = corpus.write_docbin(synthetic.docs(nlp, n_synthetic, seed), train_dir / "synthetic.spacy")
    dev = workdir / "corpus" / "dev.spacy"
    corpus.write_docbin(corpus.docs_from_corpus(nlp, corpus.read_conll(CONLL_DEV), 10), dev)
    print(f"training docs per source: {counts}", flush=True)
    return train_dir, dev


def train(workdir: Path, train_path: Path, dev_path: Path, overrides: dict[str, Any], minutes: float) -> Path:
    config = load_config(
        CONFIG,
        overrides={
            "paths.train": str(train_path),
            "paths.dev": str(dev_path),
            "training.logger.minutes": minutes,
            **overrides,
        },
        interpolate=False,
    )
    nlp = init_nlp(config)
    out = workdir / "model"
    out.mkdir(parents=True, exist_ok=True)
    try:
        spacy_train(nlp, out)
    except TimeBudgetSpent as e:
        print(f"time budget reached ({e}); keeping the best checkpoint", flush=True)
    return out / "model-best"


def ship(model_path: Path, dest: Path, scores: dict[str, Any], settings: dict[str, Any]) -> None:
    """Save the pipeline to ``dest`` with provenance and scores in meta.json, loadable without our code."""
    nlp = spacy.load(model_path)
    nlp.meta.update(
        {
            "name": "afscherm",
            "version": "0.1.0",
            "description": "Dutch NER (PER, LOC, ORG, MISC) for afscherm's PII detection; afscherm reports "
            "PER as PERSON and LOC as LOCATION",
            "license": "research use (see provenance)",
            "provenance": PROVENANCE,
            "afscherm_training": settings,
            "afscherm_scores_ned_testa": scores,
            # Trained on lower-cased and chat text too: the analyzer's NER gate then passes it chat lines with a
            # lower-case name (detectors.ner_gate; recognizers.yaml's ner_lower_case overrides).
            "afscherm_reads_lower_case": bool(settings.get("lower_share") or settings.get("chat_docs")),
        }
    )
    # The saved config must not name our training-only logger: loading it would need this module.
    nlp.config["training"]["logger"] = {"@loggers": "spacy.ConsoleLogger.v1", "progress_bar": False}
    # Build-machine paths mean nothing elsewhere; retraining passes them again.
    nlp.config["paths"]["train"] = None
    nlp.config["paths"]["dev"] = None
    if dest.exists():
        shutil.rmtree(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(dest)


def parse_set(values: list[str]) -> dict[str, Any]:
    """``section.key=value`` pairs; values are JSON when they parse (numbers, lists), else strings."""
    out: dict[str, Any] = {}
    for item in values:
        key, _, raw = item.partition("=")
        try:
            out[key] = json.loads(raw)
        except json.JSONDecodeError:
            out[key] = raw
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m training.ner.train", description=__doc__.split("\n\n")[0])
    ap.add_argument("--workdir", type=Path, default=REPO / "build" / "ner")
    ap.add_argument("--minutes", type=float, default=25.0, help="wall-clock training budget (keeps the best)")
    ap.add_argument("--synthetic", type=int, default=synthetic.DEFAULT_COUNT, help="synthetic docs (0: none)")
    ap.add_argument("--europeana", action="store_true", help="add the CC0 Europeana corpus (not in the shipped model)")
    ap.add_argument("--no-europeana", action="store_true", help=argparse.SUPPRESS)  # the default; kept for old logs
    ap.add_argument("--lower-share", type=float, default=0.0, help="share of CoNLL docs added in lower case")
    ap.add_argument("--chat-docs", type=int, default=0, help="chat-export docs (training.ner.augment; 0: none)")
    ap.add_argument("--max-steps", type=int, help="stop after this many steps (exact reproduction on any machine)")
    ap.add_argument("--set", action="append", default=[], metavar="SECTION.KEY=VALUE", help="config override")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--ship", action="store_true", help=f"save the result to {SHIPPED.relative_to(REPO)}")
    args = ap.parse_args(argv)

    os.environ.setdefault("OMP_NUM_THREADS", "1")
    overrides = {"system.seed": args.seed, **parse_set(args.set)}
    if args.max_steps:
        overrides["training.max_steps"] = args.max_steps
    started = time.monotonic()
    train_path, dev_path = build_corpora(
        args.workdir,
        europeana=args.europeana,
        n_synthetic=args.synthetic,
        seed=args.seed,
        lower_share=args.lower_share,
        chat_docs=args.chat_docs,
    )
    best = train(args.workdir, train_path, dev_path, overrides, args.minutes)
    scores = score_model(spacy.load(best), conll_gold(CONLL_DEV))
    settings = {
        "europeana": args.europeana,
        "synthetic_docs": args.synthetic,
        "lower_share": args.lower_share,
        "chat_docs": args.chat_docs,
        "overrides": overrides,
        "minutes_budget": args.minutes,
        "minutes_spent": round((time.monotonic() - started) / 60, 1),
    }
    print(json.dumps({"settings": settings, "scores": scores}, indent=1), flush=True)
    (args.workdir / "result.json").write_text(json.dumps({"settings": settings, "scores": scores}, indent=1))
    if args.ship:
        ship(best, SHIPPED, scores, settings)
        print(f"shipped to {SHIPPED}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
