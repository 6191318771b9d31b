"""Safe copies of ID documents: coverage, OCR recovery, quarantine and speed on generated uploads.

    OMP_NUM_THREADS=1 .venv/bin/python bench/bench_id_copies.py [--count 40] [--seed 7] [--json out.json]
    OMP_NUM_THREADS=1 .venv/bin/python bench/bench_id_copies.py --variants [--count 40] [--seed 11]

``--variants``: the tuning family's harder variations (``synthetic/id_variants``: drawn, faint, small and tilted
portraits, ghost photos, Belgian and German cards, driving licences, labels on any side, turned captures); the
ghost photo is a required region there, and name coverage is reported as a measure of over-redaction.

For each generated document (cards and passports, pre- and post-2021, PNG/JPEG/WebP/TIFF/PDF, 600–4000
px, rotated ±6°, blurred, noised) the redactor runs once; then, against the generator's ground truth:
the fraction of each MRZ band, BSN, document number and photo that is black in the output, the
sensitive strings an independent OCR pass (tesseract eng+nld and eng, page upscaled) still reads in
released outputs, and whether any unsafe output was released. Time is per megapixel of input,
including verification, on one core.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
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
from synthetic import id_variants  # noqa: E402
from synthetic.id_images import SENSITIVE, coverage, decode_pages, generate, ocr_text, recovered  # noqa: E402

TARGET_COVERAGE = 0.95
TARGET_CPU = 1.5  # CPU seconds per max(1, megapixels) of a document, verification included


def evaluate(index: int, seed: int, policy: IdCopyPolicy, analyzer, variants: bool = False) -> dict:  # noqa: ANN001
    fmt, data, truth = id_variants.generate_variant(index, seed) if variants else generate(index, seed)
    required = id_variants.SENSITIVE if variants else SENSITIVE
    started, cpu_started = time.perf_counter(), _cpu()
    result = redact_id_copy(data, policy, analyzer)
    elapsed, cpu = time.perf_counter() - started, _cpu() - cpu_started
    row = {
        "index": index,
        "format": fmt,
        "kinds": [h["kind"] for h in truth["holders"]],
        "pre_2021": [h.get("pre_2021") for h in truth["holders"]],
        "released": result.released,
        "reasons": result.reasons,
        "seconds": elapsed,
        "cpu_seconds": cpu,
        "megapixels": result.pixels / 1e6,
        "widths": [p["width"] for p in truth["pages"]],
        "coverage": {t: [] for t in (*required, "name")},
        "recovered": [],
        "timings": result.timings,
    }
    pages = decode_pages(result.data, policy.pdf_dpi) if result.released else None
    if pages is None:
        # What the redactor produced but did not release is still measured, to see why it failed.
        pages = [p for p in _unreleased_pages(data, policy, analyzer)]
    for page, truth_page, holder in zip(pages, truth["pages"], truth["holders"], strict=True):
        if truth["exif_rotated"] and page.shape[1] != truth_page["width"]:
            raise AssertionError("EXIF orientation not applied")
        for t in row["coverage"]:
            row["coverage"][t] += coverage(page, truth_page, t)
        if result.released:
            if truth.get("variant") and holder["quarter_turns"]:
                page = np.ascontiguousarray(np.rot90(page, holder["quarter_turns"]))  # the attacker turns it upright
            row["recovered"] += recovered(ocr_text(page), {"bsn": None, **holder})
    if truth.get("variant"):
        row["portrait"], row["kinds"] = truth["holders"][0]["portrait"], [truth["holders"][0]["kind"]]
    row["unsafe_released"] = result.released and (
        bool(row["recovered"]) or any(c < TARGET_COVERAGE for t in required for c in row["coverage"][t])
    )
    return row


def _cpu() -> float:
    """CPU seconds of this process and its finished children (tesseract, if run as a program): the
    machine is shared, so wall time says more about the neighbours than about the redactor."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def _unreleased_pages(data: bytes, policy: IdCopyPolicy, analyzer):  # noqa: ANN001, ANN202
    from afscherm.redactors.id_copies.api import _Clock, _redact_page
    from afscherm.redactors.id_copies.load import load

    for page in load(data, policy.pdf_dpi).pages:
        yield _redact_page(page, policy, analyzer, _Clock())[0]


def summarise(rows: list[dict]) -> dict:
    cov = {t: [c for r in rows for c in r["coverage"][t]] for t in rows[0]["coverage"]}
    mpx = sum(r["megapixels"] for r in rows)
    secs = sum(r["seconds"] for r in rows)
    cpu = sum(r["cpu_seconds"] for r in rows)
    return {
        "documents": len(rows),
        "pages": sum(len(r["widths"]) for r in rows),
        "released": sum(r["released"] for r in rows),
        "quarantined": sum(not r["released"] for r in rows),
        "coverage_ge_95": {t: f"{sum(c >= TARGET_COVERAGE for c in v)}/{len(v)}" for t, v in cov.items()},
        "coverage_min": {t: round(min(v), 4) if v else None for t, v in cov.items()},
        "recovered_strings_in_released": sum(len(r["recovered"]) for r in rows),
        "unsafe_released": sum(r["unsafe_released"] for r in rows),
        "wall_seconds_per_megapixel": round(secs / mpx, 3) if mpx else None,
        "cpu_seconds_per_megapixel": round(cpu / mpx, 3) if mpx else None,
        "cpu_seconds_per_document_max_over_1mpx": round(
            max(r["cpu_seconds"] / max(r["megapixels"], 1.0) for r in rows), 3
        ),
        "documents_over_target_cpu": sum(r["cpu_seconds"] / max(r["megapixels"], 1.0) > TARGET_CPU for r in rows),
        "quarantine_reasons": sorted({reason.split(": ", 1)[-1] for r in rows for reason in r["reasons"]}),
        "seconds_per_document_median": round(sorted(r["seconds"] for r in rows)[len(rows) // 2], 3),
        "megapixels_total": round(mpx, 2),
        "by_kind": _by(rows, lambda r: ",".join(r["kinds"])),
        "by_portrait": _by(rows, lambda r: r.get("portrait", "photo")),
    }


def _by(rows: list[dict], key) -> dict[str, str]:  # noqa: ANN001
    groups: dict[str, list[dict]] = {}
    for r in rows:
        groups.setdefault(key(r), []).append(r)
    return {
        k: f"{sum(r['released'] for r in v)}/{len(v)} released, {sum(r['unsafe_released'] for r in v)} unsafe"
        for k, v in sorted(groups.items())
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=40)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path, help="write every row and the summary here")
    parser.add_argument("--variants", action="store_true", help="the harder variations (synthetic/id_variants)")
    parser.add_argument("--start", type=int, default=0, help="first index")
    args = parser.parse_args()
    cv2.setNumThreads(1)
    analyzer = default_analyzer()
    policy = IdCopyPolicy()
    # Warm-up (models load once per process, as in a long-running flow worker); not measured.
    redact_id_copy(generate(0, seed=999, fmt="png", width=800)[1], policy, analyzer)
    rows = []
    for i in range(args.start, args.start + args.count):
        row = evaluate(i, args.seed, policy, analyzer, args.variants)
        rows.append(row)
        low = {t: round(min(v), 3) for t, v in row["coverage"].items() if v and min(v) < TARGET_COVERAGE}
        print(
            f"{i:3d} {row['format']:4s} {','.join(row['kinds']):8s} w={row['widths']} "
            f"{'released' if row['released'] else 'QUARANTINED'} {row['seconds']:.2f}s "
            f"cpu {row['cpu_seconds']:.2f}s {row['cpu_seconds'] / row['megapixels']:.2f}s/Mpx "
            f"low={low} rec={row['recovered']} {row['reasons'][:2]}",
            flush=True,
        )
    summary = summarise(rows)
    print(json.dumps(summary, indent=1))
    if args.json:
        args.json.write_text(json.dumps({"summary": summary, "rows": rows}, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
