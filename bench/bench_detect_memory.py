"""Peak memory of ``afscherm detect`` stays flat as the input grows (streaming, bounded batches).

    .venv/bin/python bench/bench_detect_memory.py [--sizes-mb 5 40]

Writes JSONL files of the given sizes (generated support documents, repeated), runs the CLI on each
as a separate process and reports its peak RSS; fails (exit 1) if the largest input needs more than
1.25x the peak of the smallest.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from synthetic.documents import generate_documents  # noqa: E402


def write_input(path: Path, size_mb: float, seed: int = 5) -> int:
    lines = [json.dumps({"id": d.id, "text": d.text}, ensure_ascii=False) for d in generate_documents(400, seed)]
    target, written, n = size_mb * 1_000_000, 0, 0
    with path.open("w", encoding="utf-8") as fh:
        while written < target:
            line = lines[n % len(lines)]
            fh.write(line + "\n")
            written += len(line.encode()) + 1
            n += 1
    return n


def peak_rss_mb(cmd: list[str]) -> tuple[float, float]:
    started = time.perf_counter()
    # Each run is measured in a fresh child of its own so ru_maxrss is that run's peak only.
    probe = (
        "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run([sys.executable, "-c", probe, *cmd], check=True, capture_output=True, text=True)
    return int(out.stdout.strip()) / 1024, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes-mb", type=float, nargs="+", default=[5, 40])
    args = parser.parse_args()
    afscherm = str(Path(sys.executable).with_name("afscherm"))
    peaks = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes_mb:
            path = Path(tmp) / f"in-{size}.jsonl"
            n = write_input(path, size)
            peak, seconds = peak_rss_mb([afscherm, "detect", str(path)])
            peaks.append(peak)
            mb = path.stat().st_size / 1e6
            rate = mb / seconds
            print(f"{mb:8.1f} MB input, {n:8,} records: peak RSS {peak:7.1f} MB, {seconds:6.1f} s ({rate:.2f} MB/s)")
            path.unlink()
    ratio = peaks[-1] / peaks[0]
    print(f"peak RSS ratio largest/smallest input: {ratio:.2f} (bound 1.25)")
    return 0 if ratio <= 1.25 else 1


if __name__ == "__main__":
    sys.exit(main())
