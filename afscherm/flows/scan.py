"""``scan``: every new or changed object of a store → findings in the index, safe copy in the clean store.

Plain functions; ``flows/scan_store.py`` wraps them in a Prefect flow. The order of steps is what makes
a scan safe to kill at any moment and run again:

1. the store is listed (streamed); an object whose uri, size and modified time, or else whose content
   hash, is already in the index is skipped;
2. objects are read in batches and processed (``flows.objects.process_object``) by a ``Mapper`` —
   serially, or by a task runner's workers;
3. each safe copy is written to the clean store (atomically: a partial object is never visible), and
   each object that failed is written to quarantine with a reason file; the copies are durable (file and
   folder synced) before step 4;
4. only then the batch's findings and objects go into the index, as one atomic append.

Batches are pipelined: while the flow's process writes and commits batch *n*, the workers already
process the next ``pipeline_depth`` batches (nothing of theirs is written until their own turn, in
order). A run killed anywhere re-does at most the batches not yet committed — the one being written
and those in flight: their clean copies are written again (the same bytes), and their findings were not
yet committed, so none is counted twice and no object is skipped. No unredacted byte is ever written to
the clean store: only ``Processed.safe`` is.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import json
import time
import uuid
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from afscherm.flows.objects import Processed, sha256
from afscherm.flows.runners import DEFAULT_BATCH_OBJECTS
from afscherm.flows.stores.base import (
    REASON_SUFFIX,
    ObjectInfo,
    ObjectTooLargeError,
    Store,
    StoreError,
    TransientStoreError,
    quarantine_key,
)

# An object travels to a worker as (name, data, kind); kind None means "by name".
Job = tuple[str, bytes, str | None]
# A Mapper processes a batch of jobs, results in input order. One that also has ``submit(jobs) -> Pending``
# starts the work and returns at once (a task runner's workers), so the scan can run batches ahead.
Mapper = Callable[[Sequence[Job]], Sequence[Processed]]
Pending = Callable[[], Sequence[Processed]]

# Objects per index commit: ``flows.runners.DEFAULT_BATCH_OBJECTS`` (beside the task size it is measured with).
DEFAULT_BATCH_BYTES = 64 << 20
DEFAULT_MAX_OBJECT_BYTES = 256 << 20
# Batches handed to the workers ahead of the one being written and committed: one keeps them busy while
# the flow's process writes; two also covers a batch whose objects happen to be quick.
DEFAULT_PIPELINE_DEPTH = 2
# Safe copies written at once into a store that takes concurrent writes, unless its batched writer says how
# many (``concurrent_writes``): their file syncs or round trips overlap (on ext4 about 3× fewer milliseconds per
# copy than one after another when each copy was synced by itself).
WRITE_THREADS = 4
# Listed objects looked up in the index at once, to skip the unchanged ones. One query per chunk instead of a
# dict of every indexed object (≈ 1 KB of Python objects per object, 100 MB per 100,000 objects, plus the query
# that built it): a listing comes in key order, so a chunk's uris span a narrow range and the query reads a few
# row groups (measured on 100,000 indexed objects: 0.55 CPU-s in chunks of 8,192, 1.0 CPU-s for the dict).
SKIP_LOOKUP_OBJECTS = 8192
# Index rows (objects and findings) committed by a scan between two incremental compactions of its store. The
# sort of a compaction holds ≈ 0.7 KB per row (DuckDB): measured 100,000 objects with one finding each, compacted
# once at the end of the run, +130 MB over the scan's flat 367 MB. In pieces of this many rows the peak stays put,
# and a run leaves a few sorted files instead of one (look-ups prune each by its statistics).
COMPACT_EVERY_ROWS = 32_768
# Quarantine reasons a summary names (the CLI prints 50); the rest are counted and have their reason files.
QUARANTINE_REASONS_KEPT = 100


@dataclass
class ScanSummary:
    """Counts of one scan of one store; ``add`` merges summaries of several stores."""

    scan_id: str
    stores: list[str] = field(default_factory=list)
    listed: int = 0
    skipped: int = 0  # unchanged since an earlier scan
    scanned: int = 0
    clean: int = 0
    redacted: int = 0
    quarantined: int = 0
    bytes_read: int = 0
    seconds: float = 0.0
    detect_seconds: float = 0.0  # summed over workers
    task_seconds: float = 0.0  # wall time of the per-object work, summed over workers
    task_cpu_seconds: float = 0.0  # CPU time of the per-object work, summed over workers
    # CPU time of the flow's own thread: outside the mapper (listing, reading, writing copies, index commits)
    # and inside it (serially: the per-object work itself; task runners: handing out work, taking results)
    flow_cpu_seconds: float = 0.0
    mapper_cpu_seconds: float = 0.0
    findings: Counter[tuple[str, str]] = field(default_factory=Counter)  # (store, entity type) -> count
    # (uri, reason) of the first QUARANTINE_REASONS_KEPT quarantined objects (``quarantined`` counts them all; each
    # has its reason file in quarantine): a summary does not grow with the store
    quarantine_reasons: list[tuple[str, str]] = field(default_factory=list)

    def add(self, other: ScanSummary) -> None:
        self.stores += other.stores
        for name in ("listed", "skipped", "scanned", "clean", "redacted", "quarantined", "bytes_read"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in (
            "seconds",
            "detect_seconds",
            "task_seconds",
            "task_cpu_seconds",
            "flow_cpu_seconds",
            "mapper_cpu_seconds",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.findings.update(other.findings)
        self.quarantine_reasons += other.quarantine_reasons[: QUARANTINE_REASONS_KEPT - len(self.quarantine_reasons)]

    def to_dict(self) -> dict[str, Any]:
        return {
            "scan_id": self.scan_id,
            "stores": self.stores,
            "listed": self.listed,
            "skipped": self.skipped,
            "scanned": self.scanned,
            "clean": self.clean,
            "redacted": self.redacted,
            "quarantined": self.quarantined,
            "bytes_read": self.bytes_read,
            "seconds": round(self.seconds, 3),
            "detect_seconds": round(self.detect_seconds, 3),
            "task_seconds": round(self.task_seconds, 3),
            "task_cpu_seconds": round(self.task_cpu_seconds, 3),
            "flow_cpu_seconds": round(self.flow_cpu_seconds, 3),
            "mapper_cpu_seconds": round(self.mapper_cpu_seconds, 3),
            "findings": [{"store": s, "entity_type": t, "count": n} for (s, t), n in sorted(self.findings.items())],
        }


def new_scan_id() -> str:
    """Sortable by time, unique across processes: ``20261130T041502Z-1a2b3c4d``."""
    return f"{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:8]}"


_heap_settled = False


def settle_heap_once() -> None:
    """Once per process, after its first object: what is loaded by then (model, name lists, gazetteer) stays for the
    process's life, so it leaves the garbage collector's generations (``gc.freeze``). The collector otherwise kept
    walking it: 1.7 % of the detection CPU on 600 generated documents (0.139 of 7.99 CPU-s; frozen: 0.010)."""
    global _heap_settled
    if not _heap_settled:
        _heap_settled = True
        gc.collect()  # garbage of the loading goes first: what is frozen is never collected
        gc.freeze()


def serial_mapper(config: str | None) -> Mapper:
    """Process jobs one after another in this process (the engine is loaded on first use)."""
    from afscherm.flows.objects import engine_for, process_object

    def run(jobs: Sequence[Job]) -> list[Processed]:
        engine = engine_for(config)
        results = []
        for name, data, kind in jobs:
            cpu = time.thread_time()
            result = process_object(name, data, engine, kind)
            result.cpu_seconds = time.thread_time() - cpu
            results.append(result)
            settle_heap_once()
        return results

    return run


def _submit(mapper: Mapper, jobs: Sequence[Job]) -> Pending:
    submit = getattr(mapper, "submit", None)
    if submit is not None:
        return submit(jobs)
    # A mapper that works in this thread gains nothing from running ahead: it runs when its results are due.
    return lambda: mapper(jobs)


def _known(index: Any, store: str, uris: Sequence[str]) -> dict[str, tuple[str, int, dt.datetime | None]]:  # noqa: ANN401
    """uri -> (sha256, size, modified) of the latest committed row of each live object of ``store`` among ``uris``.

    Objects whose latest row is deleted, or that could not be read (no content hash), are scanned again.
    """
    table = index.objects(
        stores=[store],
        object_uris=uris,
        columns=["object_uri", "object_sha256", "size", "modified", "status"],
        latest=True,
    )
    return {
        row["object_uri"]: (row["object_sha256"], row["size"], row["modified"])
        for row in table.to_pylist()
        if row["object_sha256"] and row["status"] != "deleted"
    }


def _same_listing(info: ObjectInfo, known: tuple[str, int, dt.datetime | None]) -> bool:
    """Unchanged without reading: the listing's own hash matches, or size and modified time both do."""
    sha, size, modified = known
    if info.sha256 is not None:
        return info.sha256 == sha
    return info.modified is not None and modified is not None and size == info.size and modified == info.modified


def _chunks(infos: Iterable[ObjectInfo], size: int) -> Iterator[list[ObjectInfo]]:
    """``infos`` in lists of ``size``. When the listing fails, what it listed before is still yielded (and
    scanned, as without chunks), then the error is raised."""
    chunk: list[ObjectInfo] = []
    try:
        for info in infos:
            chunk.append(info)
            if len(chunk) >= size:
                yield chunk
                chunk = []
    except Exception:
        if chunk:
            yield chunk
        raise
    if chunk:
        yield chunk


def _batches(
    source: Store, infos: Iterable[tuple[ObjectInfo, str | None]], batch_objects: int, batch_bytes: int
) -> Iterator[list[tuple[ObjectInfo, str | None]]]:
    batch: list[tuple[ObjectInfo, str | None]] = []
    size = 0
    for info, known_sha256 in infos:
        batch.append((info, known_sha256))
        size += info.size
        if len(batch) >= batch_objects or size >= batch_bytes:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


@dataclass
class _Item:
    info: ObjectInfo
    sha256: str = ""
    known_sha256: str | None = None  # of the index's latest row of this uri: same content → skipped
    data: bytes | None = None
    result: Processed | None = None
    clean_uri: str | None = None


@dataclass
class _Batch:
    items: list[_Item]
    todo: list[_Item]
    pending: Pending | None


def scan_store(
    source: Store,
    *,
    index: Any,  # noqa: ANN401 - discovery.index.FindingsIndex
    clean: Store | None,
    quarantine: Store,
    mapper: Mapper,
    scan_id: str | None = None,
    prefix: str = "",
    batch_objects: int = DEFAULT_BATCH_OBJECTS,
    batch_bytes: int = DEFAULT_BATCH_BYTES,
    max_object_bytes: int = DEFAULT_MAX_OBJECT_BYTES,
    pipeline_depth: int = DEFAULT_PIPELINE_DEPTH,
    progress: Callable[[ScanSummary], None] | None = None,
    kind: str | None = None,
    compact_every_rows: int = COMPACT_EVERY_ROWS,
    rescan: bool = False,
) -> ScanSummary:
    """Scan ``source`` once; see the module docstring for the order of steps and why.

    ``rescan`` scans unchanged objects too: after an upgrade of the detection or normalisation rules, so that their
    findings and fingerprints follow the new rules (an access request for a value would otherwise miss objects whose
    writing only the new rules read). Their earlier findings are superseded, not duplicated: the index returns each
    object's latest scan.

    ``clean`` None writes no safe copies (discovery only). ``kind`` forces the object kind (SQL rows are
    JSON documents whatever their key). ``pipeline_depth`` batches are processed ahead of the one being
    written (memory: up to ``pipeline_depth + 1`` batches of ``batch_bytes``). Every ``compact_every_rows`` index
    rows committed, the store's new batches are compacted (incrementally), so no compaction sorts the whole run.
    """
    started = time.perf_counter()
    cpu_started = time.thread_time()
    summary = ScanSummary(scan_id or new_scan_id(), [source.name])
    uncompacted = 0  # index rows (objects and findings) committed since the last compaction

    def fresh() -> Iterator[tuple[ObjectInfo, str | None]]:
        """Listed objects not unchanged by their listing, each with the content hash the index has for it."""
        # Each store retries its own listing pages. The index is asked about a chunk of the listing at a time,
        # never loaded whole: memory stays flat however many objects the store holds (issue 9).
        for chunk in _chunks(source.list(prefix), SKIP_LOOKUP_OBJECTS):
            known = _known(index, source.name, [info.uri for info in chunk])
            for info in chunk:
                summary.listed += 1
                prior = known.get(info.uri)
                if prior is not None and not rescan and _same_listing(info, prior):
                    summary.skipped += 1
                    continue
                yield info, None if prior is None or rescan else prior[0]

    def submit(batch: list[tuple[ObjectInfo, str | None]]) -> _Batch:
        items = []
        for info, known_sha256 in batch:
            item = _read(source, info, max_object_bytes)
            item.known_sha256 = known_sha256
            items.append(item)
        todo = []
        for item in items:
            if item.result is None and item.data is not None:
                if item.known_sha256 == item.sha256:  # touched, same content
                    summary.skipped += 1
                    item.result = Processed("unchanged")
                else:
                    todo.append(item)
        pending = None
        if todo:  # a batch of touched-but-unchanged objects never loads the model
            cpu = time.thread_time()
            pending = _submit(mapper, [(i.info.key, i.data, kind) for i in todo])
            summary.mapper_cpu_seconds += time.thread_time() - cpu
        return _Batch(items, todo, pending)

    def finish(batch: _Batch) -> None:
        if batch.pending is not None:
            cpu = time.thread_time()
            results = batch.pending()
            summary.mapper_cpu_seconds += time.thread_time() - cpu
            for item, result in zip(batch.todo, results, strict=True):
                item.result = result
        _store_results(source, batch.items, clean, quarantine)
        nonlocal uncompacted
        uncompacted += _commit(index, summary, batch.items)  # in order, each batch only after its copies are durable
        if uncompacted >= compact_every_rows:
            # The batches committed so far merged into one sorted file now, not all of the run's at its end: a
            # compaction's sort takes memory by the rows it sorts (≈ 0.7 KB each), so the flow's peak does not
            # grow with the number of objects scanned (issue 9). What remains is merged after the store (run_scan).
            index.compact(source.name, incremental=True)
            uncompacted = 0
        if progress:
            progress(summary)

    # A mapper that works in this thread gains nothing from batches read ahead: they would only take memory.
    depth = pipeline_depth if hasattr(mapper, "submit") else 0
    in_flight: deque[_Batch] = deque()
    batches = _batches(source, fresh(), batch_objects, batch_bytes)
    while True:
        try:
            batch = next(batches)
        except StopIteration:
            break
        except Exception:
            # The listing failed (after the store's retries): what the workers already have is still written and
            # committed, as it was before batches ran ahead; the error then ends the scan.
            while in_flight:
                finish(in_flight.popleft())
            raise
        in_flight.append(submit(batch))
        while len(in_flight) > depth:
            finish(in_flight.popleft())
    while in_flight:
        finish(in_flight.popleft())
    summary.seconds = time.perf_counter() - started
    summary.flow_cpu_seconds = time.thread_time() - cpu_started - summary.mapper_cpu_seconds
    return summary


def _read(source: Store, info: ObjectInfo, max_bytes: int) -> _Item:
    item = _Item(info)
    if info.size > max_bytes:
        item.result = Processed(
            "quarantined",
            reason=f"object of {info.size:,} bytes exceeds the limit of {max_bytes:,} (scan.max_object_bytes)",
        )
        return item
    try:
        item.data = source.read(info.key, max_bytes=max_bytes)  # never more than the limit, even if it grew
    except ObjectTooLargeError:
        item.result = Processed(
            "quarantined", reason=f"object exceeds the limit of {max_bytes:,} bytes (scan.max_object_bytes)"
        )
        return item
    except TransientStoreError as exc:  # still failing after the store's retries: reported, retried next scan
        item.result = Processed("quarantined", reason=f"cannot be read (transient, retried): {exc.reason}")
        return item
    except StoreError as exc:
        item.result = Processed("quarantined", reason=f"cannot be read: {exc.reason}")
        return item
    item.sha256 = sha256(item.data)
    return item


@contextlib.contextmanager
def _batched_writes(store: Store | None) -> Iterator[tuple[Any, int]]:
    """(writer, concurrent writes it takes): the store's batched writes (each file synced, each touched folder
    once when the block ends; thread-safe, so the file syncs overlap) if it has them, else the store itself."""
    batched = getattr(store, "batched_writes", None)
    if batched is None:
        yield store, 1
        return
    with batched() as writer:
        yield writer, getattr(writer, "concurrent_writes", None) or WRITE_THREADS


def _store_results(source: Store, items: list[_Item], clean: Store | None, quarantine: Store) -> None:
    done = [item for item in items if item.result is not None and item.result.status != "unchanged"]
    to_write = [] if clean is None else [i for i in done if i.result.status != "quarantined"]  # type: ignore[union-attr]
    # Leaving the block syncs the folders of the batch's copies; an error there propagates before the commit.
    with _batched_writes(clean) as (writer, threads):
        if to_write:
            with contextlib.ExitStack() as stack:
                if threads > 1:
                    pool = stack.enter_context(ThreadPoolExecutor(max_workers=min(threads, len(to_write))))
                    writes = [pool.submit(writer.write, item.info.key, item.result.safe) for item in to_write]
                    outcomes: Iterable[Callable[[], str]] = (write.result for write in writes)
                else:
                    outcomes = (functools.partial(writer.write, item.info.key, item.result.safe) for item in to_write)
                for item, outcome in zip(to_write, outcomes, strict=True):
                    result = item.result
                    assert result is not None and result.safe is not None  # not quarantined: has its safe copy
                    try:
                        item.clean_uri = outcome()
                    except TransientStoreError:
                        raise  # the clean store is down: stop here, uncommitted; the next run resumes at this batch
                    except StoreError as exc:
                        result.status = "quarantined"
                        result.reason = f"clean copy could not be written: {exc.reason}"
        for item in done:
            assert item.result is not None
            item.result.safe = None  # written: the flow's process keeps no copy of the batch's bytes
            if item.result.status == "quarantined":
                _quarantine(source, item, quarantine)
            item.data = None  # the batch's bytes are not needed any more


def _quarantine(source: Store, item: _Item, quarantine: Store) -> None:
    """The original (when it could be read) and a reason file go to quarantine."""
    key = quarantine_key(item.info.key)
    record = {
        "store": source.name,
        "key": item.info.key,
        "uri": item.info.uri,
        "reason": item.result.reason,
        "sha256": item.sha256 or None,
        "at": dt.datetime.now(dt.UTC).isoformat(),
    }
    if item.data is not None:
        quarantine.write(key, item.data)
    payload = json.dumps(record, sort_keys=True, ensure_ascii=False).encode("utf-8")
    quarantine.write(key + REASON_SUFFIX, payload)


def _commit(index: Any, summary: ScanSummary, items: list[_Item]) -> int:  # noqa: ANN401
    """Appends the batch's objects and findings to the index; returns how many rows that was."""
    now = dt.datetime.now(dt.UTC)
    objects: list[dict[str, Any]] = []
    findings: list[dict[str, Any]] = []
    for item in items:
        result = item.result
        assert result is not None
        if result.status == "unchanged":
            continue
        summary.scanned += 1
        summary.bytes_read += item.info.size
        summary.detect_seconds += result.detect_seconds
        summary.task_seconds += result.seconds
        summary.task_cpu_seconds += result.cpu_seconds
        setattr(summary, result.status, getattr(summary, result.status) + 1)
        if result.status == "quarantined" and len(summary.quarantine_reasons) < QUARANTINE_REASONS_KEPT:
            summary.quarantine_reasons.append((item.info.uri, result.reason or ""))
        objects.append(
            {
                "scan_id": summary.scan_id,
                "store": item.info.store,
                "object_uri": item.info.uri,
                "object_sha256": item.sha256 or "",
                "size": item.info.size,
                "modified": item.info.modified,
                "scanned_at": now,
                "status": result.status,
                "reason": result.reason,
                "clean_uri": item.clean_uri,
                "n_findings": len(result.findings),
            }
        )
        for f in result.findings:
            summary.findings[(item.info.store, f.entity_type)] += 1
            findings.append(
                {
                    "scan_id": summary.scan_id,
                    "store": item.info.store,
                    "object_uri": item.info.uri,
                    "object_sha256": item.sha256,
                    "unit": f.unit,
                    "entity_type": f.entity_type,
                    "start": f.start,
                    "end": f.end,
                    "page": f.page,
                    "box": list(f.box) if f.box else None,
                    "fingerprint": f.fingerprint,
                    "score": f.score,
                    "recognizer": f.recognizer,
                    "found_at": now,
                    "action": "quarantined" if result.status == "quarantined" else f.action,
                }
            )
    if objects:
        index.append(objects, findings)
    return len(objects) + len(findings)
