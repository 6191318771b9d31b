"""Subject look-up (``discovery.subject.lookup``) over a generated findings index: latency, memory, size.

    OMP_NUM_THREADS=1 .venv/bin/python bench/bench_subject_lookup.py [--findings 10000000] [--dir DIR] [--keep]

The index is generated with ``bench/bench_index.py``'s generator (fingerprint-shaped hex, several stores and
nightly scans, 5 % new versions of objects) and compacted, as the nightly scan leaves it. Then, each in a fresh
process so peak RSS is its own:

- cold: the index files dropped from the page cache (``posix_fadvise``), one look-up of a subject with 5
  identifiers: fingerprints pushed down, the matched objects' latest rows;
- warm: ``--lookups`` subjects of 1–5 identifiers each, median and max; then the same with the co-occurring
  candidates (every finding of the matched objects, read by object URI).

Target (issue 11): ≤ 1 s at 10 million findings. Reported beside: index bytes per finding, CPU seconds (the
machine is shared), rows and objects found.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import bench_index  # noqa: E402 - the index engineer's generator, reused


def phase_build(args: argparse.Namespace) -> dict[str, Any]:
    """Generate (bench_index's write phase) and compact; timings of that are bench_index's to report."""
    t = time.perf_counter()
    written = bench_index.phase_write(args)
    from afscherm.discovery.index import FindingsIndex

    options = {"row_group_rows": args.row_group_rows} if args.row_group_rows else {}  # default: the index's own
    FindingsIndex(args.dir, memory_limit=args.memory_limit, **options).compact()
    size, files = bench_index.dir_bytes(Path(args.dir))
    return {
        "findings": written["findings"],
        "bytes": size,
        "files": files,
        "bytes_per_finding": size / written["findings"],
        "build_s": time.perf_counter() - t,
    }


def _subjects(args: argparse.Namespace, index: Any) -> list[dict[str, list[str]]]:  # noqa: ANN401
    """Subjects as the register holds them (type → fingerprints); the types looked up once, untimed."""
    out = []
    for fps in bench_index.subjects(args, args.lookups, seed=args.seed + 11):
        rows = index.findings(fingerprints=fps, columns=["fingerprint", "entity_type"], history=True).to_pylist()
        types = {r["fingerprint"]: r["entity_type"] for r in rows}
        subject: dict[str, list[str]] = {}
        for fp in fps:
            subject.setdefault(types.get(fp, "EMAIL_ADDRESS"), []).append(fp)
        out.append(subject)
    return out


def phase_lookup(args: argparse.Namespace) -> dict[str, Any]:
    t = time.perf_counter()
    from afscherm.discovery.index import FindingsIndex
    from afscherm.discovery.subject import lookup

    import_s = time.perf_counter() - t
    probe = FindingsIndex(args.dir, readonly=True)
    subjects = _subjects(args, probe)
    probe.close()
    bench_index.drop_page_cache(Path(args.dir))
    index = FindingsIndex(args.dir, readonly=True)
    five = subjects[-1]
    wall, cpu = time.perf_counter(), time.process_time()
    first = lookup(index, five, candidates=False)
    cold = {
        "wall_s": time.perf_counter() - wall,
        "cpu_s": time.process_time() - cpu,
        "objects": len(first.objects) + len(first.weak_objects),
    }
    out: dict[str, Any] = {"import_s": import_s, "cold_5": cold}
    for label, with_candidates in (("warm", False), ("warm_candidates", True)):
        per_k: dict[int, list[float]] = {k: [] for k in range(1, 6)}
        found: dict[int, list[int]] = {k: [] for k in range(1, 6)}
        cpu = time.process_time()
        for subject in subjects:
            k = sum(len(v) for v in subject.values())
            t = time.perf_counter()
            result = lookup(index, subject, candidates=with_candidates)
            per_k[k].append(time.perf_counter() - t)
            found[k].append(len(result.objects) + len(result.weak_objects))
        out[label] = {
            str(k): {"median_s": statistics.median(v), "max_s": max(v), "mean_objects": statistics.mean(found[k])}
            for k, v in per_k.items()
            if v
        }
        out[label + "_cpu_s"] = time.process_time() - cpu
    return {**out, **bench_index.usage()}


PHASES = {"build": phase_build, "lookup": phase_lookup}


def run_phase(name: str, args: argparse.Namespace) -> dict[str, Any]:
    argv = [
        sys.executable,
        __file__,
        "--phase",
        name,
        "--dir",
        args.dir,
        "--findings",
        str(args.findings),
        "--batch-findings",
        str(args.batch_findings),
        "--seed",
        str(args.seed),
        "--lookups",
        str(args.lookups),
        "--row-group-rows",
        str(args.row_group_rows or 0),
        "--memory-limit",
        args.memory_limit,
    ]
    proc = subprocess.run(argv, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"phase {name} failed ({proc.returncode})")
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    print(f"[{name}] {json.dumps(result)}", file=sys.stderr, flush=True)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--findings", type=int, default=10_000_000)
    parser.add_argument("--batch-findings", type=int, default=20_000)
    parser.add_argument("--dir", default="", help="index folder (kept if given and already built: --reuse)")
    parser.add_argument("--reuse", action="store_true", help="--dir holds a built index: only look up")
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--seed", type=int, default=20261130)
    parser.add_argument("--lookups", type=int, default=10, help="subjects per size 1–5 (warm)")
    parser.add_argument("--row-group-rows", type=int, default=0, help="compaction row groups (default: the index's)")
    parser.add_argument("--memory-limit", default="1GB")
    parser.add_argument("--phase", choices=sorted(PHASES), help=argparse.SUPPRESS)
    parser.add_argument("--json", help="also write the results here")
    args = parser.parse_args()
    if args.phase:
        print(json.dumps(PHASES[args.phase](args)))
        return 0
    made = not args.dir
    args.dir = args.dir or tempfile.mkdtemp(prefix="afscherm-subject-bench-")
    try:
        build = {} if args.reuse else run_phase("build", args)
        lookup = run_phase("lookup", args)
    finally:
        if made and not args.keep:
            shutil.rmtree(args.dir, ignore_errors=True)
    if build:
        print(
            f"index: {build['findings']:,} findings, {build['bytes'] / 1e6:.1f} MB in {build['files']} files, "
            f"{build['bytes_per_finding']:.1f} B/finding (compacted)"
        )
    cold = lookup["cold_5"]
    print(
        f"subject look-up, cold (page cache dropped), 5 identifiers: {cold['wall_s'] * 1000:.0f} ms wall, "
        f"{cold['cpu_s'] * 1000:.0f} ms CPU, {cold['objects']} objects (+ import {lookup['import_s']:.2f} s)"
    )
    for label, what in (("warm", "objects and locations"), ("warm_candidates", "with co-occurring candidates")):
        cells = ", ".join(
            f"{k} id {v['median_s'] * 1000:.0f}/{v['max_s'] * 1000:.0f} ms" for k, v in lookup[label].items()
        )
        print(f"warm {what}, median/max: {cells} ({lookup[label + '_cpu_s']:.1f} s CPU in all)")
    print(f"peak RSS {lookup['peak_rss_mb']:.0f} MB")
    if args.json:
        Path(args.json).write_text(json.dumps({"build": build, "lookup": lookup}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
