"""Time and peak memory of ``afscherm detect`` on one very long line (issue 10, item 7).

    .venv/bin/python bench/bench_long_text.py [--chars 1000000] [--mb 100] [--content support|sparse]

Writes a JSONL file of one record whose ``text`` is a single line — generated support documents joined by
spaces (``support``: personal data every few dozen characters, names for the model in most sentences),
or lowercase filler with a planted record every ~10 kB (``sparse``: a log or export that is mostly not
personal data) — runs ``afscherm detect --workers 1`` on it as a separate process and reports wall time,
CPU time, peak RSS and the number of findings. Target: peak RSS ≤ 1 GB for a 100 MB line.

Measured 2026-11-30 (2 shared cores, load 7-9; CPU seconds are the comparable figure): support text, 100 MB line
(1,355,715 findings) 1,128 MB before the findings were written piece by piece, 717 MB after (1,268 CPU-s);
sparse, 100 MB: 439 MB before (318 CPU-s); 1M characters: 244 / 245 MB (support), 250 / 250 MB (sparse).
With --workers default (what `afscherm detect` chooses for a 100 MB file: one process per core) the same line
is analysed by the parent, between the workers' batches: 717 MB, 1,269 CPU-s, the same 1,355,715 findings.
What remains of the peak is the model (~150 MB), the text (2 bytes per character once it holds one non-Latin-1
character), the findings (~150 bytes each) and, while the line is parsed, its raw bytes and decoded line.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from synthetic.documents import generate_documents  # noqa: E402

FILLER = "de klant vraagt of het pakket morgen komt en wat de kosten zijn. "
PLANTED = (
    "de familie Vermeulen uit Zwolle belt over bsn 111222333 en NL91ABNA0417164300, mail jan.jansen@example.nl "
    "of bel 06-12345678. "
)
TARGET_MB = 1000


def pieces(content: str, seed: int = 5) -> Iterator[str]:
    """Endless text for the line, in pieces (JSON-escaped, no newlines: it stays one line)."""
    if content == "support":
        docs = [" ".join(d.text.split()) for d in generate_documents(400, seed)]
        while True:
            for doc in docs:
                yield json.dumps(doc + " ", ensure_ascii=False)[1:-1]
    block = json.dumps(FILLER * 150 + PLANTED, ensure_ascii=False)[1:-1]  # ~10 kB
    while True:
        yield block


def write_line(path: Path, chars: int, content: str) -> int:
    """One JSONL record whose text has about ``chars`` characters; returns the file size in bytes."""
    written = 0
    with path.open("w", encoding="utf-8") as fh:
        fh.write('{"id": "long", "text": "')
        for piece in pieces(content):
            if written + len(piece) > chars:
                piece = piece[: chars - written].rstrip("\\")  # never end inside an escape
            fh.write(piece)
            written += len(piece)
            if written >= chars - 1:
                break
        fh.write('"}\n')
    return path.stat().st_size


def run_detect(path: Path, out: Path, workers: str) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak RSS (MB, the largest process) of ``afscherm detect`` on ``path``."""
    afscherm = str(Path(sys.executable).with_name("afscherm"))
    # a fresh child of its own, so that RUSAGE_CHILDREN holds this run's peak only
    probe = (
        "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True); "
        "u = resource.getrusage(resource.RUSAGE_CHILDREN); print(u.ru_maxrss, u.ru_utime + u.ru_stime)"
    )
    started = time.perf_counter()
    cmd = [afscherm, "detect", *([] if workers == "default" else ["--workers", workers]), str(path), "-o", str(out)]
    result = subprocess.run([sys.executable, "-c", probe, *cmd], check=True, capture_output=True, text=True)
    wall = time.perf_counter() - started
    rss_kb, cpu = result.stdout.split()
    return wall, float(cpu), int(rss_kb) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=1_000_000, help="length of the long-line case (0: skip it)")
    parser.add_argument("--mb", type=float, default=100, help="size of the large case, with the target (0: skip it)")
    parser.add_argument("--content", choices=("support", "sparse"), nargs="+", default=["support", "sparse"])
    parser.add_argument(
        "--workers", default="1", help="detect's --workers, or 'default' (one process per core for large input)"
    )
    args = parser.parse_args()
    cases = [(f"{args.chars:,} chars", args.chars, False)] if args.chars else []
    if args.mb:
        cases.append((f"{args.mb:g} MB", int(args.mb * 1_000_000), True))
    over = []
    with tempfile.TemporaryDirectory() as tmp:
        for content in args.content:
            for name, chars, targeted in cases:
                path, out = Path(tmp) / "long.jsonl", Path(tmp) / "findings.jsonl"
                size = write_line(path, chars, content)
                wall, cpu, peak = run_detect(path, out, args.workers)
                findings = len(json.loads(out.read_text(encoding="utf-8"))["findings"])
                print(
                    f"{content:8s} one line of {name:>16s} ({size / 1e6:6.1f} MB file): {wall:7.1f} s wall, "
                    f"{cpu:7.1f} s CPU, peak RSS {peak:7.1f} MB, {findings:,} findings, "
                    f"{chars / wall / 1000:,.0f}k chars/s",
                    flush=True,
                )
                if targeted and peak > TARGET_MB:
                    over.append(f"{content} {name}: {peak:.0f} MB")
                path.unlink()
                out.unlink()
    if over:
        print(f"over the {TARGET_MB} MB target: {'; '.join(over)}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
