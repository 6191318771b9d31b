"""The findings index: a Parquet dataset of keyed fingerprints and positions — never a value.

Layout under the index directory::

    findings/store=<name>/part-<batch_id>.parquet   one row per finding (FINDINGS_SCHEMA)
    objects/store=<name>/part-<batch_id>.parquet    one row per scanned object (OBJECTS_SCHEMA): the commit marker
    summaries/store=<name>/part-<batch_id>.parquet  counts of that findings file per object version (a cache)
    .generation                                     a token replaced whenever parts are removed (see "Readers")
    .locks/                                         flock files: appends (shared) vs clean-up; one per store

Writes. ``append`` writes one batch: its findings file, then its objects file, each to a temporary name, fsynced,
renamed, directory fsynced. A batch exists once its objects file exists; a findings file without one is an orphan
that readers ignore and the next writer's open deletes (only when no append is in flight: appends hold the
shared append lock, the clean-up takes it exclusively and skips when it cannot).

Rewrites. ``compact`` and ``drop_findings`` replace some committed parts of one store by one new batch (kind
``c`` in its id) sorted by fingerprint in moderate row groups, so min/max statistics (and a Bloom filter) prune a
fingerprint look-up to about one row group per fingerprint. The new objects file names the batches it replaces in
its Parquet metadata (``afscherm.supersedes``); readers drop superseded batches, so between the new batch's commit
and the old files' removal nobody sees a finding twice, and nobody sees none. Removal bumps ``.generation``
first; a reader compares the token before and after reading and retries on a change (a directory listing
concurrent with an unlink may miss entries, POSIX leaves that open). Rows keep their original ``batch_id``.

Reads. DuckDB over the committed files (``read_parquet``, hive partitioning off: ``store`` is a column), with
filters pushed into the Parquet scan: fingerprints as an ``IN`` list (Bloom filters and min/max statistics skip
row groups), stores by directory, entity types, time. By default only the findings of each object's latest scan
are returned, and none of objects whose latest row says ``deleted``. ``snapshot``/``read`` give other readers
(``discovery.analysis``) the same consistent file lists.

Summaries. After a batch's commit (append or rewrite) its findings file is summarised: one row per object
version (``store``, ``scan_id``, ``batch_id``, ``object_uri``), its number of findings and one ``n:<TYPE>`` count
column per entity type in the file — counts only, no fingerprint or position. A part file never changes, so its
summary stays right for as long as the part lives; it is removed with it. A summary can be missing (a crash
right after the commit, an index written before summaries existed; ``summarise_missing`` writes them): readers
then count that findings file's rows.
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import json
import logging
import os
import re
import shutil
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

if TYPE_CHECKING:
    import duckdb

T = TypeVar("T")
log = logging.getLogger(__name__)

FINDINGS_SCHEMA = pa.schema(
    [
        pa.field("scan_id", pa.string(), nullable=False),
        pa.field("batch_id", pa.string(), nullable=False),
        pa.field("store", pa.string(), nullable=False),
        pa.field("object_uri", pa.string(), nullable=False),
        pa.field("object_sha256", pa.string(), nullable=False),
        pa.field("unit", pa.string(), nullable=False),  # position inside the object ("line 12"), never text
        pa.field("entity_type", pa.string(), nullable=False),
        pa.field("start", pa.int32(), nullable=False),
        pa.field("end", pa.int32(), nullable=False),
        pa.field("page", pa.int32()),
        pa.field("box", pa.list_(pa.float32())),
        pa.field("fingerprint", pa.string(), nullable=False),  # hex HMAC-SHA256 (discovery.fingerprint)
        pa.field("score", pa.float32(), nullable=False),
        pa.field("recognizer", pa.string(), nullable=False),
        pa.field("found_at", pa.timestamp("us", tz="UTC"), nullable=False),
        pa.field("action", pa.string(), nullable=False),
    ]
)
OBJECTS_SCHEMA = pa.schema(
    [
        pa.field("scan_id", pa.string(), nullable=False),
        pa.field("batch_id", pa.string(), nullable=False),
        pa.field("store", pa.string(), nullable=False),
        pa.field("object_uri", pa.string(), nullable=False),
        pa.field("object_sha256", pa.string(), nullable=False),  # "" when the object could not be read
        pa.field("size", pa.int64(), nullable=False),
        pa.field("modified", pa.timestamp("us", tz="UTC")),
        pa.field("scanned_at", pa.timestamp("us", tz="UTC"), nullable=False),
        pa.field("status", pa.string(), nullable=False),
        pa.field("reason", pa.string()),  # why quarantined/deleted; never plaintext
        pa.field("clean_uri", pa.string()),
        pa.field("n_findings", pa.int32(), nullable=False),
    ]
)
ACTIONS = frozenset({"replace", "mask", "pseudonymise", "encrypt", "remove", "keep", "quarantined"})
STATUSES = frozenset({"clean", "redacted", "quarantined", "deleted"})
_ACTION_SET = pa.array(sorted(ACTIONS))
_STATUS_SET = pa.array(sorted(STATUSES))
# Columns with few distinct values per file: dictionary pages instead of repeated strings.
FINDINGS_DICTIONARY = ["scan_id", "batch_id", "store", "object_uri", "object_sha256", "unit", "entity_type",
                       "recognizer", "action"]  # fmt: skip
OBJECTS_DICTIONARY = ["scan_id", "batch_id", "store", "status", "reason"]

DEFAULT_ROW_GROUP_ROWS = 16 * 1024  # rewritten files: a look-up reads ~1 group (~1 MB) per fingerprint
BLOOM_FPP = 0.01
MAX_REASON_CHARS = 600  # quarantine reasons quote an exception message cut short
MAX_DELETE_REASON_CHARS = 200
MAX_UNIT_CHARS = 120
READ_ATTEMPTS = 20
SUPERSEDES_KEY = b"afscherm.supersedes"
SUMMARY_KEYS = ("store", "scan_id", "batch_id", "object_uri")  # one object version; then "findings", "n:<TYPE>"…
SUMMARY_ROWS_PER_GROUP = 128 * 1024

_STORE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,127}")
_PART = re.compile(r"part-(?P<batch>\d{8}T\d{12}Z-[ac][0-9a-f]{16})\.parquet")
_FINGERPRINT_RE = "^[0-9a-f]{64}$"
_SHA_RE = "^([0-9a-f]{64})?$"
_ENTITY_TYPE_RE = "^[A-Z][A-Z0-9_]{0,63}$"


class IndexBusyError(RuntimeError):
    """The index kept changing under a reader (parts removed by compaction) beyond the retry budget."""


def new_batch_id(kind: str = "a") -> str:
    """Sortable by time: ``20261130T101500123456Z-a<16 hex>``; kind ``a`` = append, ``c`` = rewrite."""
    return f"{datetime.now(UTC):%Y%m%dT%H%M%S%fZ}-{kind}{uuid.uuid4().hex[:16]}"


def is_rewrite(batch_id: str) -> bool:
    return batch_id.split("-", 1)[1].startswith("c")


def check_store_name(store: str) -> str:
    if not isinstance(store, str) or not _STORE_NAME.fullmatch(store):
        raise ValueError(f"store name {store!r} is not a valid store name (letters, digits, '_', '.', '-')")
    return store


# ---------------------------------------------------------------------------------------------------------
# Files: atomic writes, locks


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _writer_options(schema: pa.Schema, rows_per_group: int) -> dict[str, Any]:
    options: dict[str, Any] = {
        "compression": "zstd",
        "use_dictionary": FINDINGS_DICTIONARY if schema is FINDINGS_SCHEMA else OBJECTS_DICTIONARY,
        "write_statistics": True,
    }
    if schema is FINDINGS_SCHEMA:
        # Unsorted append files have no useful min/max on fingerprints: the Bloom filter prunes them.
        options["bloom_filter_options"] = {"fingerprint": {"ndv": max(rows_per_group, 1), "fpp": BLOOM_FPP}}
    return options


def _atomic_write_parquet(
    target: Path,
    schema: pa.Schema,
    batches: Iterable[pa.Table],
    *,
    rows_per_group: int,
    metadata: dict[bytes, bytes] | None = None,
    sorting: list[pq.SortingColumn] | None = None,
) -> int:
    """Writes ``batches`` (each one row group) to ``target`` whole or not at all; returns the rows written."""
    tmp = target.with_name(f".tmp-{uuid.uuid4().hex}-{target.name}")
    rows = 0
    try:
        full = schema.with_metadata({**(schema.metadata or {}), **(metadata or {})})
        with pq.ParquetWriter(tmp, full, sorting_columns=sorting, **_writer_options(schema, rows_per_group)) as w:
            for table in batches:
                if table.num_rows:
                    w.write_table(table.cast(schema), row_group_size=max(table.num_rows, 1))
                    rows += table.num_rows
        with tmp.open("rb") as fh:  # on disk before the rename makes it visible
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    finally:
        tmp.unlink(missing_ok=True)
    return rows


def _row_groups(tables: Iterable[pa.Table | pa.RecordBatch], rows: int) -> Iterator[pa.Table]:
    """Re-cuts a stream of tables/batches into tables of exactly ``rows`` rows (the last one shorter)."""
    buffer: list[pa.Table] = []
    buffered = 0
    for item in tables:
        table = pa.Table.from_batches([item]) if isinstance(item, pa.RecordBatch) else item
        buffer.append(table)
        buffered += table.num_rows
        while buffered >= rows:
            whole = pa.concat_tables(buffer)
            yield whole.slice(0, rows)
            rest = whole.slice(rows)
            buffer, buffered = [rest], rest.num_rows
    if buffered:
        yield pa.concat_tables(buffer)


@contextlib.contextmanager
def _flock(path: Path, *, exclusive: bool, blocking: bool = True) -> Iterator[bool]:
    """Holds an flock on ``path`` for the block; yields False (and holds nothing) if non-blocking and busy."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        flags = (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | (0 if blocking else fcntl.LOCK_NB)
        try:
            fcntl.flock(fd, flags)
        except BlockingIOError:
            yield False
            return
        yield True
    finally:
        os.close(fd)  # closing the descriptor releases the lock


# ---------------------------------------------------------------------------------------------------------
# Input rows: validated, completed, never logged


def _to_table(rows: Sequence[dict[str, Any]] | pa.Table, schema: pa.Schema, what: str) -> pa.Table:
    if isinstance(rows, pa.Table):
        unknown = set(rows.column_names) - set(schema.names)
        table = rows
    else:
        unknown = {k for row in rows for k in row} - set(schema.names)
        table = pa.Table.from_pylist(list(rows), schema=_nullable(schema)) if rows else _nullable(schema).empty_table()
    if unknown:
        raise ValueError(f"{what}: unknown field(s) {sorted(unknown)}")
    columns = []
    for field in schema:
        if field.name in table.column_names:
            columns.append(table.column(field.name).cast(field.type))
        else:
            columns.append(pa.nulls(table.num_rows, field.type))
    return pa.Table.from_arrays(columns, schema=_nullable(schema))


def _nullable(schema: pa.Schema) -> pa.Schema:
    return pa.schema([f.with_nullable(True) for f in schema])


def _require(ok: pa.ChunkedArray | pa.Array | bool, message: str) -> None:
    """Raises ValueError(message) unless every element of ``ok`` is true (nulls count as false)."""
    if isinstance(ok, bool):
        if not ok:
            raise ValueError(message)
        return
    if len(ok) and not pc.all(pc.fill_null(ok, False)).as_py():
        first = pc.index(pc.fill_null(ok, False), False).as_py()
        raise ValueError(f"{message} (row {first})")


def _check_not_null(table: pa.Table, schema: pa.Schema, what: str) -> None:
    for field in schema:
        if not field.nullable and table.column(field.name).null_count:
            raise ValueError(f"{what}: {field.name} is missing")


def _objects_table(rows: Sequence[dict[str, Any]] | pa.Table, batch_id: str) -> tuple[pa.Table, str]:
    table = _to_table(rows, OBJECTS_SCHEMA, "objects")
    if table.num_rows == 0:
        raise ValueError("objects: a batch needs at least one object (objects files are the commit markers)")
    _require(pc.is_null(table["batch_id"]), "objects: batch_id is assigned by the index")
    table = table.set_column(1, "batch_id", pa.array([batch_id] * table.num_rows, pa.string()))
    stores = pc.unique(table["store"]).to_pylist()
    if len(stores) != 1 or stores[0] is None:
        raise ValueError("objects: one batch holds objects of exactly one store (a batch commits in one partition)")
    store = check_store_name(stores[0])
    table = table.set_column(
        table.schema.get_field_index("n_findings"), "n_findings", pc.fill_null(table["n_findings"], 0)
    )
    _check_not_null(table, OBJECTS_SCHEMA, "objects")
    _require(pc.greater(pc.utf8_length(table["object_uri"]), 0), "objects: object_uri is empty")
    _require(len(pc.unique(table["object_uri"])) == table.num_rows, "objects: an object_uri appears twice in a batch")
    _require(pc.match_substring_regex(table["object_sha256"], _SHA_RE), "objects: object_sha256 is not hex SHA-256")
    _require(pc.is_in(table["status"], value_set=_STATUS_SET), f"objects: status not in {sorted(STATUSES)}")
    reason_length = pc.utf8_length(table["reason"])
    reason_ok = pc.or_kleene(pc.is_null(table["reason"]), pc.less_equal(reason_length, MAX_REASON_CHARS))
    _require(reason_ok, f"objects: reason is longer than {MAX_REASON_CHARS} characters")
    _require(pc.greater_equal(table["size"], 0), "objects: size is negative")
    _require(pc.greater_equal(table["n_findings"], 0), "objects: n_findings is negative")
    return table.cast(OBJECTS_SCHEMA), store


def _fill_from_objects(findings: pa.Table, objects: pa.Table, position: pa.Array, name: str) -> pa.Table:
    """Fills ``name`` of each finding from its object's row when missing; a given value must agree."""
    expected = pc.take(objects[name], position)
    given = findings[name]
    _require(pc.or_kleene(pc.is_null(given), pc.equal(given, expected)), f"findings: {name} differs from its object's")
    return findings.set_column(findings.schema.get_field_index(name), name, pc.coalesce(given, expected))


def _findings_table(rows: Sequence[dict[str, Any]] | pa.Table, batch_id: str, objects: pa.Table) -> pa.Table:
    table = _to_table(rows, FINDINGS_SCHEMA, "findings")
    _require(pc.is_null(table["batch_id"]), "findings: batch_id is assigned by the index")
    table = table.set_column(1, "batch_id", pa.array([batch_id] * table.num_rows, pa.string()))
    position = pc.index_in(table["object_uri"], value_set=objects["object_uri"])
    _require(pc.is_valid(position), "findings: every finding's object_uri must be among the batch's objects")
    position = position.combine_chunks() if isinstance(position, pa.ChunkedArray) else position
    for name in ("store", "scan_id", "object_sha256"):
        table = _fill_from_objects(table, objects, position, name)
    _check_not_null(table, FINDINGS_SCHEMA, "findings")
    _require(pc.match_substring_regex(table["fingerprint"], _FINGERPRINT_RE),
             "findings: fingerprint is not 64 lower-case hex digits (HMAC-SHA256)")  # fmt: skip
    _require(pc.match_substring_regex(table["entity_type"], _ENTITY_TYPE_RE), "findings: entity_type is no type name")
    _require(pc.is_in(table["action"], value_set=_ACTION_SET), f"findings: action not in {sorted(ACTIONS)}")
    _require(pc.less_equal(pc.utf8_length(table["unit"]), MAX_UNIT_CHARS), "findings: unit is too long for a position")
    _require(pc.and_(pc.greater_equal(table["start"], 0), pc.greater_equal(table["end"], table["start"])),
             "findings: start/end are not a span")  # fmt: skip
    score_ok = pc.and_(pc.greater_equal(table["score"], 0), pc.less_equal(table["score"], 1))
    _require(score_ok, "findings: score is not in 0–1")
    counts = pc.value_counts(table["object_uri"]) if table.num_rows else pa.array([], pa.struct([]))
    per_object = dict.fromkeys(objects["object_uri"].to_pylist(), 0)
    for item in counts.to_pylist():
        per_object[item["values"]] = item["counts"]
    _require(objects["n_findings"].to_pylist() == list(per_object.values()),
             "objects: n_findings differs from the number of findings given for the object")  # fmt: skip
    return table.cast(FINDINGS_SCHEMA)


# ---------------------------------------------------------------------------------------------------------
# Snapshots: the committed, live parts at one moment


@dataclass(frozen=True)
class SnapshotPart:
    """One committed, live batch: its objects file, its findings file and the findings file's count summary."""

    store: str
    batch_id: str
    objects: Path
    findings: Path | None  # None: the batch has no findings
    summary: Path | None = None  # None: no summary (yet); count from ``findings``


@dataclass(frozen=True)
class IndexSnapshot:
    """The committed, live parts of an index at one moment (``FindingsIndex.snapshot`` / ``FindingsIndex.read``).

    Part files never change once written, so what a snapshot names can be read as it is — until a compaction or
    erasure removes replaced parts. ``generation`` is the index's removal token when the listing was taken:
    ``FindingsIndex.is_current(snapshot)`` tells whether any part may have been removed since.
    """

    parts: tuple[SnapshotPart, ...]
    generation: str = ""

    def findings_files(self) -> list[str]:
        return [str(p.findings) for p in self.parts if p.findings is not None]

    def objects_files(self) -> list[str]:
        return [str(p.objects) for p in self.parts]

    def summary_files(self) -> list[str]:
        """The count summaries (``SUMMARY_KEYS`` + ``n:<TYPE>`` columns) of findings files that have one."""
        return [str(p.summary) for p in self.parts if p.findings is not None and p.summary is not None]

    def unsummarised_findings_files(self) -> list[str]:
        """Findings files without a summary (written before summaries existed, or their write failed)."""
        return [str(p.findings) for p in self.parts if p.findings is not None and p.summary is None]


_Part = SnapshotPart  # the names this module used before they were public
_Snapshot = IndexSnapshot


def _batches_in(directory: Path) -> dict[str, Path]:
    try:
        names = os.listdir(directory)
    except FileNotFoundError:
        return {}
    return {m["batch"]: directory / name for name in names if (m := _PART.fullmatch(name))}


@functools.lru_cache(maxsize=4096)
def _supersedes(objects_file: Path) -> tuple[str, ...]:
    """The batches a rewrite replaces (from its objects file's metadata; part files never change: cached)."""
    metadata = pq.read_schema(objects_file).metadata or {}
    return tuple(json.loads(metadata.get(SUPERSEDES_KEY, b"[]")))


def _summary_of_batch(findings: pa.Table) -> pa.Table:
    """One appended batch's count summary, in memory (no SQL engine for a few thousand rows): per object — within
    one batch the object determines store, scan and batch — its findings and one ``n:<TYPE>`` column per type."""
    import numpy as np

    uris = pc.dictionary_encode(findings["object_uri"]).combine_chunks()
    types = pc.dictionary_encode(findings["entity_type"]).combine_chunks()
    per = np.zeros((len(uris.dictionary), len(types.dictionary)), dtype=np.int64)
    np.add.at(per, (uris.indices.to_numpy(), types.indices.to_numpy()), 1)
    some_row = np.empty(len(uris.dictionary), dtype=np.int64)  # any of an object's rows: they agree on the keys
    some_row[uris.indices.to_numpy()] = np.arange(len(uris.indices), dtype=np.int64)
    order = np.argsort(uris.dictionary.to_numpy(zero_copy_only=False), kind="stable")  # by uri, like rewrites
    rows = pa.array(some_row[order])
    columns: dict[str, pa.Array] = {k: findings[k].take(rows) for k in SUMMARY_KEYS}
    columns["findings"] = pa.array(per.sum(axis=1)[order])
    for i in sorted(range(len(types.dictionary)), key=lambda i: types.dictionary[i].as_py()):
        columns[f"n:{types.dictionary[i].as_py()}"] = pa.array(per[order, i])
    return pa.table(columns)


def _sql_list(names: Iterable[str]) -> str:
    return ", ".join(f'"{n}"' for n in names)


# ---------------------------------------------------------------------------------------------------------


class FindingsIndex:
    """The findings index in directory ``path`` (created unless ``readonly``); see the module docstring.

    Opening for writing removes what crashed writers left behind (orphan findings files, temporary files, parts
    already replaced by a rewrite). ``memory_limit`` and ``threads`` bound DuckDB (compaction spills to disk
    beyond the limit); ``row_group_rows`` sizes the row groups of rewritten files.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        readonly: bool = False,
        memory_limit: str = "1GB",
        threads: int | None = None,
        row_group_rows: int = DEFAULT_ROW_GROUP_ROWS,
    ) -> None:
        self.path = Path(path)
        self.readonly = readonly
        self.memory_limit = memory_limit
        self.threads = threads
        self.row_group_rows = row_group_rows
        self._db: duckdb.DuckDBPyConnection | None = None
        self._db_lock = threading.Lock()
        if not readonly:
            for sub in ("findings", "objects", ".locks"):
                (self.path / sub).mkdir(parents=True, exist_ok=True)
            self.clean_up()

    # -- paths and locks ------------------------------------------------------------------------------------

    def _dir(self, kind: str, store: str) -> Path:
        return self.path / kind / f"store={check_store_name(store)}"

    def _part(self, kind: str, store: str, batch_id: str) -> Path:
        return self._dir(kind, store) / f"part-{batch_id}.parquet"

    def _append_lock(self, *, exclusive: bool, blocking: bool = True) -> contextlib.AbstractContextManager[bool]:
        return _flock(self.path / ".locks" / "append.lock", exclusive=exclusive, blocking=blocking)

    def _store_lock(self, store: str, *, blocking: bool = True) -> contextlib.AbstractContextManager[bool]:
        return _flock(self.path / ".locks" / f"store-{check_store_name(store)}.lock", exclusive=True, blocking=blocking)

    def _generation(self) -> str:
        try:
            return (self.path / ".generation").read_text(encoding="ascii")
        except FileNotFoundError:
            return ""

    def _bump_generation(self) -> None:
        """Before any committed part is removed: readers that started earlier will retry."""
        target = self.path / ".generation"
        tmp = target.with_name(f".tmp-{uuid.uuid4().hex}-generation")
        tmp.write_text(uuid.uuid4().hex, encoding="ascii")
        os.replace(tmp, target)
        _fsync_dir(self.path)

    def _writable(self) -> None:
        if self.readonly:
            raise PermissionError(f"{self.path}: index opened read-only")

    def stores(self) -> list[str]:
        """Stores with at least one committed batch."""
        try:
            names = os.listdir(self.path / "objects")
        except FileNotFoundError:
            return []
        objects = self.path / "objects"
        return sorted(n[len("store=") :] for n in names if n.startswith("store=") and _batches_in(objects / n))

    # -- clean-up -------------------------------------------------------------------------------------------

    def clean_up(self) -> None:
        """Removes orphan findings files and temporary files (when no append is in flight) and the parts of
        batches a committed rewrite has replaced (per store, when no rewrite of it runs)."""
        self._writable()
        stores = sorted(
            {n[len("store=") :] for kind in ("findings", "objects") for n in os.listdir(self.path / kind)
             if n.startswith("store=")}
        )  # fmt: skip
        with self._append_lock(exclusive=True, blocking=False) as alone:
            if alone:
                for store in stores:
                    summaries = _batches_in(self._dir("summaries", store))  # listed first: written after a commit
                    committed = _batches_in(self._dir("objects", store))
                    for batch_id, path in _batches_in(self._dir("findings", store)).items():
                        if batch_id not in committed:
                            path.unlink(missing_ok=True)
                    for batch_id, path in summaries.items():
                        if batch_id not in committed:  # its batch was removed
                            path.unlink(missing_ok=True)
                    for kind in ("findings", "objects", "summaries"):
                        for tmp in self._dir(kind, store).glob(".tmp-*"):
                            tmp.unlink(missing_ok=True)
                shutil.rmtree(self.path / ".spill", ignore_errors=True)
        for store in stores:
            with self._store_lock(store, blocking=False) as alone:
                if alone:
                    self._remove_superseded(store)

    def _remove_superseded(self, store: str) -> None:
        """Deletes parts replaced by a committed rewrite (crash between a rewrite's commit and its clean-up)."""
        committed = _batches_in(self._dir("objects", store))
        replaced = {b for b, path in committed.items() if is_rewrite(b) for b in _supersedes(path)}
        stale = [b for b in replaced if b in committed or self._part("findings", store, b).exists()]
        if stale:
            self._remove_parts(store, stale)

    def _remove_parts(self, store: str, batch_ids: Iterable[str]) -> None:
        self._bump_generation()
        for batch_id in batch_ids:
            self._part("objects", store, batch_id).unlink(missing_ok=True)  # uncommitted first
            self._part("findings", store, batch_id).unlink(missing_ok=True)
            self._part("summaries", store, batch_id).unlink(missing_ok=True)  # after the generation bump, too
        for kind in ("objects", "findings"):
            _fsync_dir(self._dir(kind, store))

    # -- appends --------------------------------------------------------------------------------------------

    def append(
        self, objects: Sequence[dict[str, Any]] | pa.Table, findings: Sequence[dict[str, Any]] | pa.Table
    ) -> str:
        """Adds one batch (objects of one store and their findings) atomically; returns its batch id.

        Rows are dicts (or a pyarrow Table) with the schema's fields; ``batch_id`` is assigned here, a finding's
        ``store``, ``scan_id`` and ``object_sha256`` default to its object's. Every finding must belong to an
        object of the batch and each object's ``n_findings`` must count them. Invalid rows raise ValueError naming
        the field and row, never a value.
        """
        self._writable()
        batch_id = new_batch_id("a")
        object_rows, store = _objects_table(objects, batch_id)
        finding_rows = _findings_table(findings, batch_id, object_rows)
        for kind in ("findings", "objects"):
            self._dir(kind, store).mkdir(parents=True, exist_ok=True)
        findings_file = self._part("findings", store, batch_id)
        with self._append_lock(exclusive=False):
            try:
                if finding_rows.num_rows:
                    _atomic_write_parquet(findings_file, FINDINGS_SCHEMA, [finding_rows],
                                          rows_per_group=finding_rows.num_rows)  # fmt: skip
                # The commit: from here on readers see the batch.
                _atomic_write_parquet(self._part("objects", store, batch_id), OBJECTS_SCHEMA, [object_rows],
                                      rows_per_group=object_rows.num_rows)  # fmt: skip
            except BaseException:
                findings_file.unlink(missing_ok=True)  # not committed: leave no orphan behind
                raise
            if finding_rows.num_rows:
                self._summarise(store, batch_id, finding_rows)
        return batch_id

    def mark_deleted(self, store: str, object_uri: str, reason: str, *, scan_id: str | None = None) -> str:
        """Records that ``object_uri`` was deleted (erasure, retention): a status row in a batch of its own.

        Its findings are left out of ``findings()`` from now on (``include_deleted=True`` shows them);
        ``drop_findings`` removes them physically. ``reason`` is short and names a rule or request, never data.
        """
        self._writable()
        if not isinstance(reason, str) or not reason.strip() or len(reason) > MAX_DELETE_REASON_CHARS:
            raise ValueError(f"reason must be 1–{MAX_DELETE_REASON_CHARS} characters naming a rule or request")
        if any(c in reason for c in "\n\r\t\x00") or "@" in reason:
            raise ValueError("reason must be one line naming a rule or request (no addresses)")
        latest = self.objects(stores=[store], object_uris=[object_uri], latest=True)
        if latest.num_rows == 0:
            raise KeyError(f"{store}: no object with that uri in the index")
        row = latest.to_pylist()[0]
        return self.append(
            [{"scan_id": scan_id or f"delete-{uuid.uuid4().hex[:12]}", "store": store, "object_uri": object_uri,
              "object_sha256": row["object_sha256"], "size": row["size"], "modified": row["modified"],
              "scanned_at": datetime.now(UTC), "status": "deleted", "reason": reason.strip(), "clean_uri": None,
              "n_findings": 0}],
            [],
        )  # fmt: skip

    # -- rewrites -------------------------------------------------------------------------------------------

    def compact(self, store: str | None = None, *, incremental: bool = False) -> None:
        """Merges each store's committed parts into one file sorted by fingerprint (idempotent).

        ``incremental=True`` merges only the parts appended since the last compaction into one more sorted file
        (cost proportional to the new findings; look-ups prune every sorted file by its statistics): for after
        each scan, with a full compaction now and then.
        """
        self._writable()
        for name in [check_store_name(store)] if store else self.stores():
            with self._store_lock(name):
                parts = list(self._read(lambda snap: snap, [name]).parts)
                if incremental:
                    parts = [p for p in parts if not is_rewrite(p.batch_id)]
                    if parts:
                        self._rewrite(name, parts)
                elif parts and not (len(parts) == 1 and is_rewrite(parts[0].batch_id)):  # else: one sorted file
                    self._rewrite(name, parts)

    def drop_findings(
        self, store: str, object_uri: str | Sequence[str], fingerprints: Sequence[str] | None = None
    ) -> int:
        """Physically removes the findings of ``object_uri`` (one uri or several), or only those with the given
        ``fingerprints``, from every part that holds them (each such part rewritten atomically). Objects rows stay.
        Returns the number of findings removed."""
        self._writable()
        uris = [object_uri] if isinstance(object_uri, str) else list(object_uri)
        fps = None if fingerprints is None else _checked_fingerprints(fingerprints)
        if not uris or fps == []:
            return 0
        condition = "object_uri IN (SELECT unnest($uris))"
        params: dict[str, Any] = {"uris": uris}
        if fps is not None:
            condition += " AND fingerprint IN (SELECT unnest($fps))"
            params["fps"] = fps
        with self._store_lock(store):
            snap = self._read(lambda s: s, [store])
            by_file = {str(p.findings): p for p in snap.parts if p.findings is not None}
            if not by_file:
                return 0
            hits = self._sql(
                f"SELECT filename, count(*) AS n FROM read_parquet($files, filename=true, hive_partitioning=false) "
                f"WHERE {condition} GROUP BY filename",
                {"files": list(by_file), **params},
            ).fetchall()
            if not hits:
                return 0
            self._rewrite(store, [by_file[f] for f, _ in hits], exclude=(condition, params))
            return sum(n for _, n in hits)

    def _rewrite(self, store: str, parts: Sequence[_Part], exclude: tuple[str, dict[str, Any]] | None = None) -> str:
        """One new sorted batch replacing ``parts`` (minus the findings matching ``exclude``); caller holds the
        store lock. Committed by its objects file, which names the replaced batches; then they are removed."""
        batch_id = new_batch_id("c")
        rows = self.row_group_rows
        findings_files = [str(p.findings) for p in parts if p.findings is not None]
        objects_files = [str(p.objects) for p in parts]
        where, params = (f"WHERE NOT ({exclude[0]})", exclude[1]) if exclude else ("", {})
        # The shared append lock keeps the clean-up from taking this batch's findings file for an orphan.
        with self._append_lock(exclusive=False):
            if findings_files:
                order = _sql_list(["fingerprint", "object_uri", "batch_id", "unit", "start", "end", "entity_type"])
                sql = (f"SELECT {_sql_list(FINDINGS_SCHEMA.names)} FROM read_parquet($files, hive_partitioning=false) "
                       f"{where} ORDER BY {order}")  # fmt: skip
                reader = self._stream(sql, {"files": findings_files, **params}, rows)
                _atomic_write_parquet(
                    self._part("findings", store, batch_id), FINDINGS_SCHEMA, _row_groups(reader, rows),
                    rows_per_group=rows, sorting=[pq.SortingColumn(FINDINGS_SCHEMA.get_field_index("fingerprint"))],
                )  # fmt: skip
            order = _sql_list(["object_uri", "scanned_at", "batch_id"])
            sql = (f"SELECT {_sql_list(OBJECTS_SCHEMA.names)} FROM read_parquet($files, hive_partitioning=false) "
                   f"ORDER BY {order}")  # fmt: skip
            replaced = sorted(p.batch_id for p in parts)
            _atomic_write_parquet(
                self._part("objects", store, batch_id), OBJECTS_SCHEMA,
                _row_groups(self._stream(sql, {"files": objects_files}, rows), rows), rows_per_group=rows,
                metadata={SUPERSEDES_KEY: json.dumps(replaced).encode()},
                sorting=[pq.SortingColumn(OBJECTS_SCHEMA.get_field_index("object_uri"))],
            )  # fmt: skip
            if findings_files:
                # A compaction keeps every row (and its batch id): its summary is its parts' summaries together.
                # Erasure drops rows, and a part may lack a summary: then the new file is counted.
                merged = [str(p.summary) for p in parts if p.findings is not None and p.summary is not None]
                whole = exclude is None and len(merged) == len(findings_files)
                self._summarise(store, batch_id, str(self._part("findings", store, batch_id)),
                                merge=merged if whole else None)  # fmt: skip
        self._remove_parts(store, replaced)
        return batch_id

    # -- count summaries ------------------------------------------------------------------------------------

    def summarise_missing(self, store: str | None = None) -> int:
        """Writes the count summaries the live parts lack (an index written before summaries existed, or a
        crash between a commit and its summary); returns how many were written. Readers never need this — they
        count the rows of a part without a summary — it only makes them faster."""
        self._writable()
        snap = self.snapshot(None if store is None else [store])
        written = 0
        with self._append_lock(exclusive=False):  # clean_up must not take the temporary files for leftovers
            for part in snap.parts:
                # A part replaced meanwhile fails to read (logged); its rewrite wrote its own summary.
                if part.findings is not None and part.summary is None:
                    written += self._summarise(part.store, part.batch_id, str(part.findings))
        return written

    def _summarise(self, store: str, batch_id: str, findings: pa.Table | str, *, merge: list[str] | None = None
                   ) -> bool:  # fmt: skip
        """Writes the count summary of batch ``batch_id``'s findings (the rows, or its committed findings file; or,
        given ``merge``, the summaries of the parts it holds all rows of).

        Called after the commit, under the shared append lock. A summary is a cache: when it cannot be written
        the batch stays committed and readers count its rows instead, so a failure is logged, not raised.
        Returns whether the summary was written."""
        import duckdb

        target = self._part("summaries", store, batch_id)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(findings, pa.Table) and not merge:
                table = _summary_of_batch(findings)
                _atomic_write_parquet(target, table.schema, [table], rows_per_group=max(table.num_rows, 1))
            else:
                self._summarise_files(target, str(findings), merge)
            return True
        except (OSError, duckdb.Error, pa.ArrowException) as exc:
            log.warning("index %s: no count summary for batch %s (%s); readers count its rows", self.path,
                        batch_id, type(exc).__name__)  # fmt: skip
            return False

    def _summarise_files(self, target: Path, findings: str, merge: list[str] | None) -> None:
        """A rewrite's summary, in DuckDB (millions of rows, spilled beyond the memory limit): its parts' summaries
        together (``merge``: one row per version in exactly one of them, nothing to add up), else its rows."""
        keys = _sql_list(SUMMARY_KEYS)
        cursor = self._connection().cursor()
        try:
            if merge:
                source, params = "read_parquet($files, union_by_name=true, hive_partitioning=false)", {"files": merge}
                names = cursor.sql(f"SELECT * FROM {source} LIMIT 0", params=params).columns
                per_type = "".join(f", coalesce({_sql_list([n])}, 0)::BIGINT AS {_sql_list([n])}"
                                   for n in sorted(n for n in names if n.startswith("n:")))  # fmt: skip
                sql = f"SELECT {keys}, findings{per_type} FROM {source} ORDER BY {keys}"
            else:
                source, params = "read_parquet($file, hive_partitioning=false)", {"file": findings}
                types = [t for (t,) in cursor.sql(f"SELECT DISTINCT entity_type FROM {source}", params=params)
                         .fetchall()]  # fmt: skip
                # Entity types were checked against _ENTITY_TYPE_RE on append: safe inside SQL text.
                per_type = "".join(f", count(*) FILTER (WHERE entity_type = '{t}') AS \"n:{t}\"" for t in sorted(types))
                sql = f"SELECT {keys}, count(*) AS findings{per_type} FROM {source} GROUP BY ALL ORDER BY {keys}"
            reader = cursor.sql(sql, params=params).to_arrow_reader(SUMMARY_ROWS_PER_GROUP)
            _atomic_write_parquet(target, reader.schema, _row_groups(reader, SUMMARY_ROWS_PER_GROUP),
                                  rows_per_group=SUMMARY_ROWS_PER_GROUP)  # fmt: skip
        finally:
            cursor.close()

    # -- DuckDB ---------------------------------------------------------------------------------------------

    def _connection(self) -> duckdb.DuckDBPyConnection:
        with self._db_lock:
            if self._db is None:
                self._db = self._connect()
            return self._db

    def _connect(self) -> duckdb.DuckDBPyConnection:
        import duckdb

        db = duckdb.connect(":memory:")
        db.execute("SET TimeZone = 'UTC'")
        db.execute(f"SET memory_limit = '{_checked_size(self.memory_limit)}'")
        if self.threads:
            db.execute(f"SET threads = {int(self.threads)}")
        db.execute("SET parquet_metadata_cache = true")  # warm look-ups skip footer parsing
        if not self.readonly:  # sorts beyond memory_limit spill here (removed by the clean-up)
            db.execute(f"SET temp_directory = '{_sql_quote(str(self.path / '.spill'))}'")
        return db

    def _sql(self, sql: str, params: dict[str, Any]) -> duckdb.DuckDBPyRelation:
        """A relation over ``sql`` on a cursor of its own (cursors may be used from several threads)."""
        return self._connection().cursor().sql(sql, params=params)

    def _stream(self, sql: str, params: dict[str, Any], rows: int) -> Iterator[pa.RecordBatch]:
        cursor = self._connection().cursor()
        try:
            yield from cursor.sql(sql, params=params).to_arrow_reader(rows)
        finally:
            cursor.close()

    def close(self) -> None:
        with self._db_lock:
            if self._db is not None:
                self._db.close()
                self._db = None

    def __enter__(self) -> FindingsIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reads ----------------------------------------------------------------------------------------------

    def _snapshot(self, stores: Sequence[str] | None) -> _Snapshot:
        names = self.stores() if stores is None else [check_store_name(s) for s in stores]
        parts: list[_Part] = []
        for store in names:
            committed = _batches_in(self._dir("objects", store))
            replaced: set[str] = set()
            for batch_id, path in committed.items():
                if is_rewrite(batch_id):
                    try:
                        replaced.update(_supersedes(path))
                    except FileNotFoundError:
                        # Removed after this listing by a newer rewrite. That one was committed before the
                        # generation this read started under, so the listing holds it and it replaces this one.
                        replaced.add(batch_id)
            findings = _batches_in(self._dir("findings", store))
            summaries = _batches_in(self._dir("summaries", store))  # written after their batch's commit
            for batch_id in sorted(committed.keys() - replaced):
                parts.append(_Part(store, batch_id, committed[batch_id], findings.get(batch_id),
                                   summaries.get(batch_id)))  # fmt: skip
        return _Snapshot(tuple(parts))

    def _read(self, work: Any, stores: Sequence[str] | None) -> Any:  # noqa: ANN401 - whatever ``work`` returns
        """``work(snapshot)`` on a consistent snapshot: retried when parts were removed meanwhile."""
        import duckdb

        for _ in range(READ_ATTEMPTS):
            before = self._generation()
            try:
                result = work(replace(self._snapshot(stores), generation=before))
            except (FileNotFoundError, duckdb.IOException):
                if self._generation() == before:
                    raise
                continue
            if self._generation() == before:
                return result
        raise IndexBusyError(f"{self.path}: parts kept being replaced while reading; try again")

    def read(self, work: Callable[[IndexSnapshot], T], stores: Iterable[str] | None = None) -> T:
        """``work(snapshot)`` over a consistent snapshot of the committed, live parts (of ``stores`` only, if
        given), returning what ``work`` returns.

        While ``work`` reads, a compaction or erasure may remove parts of the snapshot; then (and only then)
        ``work`` runs again on a fresh snapshot, so it must only read, and may run more than once. Up to
        ``READ_ATTEMPTS`` times, then ``IndexBusyError``. This is how every reader of the index reads.
        """
        return self._read(work, None if stores is None else sorted(set(stores)))

    def snapshot(self, stores: Iterable[str] | None = None) -> IndexSnapshot:
        """The committed, live parts (of ``stores`` only, if given) now, for readers that manage retries
        themselves: read its files, then check ``is_current``; if it is not, a part may have gone missing
        mid-read — take a new snapshot and read again (``read`` does exactly this)."""
        store_list = None if stores is None else sorted(set(stores))
        for _ in range(READ_ATTEMPTS):
            before = self._generation()
            snap = self._snapshot(store_list)
            if self._generation() == before:  # the listing itself saw no removal
                return replace(snap, generation=before)
        raise IndexBusyError(f"{self.path}: parts kept being replaced while listing; try again")

    def is_current(self, snapshot: IndexSnapshot) -> bool:
        """True while no part has been removed since ``snapshot`` was taken (its files are all still there)."""
        return self._generation() == snapshot.generation

    def findings(
        self,
        fingerprints: Iterable[str] | None = None,
        stores: Iterable[str] | None = None,
        entity_types: Iterable[str] | None = None,
        since: datetime | None = None,
        columns: Sequence[str] | None = None,
        *,
        object_uris: Iterable[str] | None = None,
        include_deleted: bool = False,
        history: bool = False,
    ) -> pa.Table:
        """Findings matching every given filter, as a pyarrow Table with ``columns`` (default: all).

        ``fingerprints``/``entity_types``/``object_uris`` are pushed into the Parquet scan, ``stores`` chooses
        directories, ``since`` compares ``found_at``. Only the findings of each object's latest scan are returned,
        and none of objects deleted since (``include_deleted=True``: those too; ``history=True``: every committed
        row, older scans included).
        """
        cols = checked_columns(columns, FINDINGS_SCHEMA)
        fps = None if fingerprints is None else _checked_fingerprints(fingerprints)
        types = None if entity_types is None else sorted(set(entity_types))
        uris = None if object_uris is None else sorted(set(object_uris))
        store_list = None if stores is None else sorted(set(stores))
        if any(x == [] for x in (fps, types, uris, store_list)):
            return _empty(FINDINGS_SCHEMA, cols)
        conditions, params = [], {}
        for name, values in (("fingerprint", fps), ("entity_type", types), ("object_uri", uris)):
            if values is not None:
                conditions.append(f'"{name}" IN (SELECT unnest(${name}))')
                params[name] = values
        if since is not None:
            conditions.append("found_at >= $since")
            params["since"] = _utc(since)
        wanted = cols if history else list(dict.fromkeys([*cols, "store", "object_uri", "batch_id"]))

        def work(snap: _Snapshot) -> pa.Table:
            files = snap.findings_files()
            if not files:
                return _empty(FINDINGS_SCHEMA, cols)
            where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
            sql = f"SELECT {_sql_list(wanted)} FROM read_parquet($files, hive_partitioning=false) {where}"
            found = self._sql(sql, {"files": files, **params}).to_arrow_table()
            if not history and found.num_rows:
                found = self._current(found, snap, include_deleted)
            return found.select(cols).cast(_subset(FINDINGS_SCHEMA, cols))

        return self._read(work, store_list)

    def _current(self, found: pa.Table, snap: _Snapshot, include_deleted: bool) -> pa.Table:
        """The rows of ``found`` from each object's latest scan, without deleted objects unless asked."""
        uris = pc.unique(found["object_uri"]).to_pylist()
        latest = self._sql(
            """
            WITH o AS (
                SELECT store, object_uri, batch_id, status, scanned_at
                FROM read_parquet($files, hive_partitioning=false) WHERE object_uri IN (SELECT unnest($uris))
            )
            SELECT store, object_uri,
                   max_by(batch_id, (scanned_at, batch_id)) FILTER (WHERE status <> 'deleted') AS scan_batch,
                   max_by(status, (scanned_at, batch_id)) AS last_status
            FROM o GROUP BY store, object_uri
            """,
            {"files": snap.objects_files(), "uris": uris},
        ).to_arrow_table()
        db = self._connection().cursor()
        db.register("found", found)
        db.register("latest", latest)
        keep_deleted = "TRUE" if include_deleted else "l.last_status <> 'deleted'"
        return db.sql(
            f"SELECT f.* FROM found f JOIN latest l ON f.store = l.store AND f.object_uri = l.object_uri "
            f"AND f.batch_id = l.scan_batch WHERE {keep_deleted}"
        ).to_arrow_table()

    def objects(
        self,
        stores: Iterable[str] | None = None,
        object_uris: Iterable[str] | None = None,
        statuses: Iterable[str] | None = None,
        since: datetime | None = None,
        columns: Sequence[str] | None = None,
        *,
        latest: bool = False,
    ) -> pa.Table:
        """Object rows matching every given filter (``since`` compares ``scanned_at``); ``latest=True`` keeps the
        latest row per object (by ``scanned_at``, then batch id), before the ``statuses``/``since`` filters."""
        cols = checked_columns(columns, OBJECTS_SCHEMA)
        uris = None if object_uris is None else sorted(set(object_uris))
        wanted_status = None if statuses is None else sorted(set(statuses))
        store_list = None if stores is None else sorted(set(stores))
        if any(x == [] for x in (uris, wanted_status, store_list)):
            return _empty(OBJECTS_SCHEMA, cols)
        inner, outer, params = [], [], {}
        if uris is not None:
            # The range is implied by the list; DuckDB prunes row groups by it (min/max statistics), which it does
            # not for the list itself. Rewritten files are sorted by uri, and a batch holds a run of listed keys,
            # so a look-up of a chunk of a listing reads a few row groups instead of every file (the scan's skip
            # look-up, one chunk at a time). Python's str order is UTF-8 byte order, DuckDB's VARCHAR order.
            inner.append("object_uri BETWEEN $uri_low AND $uri_high AND object_uri IN (SELECT unnest($uris))")
            params.update(uris=uris, uri_low=uris[0], uri_high=uris[-1])
        if wanted_status is not None:
            (outer if latest else inner).append("status IN (SELECT unnest($statuses))")
            params["statuses"] = wanted_status
        if since is not None:
            (outer if latest else inner).append("scanned_at >= $since")
            params["since"] = _utc(since)

        def work(snap: _Snapshot) -> pa.Table:
            files = snap.objects_files()
            if not files:
                return _empty(OBJECTS_SCHEMA, cols)
            where = f"WHERE {' AND '.join(inner)}" if inner else ""
            # Only the columns asked for and those the filters and the latest-row order need (not reason, clean_uri…)
            needed = list(dict.fromkeys([*cols, "store", "object_uri", "scanned_at", "batch_id", "status"]))
            sql = f"SELECT {_sql_list(needed)} FROM read_parquet($files, hive_partitioning=false) {where}"
            if latest:
                sql += (
                    " QUALIFY row_number() OVER "
                    "(PARTITION BY store, object_uri ORDER BY scanned_at DESC, batch_id DESC) = 1"
                )
                if outer:
                    sql = f"SELECT * FROM ({sql}) WHERE {' AND '.join(outer)}"
            table = self._sql(sql, {"files": files, **params}).to_arrow_table()
            return table.select(cols).cast(_subset(OBJECTS_SCHEMA, cols))

        return self._read(work, store_list)

    def known_objects(self, store: str) -> dict[str, str]:
        """object_uri → object_sha256 of its latest committed row; objects whose latest row is ``deleted`` are left
        out (a new object at that uri is scanned again)."""
        table = self.objects(stores=[store], columns=["object_uri", "object_sha256", "status"], latest=True)
        live = table.filter(pc.not_equal(table["status"], "deleted"))
        return dict(zip(live["object_uri"].to_pylist(), live["object_sha256"].to_pylist(), strict=True))


# ---------------------------------------------------------------------------------------------------------
# Small helpers


def _checked_fingerprints(values: Iterable[str]) -> list[str]:
    out = sorted({v for v in values})
    for v in out:
        if not isinstance(v, str) or not re.fullmatch(r"[0-9a-f]{64}", v):
            raise ValueError(
                "fingerprints must be 64 lower-case hex digits (HMAC-SHA256 from afscherm.discovery.fingerprint)"
            )
    return out


def checked_columns(columns: Sequence[str] | None, schema: pa.Schema) -> list[str]:
    """``columns`` of ``schema`` (all for None), in order without repeats; an unknown name is a ValueError."""
    if columns is None:
        return list(schema.names)
    unknown = [c for c in columns if c not in schema.names]
    if unknown:
        raise ValueError(f"unknown column(s) {unknown}; known: {schema.names}")
    return list(dict.fromkeys(columns))


def _checked_size(text: str) -> str:
    if not re.fullmatch(r"\d+(\.\d+)?\s*[KMGT]?i?B", text):
        raise ValueError(f"memory_limit {text!r} is not a size like '1GB'")
    return text


def _sql_quote(text: str) -> str:
    return text.replace("'", "''")


def _subset(schema: pa.Schema, columns: Sequence[str]) -> pa.Schema:
    return pa.schema([schema.field(c) for c in columns])


def _empty(schema: pa.Schema, columns: Sequence[str]) -> pa.Table:
    return _subset(schema, columns).empty_table()


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
