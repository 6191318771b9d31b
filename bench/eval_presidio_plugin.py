"""Does a stock Presidio ``AnalyzerEngine`` with ``afscherm.presidio.add_dutch_recognizers`` find what
``afscherm detect``'s recognisers find? Measured span by span on a gold set.

.venv/bin/python bench/eval_presidio_plugin.py [--gold bench/gold/detect_gold.jsonl] [--config DIR] [--json OUT]

Both sides run the same recognisers (``recognizers.yaml``) on the same texts; the model's names and
afscherm's post-processors are left out of both, since neither is a recogniser. Compared as sets of
``(entity_type, start, end)``:

- ``raw``: every recogniser finding (afscherm, before any overlap resolution) against Presidio's results
  (Presidio drops a same-type finding inside another one; afscherm keeps them until overlap resolution);
- ``detect``: afscherm's resolved findings (what ``afscherm detect`` reports without the model) against
  Presidio's results as they are — what a Presidio user gets;
- ``resolved``: the same, with afscherm's overlap resolution applied to Presidio's results.

It also checks that every Presidio result carries an explanation naming its rule, and prints the CPU seconds
of each side (process time: wall time is unreliable on a shared machine).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")  # no public-suffix download from Presidio

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry  # noqa: E402

from afscherm.detectors.analyzer import Analyzer  # noqa: E402
from afscherm.detectors.evaluation import GOLD_PATH, load_gold  # noqa: E402
from afscherm.detectors.findings import Finding  # noqa: E402
from afscherm.detectors.overlap import resolve_overlaps  # noqa: E402
from afscherm.presidio import add_dutch_recognizers, dutch_nlp_engine  # noqa: E402

Span = tuple[str, int, int]


def _spans(findings: list[Finding]) -> set[Span]:
    return {(f.entity_type, f.start, f.end) for f in findings}


def agreement(ours: list[set[Span]], theirs: list[set[Span]]) -> dict[str, object]:
    """Counts over all texts: spans both found, only afscherm, only Presidio; per entity type too."""
    both = only_ours = only_theirs = 0
    per_type: dict[str, Counter[str]] = {}
    identical_texts = 0
    for a, b in zip(ours, theirs, strict=True):
        identical_texts += a == b
        for span, side in (
            [(s, "both") for s in a & b] + [(s, "only_afscherm") for s in a - b] + [(s, "only_presidio") for s in b - a]
        ):
            per_type.setdefault(span[0], Counter())[side] += 1
        both, only_ours, only_theirs = both + len(a & b), only_ours + len(a - b), only_theirs + len(b - a)
    union = both + only_ours + only_theirs
    return {
        "both": both,
        "only_afscherm": only_ours,
        "only_presidio": only_theirs,
        "jaccard": round(both / union, 4) if union else 1.0,
        "identical_texts": identical_texts,
        "texts": len(ours),
        "per_type": {t: dict(c) for t, c in sorted(per_type.items())},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD_PATH)
    parser.add_argument("--config", type=Path, help="configuration folder (default: the package's)")
    parser.add_argument("--json", type=Path, help="write the numbers here")
    args = parser.parse_args()
    texts = [r.text for r in load_gold(args.gold)]

    analyzer = Analyzer.from_config(args.config)
    t0 = time.process_time()
    raw = [analyzer._recognize(t, None) for t in texts]  # noqa: SLF001 - the recognisers alone, no model
    resolved = [resolve_overlaps(fs) for fs in raw]
    cpu_afscherm = time.process_time() - t0

    registry = RecognizerRegistry(supported_languages=["nl"])
    add_dutch_recognizers(registry, config=args.config)
    engine = AnalyzerEngine(registry=registry, nlp_engine=dutch_nlp_engine(args.config), supported_languages=["nl"])
    t0 = time.process_time()
    results = [engine.analyze(t, language="nl", return_decision_process=True) for t in texts]
    cpu_presidio = time.process_time() - t0

    presidio = [
        [Finding(r.start, r.end, r.entity_type, r.score, r.recognition_metadata["recognizer_name"]) for r in rs]
        for rs in results
    ]
    explained = sum(
        1
        for rs in results
        for r in rs
        if r.analysis_explanation is not None
        and (r.analysis_explanation.textual_explanation or "").startswith(f"rule: {r.analysis_explanation.recognizer}")
    )
    numbers = {
        "gold": str(args.gold),
        "texts": len(texts),
        "presidio_results": sum(len(rs) for rs in results),
        "explained_results": explained,
        "raw": agreement([_spans(f) for f in raw], [_spans(f) for f in presidio]),
        "detect": agreement([_spans(f) for f in resolved], [_spans(f) for f in presidio]),
        "resolved": agreement([_spans(f) for f in resolved], [_spans(resolve_overlaps(f)) for f in presidio]),
        "cpu_s": {
            "afscherm_recognisers": round(cpu_afscherm, 2),
            "presidio_engine_with_plugin": round(cpu_presidio, 2),
        },
    }
    for name in ("raw", "detect", "resolved"):
        a = numbers[name]
        print(
            f"{name:9s} both {a['both']:5d}  only afscherm {a['only_afscherm']:4d}  only Presidio "
            f"{a['only_presidio']:4d}  Jaccard {a['jaccard']:.4f}  "
            f"identical texts {a['identical_texts']}/{a['texts']}"
        )
        for entity, counts in a["per_type"].items():
            if counts.get("only_afscherm") or counts.get("only_presidio"):
                print(f"          {entity:15s} {counts}")
    print(f"explained: {explained}/{numbers['presidio_results']} Presidio results name their rule")
    print(
        f"CPU s: afscherm recognisers {cpu_afscherm:.2f}, Presidio engine + plugin {cpu_presidio:.2f} "
        "(includes the spaCy pipeline Presidio always runs)"
    )
    if args.json:
        args.json.write_text(json.dumps(numbers, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
