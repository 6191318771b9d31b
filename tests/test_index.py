"""The findings index: atomic batches, compaction, latest-wins, deletion and erasure, push-down queries, no plaintext.

All values are synthetic (valid checksums, fictitious people).
"""

from __future__ import annotations

import hashlib
import random
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest

import afscherm.discovery.index as index_module
from afscherm.discovery.fingerprint import fingerprint, normalise
from afscherm.discovery.index import FINDINGS_SCHEMA, OBJECTS_SCHEMA, FindingsIndex

KEY = b"index-test-key-0123456789abcdef"
T0 = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
TYPES = ["NL_BSN", "EMAIL_ADDRESS", "PHONE_NUMBER", "PERSON", "IBAN_CODE"]
ROW_KEY = ["batch_id", "store", "object_uri", "unit", "start", "end", "entity_type", "fingerprint"]


def hexfp(seed: object) -> str:
    return hashlib.sha256(repr(seed).encode()).hexdigest()


def batch(
    store: str,
    uris: list[str],
    fps_per_object: list[list[tuple[str, str]]],
    *,
    scan_id: str = "scan-1",
    scanned_at: datetime = T0,
    sha: str | None = None,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Objects and findings rows as the scan flow builds them; findings are (entity_type, fingerprint)."""
    objects, findings = [], []
    for uri, fps in zip(uris, fps_per_object, strict=True):
        objects.append({
            "scan_id": scan_id, "store": store, "object_uri": uri, "object_sha256": sha or hexfp((uri, "content")),
            "size": 100, "modified": T0 - timedelta(days=1), "scanned_at": scanned_at,
            "status": "redacted" if fps else "clean", "reason": None, "clean_uri": None, "n_findings": len(fps),
        })  # fmt: skip
        for i, (entity_type, fp) in enumerate(fps):
            findings.append({
                "scan_id": scan_id, "store": store, "object_uri": uri, "unit": f"line {i + 1}",
                "entity_type": entity_type, "start": 3 * i, "end": 3 * i + 9, "page": None,
                "box": [0.0, 1.0, 2.0, 3.5] if i == 0 else None, "fingerprint": fp, "score": 0.75,
                "recognizer": "TestRecognizer", "found_at": scanned_at, "action": "replace",
            })  # fmt: skip
    return objects, findings


def random_batch(rng: random.Random, store: str, n_objects: int, pool: list[str], **kw: Any) -> tuple[list, list]:
    uris = [f"file:///data/{store}/doc-{rng.randrange(10**9):09d}.txt" for _ in range(n_objects)]
    fps = [[(rng.choice(TYPES), rng.choice(pool)) for _ in range(rng.randrange(0, 5))] for _ in uris]
    return batch(store, uris, fps, **kw)


def rows(table: pa.Table) -> list[tuple]:
    return sorted(tuple(r[c] for c in ROW_KEY) for r in table.to_pylist())


def parts(root: Path, kind: str, store: str) -> list[str]:
    d = root / kind / f"store={store}"
    return sorted(p.name for p in d.glob("part-*.parquet")) if d.exists() else []


@pytest.fixture
def idx(tmp_path: Path) -> FindingsIndex:
    return FindingsIndex(tmp_path / "index")


# ---------------------------------------------------------------------------------------------------------
# Appends


def test_append_round_trip(idx: FindingsIndex) -> None:
    uris = ["file:///m/1.eml", "file:///m/2.eml", "file:///m/3.eml"]
    fps = [[("NL_BSN", hexfp(1)), ("EMAIL_ADDRESS", hexfp(2))], [("PERSON", hexfp(3))], []]
    objects, findings = batch("mail", uris, fps)
    batch_id = idx.append(objects, findings)
    got = idx.findings()
    assert got.schema == FINDINGS_SCHEMA
    assert got.num_rows == 3 and set(got["batch_id"].to_pylist()) == {batch_id}
    by_fp = {r["fingerprint"]: r for r in got.to_pylist()}
    first = by_fp[hexfp(1)]
    assert first["object_sha256"] == objects[0]["object_sha256"] and first["store"] == "mail"
    assert first["box"] == [0.0, 1.0, 2.0, 3.5] and first["page"] is None and first["found_at"] == T0
    objs = idx.objects()
    assert objs.schema == OBJECTS_SCHEMA and objs.num_rows == 3  # also the object without findings
    root = idx.path
    assert parts(root, "findings", "mail") == parts(root, "objects", "mail") == [f"part-{batch_id}.parquet"]


def test_parquet_files_use_zstd_dictionaries_and_bloom_filters(idx: FindingsIndex) -> None:
    rng = random.Random(3)
    idx.append(*random_batch(rng, "mail", 50, [hexfp(i) for i in range(40)]))
    (path,) = (idx.path / "findings" / "store=mail").glob("part-*.parquet")
    meta = pq.ParquetFile(path).metadata
    for i in range(meta.num_columns):
        assert meta.row_group(0).column(i).compression == "ZSTD"
    columns = {meta.row_group(0).column(i).path_in_schema: meta.row_group(0).column(i) for i in range(meta.num_columns)}
    assert "RLE_DICTIONARY" in columns["entity_type"].encodings
    assert "RLE_DICTIONARY" in columns["store"].encodings
    # A Bloom filter for the fingerprint column (pyarrow has no reader for it; DuckDB's metadata shows it).
    bloom = idx._sql(
        "SELECT bloom_filter_offset FROM parquet_metadata($f) WHERE path_in_schema = 'fingerprint'", {"f": str(path)}
    ).fetchall()
    assert bloom and bloom[0][0] is not None and bloom[0][0] > 0


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda o, f: f[0].update(fingerprint=f[0]["fingerprint"].upper()), "fingerprint"),
        (lambda o, f: f[0].update(fingerprint=f[0]["fingerprint"][:63]), "fingerprint"),
        (lambda o, f: f[0].update(fingerprint="111222333"), "fingerprint"),
        (lambda o, f: f[0].update(object_uri="file:///elders"), "among the batch's objects"),
        (lambda o, f: f[0].update(object_sha256=hexfp("other")), "object_sha256 differs"),
        (lambda o, f: f[0].update(action="shred"), "action"),
        (lambda o, f: f[0].update(entity_type="bsn"), "entity_type"),
        (lambda o, f: f[0].update(start=20, end=10), "span"),
        (lambda o, f: f[0].update(value="111222333"), "unknown field"),
        (lambda o, f: f[0].update(batch_id="mine"), "assigned by the index"),
        (lambda o, f: o[1].update(store="other"), "one store"),
        (lambda o, f: o[1].update(object_uri=o[0]["object_uri"]), "twice"),
        (lambda o, f: o[0].update(n_findings=7), "n_findings"),
        (lambda o, f: o[0].update(status="gone"), "status"),
        (lambda o, f: o[0].update(reason="x" * 601), "reason"),
        (lambda o, f: [r.update(store="../etc") for r in o + f], "store name"),
        (lambda o, f: o.clear(), "at least one object"),
    ],
)
def test_invalid_rows_are_refused_and_nothing_is_written(idx: FindingsIndex, change: Any, message: str) -> None:
    objects, findings = batch("mail", ["file:///m/1", "file:///m/2"], [[("NL_BSN", hexfp(1))], []])
    change(objects, findings)
    with pytest.raises(ValueError, match=message) as err:
        idx.append(objects, findings)
    assert "111222333" not in str(err.value)
    assert not list(idx.path.rglob("*.parquet"))


def test_a_failed_commit_leaves_no_batch_and_no_orphan(idx: FindingsIndex, monkeypatch: pytest.MonkeyPatch) -> None:
    idx.append(*batch("mail", ["file:///m/0"], [[("NL_BSN", hexfp(0))]]))
    real = index_module._atomic_write_parquet

    def failing(target: Path, *args: Any, **kwargs: Any) -> int:
        if target.parent.parent.name == "objects":
            raise OSError("disk full")
        return real(target, *args, **kwargs)

    monkeypatch.setattr(index_module, "_atomic_write_parquet", failing)
    with pytest.raises(OSError, match="disk full"):
        idx.append(*batch("mail", ["file:///m/1"], [[("NL_BSN", hexfp(1))]]))
    assert idx.findings()["fingerprint"].to_pylist() == [hexfp(0)]
    assert len(parts(idx.path, "findings", "mail")) == 1


KILL_BETWEEN_FILES = """
import os, signal, sys
from datetime import datetime, UTC
sys.path.insert(0, {root!r})
import afscherm.discovery.index as ix
real = ix._atomic_write_parquet
def killed(target, *a, **k):
    if target.parent.parent.name == "objects":
        os.kill(os.getpid(), signal.SIGKILL)  # the process dies between the findings file and the commit
    return real(target, *a, **k)
ix._atomic_write_parquet = killed
now = datetime.now(UTC)
idx = ix.FindingsIndex({path!r})
idx.append(
    [{{"scan_id": "s2", "store": "mail", "object_uri": "file:///m/killed", "object_sha256": "", "size": 1,
       "scanned_at": now, "status": "redacted", "n_findings": 1}}],
    [{{"object_uri": "file:///m/killed", "unit": "line 1", "entity_type": "NL_BSN", "start": 0, "end": 9,
       "fingerprint": {fp!r}, "score": 1.0, "recognizer": "R", "found_at": now, "action": "replace"}}],
)
"""


def test_killed_between_the_two_files(tmp_path: Path) -> None:
    path = tmp_path / "index"
    idx = FindingsIndex(path)
    idx.append(*batch("mail", ["file:///m/0"], [[("NL_BSN", hexfp(0))]]))
    idx.close()
    code = KILL_BETWEEN_FILES.format(root=str(Path(__file__).resolve().parent.parent), path=str(path), fp=hexfp(9))
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert len(parts(path, "findings", "mail")) == 2  # the orphan is on disk ...
    assert len(parts(path, "objects", "mail")) == 1
    reader = FindingsIndex(path, readonly=True)
    assert reader.findings()["fingerprint"].to_pylist() == [hexfp(0)]  # ... but nobody sees it
    assert reader.findings(fingerprints=[hexfp(9)], history=True).num_rows == 0
    assert len(parts(path, "findings", "mail")) == 2  # readers do not clean up
    FindingsIndex(path)  # opening for writing does
    assert parts(path, "findings", "mail") == parts(path, "objects", "mail")


def test_clean_up_waits_for_appends_in_flight(idx: FindingsIndex) -> None:
    """An orphan-looking findings file of an append that is still running is not taken away from it."""
    orphan = idx.path / "findings" / "store=mail" / "part-20261101T090000000000Z-a0123456789abcdef.parquet"
    orphan.parent.mkdir(parents=True)
    orphan.write_bytes(b"in flight")
    with idx._append_lock(exclusive=False):  # another writer between its two files
        FindingsIndex(idx.path)
        assert orphan.exists()
    FindingsIndex(idx.path)
    assert not orphan.exists()


# ---------------------------------------------------------------------------------------------------------
# Compaction


def fill(idx: FindingsIndex, seed: int, stores: tuple[str, ...] = ("mail", "chat"), batches: int = 6) -> list[str]:
    rng = random.Random(seed)
    pool = [hexfp((seed, i)) for i in range(60)]
    for b in range(batches):
        for store in stores:
            idx.append(*random_batch(rng, store, 12, pool, scan_id=f"scan-{b}", scanned_at=T0 + timedelta(hours=b)))
    return pool


def test_compaction_keeps_exactly_the_rows_and_is_idempotent(tmp_path: Path) -> None:
    idx = FindingsIndex(tmp_path / "index", row_group_rows=16)
    fill(idx, 1)
    before_f, before_o = rows(idx.findings(history=True)), idx.objects().sort_by("object_uri").to_pylist()
    current = rows(idx.findings())
    assert len(parts(idx.path, "findings", "mail")) == 6
    idx.compact()
    for store in ("mail", "chat"):
        assert len(parts(idx.path, "findings", store)) == len(parts(idx.path, "objects", store)) == 1
    assert rows(idx.findings(history=True)) == before_f
    assert rows(idx.findings()) == current
    assert idx.objects().sort_by("object_uri").to_pylist() == before_o
    names = {s: (parts(idx.path, "findings", s), parts(idx.path, "objects", s)) for s in ("mail", "chat")}
    idx.compact()
    idx.compact("mail")
    assert {s: (parts(idx.path, "findings", s), parts(idx.path, "objects", s)) for s in ("mail", "chat")} == names


def test_incremental_compaction_merges_only_new_parts(tmp_path: Path) -> None:
    idx = FindingsIndex(tmp_path / "index", row_group_rows=16)
    pool = fill(idx, 8, stores=("mail",), batches=3)
    idx.compact()
    (first,) = parts(idx.path, "findings", "mail")
    rng = random.Random(9)
    for b in range(3):
        idx.append(*random_batch(rng, "mail", 10, pool, scanned_at=T0 + timedelta(days=1, hours=b)))
    before = rows(idx.findings(history=True))
    idx.compact(incremental=True)
    after = parts(idx.path, "findings", "mail")
    assert len(after) == 2 and first in after  # the earlier sorted file is left alone
    assert rows(idx.findings(history=True)) == before
    idx.compact(incremental=True)
    assert parts(idx.path, "findings", "mail") == after  # nothing new: nothing done
    idx.compact()
    assert len(parts(idx.path, "findings", "mail")) == 1
    assert rows(idx.findings(history=True)) == before


def test_compacted_files_are_sorted_by_fingerprint_in_row_groups(tmp_path: Path) -> None:
    idx = FindingsIndex(tmp_path / "index", row_group_rows=16)
    fill(idx, 2, stores=("mail",))
    idx.compact()
    (path,) = (idx.path / "findings" / "store=mail").glob("part-*.parquet")
    meta = pq.ParquetFile(path).metadata
    assert meta.num_row_groups > 3 and all(meta.row_group(i).num_rows <= 16 for i in range(meta.num_row_groups))
    col = FINDINGS_SCHEMA.get_field_index("fingerprint")
    ranges = [(meta.row_group(i).column(col).statistics.min, meta.row_group(i).column(col).statistics.max)
              for i in range(meta.num_row_groups)]  # fmt: skip
    assert all(lo <= hi for lo, hi in ranges)
    assert all(ranges[i][1] <= ranges[i + 1][0] for i in range(len(ranges) - 1))  # min/max statistics prune
    fps = pq.read_table(path, columns=["fingerprint"])["fingerprint"].to_pylist()
    assert fps == sorted(fps)


def test_no_duplicates_between_a_rewrite_commit_and_the_removal_of_old_parts(
    idx: FindingsIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(idx, 3, stores=("mail",))
    before = rows(idx.findings(history=True))
    with monkeypatch.context() as m:  # a crash right after the compacted batch committed
        m.setattr(FindingsIndex, "_remove_parts", lambda self, store, ids: None)
        idx.compact()
    assert len(parts(idx.path, "objects", "mail")) == 7  # old and new on disk
    assert rows(idx.findings(history=True)) == before  # every finding once
    assert FindingsIndex(idx.path, readonly=True).known_objects("mail") == idx.known_objects("mail")
    FindingsIndex(idx.path)  # the next writer removes the replaced parts
    assert len(parts(idx.path, "objects", "mail")) == len(parts(idx.path, "findings", "mail")) == 1
    assert rows(idx.findings(history=True)) == before


def test_readers_during_compactions_see_every_finding_once(tmp_path: Path) -> None:
    idx = FindingsIndex(tmp_path / "index", row_group_rows=32)
    rng = random.Random(4)
    pool = [hexfp(i) for i in range(200)]
    for b in range(4):
        idx.append(*random_batch(rng, "mail", 30, pool, scanned_at=T0 + timedelta(hours=b)))
    expected = rows(idx.findings(history=True))
    stop = threading.Event()
    errors: list[BaseException] = []

    def churn() -> None:  # rewrites of the whole store, one after the other, as fast as they go
        try:
            writer = FindingsIndex(idx.path, row_group_rows=32)
            while not stop.is_set():
                with writer._store_lock("mail"):
                    writer._rewrite("mail", writer._snapshot(["mail"]).parts)
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            errors.append(exc)

    thread = threading.Thread(target=churn)
    thread.start()
    try:
        reader = FindingsIndex(idx.path, readonly=True)
        deadline = time.monotonic() + 4
        reads = 0
        while time.monotonic() < deadline:
            assert rows(reader.findings(history=True)) == expected
            reads += 1
    finally:
        stop.set()
        thread.join()
    assert not errors
    assert reads >= 3


# ---------------------------------------------------------------------------------------------------------
# Latest wins, deletion, erasure


def test_known_objects_latest_wins(idx: FindingsIndex) -> None:
    uri = "file:///m/a.txt"
    idx.append(*batch("mail", [uri, "file:///m/b.txt"], [[], []], sha=hexfp("v1"), scanned_at=T0))
    idx.append(*batch("mail", [uri], [[]], sha=hexfp("v3"), scanned_at=T0 + timedelta(hours=2)))
    idx.append(*batch("mail", [uri], [[]], sha=hexfp("v2"), scanned_at=T0 + timedelta(hours=1)))  # late, older
    assert idx.known_objects("mail") == {uri: hexfp("v3"), "file:///m/b.txt": hexfp("v1")}
    idx.append(*batch("mail", [uri], [[]], sha=hexfp("v4"), scanned_at=T0 + timedelta(hours=2)))  # same time
    assert idx.known_objects("mail")[uri] == hexfp("v4")  # ties: the later batch
    idx.mark_deleted("mail", uri, "erasure request R-2026-0001")
    assert idx.known_objects("mail") == {"file:///m/b.txt": hexfp("v1")}
    idx.compact()
    assert idx.known_objects("mail") == {"file:///m/b.txt": hexfp("v1")}
    idx.append(*batch("mail", [uri], [[]], sha=hexfp("v5"), scanned_at=datetime.now(UTC) + timedelta(seconds=1)))
    assert idx.known_objects("mail")[uri] == hexfp("v5")  # a new object at the uri
    assert idx.known_objects("elsewhere") == {}


def test_findings_come_from_each_objects_latest_scan(idx: FindingsIndex) -> None:
    uri = "file:///m/a.txt"
    idx.append(*batch("mail", [uri], [[("NL_BSN", hexfp("old"))]], sha=hexfp(1), scanned_at=T0))
    idx.append(*batch("mail", [uri], [[("NL_BSN", hexfp("new"))]], sha=hexfp(2), scanned_at=T0 + timedelta(days=1)))
    assert idx.findings()["fingerprint"].to_pylist() == [hexfp("new")]
    assert idx.findings(fingerprints=[hexfp("old")]).num_rows == 0
    assert sorted(idx.findings(history=True)["fingerprint"].to_pylist()) == sorted([hexfp("old"), hexfp("new")])
    idx.compact()
    assert idx.findings()["fingerprint"].to_pylist() == [hexfp("new")]


def test_mark_deleted_hides_findings(idx: FindingsIndex) -> None:
    idx.append(*batch("mail", ["file:///m/a", "file:///m/b"], [[("NL_BSN", hexfp(1))], [("NL_BSN", hexfp(1))]]))
    batch_id = idx.mark_deleted("mail", "file:///m/a", "retention: contactformulieren 2 jaar")
    assert idx.findings(fingerprints=[hexfp(1)])["object_uri"].to_pylist() == ["file:///m/b"]
    shown = idx.findings(fingerprints=[hexfp(1)], include_deleted=True)["object_uri"].to_pylist()
    assert sorted(shown) == ["file:///m/a", "file:///m/b"]
    latest = idx.objects(object_uris=["file:///m/a"], latest=True).to_pylist()
    assert latest[0]["status"] == "deleted" and latest[0]["batch_id"] == batch_id
    assert latest[0]["reason"] == "retention: contactformulieren 2 jaar"
    assert idx.objects(statuses=["deleted"]).num_rows == 1


@pytest.mark.parametrize("reason", ["", "x" * 201, "two\nlines", "mail jan@voorbeeld.nl"])
def test_mark_deleted_reasons_are_short_and_plain(idx: FindingsIndex, reason: str) -> None:
    idx.append(*batch("mail", ["file:///m/a"], [[]]))
    with pytest.raises(ValueError, match="reason"):
        idx.mark_deleted("mail", "file:///m/a", reason)


def test_mark_deleted_needs_a_known_object(idx: FindingsIndex) -> None:
    with pytest.raises(KeyError):
        idx.mark_deleted("mail", "file:///m/never", "erasure R-1")


@pytest.mark.parametrize("compact_first", [False, True])
def test_drop_findings_removes_them_from_disk(idx: FindingsIndex, compact_first: bool) -> None:
    subject, other = hexfp("subject-bsn"), hexfp("someone-else")
    idx.append(*batch("mail", ["file:///m/a", "file:///m/b"], [[("NL_BSN", subject), ("PERSON", other)],
                                                                 [("NL_BSN", subject)]]))  # fmt: skip
    idx.append(*batch("mail", ["file:///m/c"], [[("PERSON", other)]]))
    if compact_first:
        idx.compact()
    assert idx.drop_findings("mail", "file:///m/a", fingerprints=[subject]) == 1
    assert sorted(idx.findings(history=True)["object_uri"].to_pylist()) == ["file:///m/a", "file:///m/b",
                                                                             "file:///m/c"]  # fmt: skip
    assert idx.drop_findings("mail", ["file:///m/b", "file:///m/a"]) == 2
    left = idx.findings(history=True)
    assert left.to_pylist() == idx.findings(include_deleted=True).to_pylist()
    assert left["object_uri"].to_pylist() == ["file:///m/c"]
    assert idx.objects().num_rows == 3  # the objects rows stay: the record that they were scanned
    assert idx.drop_findings("mail", "file:///m/a") == 0  # nothing left to drop
    for path in idx.path.rglob("*"):  # not merely hidden: gone from every file
        if path.is_file():
            assert subject.encode() not in path.read_bytes(), path


# ---------------------------------------------------------------------------------------------------------
# Queries


@pytest.mark.parametrize("compact", [False, True])
def test_pushed_down_queries_match_a_full_scan(tmp_path: Path, compact: bool) -> None:
    idx = FindingsIndex(tmp_path / "index", row_group_rows=64)
    pool = fill(idx, 5, stores=("mail", "chat", "sql"), batches=5)
    if compact:
        idx.compact("mail")  # one store compacted, the others not
    everything = idx.findings(history=True)
    rng = random.Random(6)
    for _ in range(25):
        fps = rng.sample(pool, rng.randint(1, 5)) + [hexfp("absent")]
        stores = rng.choice([None, ["mail"], ["chat", "sql"], ["nowhere"]])
        types = rng.choice([None, ["NL_BSN"], ["PERSON", "EMAIL_ADDRESS"]])
        since = rng.choice([None, T0 + timedelta(hours=2)])
        mask = pc.is_in(everything["fingerprint"], value_set=pa.array(fps))
        if stores:
            mask = pc.and_(mask, pc.is_in(everything["store"], value_set=pa.array(stores)))
        if types:
            mask = pc.and_(mask, pc.is_in(everything["entity_type"], value_set=pa.array(types)))
        if since:
            mask = pc.and_(mask, pc.greater_equal(everything["found_at"], pa.scalar(since, pa.timestamp("us", "UTC"))))
        expected = rows(everything.filter(mask))
        got = idx.findings(fingerprints=fps, stores=stores, entity_types=types, since=since, history=True)
        assert rows(got) == expected
    narrow = idx.findings(fingerprints=pool[:3], columns=["fingerprint", "object_uri"])
    assert narrow.column_names == ["fingerprint", "object_uri"]
    assert narrow.schema == pa.schema([FINDINGS_SCHEMA.field("fingerprint"), FINDINGS_SCHEMA.field("object_uri")])
    assert set(narrow["fingerprint"].to_pylist()) <= set(pool[:3])
    one = everything["object_uri"][0].as_py()
    by_uri = idx.findings(object_uris=[one], history=True)
    assert rows(by_uri) == rows(everything.filter(pc.equal(everything["object_uri"], one)))


def test_query_arguments_are_checked(idx: FindingsIndex) -> None:
    with pytest.raises(ValueError, match="64 lower-case hex"):
        idx.findings(fingerprints=["111222333"])
    with pytest.raises(ValueError, match="unknown column"):
        idx.findings(columns=["value"])
    with pytest.raises(ValueError, match="store name"):
        idx.findings(stores=["../x"])
    assert idx.findings(fingerprints=[]).num_rows == 0
    assert idx.findings().schema == FINDINGS_SCHEMA and idx.objects().schema == OBJECTS_SCHEMA


def test_objects_filters(idx: FindingsIndex) -> None:
    idx.append(*batch("mail", ["file:///m/a", "file:///m/b"], [[("NL_BSN", hexfp(1))], []], scanned_at=T0))
    idx.append(*batch("mail", ["file:///m/a"], [[]], scanned_at=T0 + timedelta(days=2), sha=hexfp(2)))
    assert idx.objects().num_rows == 3
    assert idx.objects(latest=True).num_rows == 2
    assert idx.objects(since=T0 + timedelta(days=1))["object_uri"].to_pylist() == ["file:///m/a"]
    assert idx.objects(statuses=["redacted"]).num_rows == 1
    assert idx.objects(statuses=["redacted"], latest=True).num_rows == 0  # latest row of a is "clean"
    assert idx.objects(columns=["object_uri", "status"], latest=True).column_names == ["object_uri", "status"]


def test_readonly_index(tmp_path: Path) -> None:
    missing = FindingsIndex(tmp_path / "nothing", readonly=True)
    assert not (tmp_path / "nothing").exists()
    assert missing.findings().num_rows == 0 and missing.known_objects("mail") == {}
    with pytest.raises(PermissionError):
        missing.append(*batch("mail", ["file:///m/a"], [[]]))


# ---------------------------------------------------------------------------------------------------------
# No plaintext


PLANTED = {
    "NL_BSN": "111222333",
    "IBAN_CODE": "NL91 ABNA 0417 1643 00",
    "EMAIL_ADDRESS": "w.de.bruijn@voorbeeld.nl",
    "PHONE_NUMBER": "06-12345678",
    "PERSON": "Willeke de Bruijn",
    "DATE_OF_BIRTH": "14-03-1981",
    "LOCATION": "Dorpsstraat 12, 1234 AB Ergenshuizen",
}


def test_no_planted_value_is_in_any_file(tmp_path: Path) -> None:
    idx = FindingsIndex(tmp_path / "index", row_group_rows=8)
    rng = random.Random(7)
    subject = [(t, fingerprint(t, v, KEY)) for t, v in PLANTED.items()]
    for b in range(4):
        uris = [f"file:///tickets/{b}-{i}.json" for i in range(6)]
        fps = [rng.sample(subject, 3) + [("PERSON", hexfp((b, i)))] for i in range(6)]
        idx.append(*batch("tickets", uris, fps, scanned_at=T0 + timedelta(hours=b)))
    idx.mark_deleted("tickets", "file:///tickets/0-0.json", "erasure request R-2026-0007")
    assert idx.findings(fingerprints=[fp for _, fp in subject]).num_rows > 0
    idx.compact()
    idx.drop_findings("tickets", "file:///tickets/0-0.json")
    needles = {KEY}
    for entity_type, value in PLANTED.items():
        for form in (value, "".join(value.split()), normalise(entity_type, value)):
            needles |= {form.encode(), form.lower().encode(), form.upper().encode()}
    files = [p for p in idx.path.rglob("*") if p.is_file()]
    assert len(files) >= 4
    for path in files:
        data = path.read_bytes().lower()
        for needle in needles:
            assert needle.lower() not in data, (path.name, len(needle))
