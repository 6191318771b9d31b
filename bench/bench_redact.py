"""Redaction: leaks on the gold set, cost on top of detection, structured-file throughput and memory.

    .venv/bin/python bench/bench_redact.py [--docs 2000] [--csv-mb 2048] [--max-rss-mb 1024]

1. Leaks on ``bench/gold/detect_gold.jsonl`` with the analyzer's own findings: planted values of the
   identifier types found in the output (value, compact or digit form), and the character leak rate
   per type (a length-keeping mask; a planted letter/digit still in place leaked).
2. Detection vs redaction time on generated documents, for the shipped policy and for pseudonymise /
   encrypt everywhere (target: redaction adds ≤ 20 % to detection).
3. Structured files, each run in a fresh process so its peak RSS is its own: a generated CSV of
   ``--csv-mb`` MB and one of a quarter of that size whose columns all have rules (target ≥ 50 MB/s;
   peak memory independent of size, asserted ≤ ``--max-rss-mb``), with the e-mail column pseudonymised
   or replaced; a Parquet file with the same rows; a smaller CSV with a free-text column (detection).
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
os.environ.setdefault("AFSCHERM_PSEUDONYM_KEY", "benchmark-sleutel-niet-geheim-0123")
os.environ.setdefault("AFSCHERM_ENCRYPTION_KEY", base64.b64encode(bytes(range(32))).decode())
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

RULES_POLICY = """\
columns:
  id: {scan: false}
  email: {entity_type: EMAIL_ADDRESS, operator: pseudonymise}
  iban: {entity_type: IBAN_CODE, operator: {operator: mask, keep_last: 4}}
  created_at: {scan: false}
  status: {scan: false}
  amount: {scan: false}
"""
# The same columns with the cheap operators only (no keyed hash per distinct value).
CHEAP_POLICY = RULES_POLICY.replace("operator: pseudonymise", "operator: replace")
RULES_HEADER = "id,email,iban,created_at,status,amount\n"
TEXT_HEADER = "id,email,created_at,notitie\n"


# --- 1. leaks ------------------------------------------------------------------------------------------


def leaks() -> None:
    from afscherm.detectors.analyzer import default_analyzer
    from afscherm.detectors.evaluation import load_gold
    from afscherm.redactors import load_policy, parse_policy
    from afscherm.redactors.text import Redactor
    from tests.test_redact_leaks import CHAR_LEAK_LIMIT, ZERO_LEAK_TYPES, character_leak_rates, value_leaks

    gold = load_gold()
    findings = default_analyzer().analyze([g.text for g in gold])
    print(f"== leaks on the gold set ({len(gold)} records) ==")
    for name, policy in [
        ("shipped policy", load_policy()),
        ("pseudonymise all", parse_policy({"default": "pseudonymise"})),
        ("encrypt all", parse_policy({"default": "encrypt"})),
    ]:
        out = Redactor(policy).redact_batch([g.text for g in gold], findings)
        found = value_leaks(gold, out, ZERO_LEAK_TYPES)
        print(f"leaked values of {', '.join(ZERO_LEAK_TYPES)} ({name}): {len(found)}")
    print(f"{'entity type':<16} {'leaked':>7} {'chars':>7} {'rate':>7} {'target':>7}")
    for t, (leaked, total) in sorted(character_leak_rates(gold, findings).items()):
        limit = CHAR_LEAK_LIMIT.get(t, 0.02)
        flag = "" if leaked / total <= limit else "  MISSED"
        print(f"{t:<16} {leaked:7d} {total:7d} {leaked / total:7.2%} {limit:7.0%}{flag}")


# --- 2. cost on top of detection ---------------------------------------------------------------------


def overhead(n_docs: int, seed: int) -> None:
    from afscherm.detectors.analyzer import default_analyzer
    from afscherm.redactors import load_policy, parse_policy
    from afscherm.redactors.text import Redactor
    from synthetic.documents import generate_documents

    texts = [d.text for d in generate_documents(n_docs, seed)]
    chars = sum(len(t) for t in texts)
    analyzer = default_analyzer()
    analyzer.analyze(texts[:20])  # warm-up
    started = time.perf_counter()
    findings = analyzer.analyze(texts)
    detect = time.perf_counter() - started
    print(f"\n== redaction cost on {n_docs:,} generated documents ({chars:,} characters) ==")
    print(f"detection: {detect:.2f} s ({chars / detect:,.0f} chars/s)")
    for name, policy in [
        ("shipped policy", load_policy()),
        ("pseudonymise all", parse_policy({"default": "pseudonymise"})),
        ("encrypt all", parse_policy({"default": "encrypt"})),
    ]:
        redactor = Redactor(policy)
        started = time.perf_counter()
        redactor.redact_batch(texts, findings)
        spent = time.perf_counter() - started
        print(f"redaction, {name:<17}: {spent:.3f} s = {spent / detect:6.1%} of detection (target ≤ 20 %)")


# --- 3. structured files -------------------------------------------------------------------------------


def write_rules_csv(path: Path, megabytes: float, seed: int) -> None:
    rng = random.Random(seed)
    ibans = ["NL91ABNA0417164300", "NL20INGB0001234567", "NL39RABO0300065264", "NL44RABO0123456789"]
    target, size, i = megabytes * 1_000_000, 0, 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write(RULES_HEADER)
        while size < target:
            rows = []
            for _ in range(20_000):
                i += 1
                rows.append(
                    f"{i},klant{rng.randrange(500_000)}@example.nl,{ibans[i % 4]},"
                    f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}T10:{i % 60:02d}:00,open,{i % 997}.50\n"
                )
            block = "".join(rows)
            fh.write(block)
            size += len(block)


def write_text_csv(path: Path, n_rows: int, seed: int) -> None:
    import csv

    from synthetic.documents import generate_documents

    notes = [d.text[:300] for d in generate_documents(200, seed)]
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(TEXT_HEADER.strip().split(","))
        for i in range(n_rows):
            writer.writerow([i, f"klant{i % 5000}@example.nl", "2025-01-01T10:00:00", notes[i % len(notes)]])


def csv_to_parquet(src: Path, dst: Path) -> None:
    import pyarrow as pa
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    names = RULES_HEADER.strip().split(",")
    reader = pacsv.open_csv(
        src, convert_options=pacsv.ConvertOptions(column_types={"id": pa.int64(), "amount": pa.float64()})
    )
    with pq.ParquetWriter(dst, reader.schema) as writer:
        for batch in reader:
            writer.write_batch(batch)
    assert pq.read_schema(dst).names == names


def run_child(src: Path, dst: Path, policy: Path) -> dict[str, float]:
    """Redacts in a fresh process; returns its wall time and peak RSS."""
    cmd = [sys.executable, __file__, "--child", str(src), str(dst), str(policy)]
    result = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"child failed: {result.stderr.strip()}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def child(src: str, dst: str, policy: str) -> None:
    from afscherm.detectors.analyzer import default_analyzer
    from afscherm.redactors.files import redact_file
    from afscherm.redactors.policy import load_policy
    from afscherm.redactors.text import Redactor

    redactor = Redactor(load_policy(Path(policy)))

    class Lazy:  # rule-only files never load the analyzer
        def analyze(self, texts: list[str]) -> list:
            return default_analyzer().analyze(texts)

    started, cpu_started = time.perf_counter(), time.process_time()
    stats = redact_file(Path(src), Path(dst), redactor, Lazy())
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "cpu_seconds": cpu, "peak_rss_mb": peak_mb, "rows": stats.units}))


def structured(csv_mb: float, max_rss_mb: float, seed: int, workdir: Path) -> None:
    policies = {"pseudonymise": workdir / "pseudonymise.yaml", "replace/mask": workdir / "cheap.yaml"}
    policies["pseudonymise"].write_text(RULES_POLICY)
    policies["replace/mask"].write_text(CHEAP_POLICY)
    print("\n== structured files (fresh process each; peak RSS of that process) ==")
    print("columns: id, created_at, status, amount: scan: false; iban: mask; email: pseudonymise or replace")
    peaks: dict[float, float] = {}
    for megabytes in (csv_mb / 4, csv_mb):
        src, dst = workdir / f"rules-{megabytes:.0f}mb.csv", workdir / "out.csv"
        write_rules_csv(src, megabytes, seed)
        size = src.stat().st_size / 1e6
        for name, policy in policies.items():
            r = run_child(src, dst, policy)
            peaks[megabytes] = max(peaks.get(megabytes, 0.0), r["peak_rss_mb"])
            print(
                f"CSV {size:7,.0f} MB, email {name:<12}: {r['rows']:>11,.0f} rows, {r['seconds']:7.1f} s, "
                f"{size / r['seconds']:6.1f} MB/s (target ≥ 50; {r['cpu_seconds']:5.1f} CPU-s, all threads), "
                f"peak RSS {r['peak_rss_mb']:5.0f} MB"
            )
            dst.unlink()
        if megabytes == csv_mb / 4:
            pq_src = workdir / "rules.parquet"
            csv_to_parquet(src, pq_src)
            for name, policy in policies.items():
                r = run_child(pq_src, workdir / "out.parquet", policy)
                print(
                    f"Parquet of the same rows ({pq_src.stat().st_size / 1e6:,.0f} MB on disk), email {name:<12}: "
                    f"{r['seconds']:6.1f} s, {size / r['seconds']:6.1f} MB/s of CSV-equivalent data "
                    f"({r['cpu_seconds']:5.1f} CPU-s), "
                    f"peak RSS {r['peak_rss_mb']:5.0f} MB"
                )
                (workdir / "out.parquet").unlink()
            pq_src.unlink()
        src.unlink()
    text_src = workdir / "notes.csv"
    write_text_csv(text_src, 2_000, seed)
    r = run_child(text_src, workdir / "notes-out.csv", policies["replace/mask"])
    size = text_src.stat().st_size / 1e6
    print(
        f"CSV with a free-text column (detection), {size:5.1f} MB: {r['seconds']:6.1f} s, "
        f"{size / r['seconds']:5.2f} MB/s, peak RSS {r['peak_rss_mb']:5.0f} MB"
    )
    small, big = peaks[csv_mb / 4], peaks[csv_mb]
    print(f"peak RSS {small:.0f} MB at {csv_mb / 4:,.0f} MB, {big:.0f} MB at {csv_mb:,.0f} MB", end=" ")
    print(f"(bound {max_rss_mb:.0f} MB)")
    assert big <= max_rss_mb, f"peak RSS {big:.0f} MB exceeds the bound of {max_rss_mb:.0f} MB"
    assert big <= small * 1.2 + 50, "peak memory grows with file size"


def main() -> None:
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        child(*sys.argv[2:])
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=2000, help="generated documents for the overhead run")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--csv-mb", type=float, default=2048, help="size of the big generated CSV")
    parser.add_argument("--max-rss-mb", type=float, default=1024, help="asserted peak RSS bound")
    parser.add_argument("--skip", default="", help="comma-separated parts to skip: leaks,overhead,files")
    args = parser.parse_args()
    skip = set(args.skip.split(","))
    if "leaks" not in skip:
        leaks()
    if "overhead" not in skip:
        overhead(args.docs, args.seed)
    if "files" not in skip:
        with tempfile.TemporaryDirectory(prefix="afscherm-bench-") as tmp:
            structured(args.csv_mb, args.max_rss_mb, args.seed, Path(tmp))


if __name__ == "__main__":
    main()
