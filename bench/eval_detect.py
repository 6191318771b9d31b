"""Precision / recall / F1 per entity type of ``detectors.analyze`` on the labelled gold set.

.venv/bin/python bench/eval_detect.py [--gold bench/gold/detect_gold.jsonl] [--misses 20] [--config DIR]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from detectors.analyzer import Analyzer  # noqa: E402
from detectors.evaluation import GOLD_PATH, format_report, load_gold, score  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD_PATH)
    parser.add_argument("--config", type=Path, default=None)
    parser.add_argument("--misses", type=int, default=15, help="print this many misses and false positives")
    args = parser.parse_args()

    records = load_gold(args.gold)
    analyzer = Analyzer.from_config(args.config)
    started = time.perf_counter()
    predictions = analyzer.analyze(r.text for r in records)
    elapsed = time.perf_counter() - started
    chars = sum(len(r.text) for r in records)
    print(f"{len(records)} gold records, {chars:,} characters, analysed in {elapsed:.2f} s")
    pipes = ", ".join(analyzer.pipeline.pipe_names) or "tokenizer only"
    print(f"pipeline: {analyzer.nlp_settings.model_for('nl').model_name} ({pipes})\n")
    for mode in ("exact", "overlap"):
        report = score(records, predictions, mode=mode)
        print(format_report(report, f"== {mode} span match =="))
        print()
    report = score(records, predictions, mode="exact")
    for rid, gold, text in report.misses[: args.misses]:
        print(f"MISS {rid} {gold.entity_type}/{gold.subtype}: {text!r}")
    for rid, finding, text in report.false_positives[: args.misses]:
        print(f"FP   {rid} {finding.entity_type} ({finding.recognizer}): {text!r}")
    for rid, kind, finding in report.negative_violations[: args.misses]:
        print(f"NEG  {rid} {kind}: {finding.entity_type} ({finding.recognizer})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
