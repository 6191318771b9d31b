"""Pipelined batches: workers run ahead, yet each batch is committed in order and only after its safe copies
are durable (file and folder synced); a run killed while batches are in flight resumes with no duplicate,
no skipped object and no unredacted byte in the clean store."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from afscherm.discovery.index import FindingsIndex
from afscherm.flows.objects import Processed
from afscherm.flows.scan import Job, scan_store, serial_mapper
from afscherm.flows.stores.base import ObjectInfo, StoreError, TransientStoreError
from afscherm.flows.stores.local import LocalStore
from afscherm.flows.stores.prefixed import PrefixedStore
from tests.scan_helpers import BSN, IBAN, TEST_INDEX_KEY, files_holding

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def index_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AFSCHERM_INDEX_KEY", TEST_INDEX_KEY)


def write_store(root: Path, n: int, folders: int = 1) -> dict[str, str]:
    planted = {}
    for i in range(n):
        key = f"map{i % folders}/t{i:04d}.txt"
        address = f"klant{i:04d}@example.nl"
        planted[key] = address
        (root / key).parent.mkdir(parents=True, exist_ok=True)
        (root / key).write_text(f"Ticket {i}: mail {address}, BSN {BSN}, rekening {IBAN}.\n", encoding="utf-8")
    return planted


class RecordingMapper:
    """Runs each batch on a thread of its own at ``submit`` (like a task runner's workers) and logs when."""

    def __init__(self, log: list[tuple[str, Any]]) -> None:
        self.log = log
        self.inner = serial_mapper(None)
        self.pool = ThreadPoolExecutor(max_workers=4)

    def submit(self, jobs: Sequence[Job]) -> Callable[[], Sequence[Processed]]:
        keys = tuple(name for name, _, _ in jobs)
        self.log.append(("submit", keys))
        future = self.pool.submit(self.inner, jobs)
        return future.result

    def __call__(self, jobs: Sequence[Job]) -> Sequence[Processed]:
        return self.submit(jobs)()


class RecordingStore(LocalStore):
    """A real folder that logs each completed write and each folder sync."""

    def __init__(self, name: str, root: Path, log: list[tuple[str, Any]]) -> None:
        super().__init__(name, root)
        self.log = log

    def _write(self, key: str, data: bytes, batch: Any) -> str:  # noqa: ANN401
        uri = super()._write(key, data, batch)
        self.log.append(("write", key))
        return uri

    def _sync_folder(self, parts: list[str]) -> None:
        super()._sync_folder(parts)
        self.log.append(("sync", "/".join(parts)))

    def _sync_file_system(self, fd: int) -> None:
        super()._sync_file_system(fd)
        self.log.append(("sync", FILE_SYSTEM))


FILE_SYSTEM = "(the whole file system)"  # syncfs: every folder of the store made durable at once


class RecordingIndex:
    """The real index; each append logged with the keys of its objects."""

    def __init__(self, path: Path, log: list[tuple[str, Any]], root: Path) -> None:
        self.index = FindingsIndex(path)
        self.log = log
        self.root = root.resolve().as_uri() + "/"

    def append(self, objects: list[dict], findings: list[dict]) -> str:
        batch = self.index.append(objects, findings)
        self.log.append(("commit", tuple(o["object_uri"][len(self.root) :] for o in objects)))
        return batch

    def __getattr__(self, name: str) -> Any:  # noqa: ANN401
        return getattr(self.index, name)


def test_batches_run_ahead_but_commit_in_order_after_their_copies_are_synced(tmp_path: Path) -> None:
    root = tmp_path / "src"
    planted = write_store(root, 12, folders=2)
    log: list[tuple[str, Any]] = []
    clean = RecordingStore("clean", tmp_path / "clean", log)
    summary = scan_store(
        LocalStore("support", root),
        index=RecordingIndex(tmp_path / "index", log, root),
        clean=PrefixedStore(clean, "support"),
        quarantine=LocalStore("q", tmp_path / "q"),
        mapper=RecordingMapper(log),
        batch_objects=3,
        pipeline_depth=2,
    )
    assert (summary.scanned, summary.redacted) == (12, 12)
    commits = [keys for event, keys in log if event == "commit"]
    assert [k for keys in commits for k in keys] == sorted(planted), "every object once, in listing order"
    position = {(event, keys): i for i, (event, keys) in enumerate(log) if event in ("submit", "commit")}
    # the workers had the next two batches before the first was committed (and never three ahead)
    submits = [keys for event, keys in log if event == "submit"]
    assert position[("submit", submits[1])] < position[("commit", commits[0])]
    assert position[("submit", submits[2])] < position[("commit", commits[0])]
    assert position[("submit", submits[3])] > position[("commit", commits[0])]
    for keys in commits:
        at = position[("commit", keys)]
        written = [i for i, (event, key) in enumerate(log[:at]) if event == "write" and key[len("support/") :] in keys]
        assert len(written) == len(keys), "each copy written before its batch's commit"
        folders = {"support/" + k.rsplit("/", 1)[0] for k in keys}
        synced = {key for event, key in log[max(written) : at] if event == "sync"}
        assert folders <= synced or FILE_SYSTEM in synced, (
            "the batch's folders synced after its last write, before the commit"
        )
    assert files_holding(tmp_path / "clean", [BSN, IBAN, *planted.values()]) == []


def _record_syncs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """(call, path) of every fsync, fdatasync and syncfs the local store makes from now on."""
    import afscherm.flows.stores.local as local

    calls: list[tuple[str, str]] = []
    for name in ("fsync", "fdatasync"):
        real = getattr(os, name)

        def spy(fd: int, real=real, name=name) -> None:  # noqa: ANN001
            calls.append((name, os.readlink(f"/proc/self/fd/{fd}")))
            real(fd)

        monkeypatch.setattr(local.os, name, spy)
    real_syncfs = local._SYNCFS
    if real_syncfs is not None:

        def syncfs(fd: int) -> int:
            calls.append(("syncfs", os.readlink(f"/proc/self/fd/{fd}")))
            return real_syncfs(fd)

        monkeypatch.setattr(local, "_SYNCFS", syncfs)
    return calls


def test_batched_writes_are_made_durable_by_one_syncfs_after_all_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import afscherm.flows.stores.local as local

    if local._SYNCFS is None:
        pytest.fail("this Linux C library has no syncfs")  # the machines we run on all have it
    store = LocalStore("clean", tmp_path / "clean")
    store.write("a/seed.txt", b"x")  # the folders exist: their creation is not what is counted
    store.write("b/seed.txt", b"x")
    calls = _record_syncs(monkeypatch)
    with store.batched_writes() as writer:
        for i in range(6):
            writer.write(f"{'ab'[i % 2]}/f{i}.txt", f"kopie {i}".encode())
        assert calls == [], "no file or folder synced one by one while the batch is being written"
    assert calls == [("syncfs", str(tmp_path / "clean"))]
    assert (tmp_path / "clean/b/f5.txt").read_bytes() == b"kopie 5"
    calls.clear()
    with pytest.raises(RuntimeError), store.batched_writes() as writer:
        writer.write("a/g.txt", b"y")
        raise RuntimeError("the batch failed")
    assert calls == [], "a failed batch is not made durable: it will not be committed either"


def test_a_failed_syncfs_fails_the_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import ctypes

    import afscherm.flows.stores.local as local

    def no_space(fd: int) -> int:
        ctypes.set_errno(28)
        return -1

    monkeypatch.setattr(local, "_SYNCFS", no_space)
    store = LocalStore("clean", tmp_path / "clean")
    with pytest.raises(StoreError, match="No space left"), store.batched_writes() as writer:
        writer.write("a/f.txt", b"kopie")


def test_without_syncfs_batched_writes_sync_each_file_and_each_folder_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import afscherm.flows.stores.local as local

    store = LocalStore("clean", tmp_path / "clean")
    store.write("a/seed.txt", b"x")
    store.write("b/seed.txt", b"x")
    monkeypatch.setattr(local, "_SYNCFS", None)
    calls = _record_syncs(monkeypatch)
    with store.batched_writes() as writer:
        for i in range(6):
            writer.write(f"{'ab'[i % 2]}/f{i}.txt", f"kopie {i}".encode())
        assert [call for call, _ in calls] == ["fdatasync"] * 6, "each file synced as it is written"
        assert not [path for call, path in calls if call == "fsync"], "no folder synced during the batch"
    folders = sorted(path for call, path in calls if call == "fsync")
    assert folders == [str(tmp_path / "clean/a"), str(tmp_path / "clean/b")]


class ThreadRecordingStore(LocalStore):
    """A real folder that notes which thread wrote each copy."""

    def __init__(self, name: str, root: Path) -> None:
        super().__init__(name, root)
        self.threads: list[int] = []

    def _write(self, key: str, data: bytes, batch: Any) -> str:  # noqa: ANN401
        self.threads.append(threading.get_ident())
        time.sleep(0.002)  # a write that waits (as for its file sync), so that a pool's threads would overlap
        return super()._write(key, data, batch)


@pytest.mark.parametrize("has_syncfs", [True, False])
def test_copies_are_written_in_the_scans_thread_when_one_syncfs_makes_them_durable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, has_syncfs: bool
) -> None:
    # With syncfs a copy's write waits for nothing: threads would only cost CPU. Without it each write waits for
    # its own file sync, and the scan overlaps those waits on several threads.
    import afscherm.flows.stores.local as local

    if not has_syncfs:
        monkeypatch.setattr(local, "_SYNCFS", None)
    elif local._SYNCFS is None:
        pytest.fail("this Linux C library has no syncfs")  # the machines we run on all have it
    root = tmp_path / "src"
    planted = write_store(root, 24, folders=2)
    clean = ThreadRecordingStore("clean", tmp_path / "clean")
    summary = scan_store(
        LocalStore("support", root),
        index=FindingsIndex(tmp_path / "index"),
        clean=PrefixedStore(clean, "support"),
        quarantine=LocalStore("q", tmp_path / "q"),
        mapper=serial_mapper(None),
        batch_objects=12,
    )
    assert (summary.scanned, summary.redacted) == (24, 24)
    assert len(clean.threads) == 24
    if has_syncfs:
        assert set(clean.threads) == {threading.get_ident()}
    else:
        assert threading.get_ident() not in clean.threads and len(set(clean.threads)) > 1
    assert files_holding(tmp_path / "clean", [BSN, IBAN, *planted.values()]) == []


SCAN_WITH_RUN_AHEAD = textwrap.dedent("""
    import sys
    from concurrent.futures import ThreadPoolExecutor
    from pathlib import Path

    from afscherm.flows.scan import serial_mapper
    from afscherm.flows.scan_store import ScanPlan, run_scan
    from afscherm.flows.stores.local import LocalStore
    from afscherm.flows.stores.prefixed import PrefixedStore

    root, out = Path(sys.argv[1]), Path(sys.argv[2])

    class RunAhead:  # the workers of a task runner: a batch starts when submitted
        def __init__(self):
            self.inner, self.pool = serial_mapper(None), ThreadPoolExecutor(max_workers=2)

        def submit(self, jobs):
            return self.pool.submit(self.inner, jobs).result

        def __call__(self, jobs):
            return self.submit(jobs)()

    clean = LocalStore("clean", out / "clean")
    plan = ScanPlan(sources=[LocalStore("support", root)], index_dir=out / "index",
                    clean=lambda s: PrefixedStore(clean, s.name), quarantine=LocalStore("q", out / "q"),
                    batch_objects=3, pipeline_depth=2)
    run_scan(plan, RunAhead())
""")


def test_killed_while_batches_are_in_flight_resumes_without_duplicates_skips_or_leaks(tmp_path: Path) -> None:
    root = tmp_path / "src"
    planted = write_store(root, 45, folders=3)
    out = tmp_path / "out"
    env = {**os.environ, "AFSCHERM_INDEX_KEY": TEST_INDEX_KEY, "PYTHONPATH": str(REPO)}
    command = [sys.executable, "-c", SCAN_WITH_RUN_AHEAD, str(root), str(out)]
    proc = subprocess.Popen(command, env=env, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    committed = out / "index/objects"
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and len(list(committed.rglob("*.parquet"))) < 3 and proc.poll() is None:
        time.sleep(0.02)
    assert proc.poll() is None, f"the scan ended before it was killed: {proc.stderr.read().decode()[-2000:]}"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    before = FindingsIndex(out / "index").objects().to_pylist()
    assert 0 < len(before) < 45, "killed half-way"
    # what the index holds is durable: every committed copy is there, whole and redacted
    for row in before:
        copy = Path(row["clean_uri"].removeprefix("file://"))
        assert copy.read_text(encoding="utf-8").startswith("Ticket "), row["object_uri"]
    assert files_holding(out / "clean", [BSN, IBAN, *planted.values()]) == []

    done = subprocess.run(command, env=env, cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    index = FindingsIndex(out / "index")
    uris = Counter(o["object_uri"] for o in index.objects().to_pylist())
    assert len(uris) == 45 and set(uris.values()) == {1}, "every object indexed exactly once"
    per_object = Counter((f["object_uri"], f["entity_type"]) for f in index.findings().to_pylist())
    assert len(per_object) == 45 * 3 and set(per_object.values()) == {1}, "no duplicate finding"
    assert sorted(str(p.relative_to(out / "clean/support")) for p in (out / "clean").rglob("*.txt")) == sorted(planted)
    assert files_holding(out / "clean", [BSN, IBAN, *planted.values()]) == []


class ListingFailsAfter(LocalStore):
    """A real folder whose listing breaks down (after its retries) once ``good`` objects were listed."""

    def __init__(self, name: str, root: Path, good: int) -> None:
        super().__init__(name, root)
        self.good = good

    def list(self, prefix: str = "") -> Iterator[ObjectInfo]:
        for n, info in enumerate(super().list(prefix)):
            if n == self.good:
                raise TransientStoreError("listing timed out after 5 attempts", store=self.name)
            yield info


def test_a_listing_that_fails_still_commits_the_batches_already_with_the_workers(tmp_path: Path) -> None:
    root = tmp_path / "src"
    planted = write_store(root, 10)
    log: list[tuple[str, Any]] = []
    index = FindingsIndex(tmp_path / "index")
    with pytest.raises(TransientStoreError, match="listing timed out"):
        scan_store(
            ListingFailsAfter("support", root, good=7),
            index=index,
            clean=PrefixedStore(LocalStore("clean", tmp_path / "clean"), "support"),
            quarantine=LocalStore("q", tmp_path / "q"),
            mapper=RecordingMapper(log),
            batch_objects=2,
            pipeline_depth=2,
        )
    committed = sorted(o["object_uri"].rsplit("/src/", 1)[1] for o in index.objects().to_pylist())
    assert committed == sorted(planted)[:6], "the three full batches listed before the failure are committed"
    assert (
        sorted(str(p.relative_to(tmp_path / "clean/support")) for p in (tmp_path / "clean").rglob("*.txt"))
        == sorted(planted)[:6]
    )


def test_detection_time_is_counted_per_thread_on_a_shared_engine() -> None:
    """The threads runner shares one engine: another thread's detection is not this object's time."""
    import threading

    from afscherm.flows.objects import ScanEngine

    class SlowAnalyzer:
        def analyze(self, texts: list[str]) -> list[list]:
            time.sleep(0.05)
            return [[] for _ in texts]

    engine = ScanEngine(analyzer=SlowAnalyzer(), redactor=None, id_policy=None, key=b"k" * 16)
    other = threading.Thread(target=engine.detect, args=(["tekst"],))
    other.start()
    other.join()
    assert engine.detect_seconds == 0.0
    engine.detect(["tekst"])
    assert 0.05 <= engine.detect_seconds < 1.0
