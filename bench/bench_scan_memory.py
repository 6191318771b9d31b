"""Peak memory of ``afscherm scan`` against the number of objects: bounded, not growing with the store.

    OMP_NUM_THREADS=1 .venv/bin/python bench/bench_scan_memory.py [--counts 10000,100000] [--work build/bench-scan-mem]
        [--runner serial|threads|processes|dask --workers N] [--prefect] [--keep] [--timeline FILE]

For each count, a local store of that many small objects (a short support text with one e-mail address
each, in folders of 1,000) is scanned by ``afscherm scan`` as a subprocess (``--no-prefect`` unless
``--prefect`` or a runner other than serial is given), into a fresh index and clean folder. Then the same
store is scanned again (everything unchanged: listed and skipped). Needs AFSCHERM_INDEX_KEY (a random one
is set for this benchmark if absent).

Per run it prints wall and CPU time (the scan and all its descendants) and peak RSS:

- ``peak_rss_mb``: the largest single process of the run (``ru_maxrss`` from ``wait4`` of that run alone);
- ``flow_peak_mb`` / ``worker_peak_mb`` / ``server_peak_mb``: the high-water mark (``VmHWM``) of the flow's
  process, of the largest task-runner worker and of a local Prefect server, sampled every 0.25 s (a peak in a
  process's last 0.25 s can be missed by these, never by ``peak_rss_mb``);
- ``flow_rss_at``: the flow process's RSS when 25/50/75/99 % of the safe copies were written (counted by
  the clean store's folders of 1,000), so growth while objects are scanned is told apart from the compactions'
  peaks; ``--timeline FILE`` writes every sample as JSON lines.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import psutil

REPO = Path(__file__).resolve().parents[1]
SAMPLE_SECONDS = 0.25


def make_store(root: Path, n: int) -> None:
    for i in range(n):
        folder = root / f"d{i // 1000:04d}"
        if i % 1000 == 0:
            folder.mkdir(parents=True, exist_ok=True)
        (folder / f"t{i:07d}.txt").write_text(f"Ticket {i}: graag antwoord naar klant{i}@example.nl, dank!\n")


def _role(process: psutil.Process) -> str:
    try:
        command = " ".join(process.cmdline())
    except psutil.Error:
        return "other"
    if "prefect" in command and "server" in command or "uvicorn" in command:
        return "server"
    if "multiprocessing" in command or "dask" in command or "distributed" in command:
        return "worker"
    return "other"


def _hwm_and_rss_mb(pid: int) -> tuple[int, int] | None:
    """(VmHWM, VmRSS) in MB from /proc: the high-water mark survives between samples."""
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    fields = dict(line.split(":", 1) for line in text.splitlines() if ":" in line)
    try:
        return int(fields["VmHWM"].split()[0]) // 1024, int(fields["VmRSS"].split()[0]) // 1024
    except (KeyError, ValueError):
        return None


def _objects_written(clean: Path) -> int:
    """About how many safe copies are written: the store's folders of 1,000 in the clean store, all but the last
    full. (The index's batch files are no measure: compactions during the scan replace them.)"""
    folders = sum(1 for store in clean.glob("*") for entry in os.scandir(store) if entry.is_dir())
    return max(0, folders - 1) * 1000


def run(command: list[str], env: dict[str, str], index: Path, expected: int, timeline: Any) -> dict[str, Any]:  # noqa: ANN401
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        return _run(command, env, index, expected, timeline, out, err)


def _run(command: list[str], env: dict[str, str], index: Path, expected: int, timeline: Any, out: Any, err: Any
         ) -> dict[str, Any]:  # fmt: skip  # noqa: ANN401
    started = time.perf_counter()
    child = subprocess.Popen(command, env=env, cwd=REPO, stdout=out, stderr=err, text=True)
    flow = psutil.Process(child.pid)
    peaks: dict[int, tuple[str, int]] = {}
    roles: dict[int, str] = {}
    clean = index.parent / "clean"
    marks: dict[str, int] = {}
    # Reaped here with wait4: its rusage is this run's alone (the largest of the child and its waited-for
    # descendants), unlike RUSAGE_CHILDREN, which keeps the largest child of every earlier run.
    while True:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            child.returncode = os.waitstatus_to_exitcode(status)
            break
        try:
            descendants = flow.children(recursive=True)
        except psutil.Error:
            descendants = []
        flow_rss = 0
        for process in [flow, *descendants]:
            if process.pid not in roles:
                roles[process.pid] = "flow" if process.pid == child.pid else _role(process)
            memory = _hwm_and_rss_mb(process.pid)
            if memory is None:
                continue
            peaks[process.pid] = (roles[process.pid], memory[0])
            if process.pid == child.pid:
                flow_rss = memory[1]
        done = _objects_written(clean) if expected and clean.exists() else 0
        for share in (25, 50, 75, 99):  # 99: the last folder is never counted as full
            if f"{share}%" not in marks and expected and done * 100 >= share * expected:
                marks[f"{share}%"] = flow_rss
        if timeline is not None:
            timeline.write(json.dumps({"t": round(time.perf_counter() - started, 2), "flow_rss_mb": flow_rss,
                                       "objects": done}) + "\n")  # fmt: skip
        time.sleep(SAMPLE_SECONDS)
    wall = time.perf_counter() - started
    out.seek(0)
    err.seek(0)
    stdout, stderr = out.read(), err.read()
    if child.returncode not in (0, 1):
        raise SystemExit(f"scan failed ({child.returncode}): {stderr[-2000:]}")
    by_role: dict[str, int] = {}
    for role, peak in peaks.values():
        by_role[role] = max(by_role.get(role, 0), peak)
    result = {
        "wall_s": round(wall, 1),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 1),
        "peak_rss_mb": round(usage.ru_maxrss / 1024),
        "flow_peak_mb": by_role.get("flow"),
        "worker_peak_mb": by_role.get("worker"),
        "server_peak_mb": by_role.get("server"),
        "flow_rss_at": marks,
        "summary": stdout.splitlines()[0] if stdout else "",
    }
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--counts", default="10000,100000")
    parser.add_argument("--work", type=Path, default=REPO / "build/bench-scan-mem")
    parser.add_argument("--runner", default="serial", choices=["serial", "threads", "processes", "dask"])
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--prefect", action="store_true", help="run the Prefect flow (always, for other runners)")
    parser.add_argument("--no-rescan", action="store_true", help="only the first scan of each count")
    parser.add_argument("--keep", action="store_true", help="reuse an existing store of the same count")
    parser.add_argument("--timeline", type=Path, help="every sample as JSON lines (one file for all runs)")
    args = parser.parse_args()
    env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONPATH": str(REPO)}
    env.setdefault("AFSCHERM_INDEX_KEY", secrets.token_hex(32))  # this benchmark only
    timeline = args.timeline.open("a") if args.timeline else None
    prefect = args.prefect or args.runner != "serial"
    results = []
    for n in sorted(int(c) for c in args.counts.split(",")):
        work = args.work / str(n)
        for sub in ("index", "clean", "quarantine"):
            shutil.rmtree(work / sub, ignore_errors=True)
        if not (args.keep and (work / "store").exists()):
            shutil.rmtree(work / "store", ignore_errors=True)
            make_store(work / "store", n)
        command = [
            sys.executable, "-m", "afscherm.flows.cli", "scan", str(work / "store"), "--index", str(work / "index"),
            "--clean", str(work / "clean"), "--quarantine", str(work / "quarantine"),
        ]  # fmt: skip
        command += ["--runner", args.runner, "--workers", str(args.workers)] if prefect else ["--no-prefect"]
        what = f"{args.runner} ×{args.workers}" + (", Prefect" if prefect else ", --no-prefect")
        if timeline:
            timeline.write(json.dumps({"run": f"{n} first scan, {what}"}) + "\n")
        first = run(command, env, work / "index", n, timeline) | {"objects": n, "what": f"first scan, {what}"}
        print(json.dumps(first), flush=True)
        results.append(first)
        if not args.no_rescan:
            if timeline:
                timeline.write(json.dumps({"run": f"{n} re-scan, {what}"}) + "\n")
            again = run(command, env, work / "index", 0, timeline)
            again |= {"objects": n, "what": f"unchanged re-scan, {what}"}
            print(json.dumps(again), flush=True)
            results.append(again)
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
