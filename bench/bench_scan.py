"""``scan_store`` throughput on a generated local store, per task runner and worker count, plus re-scans.

    OMP_NUM_THREADS=1 .venv/bin/python bench/bench_scan.py [--objects 10000] [--runners serial,processes:1,
        processes:2,threads:2,dask:1,dask:2] [--work build/bench-scan] [--json out.json]

The store holds mixed objects made by ``synthetic.documents.generate_documents``: support texts
(.txt), e-mails (.eml), JSON log files (.jsonl), CSV exports (.csv) and JSON documents (.json).
Every run scans the same store into a fresh index and clean folder, as a whole ``scan_store`` flow
(Prefect ephemeral mode; serial runs the tasks in the flow's process). Reported per run: objects/s,
MB/s, CPU seconds (this process and its children), detection share (summed detection seconds over
summed task seconds), peak RSS of this process. Then, on the serial run's index: an unchanged
re-scan (objects listed and skipped, speed-up over the first scan) and a re-scan after adding 1 %
new objects (only those scanned). Wall clock depends on what else the machine runs; CPU seconds are
printed beside it. Needs AFSCHERM_INDEX_KEY (any secret of ≥ 16 bytes; a random one is set if absent,
for this benchmark only).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import resource
import secrets
import shutil
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
os.environ.setdefault("AFSCHERM_INDEX_KEY", secrets.token_hex(32))  # benchmark only: never in the product
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from synthetic.documents import generate_documents  # noqa: E402

KINDS = ("chat", "transcript", "error_report", "privacy_mail", "invoice", "log", "message")


def write_store(root: Path, n: int, seed: int, start: int = 0) -> int:
    """``n`` objects of mixed kinds under ``root``; returns bytes written."""
    docs = generate_documents(n, seed, KINDS)
    total = 0
    for i, doc in enumerate(docs, start=start):
        kind = KINDS[i % len(KINDS)]
        folder = root / kind
        folder.mkdir(parents=True, exist_ok=True)
        text = doc.text
        if kind == "privacy_mail":
            path, data = folder / f"{i:06d}.eml", text.encode()
        elif kind == "log":
            lines = [json.dumps({"seq": j, "msg": line}, ensure_ascii=False)
                     for j, line in enumerate(text.splitlines())]
            path, data = folder / f"{i:06d}.jsonl", ("\n".join(lines) + "\n").encode()
        elif kind == "message":
            path, data = folder / f"{i:06d}.json", json.dumps({"id": i, "text": text}, ensure_ascii=False).encode()
        elif kind == "invoice":
            out = io.StringIO()
            writer = csv.writer(out)
            writer.writerow(["regel", "tekst"])
            writer.writerows([j, line] for j, line in enumerate(text.splitlines()))
            path, data = folder / f"{i:06d}.csv", out.getvalue().encode()
        else:
            path, data = folder / f"{i:06d}.txt", text.encode()
        path.write_bytes(data)
        total += len(data)
    return total


def cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def run_once(store_root: Path, out: Path, kind: str, workers: int, objects_per_task: int) -> dict:
    from afscherm.flows.runners import TaskRunnerSettings
    from afscherm.flows.scan_store import ScanPlan, scan_flow
    from afscherm.flows.stores.local import LocalStore
    from afscherm.flows.stores.prefixed import PrefixedStore

    clean = LocalStore("clean", out / "clean")
    plan = ScanPlan(
        sources=[LocalStore("bench", store_root)], index_dir=out / "index",
        clean=lambda s: PrefixedStore(clean, s.name), quarantine=LocalStore("quarantine", out / "quarantine"),
        batch_objects=max(32, 16 * workers),
    )
    settings = TaskRunnerSettings(kind=kind, workers=workers, objects_per_task=objects_per_task)
    cpu, t = cpu_seconds(), time.perf_counter()
    summary = scan_flow(plan, settings)
    wall = time.perf_counter() - t
    return {
        "runner": f"{kind}:{workers}", "objects": summary.scanned, "skipped": summary.skipped,
        "quarantined": summary.quarantined, "wall_s": round(wall, 2), "cpu_s": round(cpu_seconds() - cpu, 2),
        "objects_per_s": round(summary.scanned / wall, 1), "mb_per_s": round(summary.bytes_read / wall / 1e6, 3),
        "detect_s": round(summary.detect_seconds, 2),
        "findings": sum(summary.findings.values()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--objects", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=31)
    parser.add_argument("--runners", default="serial:1,processes:1,processes:2,threads:2,dask:1,dask:2")
    parser.add_argument("--objects-per-task", type=int, default=16)
    parser.add_argument("--work", type=Path, default=REPO / "build/bench-scan")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()

    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    shutil.rmtree(args.work, ignore_errors=True)
    store = args.work / "store"
    size = write_store(store, args.objects, args.seed)
    print(f"store: {args.objects:,} objects, {size / 1e6:.1f} MB in {store}", flush=True)
    results = []
    with temporary_settings({PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        for spec in args.runners.split(","):
            kind, _, n = spec.partition(":")
            result = run_once(store, args.work / f"run-{kind}-{n}", kind, int(n or 1), args.objects_per_task)
            results.append(result)
            print(json.dumps(result), flush=True)
        first = results[0]
        base = args.work / f"run-{args.runners.split(',')[0].replace(':', '-')}"
        rescan = run_once(store, base, "serial", 1, args.objects_per_task)
        rescan["what"] = "unchanged re-scan"
        rescan["speed_up_over_first"] = round(first["wall_s"] / max(rescan["wall_s"], 1e-9), 1)
        print(json.dumps(rescan), flush=True)
        new = max(1, args.objects // 100)
        write_store(store, new, args.seed + 1, start=args.objects)
        added = run_once(store, base, "serial", 1, args.objects_per_task)
        added["what"] = f"re-scan after adding {new} objects"
        print(json.dumps(added), flush=True)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    by = {r["runner"]: r for r in results}
    for kind in ("processes", "threads", "dask"):
        one, two = by.get(f"{kind}:1"), by.get(f"{kind}:2")
        if one and two:
            print(f"{kind}: 2 workers {two['objects_per_s'] / one['objects_per_s']:.2f}× one worker")
    print(f"peak RSS of the benchmark process: {peak:.0f} MB")
    if args.json:
        args.json.write_text(json.dumps({"runs": results, "rescan": rescan, "added": added, "peak_rss_mb": peak},
                                        indent=2))


if __name__ == "__main__":
    main()
