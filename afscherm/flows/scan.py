"""``scan``: every new or changed object of a store → findings in the index, safe copy in the clean store.

Plain functions; ``flows/scan_store.py`` wraps them in a Prefect flow. The order of steps is what makes
a scan safe to kill at any moment and run again:

1. the store is listed (streamed); an object whose uri, size and modified time, or else whose content
   hash, is already in the index is skipped;
2. objects are read in batches and processed (``flows.objects.process_object``) by a ``Mapper`` —
   serially, or by a task runner's workers;
3. each safe copy is written to the clean store (atomically: a partial object is never visible), and
   each object that failed is written to quarantine with a reason file;
4. only then the batch's findings and objects go into the index, as one atomic append.

A run killed anywhere re-does at most the batch it was in: the clean copy is written again (the same
bytes), and the findings were not yet committed, so none is counted twice and no object is skipped.
No unredacted byte is ever written to the clean store: only ``Processed.safe`` is.
"""

from __future__ import annotations

import datetime as dt
import json
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from afscherm.flows.objects import Processed, sha256
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
Mapper = Callable[[Sequence[Job]], Sequence[Processed]]

DEFAULT_BATCH_OBJECTS = 32
DEFAULT_BATCH_BYTES = 64 << 20
DEFAULT_MAX_OBJECT_BYTES = 256 << 20


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
    findings: Counter[tuple[str, str]] = field(default_factory=Counter)  # (store, entity type) -> count
    quarantine_reasons: list[tuple[str, str]] = field(default_factory=list)  # (uri, reason)

    def add(self, other: ScanSummary) -> None:
        self.stores += other.stores
        for name in ("listed", "skipped", "scanned", "clean", "redacted", "quarantined", "bytes_read"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.seconds += other.seconds
        self.detect_seconds += other.detect_seconds
        self.findings.update(other.findings)
        self.quarantine_reasons += other.quarantine_reasons

    def to_dict(self) -> dict[str, Any]:
        return {
            "scan_id": self.scan_id, "stores": self.stores, "listed": self.listed, "skipped": self.skipped,
            "scanned": self.scanned, "clean": self.clean, "redacted": self.redacted,
            "quarantined": self.quarantined, "bytes_read": self.bytes_read,
            "seconds": round(self.seconds, 3), "detect_seconds": round(self.detect_seconds, 3),
            "findings": [{"store": s, "entity_type": t, "count": n} for (s, t), n in sorted(self.findings.items())],
        }


def new_scan_id() -> str:
    """Sortable by time, unique across processes: ``20261130T041502Z-1a2b3c4d``."""
    return f"{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:8]}"


def serial_mapper(config: str | None) -> Mapper:
    """Process jobs one after another in this process (the engine is loaded on first use)."""
    from afscherm.flows.objects import engine_for, process_object

    def run(jobs: Sequence[Job]) -> list[Processed]:
        engine = engine_for(config)
        return [process_object(name, data, engine, kind) for name, data, kind in jobs]

    return run


def _known(index: Any, store: str) -> dict[str, tuple[str, int, dt.datetime | None]]:  # noqa: ANN401
    """uri -> (sha256, size, modified) of the latest committed row of each live object of ``store``.

    Objects whose latest row is deleted, or that could not be read (no content hash), are scanned again.
    """
    table = index.objects(stores=[store], columns=["object_uri", "object_sha256", "size", "modified", "status"],
                          latest=True)
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


def _batches(
    source: Store, infos: Iterable[ObjectInfo], batch_objects: int, batch_bytes: int
) -> Iterator[list[ObjectInfo]]:
    batch: list[ObjectInfo] = []
    size = 0
    for info in infos:
        batch.append(info)
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
    data: bytes | None = None
    result: Processed | None = None
    clean_uri: str | None = None


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
    progress: Callable[[ScanSummary], None] | None = None,
    kind: str | None = None,
) -> ScanSummary:
    """Scan ``source`` once; see the module docstring for the order of steps and why.

    ``clean`` None writes no safe copies (discovery only). ``kind`` forces the object kind (SQL rows are
    JSON documents whatever their key).
    """
    started = time.perf_counter()
    summary = ScanSummary(scan_id or new_scan_id(), [source.name])
    known = _known(index, source.name)

    def fresh() -> Iterator[ObjectInfo]:
        for info in source.list(prefix):  # each store retries its own listing pages
            summary.listed += 1
            prior = known.get(info.uri)
            if prior is not None and _same_listing(info, prior):
                summary.skipped += 1
                continue
            yield info

    for batch in _batches(source, fresh(), batch_objects, batch_bytes):
        items = [_read(source, info, max_object_bytes) for info in batch]
        todo = []
        for item in items:
            if item.result is None and item.data is not None:
                prior = known.get(item.info.uri)
                if prior is not None and prior[0] == item.sha256:  # touched, same content
                    summary.skipped += 1
                    item.result = Processed("unchanged")
                else:
                    todo.append(item)
        if todo:  # a batch of touched-but-unchanged objects never loads the model
            for item, result in zip(todo, mapper([(i.info.key, i.data, kind) for i in todo]), strict=True):
                item.result = result
        _store_results(source, items, clean, quarantine)
        _commit(index, summary, items)
        if progress:
            progress(summary)
    summary.seconds = time.perf_counter() - started
    return summary


def _read(source: Store, info: ObjectInfo, max_bytes: int) -> _Item:
    item = _Item(info)
    if info.size > max_bytes:
        item.result = Processed("quarantined", reason=f"object of {info.size:,} bytes exceeds the limit of "
                                f"{max_bytes:,} (scan.max_object_bytes)")
        return item
    try:
        item.data = source.read(info.key, max_bytes=max_bytes)  # never more than the limit, even if it grew
    except ObjectTooLargeError:
        item.result = Processed("quarantined", reason=f"object exceeds the limit of {max_bytes:,} bytes "
                                "(scan.max_object_bytes)")
        return item
    except TransientStoreError as exc:  # still failing after the store's retries: reported, retried next scan
        item.result = Processed("quarantined", reason=f"cannot be read (transient, retried): {exc.reason}")
        return item
    except StoreError as exc:
        item.result = Processed("quarantined", reason=f"cannot be read: {exc.reason}")
        return item
    item.sha256 = sha256(item.data)
    return item


def _store_results(source: Store, items: list[_Item], clean: Store | None, quarantine: Store) -> None:
    for item in items:
        result = item.result
        assert result is not None
        if result.status == "unchanged":
            continue
        if result.status != "quarantined" and clean is not None:
            assert result.safe is not None  # a processed object that is not quarantined has its safe copy
            try:
                item.clean_uri = clean.write(item.info.key, result.safe)
            except TransientStoreError:
                raise  # the clean store is down: stop here, uncommitted; the next run resumes at this batch
            except StoreError as exc:
                result.status, result.reason = "quarantined", f"clean copy could not be written: {exc.reason}"
        if result.status == "quarantined":
            _quarantine(source, item, quarantine)
        item.data = None  # the batch's bytes are not needed any more


def _quarantine(source: Store, item: _Item, quarantine: Store) -> None:
    """The original (when it could be read) and a reason file go to quarantine."""
    key = quarantine_key(item.info.key)
    record = {
        "store": source.name, "key": item.info.key, "uri": item.info.uri, "reason": item.result.reason,
        "sha256": item.sha256 or None, "at": dt.datetime.now(dt.UTC).isoformat(),
    }
    if item.data is not None:
        quarantine.write(key, item.data)
    payload = json.dumps(record, sort_keys=True, ensure_ascii=False).encode("utf-8")
    quarantine.write(key + REASON_SUFFIX, payload)


def _commit(index: Any, summary: ScanSummary, items: list[_Item]) -> None:  # noqa: ANN401
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
        setattr(summary, result.status, getattr(summary, result.status) + 1)
        if result.status == "quarantined":
            summary.quarantine_reasons.append((item.info.uri, result.reason or ""))
        objects.append({
            "scan_id": summary.scan_id, "store": item.info.store, "object_uri": item.info.uri,
            "object_sha256": item.sha256 or "", "size": item.info.size, "modified": item.info.modified,
            "scanned_at": now, "status": result.status, "reason": result.reason, "clean_uri": item.clean_uri,
            "n_findings": len(result.findings),
        })
        for f in result.findings:
            summary.findings[(item.info.store, f.entity_type)] += 1
            findings.append({
                "scan_id": summary.scan_id, "store": item.info.store, "object_uri": item.info.uri,
                "object_sha256": item.sha256, "unit": f.unit, "entity_type": f.entity_type, "start": f.start,
                "end": f.end, "page": f.page, "box": list(f.box) if f.box else None, "fingerprint": f.fingerprint,
                "score": f.score, "recognizer": f.recognizer, "found_at": now,
                "action": "quarantined" if result.status == "quarantined" else f.action,
            })
    if objects:
        index.append(objects, findings)
