"""Findings analysis at scale: ``load_findings`` filtered to one store and its last scan, and ``afscherm report``.

    OMP_NUM_THREADS=1 .venv/bin/python bench/bench_report.py [--findings 10000000] [--dir DIR] [--keep] [--compact]
        [--reuse] [--without-summaries]

The index is generated with ``bench/bench_index.py``'s generator (its write phase: fingerprint-shaped hex, four
stores of unequal size, ten nightly scans, 5 % of objects rescanned; one batch in memory at a time); each append
writes its count summary, as the scan flow's do. Each measured phase runs in a fresh process, so its peak RSS
(``resource.getrusage``) is its own; CPU seconds and the 1-minute load average are reported beside wall seconds
because the machine is shared.

1. load: ``latest_scan`` of the largest store, then ``load_findings(stores=[it], scan_id=last)`` into pandas —
   all columns, and a projection of four; first call (includes DuckDB start) and warm repeats.
   Target ≤ 2 s and ≤ 1 GB RSS at 10 M findings.
2. report: ``discovery.report.collect`` + ``render`` + ``write_report`` over the whole index (every aggregate in
   DuckDB, nothing loaded whole), as ``afscherm report`` runs it. Target ≤ 5 s, HTML ≤ 2 MB.
3. with ``--compact``: the index compacted (``FindingsIndex.compact``: files sorted by fingerprint, so scan ids
   no longer prune row groups) and both measured again.

``--reuse`` with an index written before count summaries existed: they are written first (``summarise_missing``,
timed). ``--without-summaries``: the summaries are removed first, so the report counts every finding row (the
fallback readers use where a summary is missing).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
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

BENCH_KEY = "bench-report-key-0123456789abcdef"  # tokens only; the generated index holds no values
PROJECTION = ["store", "object_uri", "entity_type", "found_at"]


def usage() -> dict[str, float]:
    ru = resource.getrusage(resource.RUSAGE_SELF)
    return {"cpu_s": ru.ru_utime + ru.ru_stime, "peak_rss_mb": ru.ru_maxrss / 1024, "load_1m": os.getloadavg()[0]}


def timed(work: Any) -> tuple[Any, float, float]:  # noqa: ANN401
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def phase_write(args: argparse.Namespace) -> dict[str, Any]:
    written, wall, cpu = timed(lambda: bench_index.phase_write(args))
    return {"findings": written["findings"], "files": written["files"], "bytes": written["bytes"],
            "wall_s": wall, "cpu_s_write": cpu, **usage()}  # fmt: skip


def phase_summaries(args: argparse.Namespace) -> dict[str, Any]:
    """Count summaries for every live part: written where missing, or all removed (``--without-summaries``)."""
    from afscherm.discovery.index import FindingsIndex

    if args.without_summaries:
        shutil.rmtree(Path(args.dir) / "summaries", ignore_errors=True)
        return {"written": 0, "removed": True, **usage()}
    written, wall, cpu = timed(FindingsIndex(args.dir).summarise_missing)
    size, files = bench_index.dir_bytes(Path(args.dir) / "summaries")
    return {"written": written, "wall_s": wall, "cpu_s_summaries": cpu, "summary_bytes": size,
            "summary_files": files, **usage()}  # fmt: skip


def phase_compact(args: argparse.Namespace) -> dict[str, Any]:
    from afscherm.discovery.index import FindingsIndex

    index = FindingsIndex(args.dir)
    _, wall, cpu = timed(index.compact)
    return {"wall_s": wall, "cpu_s_compact": cpu, **usage()}


def phase_load(args: argparse.Namespace) -> dict[str, Any]:
    from afscherm.discovery import analysis

    store = max(bench_index.STORES, key=bench_index.STORES.get)
    last, scan_wall, scan_cpu = timed(lambda: analysis.latest_scan(args.dir, stores=[store]))
    frame, wall, cpu = timed(lambda: analysis.load_findings(args.dir, stores=[store], scan_id=last))
    rows, columns = len(frame), list(frame.columns)
    frame_mb = frame.memory_usage(deep=True).sum() / 1e6
    del frame
    after_all = usage()
    warm = []
    for _ in range(3):
        _, w, c = timed(lambda: analysis.load_findings(args.dir, stores=[store], scan_id=last))
        warm.append((w, c))
    proj, p_wall, p_cpu = timed(lambda: analysis.load_findings(args.dir, stores=[store], scan_id=last,
                                                               columns=PROJECTION))  # fmt: skip
    return {"store": store, "scan_id": last, "latest_scan_s": scan_wall, "latest_scan_cpu_s": scan_cpu,
            "rows": rows, "columns": len(columns), "frame_mb": frame_mb,
            "first_wall_s": wall, "first_cpu_s": cpu, "first_plus_latest_scan_s": wall + scan_wall,
            "peak_rss_after_first_mb": after_all["peak_rss_mb"],
            "warm_wall_s": min(w for w, _ in warm), "warm_cpu_s": min(c for _, c in warm),
            "projection_rows": len(proj), "projection_wall_s": p_wall, "projection_cpu_s": p_cpu,
            "dtypes": {c: str(t) for c, t in proj.dtypes.items()}, **usage()}  # fmt: skip


def phase_report(args: argparse.Namespace) -> dict[str, Any]:
    t = time.perf_counter()
    from afscherm.discovery.analysis_config import AnalysisConfig
    from afscherm.discovery.report import collect, render, write_report

    import_s = time.perf_counter() - t
    config = AnalysisConfig(special_identifiers={"NL_BSN": ["tickets"], "NL_ID_DOCUMENT": ["uploads"],
                                                 "MRZ": ["uploads"], "ID_COPY": ["uploads"]})  # fmt: skip
    target = Path(args.dir).parent / f"{Path(args.dir).name}-report.html"
    data, c_wall, c_cpu = timed(lambda: collect(args.dir, config, BENCH_KEY.encode()))
    page, r_wall, r_cpu = timed(lambda: render(data, "nl"))
    _, w_wall, w_cpu = timed(lambda: write_report(target, page))
    size = target.stat().st_size
    target.unlink()
    total = sum(r["findings"] for r in data.counts)
    return {"import_s": import_s, "collect_wall_s": c_wall, "collect_cpu_s": c_cpu, "render_wall_s": r_wall,
            "render_cpu_s": r_cpu, "write_wall_s": w_wall, "wall_s": c_wall + r_wall + w_wall,
            "cpu_s_report": c_cpu + r_cpu + w_cpu, "html_bytes": size, "current_findings": total,
            "special_objects": data.special_objects, "scans": len(data.scans), **usage()}  # fmt: skip


PHASES = {
    "write": phase_write,
    "summaries": phase_summaries,
    "compact": phase_compact,
    "load": phase_load,
    "report": phase_report,
}


def run_phase(name: str, args: argparse.Namespace) -> dict[str, Any]:
    argv = [sys.executable, __file__, "--phase", name, "--dir", args.dir, "--findings", str(args.findings),
            "--batch-findings", str(args.batch_findings), "--seed", str(args.seed)]  # fmt: skip
    argv += ["--without-summaries"] if args.without_summaries else []
    started = time.perf_counter()
    proc = subprocess.run(argv, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"phase {name} failed ({proc.returncode})")
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["process_wall_s"] = time.perf_counter() - started
    print(f"[{name}] {json.dumps(result)}", file=sys.stderr, flush=True)
    return result


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def print_report(r: dict[str, Any], args: argparse.Namespace) -> None:
    w = r["write"]
    made = "reused" if args.reuse else f"generated in {w['wall_s']:.0f} s"
    print(
        f"findings analysis benchmark: {w['findings']:,} findings in {w['files']:,} files "
        f"({w['bytes'] / 1e6:,.0f} MB), {made}"
    )
    sm = r.get("summaries", {})
    if sm.get("removed"):
        print("count summaries removed: the report counts every finding row")
    elif sm:
        print(
            f"count summaries: {sm['written']} written in {sm['wall_s']:.1f} s ({sm['cpu_s_summaries']:.1f} CPU-s); "
            f"{sm['summary_files']} files, {sm['summary_bytes'] / 1e6:.1f} MB"
        )
    for label in ("", "_compacted"):
        if f"load{label}" not in r:
            continue
        lo, rep = r[f"load{label}"], r[f"report{label}"]
        title = "after compaction" if label else ("index as found (--reuse)" if args.reuse else "as appended")
        print(f"-- {title}")
        first = lo["first_plus_latest_scan_s"]
        print(
            f"load_findings(stores=[{lo['store']}], scan_id=last): {lo['rows']:,} rows × {lo['columns']} columns "
            f"({lo['frame_mb']:.0f} MB in pandas); latest_scan {lo['latest_scan_s']:.2f} s + load "
            f"{lo['first_wall_s']:.2f} s wall ({lo['first_cpu_s']:.2f} s CPU) = {first:.2f} s "
            f"[{verdict(first <= 2)} ≤ 2 s]; warm {lo['warm_wall_s']:.2f} s wall / {lo['warm_cpu_s']:.2f} s CPU; "
            f"4 columns {lo['projection_wall_s']:.2f} s; peak RSS {lo['peak_rss_mb']:.0f} MB "
            f"[{verdict(lo['peak_rss_mb'] <= 1024)} ≤ 1 GB]; load average {lo['load_1m']:.1f}"
        )
        print(
            f"report: collect {rep['collect_wall_s']:.2f} s + render {rep['render_wall_s']:.2f} s + write "
            f"{rep['write_wall_s']:.3f} s = {rep['wall_s']:.2f} s wall, {rep['cpu_s_report']:.2f} s CPU "
            f"[{verdict(rep['wall_s'] <= 5)} ≤ 5 s] (+ imports {rep['import_s']:.2f} s); HTML "
            f"{rep['html_bytes'] / 1024:.0f} kB [{verdict(rep['html_bytes'] <= 2_000_000)} ≤ 2 MB]; "
            f"peak RSS {rep['peak_rss_mb']:.0f} MB; {rep['current_findings']:,} current findings, "
            f"{rep['special_objects']:,} objects with special identifiers outside their stores; "
            f"load average {rep['load_1m']:.1f}"
        )
    if "compact" in r:
        c = r["compact"]
        print(
            f"(compaction: {c['wall_s']:.0f} s wall, {c['cpu_s_compact']:.0f} s CPU, peak RSS "
            f"{c['peak_rss_mb']:.0f} MB)"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--findings", type=int, default=10_000_000)
    parser.add_argument("--batch-findings", type=int, default=20_000)
    parser.add_argument("--dir", default="", help="index folder (default: a temporary one)")
    parser.add_argument("--reuse", action="store_true", help="--dir holds an index generated before: skip writing")
    parser.add_argument("--keep", action="store_true", help="keep the index directory")
    parser.add_argument("--compact", action="store_true", help="also measure after compaction")
    parser.add_argument("--without-summaries", action="store_true",
                        help="remove the count summaries first: measure the report counting finding rows")  # fmt: skip
    parser.add_argument("--seed", type=int, default=20261130)
    parser.add_argument("--phase", choices=sorted(PHASES), help=argparse.SUPPRESS)
    parser.add_argument("--json", help="also write the results here")
    args = parser.parse_args()
    if args.phase:
        print(json.dumps(PHASES[args.phase](args)))
        return 0
    made = not args.dir
    args.dir = args.dir or tempfile.mkdtemp(prefix="afscherm-report-bench-")
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    results: dict[str, Any] = {}
    try:
        if args.reuse:
            size, files = bench_index.dir_bytes(Path(args.dir))
            results["write"] = {"findings": args.findings, "files": files, "bytes": size, "wall_s": 0.0}
        else:
            results["write"] = run_phase("write", args)
        if args.reuse or args.without_summaries:
            results["summaries"] = run_phase("summaries", args)
        results["load"] = run_phase("load", args)
        results["report"] = run_phase("report", args)
        if args.compact:
            results["compact"] = run_phase("compact", args)
            if args.without_summaries:  # the compaction summarised its new files
                run_phase("summaries", args)
            results["load_compacted"] = run_phase("load", args)
            results["report_compacted"] = run_phase("report", args)
    finally:
        if made and not args.keep:
            shutil.rmtree(args.dir, ignore_errors=True)
    print_report(results, args)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
