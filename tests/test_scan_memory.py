"""What the scan's flow process holds does not grow with the store (issue 9): the skip look-up asks the index about
one chunk of the listing at a time, the summary names a bounded number of quarantined objects, and the run's
batches are compacted in pieces — with the same skips and the same index rows as before.

The memory itself is measured by ``bench/bench_scan_memory.py``; these tests pin the mechanisms."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

import afscherm.flows.scan as scan_module
from afscherm.discovery.index import FindingsIndex, is_rewrite
from afscherm.flows.cli_scan import format_scan_summary
from afscherm.flows.objects import IndexedFinding, Processed
from afscherm.flows.scan import QUARANTINE_REASONS_KEPT, Job, ScanSummary, scan_store
from afscherm.flows.stores.local import LocalStore
from tests.scan_helpers import TEST_INDEX_KEY


@pytest.fixture(autouse=True)
def index_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AFSCHERM_INDEX_KEY", TEST_INDEX_KEY)


def write_store(root: Path, n: int) -> list[str]:
    keys = []
    for i in range(n):
        key = f"map{i % 3}/t{i:04d}.txt"
        (root / key).parent.mkdir(parents=True, exist_ok=True)
        (root / key).write_text(f"Ticket {i}\n", encoding="utf-8")
        keys.append(key)
    return sorted(keys)


def fake_mapper(jobs: Sequence[Job]) -> list[Processed]:
    """One finding per object (fingerprinted from its bytes), quarantine for names starting with ``bad``: the
    scan's bookkeeping is under test here, not detection, so no model is loaded."""
    results = []
    for name, data, _ in jobs:
        if name.rsplit("/", 1)[-1].startswith("bad"):
            results.append(Processed("quarantined", reason="unknown binary content"))
            continue
        fingerprint = hashlib.sha256(data).hexdigest()
        finding = IndexedFinding("text", "EMAIL_ADDRESS", 0, 4, fingerprint, 1.0, "EmailRecognizer", "replace")
        results.append(Processed("redacted", findings=[finding], safe=b"<EMAIL>\n"))
    return results


class AskingIndex:
    """The real index; records the uris of every ``objects`` look-up (None: the whole store)."""

    def __init__(self, path: Path) -> None:
        self.index = FindingsIndex(path)
        self.asked: list[list[str] | None] = []
        self.compactions: list[int] = []  # appended batches (objects files) waiting at each compaction

    def objects(self, *args: Any, object_uris: Any = None, **kw: Any) -> Any:  # noqa: ANN401
        self.asked.append(None if object_uris is None else list(object_uris))
        return self.index.objects(*args, object_uris=object_uris, **kw)

    def compact(self, store: str | None = None, *, incremental: bool = False) -> None:
        parts = self.index.snapshot([store] if store else None).parts
        self.compactions.append(sum(1 for p in parts if not is_rewrite(p.batch_id)))
        self.index.compact(store, incremental=incremental)

    def __getattr__(self, name: str) -> Any:  # noqa: ANN401
        return getattr(self.index, name)


def scan(root: Path, tmp_path: Path, index: Any, **kw: Any) -> ScanSummary:  # noqa: ANN401
    return scan_store(
        LocalStore("support", root),
        index=index,
        clean=LocalStore("clean", tmp_path / "clean"),
        quarantine=LocalStore("q", tmp_path / "q"),
        mapper=fake_mapper,
        **kw,
    )


def test_the_skip_lookup_asks_about_one_chunk_of_the_listing_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "src"
    keys = write_store(root, 23)
    index = AskingIndex(tmp_path / "index")
    monkeypatch.setattr(scan_module, "SKIP_LOOKUP_OBJECTS", 5, raising=False)
    first = scan(root, tmp_path, index, batch_objects=4)
    assert (first.scanned, first.skipped) == (23, 0)

    # touched, same bytes: unchanged by content hash; rewritten: scanned again
    touched, changed = root / keys[7], root / keys[18]
    os.utime(touched, (1_000_000_000, 1_000_000_000))
    changed.write_text("Ticket 18, now with more text\n", encoding="utf-8")
    index.asked.clear()
    again = scan(root, tmp_path, index, batch_objects=4)

    assert (again.listed, again.skipped, again.scanned) == (23, 22, 1)
    assert None not in index.asked, "the index is never read whole"
    assert [len(uris or []) for uris in index.asked] == [5, 5, 5, 5, 3]
    listed = [uri for uris in index.asked for uri in uris or []]
    assert [uri.rsplit("/src/", 1)[1] for uri in listed] == keys, "each listed object asked about once, in order"
    latest = index.objects(stores=["support"], latest=True).to_pylist()
    by_key = {row["object_uri"].rsplit("/src/", 1)[1]: row for row in latest}
    assert by_key[keys[18]]["object_sha256"] == hashlib.sha256(changed.read_bytes()).hexdigest()


def test_a_lookup_of_some_uris_returns_exactly_their_latest_rows(tmp_path: Path) -> None:
    """The look-up's range pre-filter (for row-group pruning) must not lose uris at either end of the range."""
    root = tmp_path / "src"
    keys = write_store(root, 12)
    index = FindingsIndex(tmp_path / "index")
    scan(root, tmp_path, index, batch_objects=5)
    (root / keys[0]).write_text("changed\n", encoding="utf-8")
    (root / keys[-1]).write_text("changed too\n", encoding="utf-8")
    scan(root, tmp_path, index, batch_objects=5)
    uris = sorted(row["object_uri"] for row in index.objects(stores=["support"], latest=True).to_pylist())
    first, last = uris[0], uris[-1]
    wanted = [first, uris[5], last, first.replace("t0000", "t0000x")]  # the last one is not in the index
    rows = index.objects(stores=["support"], object_uris=wanted, latest=True).to_pylist()
    assert sorted(r["object_uri"] for r in rows) == sorted([first, uris[5], last])
    changed = hashlib.sha256(b"changed\n").hexdigest()
    assert {r["object_uri"]: r["object_sha256"] for r in rows}[first] == changed, "the latest row, not the first"


def test_the_summary_names_a_bounded_number_of_quarantined_objects(tmp_path: Path) -> None:
    root = tmp_path / "src"
    root.mkdir()
    for i in range(QUARANTINE_REASONS_KEPT + 7):
        (root / f"bad{i:04d}.bin").write_bytes(b"\x00\x01")
    summary = scan(root, tmp_path, FindingsIndex(tmp_path / "index"), batch_objects=64)
    assert summary.quarantined == QUARANTINE_REASONS_KEPT + 7
    assert len(summary.quarantine_reasons) == QUARANTINE_REASONS_KEPT
    assert summary.quarantine_reasons[0] == ((root / "bad0000.bin").resolve().as_uri(), "unknown binary content")

    total = ScanSummary("s")
    total.add(summary)
    total.add(summary)
    assert (total.quarantined, len(total.quarantine_reasons)) == (2 * summary.quarantined, QUARANTINE_REASONS_KEPT)
    text = format_scan_summary(total, [])
    assert f"… and {2 * summary.quarantined - 50} more (see the quarantine folder)" in text


def index_rows(index: FindingsIndex) -> list[tuple[Any, ...]]:
    names = ["object_uri", "object_sha256", "unit", "entity_type", "start", "end", "fingerprint", "action"]
    table = index.findings(columns=names)
    return sorted(zip(*(table[n].to_pylist() for n in names), strict=True))


def test_a_long_scan_is_compacted_in_pieces_with_the_same_rows(tmp_path: Path) -> None:
    root = tmp_path / "src"
    write_store(root, 30)
    whole = FindingsIndex(tmp_path / "whole")
    scan(root, tmp_path / "a", whole, batch_objects=4, compact_every_rows=10**9)
    whole.compact("support", incremental=True)  # as run_scan does after the store

    pieces = AskingIndex(tmp_path / "pieces")
    summary = scan(root, tmp_path / "b", pieces, batch_objects=4, compact_every_rows=20)
    pieces.compact("support", incremental=True)

    assert summary.scanned == 30
    # a batch of 4 objects is 8 rows: compacted after every third batch (24 rows), then the remainder at the end
    assert pieces.compactions == [3, 3, 2]
    assert index_rows(pieces.index) == index_rows(whole) and len(index_rows(whole)) == 30
    assert pieces.index.objects(latest=True).num_rows == 30
    rewrites = [p for p in pieces.index.snapshot().parts if is_rewrite(p.batch_id)]
    assert len(rewrites) == 3 and len(pieces.index.snapshot().parts) == 3, "three sorted files, no batch left over"
