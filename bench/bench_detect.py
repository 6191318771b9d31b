"""Throughput (and recall) of afscherm's recogniser path against Presidio's stock ``nl`` recognisers.

Both run in the same process, on the same generated documents, one after the other:

    .venv/bin/python bench/bench_detect.py [--docs 10000] [--seed 11]

afscherm: the analyzer with a tokenizer-only pipeline (the recogniser path, no NER).
stock: ``AnalyzerEngine`` with ``load_predefined_recognizers(languages=["nl"])`` plus a Dutch credit
card recogniser (not among the predefined ones for ``nl``), on the same blank Dutch spaCy pipeline.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry  # noqa: E402
from presidio_analyzer.predefined_recognizers import CreditCardRecognizer  # noqa: E402

from afscherm.detectors.analyzer import Analyzer  # noqa: E402
from afscherm.detectors.config import load_nlp_settings, load_recognizer_settings  # noqa: E402
from afscherm.detectors.evaluation import GoldRecord, GoldSpan, score  # noqa: E402
from afscherm.detectors.findings import Finding  # noqa: E402
from afscherm.detectors.nlp_engine import build_presidio_engine, load_pipeline  # noqa: E402
from synthetic.documents import generate_documents  # noqa: E402

# Types both systems claim to detect, so recall compares like with like.
SHARED_TYPES = ("EMAIL_ADDRESS", "IBAN_CODE", "IP_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD")


def recogniser_path_analyzer() -> Analyzer:
    nlp_settings = load_nlp_settings()
    nlp_settings.models[0].model_name = "blank:nl"
    settings = load_recognizer_settings()
    analyzer = Analyzer.from_config()
    if analyzer.has_ner:  # same recognisers, NER left out
        pipeline = load_pipeline("blank:nl", Path("."))
        analyzer = Analyzer(pipeline, analyzer.recognizers, [], nlp_settings, settings)
    return analyzer


def stock_presidio() -> AnalyzerEngine:
    registry = RecognizerRegistry(supported_languages=["nl"])
    registry.load_predefined_recognizers(languages=["nl"])
    registry.add_recognizer(CreditCardRecognizer(supported_language="nl"))
    settings = load_nlp_settings()
    settings.models[0].model_name = "blank:nl"
    engine = build_presidio_engine(settings, {"nl": load_pipeline("blank:nl", Path("."))})
    return AnalyzerEngine(registry=registry, nlp_engine=engine, supported_languages=["nl"])


def as_record(doc: object) -> GoldRecord:
    spans = tuple(
        GoldSpan(s["start"], s["end"], s["entity_type"], s.get("subtype", ""))
        if isinstance(s, dict)
        else GoldSpan(s.start, s.end, s.entity_type, getattr(s, "subtype", ""))
        for s in doc.spans  # type: ignore[attr-defined]
    )
    return GoldRecord(doc.id, doc.text, spans)  # type: ignore[attr-defined]


def run_ours(analyzer: Analyzer, texts: list[str]) -> tuple[float, list[list[Finding]]]:
    started = time.perf_counter()
    results = analyzer.analyze(texts)
    return time.perf_counter() - started, results


def run_stock(engine: AnalyzerEngine, texts: list[str]) -> tuple[float, list[list[Finding]]]:
    started = time.perf_counter()
    results = []
    for text in texts:
        found = engine.analyze(text, language="nl")
        results.append([Finding(r.start, r.end, r.entity_type, r.score, "stock") for r in found])
    return time.perf_counter() - started, results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)

    records = [as_record(d) for d in generate_documents(args.docs, seed=args.seed)]
    texts = [r.text for r in records]
    chars = sum(map(len, texts))
    print(f"{len(texts):,} generated documents, {chars:,} characters (seed {args.seed})\n")

    ours, stock = recogniser_path_analyzer(), stock_presidio()
    ours.analyze(texts[:50])  # warm-up: compiled patterns, lazy imports
    stock.analyze(texts[0], language="nl")
    t_ours, r_ours = run_ours(ours, texts)
    t_stock, r_stock = run_stock(stock, texts)

    print(f"{'system':<28} {'docs/s':>10} {'chars/s':>12} {'seconds':>8}")
    for name, t in (("afscherm recogniser path", t_ours), ("presidio stock (nl)", t_stock)):
        print(f"{name:<28} {len(texts) / t:10,.0f} {chars / t:12,.0f} {t:8.2f}")
    print(f"\nspeed ratio afscherm / stock: {t_stock / t_ours:.1f}x\n")

    rep_ours = score(records, r_ours, mode="overlap", types=SHARED_TYPES)
    rep_stock = score(records, r_stock, mode="overlap", types=SHARED_TYPES)
    print(f"{'recall (overlap match)':<18} {'afscherm':>9} {'stock':>9} {'n':>6}")
    for t in SHARED_TYPES:
        a, s = rep_ours.per_type[t], rep_stock.per_type[t]
        print(f"{t:<18} {a.recall:9.3f} {s.recall:9.3f} {a.tp + a.fn:6d}")
    tot_a = sum(v.tp for k, v in rep_ours.per_type.items() if k in SHARED_TYPES)
    tot_s = sum(v.tp for k, v in rep_stock.per_type.items() if k in SHARED_TYPES)
    n = sum(v.tp + v.fn for k, v in rep_ours.per_type.items() if k in SHARED_TYPES)
    print(f"{'all shared types':<18} {tot_a / n:9.3f} {tot_s / n:9.3f} {n:6d}")
    all_types = score(records, r_ours, mode="exact")
    print("\nafscherm, all types (exact match):")
    for t, s in sorted(all_types.per_type.items()):
        print(f"  {t:<16} P {s.precision:.3f}  R {s.recall:.3f}  (n={s.tp + s.fn})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
