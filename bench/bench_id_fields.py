"""Residence permits and driving licences (``synthetic/id_variants_fields``, tuning material): released, unsafe,
coverage of the numbers and CPU seconds per upload.

    OMP_NUM_THREADS=1 .venv/bin/python bench/bench_id_fields.py [--count 20] [--seed 5] [--kind dl] [--json out.json]

Unsafe, as in ``bench_id_copies``: a released copy where a required region (MRZ, BSN, document number, V-number,
photo) is < 95 % black, or where an independent OCR pass (tesseract ``eng+nld`` and ``eng``, page turned upright
and upscaled) still reads 6 characters in a row of the document number, BSN or V-number, or 10 of an MRZ line.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import cv2  # noqa: E402
import numpy as np  # noqa: E402

from afscherm.detectors.analyzer import default_analyzer  # noqa: E402
from afscherm.redactors.id_copies import IdCopyPolicy, redact_id_copy  # noqa: E402
from synthetic.id_images import coverage, decode_pages, ocr_text, recovered  # noqa: E402
from synthetic.id_variants_fields import SENSITIVE, generate_field_variant  # noqa: E402

TARGET_COVERAGE = 0.95


def _cpu() -> float:
    import resource

    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def evaluate(index: int, seed: int, policy: IdCopyPolicy, analyzer, kind: str | None) -> dict:  # noqa: ANN001
    fmt, data, truth = generate_field_variant(index, seed, kind=kind)
    holder = truth["holders"][0]
    cpu0 = _cpu()
    result = redact_id_copy(data, policy, analyzer)
    cpu = _cpu() - cpu0
    row = {
        "index": index,
        "kind": holder["kind"],
        "released": result.released,
        "reasons": result.reasons,
        "cpu_seconds": cpu,
        "megapixels": result.pixels / 1e6,
        "coverage": {t: [] for t in SENSITIVE},
        "recovered": [],
    }
    if result.released:
        page = decode_pages(result.data)[0]
        for t in SENSITIVE:
            row["coverage"][t] = coverage(page, truth["pages"][0], t)
        if holder["quarter_turns"]:
            page = np.ascontiguousarray(np.rot90(page, holder["quarter_turns"]))
        text = ocr_text(page)
        row["recovered"] = recovered(text, {**holder, "document_number": holder["document_number"] or "\0" * 9})
        if holder["personal_number"]:
            digits = ["".join(c for c in ln if c.isdigit()) for ln in text.splitlines()]
            v = holder["personal_number"]
            if any(v[i : i + 6] in d for i in range(len(v) - 5) for d in digits):
                row["recovered"].append("personal_number")
    row["unsafe_released"] = result.released and (
        bool(row["recovered"]) or any(c < TARGET_COVERAGE for v in row["coverage"].values() for c in v)
    )
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=20)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--kind", default=None)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    cv2.setNumThreads(1)
    analyzer = default_analyzer()
    policy = IdCopyPolicy()
    redact_id_copy(generate_field_variant(0, 999)[1], policy, analyzer)  # warm-up, not measured
    rows = []
    for i in range(args.start, args.start + args.count):
        row = evaluate(i, args.seed, policy, analyzer, args.kind)
        rows.append(row)
        low = {t: round(min(v), 3) for t, v in row["coverage"].items() if v and min(v) < TARGET_COVERAGE}
        print(
            f"{i:3d} {row['kind']:8s} {'released' if row['released'] else 'QUARANTINED'} cpu {row['cpu_seconds']:.2f}s "
            f"{row['megapixels']:.2f} Mpx low={low} rec={row['recovered']} {row['reasons'][:2]}",
            flush=True,
        )
    small = [r for r in rows if r["megapixels"] < 1]
    big = [r for r in rows if r["megapixels"] >= 1]
    kinds: dict[str, list[dict]] = {}
    for r in rows:
        kinds.setdefault(r["kind"], []).append(r)
    summary = {
        "uploads": len(rows),
        "released": sum(r["released"] for r in rows),
        "unsafe_released": sum(r["unsafe_released"] for r in rows),
        "by_kind": {
            k: f"{sum(r['released'] for r in v)}/{len(v)} released, {sum(r['unsafe_released'] for r in v)} unsafe"
            for k, v in sorted(kinds.items())
        },
        "cpu_seconds_max_under_1mpx": round(max(r["cpu_seconds"] for r in small), 2) if small else None,
        "cpu_seconds_mean_under_1mpx": round(sum(r["cpu_seconds"] for r in small) / len(small), 2) if small else None,
        "cpu_seconds_per_megapixel_ge_1mpx": round(
            sum(r["cpu_seconds"] for r in big) / sum(r["megapixels"] for r in big), 3
        )
        if big
        else None,
        "quarantine_reasons": sorted({reason.split(": ", 1)[-1] for r in rows for reason in r["reasons"]}),
    }
    print(json.dumps(summary, indent=1, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps({"summary": summary, "rows": rows}, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
