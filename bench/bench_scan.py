"""``scan_store`` throughput on a generated local store, per task runner and worker count, plus re-scans.

    OMP_NUM_THREADS=1 .venv/bin/python bench/bench_scan.py [--objects 10000] [--runners serial,processes:1,
        processes:2,threads:2,dask:1,dask:2] [--work build/bench-scan] [--json out.json]

The store holds mixed objects made by ``synthetic.documents.generate_documents``: support texts
(.txt), e-mails (.eml), JSON log files (.jsonl), CSV exports (.csv) and JSON documents (.json).
Every run scans the same store into a fresh index and clean folder, as a whole ``scan_store`` flow
(Prefect ephemeral mode; serial runs the tasks in the flow's process). Reported per run: objects/s,
MB/s, the load average before and after, peak RSS of this process, and where the CPU time went:

- ``task_cpu_ms_per_object``: CPU of the per-object work (extract, detect, redact, fingerprint) in the
  workers, per object (thread CPU time measured around each object);
- ``flow_cpu_ms_per_object``: CPU of the flow's process per object, the per-object work taken out (for
  serial and threads it runs in this process): listing, reading, writing copies, index commits, Prefect's
  submission and its threads; ``flow_thread_cpu_ms_per_object`` is the flow thread's own part of it;
- ``other_cpu_ms_per_object``: worker processes beyond their per-object work: starting, loading the model,
  Prefect's task-run bookkeeping;
- ``server_cpu_ms_per_object``: the Prefect API server (without ``PREFECT_API_URL`` the benchmark starts one
  local server for all runs, API only as ``afscherm scan`` starts one for processes and Dask; its start is in no
  run's time);
- ``detect_share``: summed detection seconds over summed per-object seconds (both wall time inside the
  workers; the rest of a worker's work is extraction, redaction, fingerprinting);
  ``detect_share_of_wall``: over the run's wall time × workers (what the workers spent detecting, out of
  all the time they had: the rest is overhead and waiting);
- ``speed_up_bound_2_workers``: for a 1-worker run of processes or Dask, the 2-worker speed-up its CPU
  figures allow on 2 cores: one worker's time is about max(task + other, flow, (task + flow + other + server) / 2
  cores), two workers' about max((task + other) / 2, flow, (task + flow + other + server) / 2), since each
  CPU-second has to run
  somewhere (threads: none, the Python code of two threads runs one at a time under the GIL).

Then, on the first run's index: an unchanged re-scan (objects listed and skipped, speed-up over the first
scan) and a re-scan after adding 1 % new objects (only those scanned). Wall clock depends on what else the
machine runs; CPU seconds are printed beside it. Needs AFSCHERM_INDEX_KEY (any secret of ≥ 16 bytes; a
random one is set if absent, for this benchmark only).
"""

from __future__ import annotations

import argparse
import contextlib
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
            lines = [
                json.dumps({"seq": j, "msg": line}, ensure_ascii=False) for j, line in enumerate(text.splitlines())
            ]
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


def cpu_seconds() -> tuple[float, float]:
    """(this process, its finished children): user + system CPU seconds."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def _stat_cpu(pid: str) -> tuple[int, float]:
    """(parent pid, user + system CPU seconds) of a live process."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[1]), (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def server_cpu_seconds() -> float:
    """CPU seconds of the Prefect server processes among this process's descendants (0 if none)."""
    stats: dict[int, tuple[int, float]] = {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        with contextlib.suppress(OSError, IndexError, ValueError):
            stats[int(pid)] = _stat_cpu(pid)
    children: dict[int, list[int]] = {}
    for pid, (ppid, _) in stats.items():
        children.setdefault(ppid, []).append(pid)
    total, stack = 0.0, [(os.getpid(), False)]
    while stack:
        pid, server = stack.pop()
        if not server:
            with contextlib.suppress(OSError):
                server = b"server\x00start" in Path(f"/proc/{pid}/cmdline").read_bytes()
        if server:
            total += stats.get(pid, (0, 0.0))[1]
        stack += [(child, server) for child in children.get(pid, [])]
    return total


def run_once(
    store_root: Path, out: Path, kind: str, workers: int, objects_per_task: int, batch_objects: int, pipeline_depth: int
) -> dict:
    from afscherm.flows.runners import TaskRunnerSettings
    from afscherm.flows.scan_store import ScanPlan, scan_flow
    from afscherm.flows.stores.local import LocalStore
    from afscherm.flows.stores.prefixed import PrefixedStore

    clean = LocalStore("clean", out / "clean")
    plan = ScanPlan(
        sources=[LocalStore("bench", store_root)],
        index_dir=out / "index",
        clean=lambda s: PrefixedStore(clean, s.name),
        quarantine=LocalStore("quarantine", out / "quarantine"),
        batch_objects=batch_objects,
        pipeline_depth=pipeline_depth,
    )
    settings = TaskRunnerSettings(kind=kind, workers=workers, objects_per_task=objects_per_task)
    load_before = os.getloadavg()[0]
    (own, children), server, t = cpu_seconds(), server_cpu_seconds(), time.perf_counter()
    summary = scan_flow(plan, settings)
    wall = time.perf_counter() - t
    own_after, children_after = cpu_seconds()
    own, children, server = own_after - own, children_after - children, server_cpu_seconds() - server
    n = summary.scanned

    def per_object(seconds: float) -> float | None:
        return round(1000 * seconds / n, 2) if n else None  # a re-scan of nothing new has no per-object cost

    task = summary.task_cpu_seconds
    in_process = kind in ("serial", "threads")
    flow = own - task if in_process else own
    other = children if in_process else max(children - task, 0.0)
    result = {
        "runner": f"{kind}:{workers}",
        "objects": summary.scanned,
        "skipped": summary.skipped,
        "quarantined": summary.quarantined,
        "wall_s": round(wall, 2),
        "scan_wall_s": round(summary.seconds, 2),
        "cpu_s": round(own + children, 2),
        "objects_per_s": round(summary.scanned / wall, 1),
        "mb_per_s": round(summary.bytes_read / wall / 1e6, 3),
        "detect_s": round(summary.detect_seconds, 2),
        "detect_share": round(summary.detect_seconds / max(summary.task_seconds, 1e-9), 3),
        "detect_share_of_wall": round(summary.detect_seconds / (wall * workers), 3),
        "task_cpu_ms_per_object": per_object(task),
        "flow_cpu_ms_per_object": per_object(flow),
        "flow_thread_cpu_ms_per_object": per_object(
            summary.flow_cpu_seconds + summary.mapper_cpu_seconds - (task if kind == "serial" else 0.0)
        ),
        "other_cpu_ms_per_object": per_object(other),
        "server_cpu_ms_per_object": per_object(server),
        "findings": sum(summary.findings.values()),
        "load_before": round(load_before, 2),
        "load_after": round(os.getloadavg()[0], 2),
    }
    if workers == 1 and kind in ("processes", "dask"):
        total = (task + flow + other + server) / 2  # spread over the machine's 2 cores
        # The worker runs its per-object work and its own overhead (start, model, Prefect's task engine) one
        # after the other; two workers split both.
        worker = task + other
        one, two = max(worker, flow, total), max(worker / 2, flow, total)
        result["speed_up_bound_2_workers"] = round(one / max(two, 1e-9), 2)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--objects", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=31)
    parser.add_argument("--runners", default="serial:1,processes:1,processes:2,threads:2,dask:1,dask:2")
    from afscherm.flows.runners import DEFAULT_BATCH_OBJECTS, TaskRunnerSettings

    parser.add_argument("--objects-per-task", type=int, default=TaskRunnerSettings().objects_per_task)
    parser.add_argument("--batch-objects", type=int, default=DEFAULT_BATCH_OBJECTS, help="objects per index commit")
    parser.add_argument("--pipeline-depth", type=int, default=2, help="batches processed ahead of the one written")
    parser.add_argument("--no-rescan", action="store_true", help="leave out the two re-scans")
    parser.add_argument("--work", type=Path, default=REPO / "build/bench-scan")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()

    with contextlib.ExitStack() as stack:
        if not os.environ.get("PREFECT_API_URL"):
            # Before Prefect is imported: its settings read the environment once, and the threads that send
            # events and logs keep those settings (a server set later only in a settings context left them on
            # an ephemeral server of their own, started in this process: 7 CPU-s per 10,000 objects unseen).
            from afscherm.flows.prefect_server import local_prefect_server

            # the workers' too; API only, as the server ``afscherm scan`` starts for processes and Dask
            os.environ["PREFECT_API_URL"] = stack.enter_context(local_prefect_server(scan_only=True))
        bench(args, stack)


def bench(args: argparse.Namespace, stack: contextlib.ExitStack) -> None:
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    from afscherm.flows.prefect_server import flush_run_logs

    stack.callback(flush_run_logs)  # before the server stops: the runs' last logs are sent, not lost
    shutil.rmtree(args.work, ignore_errors=True)
    store = args.work / "store"
    size = write_store(store, args.objects, args.seed)
    print(f"store: {args.objects:,} objects, {size / 1e6:.1f} MB in {store}", flush=True)
    results = []
    rescan = added = None

    def run(kind: str, workers: int, out: Path) -> dict:
        return run_once(store, out, kind, workers, args.objects_per_task, args.batch_objects, args.pipeline_depth)

    with temporary_settings({PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        # Warm-up, not reported: the flow process's one-time costs (imports, the index's first query) would
        # otherwise land on whichever run comes first. It loads the model in this process, which the serial and
        # threads runs then reuse (worker processes load their own in every run).
        write_store(args.work / "warm-up", 16, args.seed + 2)
        run_once(
            args.work / "warm-up",
            args.work / "warm-up-out",
            "serial",
            1,
            args.objects_per_task,
            args.batch_objects,
            args.pipeline_depth,
        )
        for spec in args.runners.split(","):
            kind, _, n = spec.partition(":")
            result = run(kind, int(n or 1), args.work / f"run-{kind}-{n}")
            results.append(result)
            print(json.dumps(result), flush=True)
        if not args.no_rescan:
            first = results[0]
            base = args.work / f"run-{args.runners.split(',')[0].replace(':', '-')}"
            rescan = run("serial", 1, base)
            rescan["what"] = "unchanged re-scan"
            rescan["speed_up_over_first"] = round(first["wall_s"] / max(rescan["wall_s"], 1e-9), 1)
            print(json.dumps(rescan), flush=True)
            new = max(1, args.objects // 100)
            write_store(store, new, args.seed + 1, start=args.objects)
            added = run("serial", 1, base)
            added["what"] = f"re-scan after adding {new} objects"
            print(json.dumps(added), flush=True)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    by = {r["runner"]: r for r in results}
    for kind in ("processes", "threads", "dask"):
        one, two = by.get(f"{kind}:1"), by.get(f"{kind}:2")
        if one and two:
            bound = one.get("speed_up_bound_2_workers")
            allowed = f"{bound}×" if bound else "no bound (GIL: one thread runs Python code at a time)"
            print(
                f"{kind}: 2 workers {two['objects_per_s'] / one['objects_per_s']:.2f}× one worker (load average "
                f"{one['load_before']}-{two['load_after']}; the CPU figures of the 1-worker run allow {allowed})"
            )
    print(f"peak RSS of the benchmark process: {peak:.0f} MB")
    if args.json:
        args.json.write_text(
            json.dumps({"runs": results, "rescan": rescan, "added": added, "peak_rss_mb": peak}, indent=2)
        )


if __name__ == "__main__":
    main()
