"""The store interface every scan reads from and writes to: objects addressed by a key, listed in key order.

Keys are validated here once for every implementation, so a key from a listing (an S3 key such as
``../../etc/x``) can never make a local store write outside its root.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol, runtime_checkable

# Written next to a quarantined object; kept short so any store accepts it as a key suffix.
REASON_SUFFIX = ".reason.json"
# Keys that cannot be stored under their own name (invalid keys) are quarantined under this folder.
INVALID_KEY_FOLDER = "_invalid_keys"
# Temporary files of an atomic write; never listed, never accepted as keys.
TEMP_PREFIX = ".afscherm-tmp-"
_CONTROL = re.compile("[\x00-\x1f\x7f]")  # one C scan instead of a Python loop per character: 3 keys per object


@dataclass(frozen=True, slots=True)
class ObjectInfo:
    store: str  # store name from configs/stores.yaml
    key: str  # relative POSIX path (local), object key (s3), primary key text (sql)
    uri: str  # "file:///abs/path", "s3://bucket/key", "sql://<store>/<table>/<pk>"
    size: int  # bytes
    modified: datetime | None  # UTC
    sha256: str | None  # hex content hash if cheap to get, else None (the scanner hashes what it reads)


def _one_line(text: str) -> str:
    return " ".join(text.split())


class StoreError(Exception):
    """A permanent failure (not found, bad key, permission): one line naming the store and the key.

    ``reason`` is the cause without the store and key, fit for a quarantine reason file.
    """

    def __init__(self, reason: str, *, store: str | None = None, key: str | None = None) -> None:
        self.reason = _one_line(reason)
        self.store = store
        self.key = key
        where = []
        if store is not None:
            where.append(f"store {store!r}")
        if key is not None:
            where.append(f"key {key!r}")
        super().__init__(f"{', '.join(where)}: {self.reason}" if where else self.reason)


class TransientStoreError(StoreError):
    """A failure that may pass (timeout, HTTP 5xx, dropped connection): retried with back-off by ``retrying``."""

    def __init__(self, reason: str, *, store: str | None = None, key: str | None = None, attempts: int = 1) -> None:
        super().__init__(reason, store=store, key=key)
        self.attempts = attempts


class ObjectTooLargeError(StoreError):
    """``read(key, max_bytes=N)`` met an object larger than N bytes; nothing beyond N+1 bytes was read."""


def too_large(size: int | None, max_bytes: int, *, store: str, key: str) -> ObjectTooLargeError:
    what = f"object of {size:,} bytes" if size is not None else "object"
    return ObjectTooLargeError(f"{what} exceeds the limit of {max_bytes:,} bytes", store=store, key=key)


@runtime_checkable
class Store(Protocol):
    name: str
    kind: str  # "local" | "s3" | "sql"

    def list(self, prefix: str = "") -> Iterator[ObjectInfo]:
        """Streamed, bounded memory, sorted by key."""
        ...

    def read(self, key: str, *, max_bytes: int | None = None) -> bytes:
        """The object's bytes; with ``max_bytes`` an ObjectTooLargeError instead of reading more than that."""
        ...

    def write(self, key: str, data: bytes) -> str:
        """Atomic (never a partial object visible); returns the object's uri."""
        ...

    def delete(self, key: str) -> None:
        """Idempotent: deleting a missing object is not an error (a resumed run may delete twice)."""
        ...

    def exists(self, key: str) -> bool: ...


def key_problem(key: object) -> str | None:
    """Why ``key`` is not a safe relative key, or None when it is.

    Refused: empty keys, absolute paths (``/x``, ``C:...``), ``..`` segments, ``.`` and empty segments (``a//b``
    names the same file as ``a/b`` on disk), backslashes (a path separator on Windows and in some S3 gateways),
    NUL and other control characters, and the names of our own temporary files.
    """
    if not isinstance(key, str):
        return f"key must be a string, not {type(key).__name__}"
    if not key:
        return "empty key"
    try:
        key.encode("utf-8")
    except UnicodeEncodeError:  # a file name that is not UTF-8 (decoded with surrogateescape): no S3 key, no index
        return "key is not valid UTF-8"
    if "\x00" in key:
        return "NUL character in key"
    if _CONTROL.search(key):
        return "control character in key"
    if "\\" in key:
        return "backslash in key"
    if key.startswith("/"):
        return "absolute path"
    if len(key) >= 2 and key[1] == ":" and key[0].isalpha():
        return "drive letter in key"
    for segment in key.split("/"):
        if segment == "..":
            return "'..' segment in key"
        if segment in ("", "."):
            return "empty or '.' segment in key"
        if segment.startswith(TEMP_PREFIX):
            return f"{TEMP_PREFIX!r} names are reserved for temporary files"
    return None


def validate_key(key: str, *, store: str) -> str:
    """``key`` unchanged, or a StoreError naming the store, the key and the problem."""
    problem = key_problem(key)
    if problem:
        raise StoreError(problem, store=store, key=key if isinstance(key, str) else repr(key))
    return key


def printable_key(key: str) -> str:
    """``key`` as valid text: undecodable bytes of a file name shown as ``\\xff`` escapes."""
    try:
        return key.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return key.encode("utf-8", "surrogatepass").decode("utf-8", "backslashreplace")


def quarantine_key(key: str) -> str:
    """The key an object gets in quarantine: its own key, or a stable stand-in when that key is unsafe."""
    if key_problem(key) is None:
        return key
    digest = hashlib.sha256(str(key).encode("utf-8", "surrogatepass")).hexdigest()
    return f"{INVALID_KEY_FOLDER}/{digest}"


def quarantine_object(source: Store, key: str, quarantine: Store, reason: str, *, move: bool) -> str:
    """Copy (or move) ``key`` from ``source`` to ``quarantine`` and write ``<key>.reason.json`` beside it.

    Returns the quarantined object's uri. When the object cannot be read (a symlink, an unsafe key, gone), the
    reason file is still written, its reason says why nothing was copied, the source is left alone even when
    ``move`` is asked (fail closed: nothing is deleted that was not kept), and the reason file's uri is returned.
    Transient errors propagate so the caller can retry the whole step.
    """
    target = quarantine_key(key)
    data: bytes | None = None
    try:
        data = source.read(key)
    except TransientStoreError:
        raise
    except StoreError as exc:
        reason = f"{reason}; not copied: {exc.reason}"
    record = {
        "key": printable_key(key),
        "store": source.name,
        "reason": _one_line(reason),
        "at": datetime.now(UTC).isoformat(),
    }
    payload = json.dumps(record, sort_keys=True, ensure_ascii=False).encode("utf-8")
    uri: str | None = None
    if data is not None:
        uri = quarantine.write(target, data)
    reason_uri = quarantine.write(target + REASON_SUFFIX, payload)
    if data is None:
        return reason_uri
    if move:
        source.delete(key)
    assert uri is not None
    return uri
