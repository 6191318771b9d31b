"""Peak memory of ``afscherm scan`` against the number of objects: bounded, not growing with the store.

    OMP_NUM_THREADS=1 .venv/bin/python bench/bench_scan_memory.py [--counts 10000,100000] [--work build/bench-scan-mem]

For each count, a local store of that many small objects (a short support text with one e-mail address
each, in folders of 1,000) is scanned by ``afscherm scan --no-prefect`` as a subprocess, into a fresh
index and clean folder; its peak RSS (``ru_maxrss`` of the child), wall and CPU time are printed. Then the
same store is scanned again (everything unchanged: listed and skipped). Needs AFSCHERM_INDEX_KEY (a random
one is set for this benchmark if absent).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import secrets
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def make_store(root: Path, n: int) -> None:
    for i in range(n):
        folder = root / f"d{i // 1000:04d}"
        if i % 1000 == 0:
            folder.mkdir(parents=True, exist_ok=True)
        (folder / f"t{i:07d}.txt").write_text(f"Ticket {i}: graag antwoord naar klant{i}@example.nl, dank!\n")


def run(command: list[str], env: dict[str, str]) -> dict:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=REPO, capture_output=True, text=True)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        raise SystemExit(f"scan failed ({done.returncode}): {done.stderr[-2000:]}")
    head = done.stdout.splitlines()[0] if done.stdout else ""
    return {
        "wall_s": round(wall, 1),
        "cpu_s": round(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, 1),
        # ru_maxrss of RUSAGE_CHILDREN is the largest child so far: each count runs larger than the last
        "peak_rss_mb": round(after.ru_maxrss / 1024),
        "summary": head,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--counts", default="10000,100000")
    parser.add_argument("--work", type=Path, default=REPO / "build/bench-scan-mem")
    args = parser.parse_args()
    env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONPATH": str(REPO)}
    env.setdefault("AFSCHERM_INDEX_KEY", secrets.token_hex(32))  # this benchmark only
    results = []
    for n in sorted(int(c) for c in args.counts.split(",")):
        work = args.work / str(n)
        shutil.rmtree(work, ignore_errors=True)
        make_store(work / "store", n)
        command = [
            sys.executable,
            "-m",
            "afscherm.flows.cli",
            "scan",
            str(work / "store"),
            "--index",
            str(work / "index"),
            "--clean",
            str(work / "clean"),
            "--quarantine",
            str(work / "quarantine"),
            "--no-prefect",
        ]
        first = run(command, env) | {"objects": n, "what": "first scan"}
        print(json.dumps(first), flush=True)
        again = run(command, env) | {"objects": n, "what": "unchanged re-scan"}
        print(json.dumps(again), flush=True)
        results += [first, again]
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
