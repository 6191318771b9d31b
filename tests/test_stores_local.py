"""LocalStore: sorted streamed listing, no symlink ever followed, atomic writes, keys kept inside the root."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from afscherm.flows.stores import LocalStore, StoreError, TransientStoreError
from afscherm.flows.stores.base import TEMP_PREFIX
from afscherm.flows.stores.retry import RetryPolicy


@pytest.fixture
def store(tmp_path: Path) -> LocalStore:
    return LocalStore("local", tmp_path / "root", retry=RetryPolicy(attempts=3, base_delay=0))


def _put(root: Path, rel: str, data: bytes = b"x") -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def test_list_is_recursive_sorted_by_key_with_metadata(store: LocalStore) -> None:
    root = store.root
    for rel in ["b.txt", "a/z.txt", "a.txt", "a0", "a/b/c.txt", "A.txt", "é.txt", "a-b/x"]:
        _put(root, rel, rel.encode())
    infos = list(store.list())
    keys = [i.key for i in infos]
    assert keys == sorted(keys)  # code-point order, the same order S3 lists in
    assert keys == ["A.txt", "a-b/x", "a.txt", "a/b/c.txt", "a/z.txt", "a0", "b.txt", "é.txt"]
    first = infos[0]
    assert first.store == "local" and first.size == len(b"A.txt") and first.sha256 is None
    assert first.uri == (root / "A.txt").as_uri()
    assert first.modified is not None and first.modified.tzinfo == UTC
    assert abs((datetime.now(UTC) - first.modified).total_seconds()) < 60


def test_list_prefix(store: LocalStore) -> None:
    for rel in ["logs/2024/a.log", "logs/2025/b.log", "logsx/c.log", "mail/d.eml"]:
        _put(store.root, rel)
    assert [i.key for i in store.list("logs/")] == ["logs/2024/a.log", "logs/2025/b.log"]
    assert [i.key for i in store.list("logs")] == ["logs/2024/a.log", "logs/2025/b.log", "logsx/c.log"]
    assert [i.key for i in store.list("logs/2025/b")] == ["logs/2025/b.log"]
    assert list(store.list("nothing")) == []


def test_list_is_a_generator(store: LocalStore) -> None:
    for i in range(50):
        _put(store.root, f"d{i % 5}/f{i:03}.txt")
    it = store.list()
    first = next(it)
    assert first.key == "d0/f000.txt"
    it.close()  # closing early releases the folder descriptors (no error, no leak)


def test_missing_root_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="not found"):
        list(LocalStore("gone", tmp_path / "nope").list())


def test_symlink_loop_and_outside_link_are_listed_but_never_followed(store: LocalStore, tmp_path: Path) -> None:
    root = store.root
    _put(root, "docs/ok.txt", b"fine")
    outside = tmp_path / "secret.txt"
    outside.write_bytes(b"outside the root")
    (root / "docs" / "to_outside").symlink_to(outside)
    (root / "docs" / "loop").symlink_to(root / "docs" / "loop")  # a link to itself
    (root / "up").symlink_to(root)  # a directory loop: walking it would never end
    (root / "etc").symlink_to("/etc")
    keys = [i.key for i in store.list()]
    assert keys == ["docs/loop", "docs/ok.txt", "docs/to_outside", "etc", "up"]
    for key in ["docs/loop", "docs/to_outside", "etc", "up"]:
        with pytest.raises(StoreError, match="symlink: not followed") as err:
            store.read(key)
        assert err.value.reason == "symlink: not followed"
        assert err.value.store == "local" and err.value.key == key
    # through a symlinked folder neither
    with pytest.raises(StoreError, match="symlink"):
        store.read("up/docs/ok.txt")
    with pytest.raises(StoreError, match="symlink"):
        store.read("etc/hostname")
    assert store.read("docs/ok.txt") == b"fine"


def test_writes_never_go_through_a_symlinked_folder(store: LocalStore, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    store.root.mkdir(parents=True)
    (store.root / "out").symlink_to(outside)
    with pytest.raises(StoreError, match="symlink"):
        store.write("out/x.txt", b"data")
    assert list(outside.iterdir()) == []


def test_escaping_keys_are_store_errors(store: LocalStore, tmp_path: Path) -> None:
    store.root.mkdir(parents=True)
    for key in ["../../etc/x", "../sibling.txt", "/etc/passwd", "a/../../x", "a\\..\\..\\x"]:
        for op in (store.read, store.exists, store.delete, lambda k: store.write(k, b"!")):
            with pytest.raises(StoreError):
                op(key)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["root"]


def test_fifo_is_listed_and_fails_without_blocking(store: LocalStore) -> None:
    store.root.mkdir(parents=True)
    os.mkfifo(store.root / "pipe")
    assert [i.key for i in store.list()] == ["pipe"]
    with pytest.raises(StoreError, match="not a regular file"):
        store.read("pipe")


def test_write_read_overwrite_delete_exists(store: LocalStore) -> None:
    uri = store.write("new/deep/file.json", b'{"a": 1}')
    assert uri == (store.root / "new/deep/file.json").as_uri()
    assert store.exists("new/deep/file.json")
    assert store.read("new/deep/file.json") == b'{"a": 1}'
    store.write("new/deep/file.json", b"v2")
    assert store.read("new/deep/file.json") == b"v2"
    store.delete("new/deep/file.json")
    assert not store.exists("new/deep/file.json")
    store.delete("new/deep/file.json")  # idempotent
    store.delete("never/was/there.txt")
    with pytest.raises(StoreError, match="not found"):
        store.read("new/deep/file.json")
    assert not store.exists("new")  # a folder is not an object


def test_atomic_write_leaves_nothing_when_the_writer_dies(store: LocalStore, monkeypatch) -> None:
    store.write("report.txt", b"old complete version")

    import afscherm.flows.stores.local as local

    written: list[int] = []
    real_write = os.write

    def dying_write(fd: int, data) -> int:  # noqa: ANN001
        if written:  # the first chunk goes to disk, then the writer "dies"
            raise KeyboardInterrupt("killed mid-write")
        written.append(real_write(fd, data))
        return written[-1]

    monkeypatch.setattr(local, "_WRITE_CHUNK", 4)
    monkeypatch.setattr(local.os, "write", dying_write)
    with pytest.raises(KeyboardInterrupt):
        store.write("report.txt", b"new version that never completes")
    with pytest.raises(KeyboardInterrupt):
        store.write("fresh.txt", b"never visible")
    monkeypatch.undo()
    assert written  # the failure really was mid-write
    assert store.read("report.txt") == b"old complete version"
    assert not store.exists("fresh.txt")
    assert sorted(os.listdir(store.root)) == ["report.txt"]  # no temp file left behind
    assert [i.key for i in store.list()] == ["report.txt"]


def test_failed_fsync_is_an_error_and_leaves_no_object(store: LocalStore, monkeypatch) -> None:
    import afscherm.flows.stores.local as local

    def no_space(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(local.os, "fsync", no_space)
    with pytest.raises(StoreError, match="No space left") as err:
        store.write("a/b.txt", b"data")
    assert not isinstance(err.value, TransientStoreError)
    monkeypatch.undo()
    assert not store.exists("a/b.txt")
    assert os.listdir(store.root / "a") == []


def test_temp_files_of_a_killed_writer_are_not_listed(store: LocalStore) -> None:
    _put(store.root, "a/real.txt")
    _put(store.root, f"a/{TEMP_PREFIX}deadbeef", b"partial")
    assert [i.key for i in store.list()] == ["a/real.txt"]


def test_transient_os_errors_are_retried(store: LocalStore, monkeypatch) -> None:
    store.write("f.txt", b"data")
    import afscherm.flows.stores.local as local

    real_open = os.open
    failures = {"n": 2}

    def flaky_open(path, flags, *args, **kwargs):  # noqa: ANN001, ANN202
        if path == "f.txt" and failures["n"]:
            failures["n"] -= 1
            raise OSError(116, "Stale file handle")  # ESTALE from an NFS mount
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(local.os, "open", flaky_open)
    assert store.read("f.txt") == b"data"
    assert failures["n"] == 0


def test_odd_file_names_are_listed_and_quarantined_not_crashed_on(store: LocalStore, tmp_path: Path) -> None:
    import json

    from afscherm.flows.stores import quarantine_object

    store.root.mkdir(parents=True)
    (store.root / "new\nline.txt").write_bytes(b"a")
    with open(os.path.join(os.fsencode(store.root), b"latin1-\xe9.txt"), "wb") as fh:  # not UTF-8
        fh.write(b"b")
    keys = [i.key for i in store.list()]
    assert len(keys) == 2
    q = LocalStore("quarantine", tmp_path / "q")
    for key in keys:
        with pytest.raises(StoreError):
            store.read(key)
        quarantine_object(store, key, q, "unsafe name", move=False)
    records = [json.loads(p.read_bytes()) for p in (tmp_path / "q").rglob("*.reason.json")]
    assert sorted(r["key"] for r in records) == ["latin1-\\xe9.txt", "new\nline.txt"]
    assert all("not copied" in r["reason"] for r in records)


def test_read_with_a_size_limit(store: LocalStore) -> None:
    from afscherm.flows.stores import ObjectTooLargeError

    store.write("big.log", b"x" * 1000)
    assert store.read("big.log", max_bytes=1000) == b"x" * 1000
    with pytest.raises(ObjectTooLargeError, match="1,000 bytes exceeds the limit of 999") as err:
        store.read("big.log", max_bytes=999)
    assert not isinstance(err.value, TransientStoreError)
