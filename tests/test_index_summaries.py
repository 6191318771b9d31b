"""The index's public snapshot API and its per-file count summaries: they always agree with the rows they count —
after appends, rescans, compaction, erasure and killed writes — and readers count rows where a summary is missing.

Fingerprints are random hex; no values exist anywhere in these tests.
"""

from __future__ import annotations

import logging
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

import afscherm.discovery.index as index_module
from afscherm.discovery import analysis
from afscherm.discovery.index import FindingsIndex, IndexBusyError, IndexSnapshot
from tests.test_index import T0, batch, hexfp, parts, random_batch

ROOT = Path(__file__).resolve().parent.parent
KEYS = ["store", "scan_id", "batch_id", "object_uri", "entity_type"]


def summarised(idx: FindingsIndex) -> Counter:
    """(store, scan, batch, uri, type) → count, read from the summaries of the live parts (which all have one)."""
    snap = idx.snapshot()
    assert snap.unsummarised_findings_files() == []
    out: Counter = Counter()
    for path in snap.summary_files():
        for row in pq.read_table(path).to_pylist():
            per_type = {k[2:]: v for k, v in row.items() if k.startswith("n:") and v}
            assert row["findings"] == sum(per_type.values())
            for entity_type, n in per_type.items():
                out[(row["store"], row["scan_id"], row["batch_id"], row["object_uri"], entity_type)] += n
    return out


def counted(idx: FindingsIndex) -> Counter:
    """The same, counted from every committed finding row by the index's own reader."""
    table = idx.findings(history=True, columns=KEYS)
    return Counter(tuple(r[k] for k in KEYS) for r in table.to_pylist())


def fill(idx: FindingsIndex, seed: int = 3) -> None:
    """Three scans of two stores; each later scan rescans some objects of the one before."""
    rng = random.Random(seed)
    pool = [hexfp(i) for i in range(300)]
    previous: dict[str, list[str]] = {}
    for scan in range(3):
        for store in ("mail", "chat"):
            objects, findings = random_batch(rng, store, 25, pool, scan_id=f"scan-{scan}",
                                             scanned_at=T0 + timedelta(days=scan))  # fmt: skip
            again = previous.get(store, [])[:5]  # rescans: the same uris, new findings
            for row, uri in zip(objects, again, strict=False):
                for finding in findings:
                    if finding["object_uri"] == row["object_uri"]:
                        finding["object_uri"] = uri
                row["object_uri"] = uri
            idx.append(objects, findings)
            previous[store] = [o["object_uri"] for o in objects if o["n_findings"]]


def report_numbers(idx: FindingsIndex) -> tuple[Any, ...]:
    """The report's numbers from the index's versions (summaries, or rows where there are none)."""

    def work(view: analysis.IndexView) -> tuple[Any, ...]:
        versions = analysis._versions(view, None)
        current = versions.current()
        return (analysis.type_store_counts(current), analysis.top_objects(current, 50).to_dict("records"),
                analysis._trend(view, versions).to_dict("records"), versions.live_objects())  # fmt: skip

    return analysis.read_view(idx, work)


def test_summaries_agree_with_the_rows_after_appends_compaction_and_erasure(tmp_path: Path) -> None:
    idx = FindingsIndex(tmp_path / "index", row_group_rows=16)
    fill(idx)
    assert len(summarised(idx)) > 50 and summarised(idx) == counted(idx)
    # Each findings file has exactly one summary, under its batch id.
    assert parts(idx.path, "summaries", "mail") == parts(idx.path, "findings", "mail")

    idx.compact("mail", incremental=True)
    assert summarised(idx) == counted(idx)
    assert parts(idx.path, "summaries", "mail") == parts(idx.path, "findings", "mail")  # the replaced ones went

    # Erasure: an object's findings removed physically, and some fingerprints of another object.
    table = idx.findings(stores=["chat"], columns=["object_uri", "fingerprint"]).to_pylist()
    erased, partly = table[0]["object_uri"], next(r for r in table if r["object_uri"] != table[0]["object_uri"])
    idx.mark_deleted("chat", erased, "request AVG-2026-0001")
    assert idx.drop_findings("chat", erased) > 0
    assert idx.drop_findings("chat", partly["object_uri"], [partly["fingerprint"]]) >= 1
    after = summarised(idx)
    assert after == counted(idx)
    assert not any(key[3] == erased for key in after)

    idx.compact()  # everything into one file per store
    assert summarised(idx) == counted(idx) == after
    assert len(parts(idx.path, "summaries", "chat")) == len(parts(idx.path, "findings", "chat")) == 1


def test_readers_count_rows_where_summaries_are_missing(tmp_path: Path) -> None:
    idx = FindingsIndex(tmp_path / "index")
    fill(idx, seed=5)
    idx.mark_deleted("mail", idx.objects(stores=["mail"], columns=["object_uri"])["object_uri"][0].as_py(),
                     "retention rule mail-1y")  # fmt: skip
    with_summaries = report_numbers(idx)
    summaries = sorted((idx.path / "summaries").rglob("part-*.parquet"))
    for path in summaries[::2]:  # half of them gone: parts of both kinds in one read
        path.unlink()
    assert idx.snapshot().unsummarised_findings_files()
    assert report_numbers(idx) == with_summaries
    for path in summaries[1::2]:
        path.unlink()
    assert idx.snapshot().summary_files() == []
    assert report_numbers(idx) == with_summaries
    # The numbers are those of the rows themselves.
    rows = analysis.load_findings(idx)
    assert with_summaries[0] == analysis.type_store_counts(rows)
    assert idx.summarise_missing() == len(summaries)
    assert summarised(idx) == counted(idx)
    assert report_numbers(idx) == with_summaries


KILLED = """
import os, signal, sys
from datetime import datetime, UTC
sys.path.insert(0, {root!r})
import afscherm.discovery.index as ix
real = ix._atomic_write_parquet
def killed(target, *a, **k):
    if target.parent.parent.name == {kind!r}:
        os.kill(os.getpid(), signal.SIGKILL)
    return real(target, *a, **k)
ix._atomic_write_parquet = killed
now = datetime.now(UTC)
ix.FindingsIndex({path!r}).append(
    [{{"scan_id": "s2", "store": "mail", "object_uri": "file:///m/killed", "object_sha256": "", "size": 1,
       "scanned_at": now, "status": "redacted", "n_findings": 2}}],
    [{{"object_uri": "file:///m/killed", "unit": "line 1", "entity_type": "NL_BSN", "start": 0, "end": 9,
       "fingerprint": {fp!r}, "score": 1.0, "recognizer": "R", "found_at": now, "action": "replace"}},
     {{"object_uri": "file:///m/killed", "unit": "line 2", "entity_type": "PERSON", "start": 0, "end": 9,
       "fingerprint": {fp!r}, "score": 1.0, "recognizer": "R", "found_at": now, "action": "replace"}}],
)
"""


@pytest.mark.parametrize("kind", ["objects", "summaries"])
def test_a_killed_append_leaves_summaries_that_agree_with_the_rows(tmp_path: Path, kind: str) -> None:
    """Killed before the commit (at the objects file): no batch, no summary. Killed after it (at the summary):
    the batch counts, from its rows, until a writer summarises it."""
    path = tmp_path / "index"
    idx = FindingsIndex(path)
    idx.append(*batch("mail", ["file:///m/0"], [[("NL_BSN", hexfp(0))]]))
    idx.close()
    code = KILLED.format(root=str(ROOT), path=str(path), fp=hexfp(9), kind=kind)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    reader = FindingsIndex(path, readonly=True)
    committed = kind == "summaries"
    assert len(reader.snapshot().unsummarised_findings_files()) == (1 if committed else 0)
    expected = {"NL_BSN": 2, "PERSON": 1} if committed else {"NL_BSN": 1}
    numbers = report_numbers(reader)
    assert {r["entity_type"]: r["findings"] for r in numbers[0]} == expected
    writer = FindingsIndex(path)  # its clean-up removes what the killed append left
    assert not list((path / "summaries").rglob(".tmp-*"))
    assert writer.summarise_missing() == (1 if committed else 0)
    assert summarised(writer) == counted(writer)
    assert parts(path, "summaries", "mail") == parts(path, "findings", "mail")
    assert report_numbers(writer) == numbers


def test_a_failed_summary_write_keeps_the_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    idx = FindingsIndex(tmp_path / "index")
    real = index_module._atomic_write_parquet

    def failing(target: Path, *args: Any, **kwargs: Any) -> int:
        if target.parent.parent.name == "summaries":
            raise OSError("disk full")
        return real(target, *args, **kwargs)

    monkeypatch.setattr(index_module, "_atomic_write_parquet", failing)
    with caplog.at_level(logging.WARNING, logger="afscherm.discovery.index"):
        batch_id = idx.append(*batch("mail", ["file:///m/0"], [[("NL_BSN", hexfp(0)), ("PERSON", hexfp(1))]]))
    assert f"no count summary for batch {batch_id} (OSError)" in caplog.text
    assert idx.findings()["fingerprint"].to_pylist() == [hexfp(0), hexfp(1)]  # committed all the same
    assert idx.snapshot().unsummarised_findings_files() == [str(idx.path / "findings" / "store=mail" /
                                                                f"part-{batch_id}.parquet")]  # fmt: skip
    counts = report_numbers(idx)[0]
    assert {(r["entity_type"], r["findings"], r["objects"]) for r in counts} == {("NL_BSN", 1, 1), ("PERSON", 1, 1)}


def test_summaries_hold_counts_and_no_fingerprint(tmp_path: Path) -> None:
    idx = FindingsIndex(tmp_path / "index")
    fp = hexfp("secret")
    idx.append(*batch("mail", ["file:///m/0"], [[("NL_BSN", fp), ("NL_BSN", hexfp(2))]]))
    (path,) = idx.snapshot().summary_files()
    table = pq.read_table(path)
    assert table.column_names == ["store", "scan_id", "batch_id", "object_uri", "findings", "n:NL_BSN"]
    assert fp.encode() not in Path(path).read_bytes()


# ---------------------------------------------------------------------------------------------------------
# The public snapshot API


def test_snapshot_lists_the_live_parts_until_a_compaction_replaces_them(tmp_path: Path) -> None:
    idx = FindingsIndex(tmp_path / "index")
    fill(idx)
    snap = idx.snapshot(["mail"])
    assert isinstance(snap, IndexSnapshot) and {p.store for p in snap.parts} == {"mail"}
    assert len(snap.objects_files()) == len(snap.findings_files()) == len(snap.summary_files()) == 3
    assert all(Path(f).exists() for f in snap.findings_files()) and idx.is_current(snap)
    idx.compact("mail")
    assert not idx.is_current(snap)
    assert not any(Path(f).exists() for f in snap.findings_files())
    fresh = idx.snapshot(["mail"])
    assert idx.is_current(fresh) and len(fresh.parts) == 1


def test_read_runs_again_on_a_fresh_snapshot_when_parts_are_removed_mid_read(tmp_path: Path) -> None:
    idx = FindingsIndex(tmp_path / "index")
    fill(idx)
    expected = counted(idx)
    seen: list[int] = []

    def work(snap: IndexSnapshot) -> Counter:
        seen.append(len(snap.parts))
        if len(seen) == 1:
            FindingsIndex(idx.path).compact()  # another writer, between this reader's listing and its reading
        out: Counter = Counter()
        for path in snap.findings_files():
            for r in pq.read_table(path, columns=KEYS).to_pylist():
                out[tuple(r[k] for k in KEYS)] += 1
        return out

    assert idx.read(work) == expected
    assert seen == [6, 2]  # three batches of two stores, then one compacted file per store


def test_report_numbers_stay_put_while_compactions_replace_parts_and_summaries(tmp_path: Path) -> None:
    idx = FindingsIndex(tmp_path / "index", row_group_rows=32)
    fill(idx, seed=7)
    expected = report_numbers(idx)
    stop = threading.Event()
    # The reader gave up (IndexBusyError) and waits for a quiet moment; set again once it has read.
    reader_waits = threading.Event()
    reader_read = threading.Event()
    errors: list[BaseException] = []

    def churn() -> None:  # whole-store rewrites, one after the other: parts and summaries keep being replaced
        try:
            writer = FindingsIndex(idx.path, row_group_rows=32)
            while not stop.is_set():
                for store in ("mail", "chat"):
                    with writer._store_lock(store):
                        writer._rewrite(store, writer._snapshot([store]).parts)
                stop.wait(0.05)
                if reader_waits.is_set():
                    # A reader that gave up may try again (the documented answer): on a machine loaded by parallel
                    # tests every attempt could meet a replacement, so the writer holds still until one read has
                    # gone through (at most 5 s) — a pause in the churn, not a change of what a read may return.
                    reader_read.wait(5)
                    reader_read.clear()
                    reader_waits.clear()
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            errors.append(exc)

    thread = threading.Thread(target=churn)
    thread.start()
    try:
        reader = FindingsIndex(idx.path, readonly=True)
        # Four seconds of reads racing the rewrites, longer (up to a minute) until three have gone through; what must
        # never happen is a wrong number.
        start = time.monotonic()
        reads = 0
        while time.monotonic() < start + 4 or (reads < 3 and time.monotonic() < start + 60):
            try:
                numbers = report_numbers(reader)
            except IndexBusyError:
                reader_waits.set()
                continue
            assert numbers == expected
            reads += 1
            reader_read.set()
    finally:
        stop.set()
        thread.join()
    assert not errors
    assert reads >= 3
    assert summarised(idx) == counted(idx)
