"""Throughput of ``afscherm detect`` (whole process, with NER) against ``deduce`` on the same documents.

    OMP_NUM_THREADS=1 .venv/bin/python bench/bench_ner_speed.py [--docs 5000] [--seed 11] [--workers 1,2]
        [--deduce-cache build/deduce-cache] [--json out.json] [--repeat 3]

In one run, on the same generated support-style documents (``synthetic.documents.generate_documents``,
a few MB written as ``{"id", "text"}`` JSONL):

- ``afscherm detect IN -o OUT --workers N`` as a subprocess for each N: start-up, model load, JSON in
  and out included; wall clock and the CPU seconds of the process and its workers;
- the analyzer in this process (one core, model loaded beforehand): CPU seconds only, the minimum of
  ``--repeat`` runs (issue 12's speed target: ``--docs 3000 --workers 1 --no-deduce --repeat 3``);
- ``deduce`` in this process (``Deduce.deidentify`` per text, lookup cache loaded beforehand), and
  ``deduce`` as a whole process (a fresh interpreter that imports it, loads the cache, reads the same
  JSONL and writes its annotations), the fair counterpart of ``afscherm detect``.

Wall-clock figures depend on what else the machine runs; CPU seconds are the steadier measure. Both
are printed, with the CPU seconds per wall second a run got ("cores used") and the 1-minute load
average after it: ``--workers 2`` can only be faster than one process when a second core is free.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from deduce_peer import load_deduce  # noqa: E402

from synthetic.documents import generate_documents  # noqa: E402

WORKDIR = REPO / "build" / "bench_ner_speed"

# A whole-process deduce run: the same contract as ``afscherm detect`` (JSONL in, one JSON line out per record).
DEDUCE_PROCESS = """
import json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[4])
from deduce_peer import load_deduce
deduce = load_deduce(Path(sys.argv[1]))
with open(sys.argv[2], encoding="utf-8") as src, open(sys.argv[3], "w", encoding="utf-8") as out:
    for line in src:
        rec = json.loads(line)
        doc = deduce.deidentify(rec["text"])
        found = [{"tag": a.tag, "start": int(a.start_char), "end": int(a.end_char)} for a in doc.annotations]
        out.write(json.dumps({"id": rec["id"], "annotations": found}, ensure_ascii=False) + "\\n")
"""


def write_input(path: Path, docs: int, seed: int) -> tuple[list[str], int]:
    texts = []
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for doc in generate_documents(docs, seed):
            fh.write(json.dumps({"id": doc.id, "text": doc.text}, ensure_ascii=False) + "\n")
            texts.append(doc.text)
    return texts, path.stat().st_size


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_process(argv: list[str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (the process and everything it waited for) of one command."""
    cpu, started = children_cpu(), time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True, cwd=REPO)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    return wall, children_cpu() - cpu


def in_process(fn: object, texts: list[str]) -> tuple[float, float]:
    cpu, started = time.process_time(), time.perf_counter()
    for text in texts:
        fn(text)  # type: ignore[operator]
    return time.perf_counter() - started, time.process_time() - cpu


def row(name: str, chars: int, words: int, wall: float | None, cpu: float | None) -> dict[str, object]:
    return {
        "system": name,
        "load_avg_1min": round(os.getloadavg()[0], 2),
        "wall_s": round(wall, 2) if wall is not None else None,
        "cpu_s": round(cpu, 2) if cpu is not None else None,
        "chars_per_s": round(chars / wall) if wall else None,
        "chars_per_cpu_s": round(chars / cpu) if cpu else None,
        "words_per_cpu_s": round(words / cpu) if cpu else None,
        "cores_used": round(cpu / wall, 2) if cpu and wall else None,
    }


def table(rows: list[dict[str, object]]) -> str:
    def fmt(v: object) -> str:
        return "–" if v is None else f"{v:,}" if isinstance(v, int) else str(v)

    head = (
        "| system | wall s | CPU s | cores used | chars/s (wall) | chars/CPU-s | words/CPU-s | load avg |\n"
        + "| --- " * 8
        + "|"
    )
    lines = [
        f"| {r['system']} | {fmt(r['wall_s'])} | {fmt(r['cpu_s'])} | {fmt(r['cores_used'])} | "
        f"{fmt(r['chars_per_s'])} | {fmt(r['chars_per_cpu_s'])} | {fmt(r['words_per_cpu_s'])} | "
        f"{fmt(r['load_avg_1min'])} |"
        for r in rows
    ]
    return "\n".join([head, *lines])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=5000, help="generated documents (5000 ≈ 3 MB)")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--workers", default="1,2", help="comma-separated --workers values to time")
    ap.add_argument("--deduce-cache", type=Path, default=REPO / "build" / "deduce-cache")
    ap.add_argument("--no-deduce", action="store_true")
    ap.add_argument("--no-analyzer", action="store_true", help="skip the in-process analyzer timing")
    ap.add_argument(
        "--repeat", type=int, default=1, help="time the in-process analyzer this many times (min and median printed)"
    )
    ap.add_argument("--json", type=Path, help="also write the results as JSON here")
    args = ap.parse_args(argv)

    src = WORKDIR / f"support-{args.docs}-{args.seed}.jsonl"
    texts, size = write_input(src, args.docs, args.seed)
    chars, words = sum(map(len, texts)), sum(len(t.split()) for t in texts)
    print(f"{len(texts):,} documents, {chars:,} characters, {words:,} words, {size / 1e6:.1f} MB JSONL ({src})\n")

    rows = []
    afscherm = [sys.executable, "-m", "afscherm.flows.cli", "detect", str(src), "-o", str(WORKDIR / "afscherm.jsonl")]
    for n in (int(w) for w in args.workers.split(",")):
        wall, cpu = run_process([*afscherm, "--workers", str(n)])
        rows.append(row(f"afscherm detect --workers {n} (whole process)", chars, words, wall, cpu))
        print(table(rows[-1:]).splitlines()[-1], flush=True)

    if not args.no_analyzer:
        from afscherm.detectors.analyzer import Analyzer

        analyzer = Analyzer.from_config()
        analyzer.analyze(texts[:20])  # warm-up: lazy lists and caches
        runs = []
        for _ in range(max(1, args.repeat)):
            cpu = time.process_time()
            analyzer.analyze(texts)
            runs.append(time.process_time() - cpu)
        # CPU seconds of one run vary with what else the machine runs (shared caches): the minimum is the steadiest
        rows.append(row("afscherm analyzer, in process (1 core)", chars, words, None, min(runs)))
        if len(runs) > 1:
            rows[-1]["cpu_s_runs"] = [round(r, 2) for r in runs]
            rows[-1]["cpu_s_median"] = round(statistics.median(runs), 2)
            print(f"analyzer CPU-s per run: {rows[-1]['cpu_s_runs']}, median {rows[-1]['cpu_s_median']}")
        print(table(rows[-1:]).splitlines()[-1], flush=True)

    if not args.no_deduce:
        deduce = load_deduce(args.deduce_cache)
        deduce.deidentify(texts[0])  # type: ignore[attr-defined]
        wall, cpu = in_process(deduce.deidentify, texts)  # type: ignore[attr-defined]
        rows.append(row("deduce, in process (1 core, loaded)", chars, words, wall, cpu))
        print(table(rows[-1:]).splitlines()[-1], flush=True)
        script = [
            sys.executable,
            "-c",
            DEDUCE_PROCESS,
            str(args.deduce_cache),
            str(src),
            str(WORKDIR / "deduce.jsonl"),
            str(Path(__file__).parent),
        ]
        wall, cpu = run_process(script)
        rows.append(row("deduce (whole process, incl. load)", chars, words, wall, cpu))
        print(table(rows[-1:]).splitlines()[-1], flush=True)

    print("\n" + table(rows))
    if args.json:
        args.json.write_text(
            json.dumps({"docs": args.docs, "seed": args.seed, "chars": chars, "words": words, "rows": rows}, indent=1),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
