"""Findings index at scale: write throughput, size per finding, subject look-up latency, memory.

    OMP_NUM_THREADS=1 .venv/bin/python bench/bench_index.py [--findings 10000000] [--dir DIR] [--keep]

Generates ``--findings`` synthetic findings (keyed-fingerprint-shaped hex, no values) over several stores of
unequal size and several nightly scans, in batches of ``--batch-findings`` (bounded memory: one batch at a time;
5 % of each batch's objects are new versions of objects of the previous batch, so "latest scan only" has work).
Each phase runs in a fresh process so its peak RSS (``resource.getrusage``) is its own; CPU seconds are reported
beside wall seconds because the machine is shared.

1. write: ``FindingsIndex.append`` per batch (pyarrow Tables in; generation not timed; each append also writes
   its count summary, whose bytes are reported apart) → findings/s, MB/s; plus the list-of-dicts path the scan
   flow uses, on a sample.
2. look-up before compaction (many small files; Bloom filters prune).
3. compact: time, peak RSS, bytes per finding on disk after.
4. subject look-up of 1–5 fingerprints after compaction: cold (fresh process, the index files dropped from the
   page cache with posix_fadvise) and warm (repeated in-process); default (latest scan, deletions applied) and
   ``history=True``. Target ≤ 1 s at 10 M findings. Results checked against a full scan for some subjects.
5. 1 % new findings appended and compacted incrementally, looked up again.
6. ``known_objects`` of the largest store; ``drop_findings`` of one object in a compacted store (erasure).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

STORES = {"tickets": 0.4, "chat": 0.3, "mail": 0.2, "uploads": 0.1}
TYPES = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "LOCATION", "NL_BSN", "IBAN_CODE", "DATE_OF_BIRTH",
         "NL_ID_DOCUMENT", "IP_ADDRESS"]  # fmt: skip
TYPE_WEIGHTS = np.array([30, 20, 15, 12, 6, 6, 5, 3, 3], dtype=float) / 100
RECOGNIZERS = ["SpacyRecognizer", "EmailRecognizer", "PhoneRecognizer", "LocationRecognizer", "BsnRecognizer",
               "IbanRecognizer", "DateOfBirthRecognizer", "IdDocumentRecognizer", "IpRecognizer"]  # fmt: skip
ACTIONS = ["pseudonymise", "pseudonymise", "mask", "replace", "replace", "mask", "replace", "replace", "replace"]
FINDINGS_PER_OBJECT = 10
HOT_VALUES = 1000  # shared values (a company's own phone number, a city): 10 % of the findings
HOT_SHARE = 0.10
T0 = datetime(2026, 1, 1, 2, 0, tzinfo=UTC)
MASK64 = np.uint64(0xFFFFFFFFFFFFFFFF)


# --- synthetic, fingerprint-shaped data --------------------------------------------------------------------


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64: a cheap, well-spread 64-bit hash of each element."""
    with np.errstate(over="ignore"):
        z = x + np.uint64(0x9E3779B97F4A7C15)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return z ^ (z >> np.uint64(31))


def hex64(ids: np.ndarray, salt: int) -> pa.StringArray:
    """64 hex digits per id, like a hex HMAC-SHA256 (deterministic: the benchmark can look them up again)."""
    ids = ids.astype(np.uint64) * np.uint64(4) + np.uint64(salt << 40)
    words = np.stack([_mix(ids + np.uint64(k)) for k in range(4)], axis=1).astype(">u8")
    data = words.tobytes().hex().encode()
    offsets = np.arange(0, 64 * (len(ids) + 1), 64, dtype=np.int32)
    return pa.StringArray.from_buffers(len(ids), pa.py_buffer(offsets), pa.py_buffer(data))


def fingerprints_of(values: np.ndarray) -> pa.StringArray:
    return hex64(values, salt=1)


def plan(total: int, batch_findings: int) -> list[tuple[str, int, int]]:
    """(store, scan number, findings) per batch; stores get their share, scans are nights."""
    out = []
    for store, share in STORES.items():
        n = int(total * share)
        batches = max(1, round(n / batch_findings))
        for b in range(batches):
            size = n // batches + (1 if b < n % batches else 0)
            out.append((store, b * 10 // batches, size))
    return out


def make_batch(rng: np.random.Generator, store: str, scan: int, n: int, batch_no: int, prev: list[str], pool: int):
    with_findings = max(1, n // FINDINGS_PER_OBJECT)
    counts = rng.multinomial(n, np.full(with_findings, 1 / with_findings))
    counts = np.concatenate([counts, np.zeros(with_findings // 10, dtype=counts.dtype)])  # clean objects too
    rng.shuffle(counts)
    n_objects = len(counts)
    ids = batch_no * 1_000_000 + np.arange(n_objects)
    uris = [f"s3://afscherm-{store}/2026/{scan:02d}/{i:012d}.json" for i in ids]
    again = min(len(prev), n_objects // 20)  # new versions of objects seen in the previous batch
    if again:
        uris[:again] = [prev[i] for i in rng.choice(len(prev), again, replace=False)]
    shas = hex64(ids, salt=2)
    scanned = T0 + timedelta(days=scan, seconds=batch_no)
    objects = pa.table({
        "scan_id": pa.array([f"scan-{scan:02d}"] * n_objects), "store": pa.array([store] * n_objects),
        "object_uri": pa.array(uris), "object_sha256": shas,
        "size": pa.array(rng.integers(200, 200_000, n_objects), pa.int64()),
        "modified": pa.array([scanned - timedelta(days=1)] * n_objects, pa.timestamp("us", tz="UTC")),
        "scanned_at": pa.array([scanned] * n_objects, pa.timestamp("us", tz="UTC")),
        "status": pa.array(np.where(counts > 0, "redacted", "clean")),
        "n_findings": pa.array(counts, pa.int32()),
    })  # fmt: skip
    owner = np.repeat(np.arange(n_objects), counts)
    hot = rng.random(n) < HOT_SHARE
    values = np.where(hot, rng.integers(0, HOT_VALUES, n), HOT_VALUES + rng.integers(0, pool, n))
    kind = rng.choice(len(TYPES), n, p=TYPE_WEIGHTS)
    start = rng.integers(0, 4000, n).astype(np.int32)
    line = rng.integers(1, 300, n)
    findings = pa.table({
        "object_uri": pa.array(uris).take(pa.array(owner)),
        "unit": pa.array([f"line {k}" for k in line]),
        "entity_type": pa.array(TYPES).take(pa.array(kind)),
        "start": pa.array(start, pa.int32()), "end": pa.array(start + rng.integers(5, 40, n).astype(np.int32)),
        "fingerprint": fingerprints_of(values),
        "score": pa.array(rng.uniform(0.5, 1.0, n).astype(np.float32)),
        "recognizer": pa.array(RECOGNIZERS).take(pa.array(kind)),
        "found_at": pa.array([scanned] * n, pa.timestamp("us", tz="UTC")),
        "action": pa.array(ACTIONS).take(pa.array(kind)),
    })  # fmt: skip
    return objects, findings, uris


# --- phases (each in its own process) ------------------------------------------------------------------------


def usage() -> dict[str, float]:
    ru = resource.getrusage(resource.RUSAGE_SELF)
    return {"cpu_s": ru.ru_utime + ru.ru_stime, "peak_rss_mb": ru.ru_maxrss / 1024}


def dir_bytes(path: Path) -> tuple[int, int]:
    files = [p for p in path.rglob("*.parquet") if p.is_file()]
    return sum(p.stat().st_size for p in files), len(files)


def phase_write(args: argparse.Namespace) -> dict[str, Any]:
    from afscherm.discovery.index import FindingsIndex

    index = FindingsIndex(args.dir)
    rng = np.random.default_rng(args.seed)
    pool = max(1, args.findings // 4)
    append_wall = append_cpu = 0.0
    prev: dict[str, list[str]] = {}
    written = 0
    for batch_no, (store, scan, n) in enumerate(plan(args.findings, args.batch_findings)):
        objects, findings, uris = make_batch(rng, store, scan, n, batch_no, prev.get(store, []), pool)
        prev[store] = uris
        wall, cpu = time.perf_counter(), time.process_time()
        index.append(objects, findings)
        append_wall += time.perf_counter() - wall
        append_cpu += time.process_time() - cpu
        written += findings.num_rows
    size, files = dir_bytes(Path(args.dir))
    summary_bytes, _ = dir_bytes(Path(args.dir) / "summaries")
    return {"findings": written, "append_wall_s": append_wall, "append_cpu_s": append_cpu,
            "summary_bytes": summary_bytes,
            "findings_per_s": written / append_wall, "mb_per_s": size / 1e6 / append_wall,
            "bytes": size, "files": files, "bytes_per_finding": size / written, **usage()}  # fmt: skip


def phase_dicts(args: argparse.Namespace) -> dict[str, Any]:
    """The scan flow's path: list-of-dict rows, 100 objects per batch."""
    from afscherm.discovery.index import FindingsIndex

    index = FindingsIndex(args.dir.rstrip("/") + "-dicts")  # its own index: the main one keeps --findings
    rng = np.random.default_rng(args.seed + 1)
    total = wall_sum = cpu_sum = 0.0
    for b in range(args.dict_batches):
        objects, findings, _ = make_batch(rng, "dicts", 0, 1000, 900_000 + b, [], 1_000_000)
        rows_o, rows_f = objects.to_pylist(), findings.to_pylist()
        wall, cpu = time.perf_counter(), time.process_time()
        index.append(rows_o, rows_f)
        wall_sum += time.perf_counter() - wall
        cpu_sum += time.process_time() - cpu
        total += len(rows_f)
    shutil.rmtree(index.path)
    return {"findings": total, "wall_s": wall_sum, "cpu_s_append": cpu_sum, "findings_per_s": total / wall_sum}


def phase_compact(args: argparse.Namespace) -> dict[str, Any]:
    from afscherm.discovery.index import FindingsIndex

    index = FindingsIndex(args.dir, memory_limit=args.memory_limit, row_group_rows=args.row_group_rows)
    wall, cpu = time.perf_counter(), time.process_time()
    index.compact()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    size, files = dir_bytes(Path(args.dir))
    findings_bytes, _ = dir_bytes(Path(args.dir) / "findings")
    return {"wall_s": wall, "cpu_s_compact": cpu, "bytes": size, "files": files, "findings_bytes": findings_bytes,
            **usage()}  # fmt: skip


def phase_incremental(args: argparse.Namespace) -> dict[str, Any]:
    """The nightly routine after a full compaction: 1 % new findings appended, then compacted incrementally."""
    from afscherm.discovery.index import FindingsIndex

    index = FindingsIndex(args.dir, memory_limit=args.memory_limit, row_group_rows=args.row_group_rows)
    rng = np.random.default_rng(args.seed + 3)
    new = 0
    for b, (store, _, n) in enumerate(plan(args.findings // 100, args.batch_findings)):
        objects, findings, _ = make_batch(rng, store, 11, n, 800_000 + b, [], max(1, args.findings // 4))
        index.append(objects, findings)
        new += findings.num_rows
    wall, cpu = time.perf_counter(), time.process_time()
    index.compact(incremental=True)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    size, files = dir_bytes(Path(args.dir))
    return {"new_findings": new, "wall_s": wall, "cpu_s_compact": cpu, "bytes": size, "files": files, **usage()}


def drop_page_cache(path: Path) -> None:
    for p in path.rglob("*"):
        if p.is_file():
            fd = os.open(p, os.O_RDONLY)
            try:
                os.fsync(fd)
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


def subjects(args: argparse.Namespace, count: int, seed: int) -> list[list[str]]:
    """``count`` subjects per size 1–5: fingerprints of the non-hot pool (each held by a few objects)."""
    rng = np.random.default_rng(seed)
    pool = max(1, args.findings // 4)
    out = []
    for k in range(1, 6):
        for _ in range(count):
            values = HOT_VALUES + rng.integers(0, pool, k)
            out.append(fingerprints_of(values).to_pylist())
    return out


def phase_lookup(args: argparse.Namespace) -> dict[str, Any]:
    t = time.perf_counter()
    import duckdb  # noqa: F401 - import cost reported apart

    from afscherm.discovery.index import FindingsIndex

    import_s = time.perf_counter() - t
    drop_page_cache(Path(args.dir))
    index = FindingsIndex(args.dir, readonly=True)
    sets = subjects(args, args.lookups, seed=args.seed + 7)
    wall, cpu = time.perf_counter(), time.process_time()
    first = index.findings(fingerprints=sets[-1], columns=["store", "object_uri", "unit", "entity_type", "fingerprint"])
    cold = {"wall_s": time.perf_counter() - wall, "cpu_s": time.process_time() - cpu, "rows": first.num_rows}
    results: dict[str, Any] = {"import_s": import_s, "cold_5fp": cold}
    for history in (False, True):
        per_k: dict[int, list[float]] = {k: [] for k in range(1, 6)}
        rows: dict[int, list[int]] = {k: [] for k in range(1, 6)}
        cpu = time.process_time()
        for fps in sets:
            t = time.perf_counter()
            got = index.findings(fingerprints=fps, history=history)
            per_k[len(fps)].append(time.perf_counter() - t)
            rows[len(fps)].append(got.num_rows)
        results["history" if history else "latest"] = {
            str(k): {"median_s": statistics.median(v), "max_s": max(v), "mean_rows": statistics.mean(rows[k])}
            for k, v in per_k.items()
        }
        results[("history" if history else "latest") + "_cpu_s"] = time.process_time() - cpu
    results.update(usage())
    return results


def phase_check(args: argparse.Namespace) -> dict[str, Any]:
    """Look-up results against a full scan of the fingerprint column (pyarrow, no push-down)."""
    import pyarrow.compute as pc
    import pyarrow.dataset as ds

    from afscherm.discovery.index import FindingsIndex

    index = FindingsIndex(args.dir, readonly=True)
    sets = subjects(args, 2, seed=args.seed + 11)
    wanted = sorted({fp for s in sets for fp in s})
    files = [str(p) for p in Path(args.dir, "findings").rglob("part-*.parquet")]
    full = ds.dataset(files, format="parquet").to_table(columns=["fingerprint", "object_uri", "unit", "start"])
    full = full.filter(pc.is_in(full["fingerprint"], value_set=pa.array(wanted)))
    expected = sorted(zip(*(full[c].to_pylist() for c in full.column_names), strict=True))
    got_t = index.findings(fingerprints=wanted, columns=full.column_names, history=True)
    got = sorted(zip(*(got_t[c].to_pylist() for c in got_t.column_names), strict=True))
    return {"fingerprints": len(wanted), "rows": len(expected), "equal": got == expected}


def phase_erasure(args: argparse.Namespace) -> dict[str, Any]:
    from afscherm.discovery.index import FindingsIndex

    index = FindingsIndex(args.dir, memory_limit=args.memory_limit, row_group_rows=args.row_group_rows)
    store = max(STORES, key=STORES.get)
    t, cpu = time.perf_counter(), time.process_time()
    known = index.known_objects(store)
    known_s, known_cpu = time.perf_counter() - t, time.process_time() - cpu
    uri = min(known)
    t, cpu = time.perf_counter(), time.process_time()
    index.mark_deleted(store, uri, "benchmark erasure")
    dropped = index.drop_findings(store, uri)
    drop_s, drop_cpu = time.perf_counter() - t, time.process_time() - cpu
    return {"known_objects": len(known), "known_objects_s": known_s, "known_objects_cpu_s": known_cpu,
            "dropped": dropped, "erase_s": drop_s, "erase_cpu_s": drop_cpu, **usage()}  # fmt: skip


PHASES = {"write": phase_write, "dicts": phase_dicts, "compact": phase_compact, "lookup": phase_lookup,
          "check": phase_check, "erasure": phase_erasure, "incremental": phase_incremental}  # fmt: skip


def run_phase(name: str, args: argparse.Namespace) -> dict[str, Any]:
    argv = [sys.executable, __file__, "--phase", name, "--dir", args.dir, "--findings", str(args.findings),
            "--batch-findings", str(args.batch_findings), "--seed", str(args.seed), "--lookups", str(args.lookups),
            "--row-group-rows", str(args.row_group_rows), "--memory-limit", args.memory_limit,
            "--dict-batches", str(args.dict_batches)]  # fmt: skip
    started = time.perf_counter()
    proc = subprocess.run(argv, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"phase {name} failed ({proc.returncode})")
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["process_wall_s"] = time.perf_counter() - started
    print(f"[{name}] {json.dumps(result)}", file=sys.stderr, flush=True)
    return result


def report(r: dict[str, dict[str, Any]], args: argparse.Namespace) -> None:
    w, c, d = r["write"], r["compact"], r["dicts"]
    n = w["findings"]
    print(f"findings index benchmark: {n:,} findings, {len(STORES)} stores, batches of {args.batch_findings:,}")
    print(
        f"write    {w['findings_per_s']:,.0f} findings/s, {w['mb_per_s']:.1f} MB/s on disk "
        f"(append {w['append_wall_s']:.1f} s wall, {w['append_cpu_s']:.1f} s CPU); {w['files']:,} files, "
        f"{w['bytes_per_finding']:.1f} B/finding before compaction (count summaries "
        f"{w.get('summary_bytes', 0) / 1e6:.1f} MB of it); peak RSS {w['peak_rss_mb']:.0f} MB"
    )
    print(f"dicts    {d['findings_per_s']:,.0f} findings/s through list-of-dict rows (scan flow path)")
    titles = {"lookup_before": "before compaction", "lookup": "compacted", "lookup_incremental": "+1 % incremental"}
    for label, title in titles.items():
        lk = r[label]
        cold = lk["cold_5fp"]
        print(
            f"look-up ({title}): "
            f"cold 5 fp {cold['wall_s'] * 1000:.0f} ms wall / {cold['cpu_s'] * 1000:.0f} ms CPU "
            f"(+ import {lk['import_s']:.2f} s); peak RSS {lk['peak_rss_mb']:.0f} MB"
        )
        for mode in ("latest", "history"):
            cells = ", ".join(
                f"{k} fp {v['median_s'] * 1000:.0f}/{v['max_s'] * 1000:.0f} ms ({v['mean_rows']:.1f} rows)"
                for k, v in lk[mode].items()
            )
            print(f"    warm {mode:7s} median/max: {cells}")
    print(
        f"compact  {c['wall_s']:.1f} s wall, {c['cpu_s_compact']:.1f} s CPU, peak RSS {c['peak_rss_mb']:.0f} MB; "
        f"after: {c['bytes'] / 1e6:.1f} MB in {c['files']} files, {c['bytes'] / n:.1f} B/finding "
        f"(findings files {c['findings_bytes'] / n:.1f} B/finding)"
    )
    inc = r["incremental"]
    print(
        f"+1 %     {inc['new_findings']:,} new findings compacted incrementally in {inc['wall_s']:.1f} s wall, "
        f"{inc['cpu_s_compact']:.1f} s CPU; {inc['files']} files"
    )
    ch, e = r["check"], r["erasure"]
    print(f"check    {ch['fingerprints']} fingerprints, {ch['rows']} rows: equal to a full scan: {ch['equal']}")
    print(
        f"objects  known_objects({max(STORES, key=STORES.get)}) {e['known_objects']:,} objects in "
        f"{e['known_objects_s']:.2f} s; erasure of one object (mark_deleted + drop_findings, rewrites the "
        f"compacted store) {e['erase_s']:.1f} s wall, {e['erase_cpu_s']:.1f} s CPU, "
        f"peak RSS {e['peak_rss_mb']:.0f} MB"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--findings", type=int, default=10_000_000)
    parser.add_argument("--batch-findings", type=int, default=20_000)
    parser.add_argument("--dir", default="")
    parser.add_argument("--keep", action="store_true", help="keep the index directory")
    parser.add_argument("--seed", type=int, default=20261130)
    parser.add_argument("--lookups", type=int, default=10, help="subjects per size 1–5 (warm runs)")
    parser.add_argument("--row-group-rows", type=int, default=16 * 1024)
    parser.add_argument("--memory-limit", default="512MB")
    parser.add_argument("--dict-batches", type=int, default=100)
    parser.add_argument("--phase", choices=sorted(PHASES), help=argparse.SUPPRESS)
    parser.add_argument("--json", help="also write the results here")
    args = parser.parse_args()
    if args.phase:
        print(json.dumps(PHASES[args.phase](args)))
        return 0
    made = not args.dir
    args.dir = args.dir or tempfile.mkdtemp(prefix="afscherm-index-bench-")
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    try:
        results = {"write": run_phase("write", args)}
        results["dicts"] = run_phase("dicts", args)
        results["lookup_before"] = run_phase("lookup", args)
        results["compact"] = run_phase("compact", args)
        results["lookup"] = run_phase("lookup", args)
        results["check"] = run_phase("check", args)
        results["incremental"] = run_phase("incremental", args)
        results["lookup_incremental"] = run_phase("lookup", args)
        results["erasure"] = run_phase("erasure", args)
    finally:
        if made and not args.keep:
            shutil.rmtree(args.dir, ignore_errors=True)
    report(results, args)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
