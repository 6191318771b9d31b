"""Hash-chained, append-only audit log of every look-up, export, erasure and retention action.

Format (one JSON object per line in ``log.jsonl``)::

    {"seq": 1, "time": "2026-12-01T10:00:00.123456+00:00", "action": "lookup", "request_id": "AV-…",
     "fingerprints": ["<hex>", …], "object_uris": ["file:///…", …], "details": {…},
     "prev_hash": "<hex of entry seq-1, 64 zeros for the first>", "hash": "<hex>"}

``hash`` is SHA-256 over the canonical JSON of the entry without its ``hash`` key (keys sorted, compact
separators, UTF-8). The chain head — ``{"seq", "hash"}`` of the last entry — is written to a second file
(``head.json`` by default, anywhere the operator likes: another volume, a WORM bucket), so cutting entries off
the tail, which leaves a valid chain, is still detected. :func:`AuditLog.verify` names the first bad entry.

The log holds fingerprints, request ids, object URIs and counts, never plaintext identifiers: ``details`` is
checked to hold only numbers, booleans, short codes and lists of them (see :func:`_check_details`).

A crash between appending a line and moving the head leaves the log one entry ahead of the head; ``verify``
reports that honestly (entry N "after the recorded chain head") rather than guessing it was a crash.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

GENESIS = "0" * 64
# Short machine codes only: rule names, store names, entity types, states. A value with '@', digits runs
# or spaces could be a identifier, so details refuse free text.
_CODE = re.compile(r"[A-Za-z0-9_.:/=+\-]{0,80}")
_LONG_DIGITS = re.compile(r"\d{6,}")


class AuditError(RuntimeError):
    """The audit log cannot be read or written, or an entry would hold something it must not."""


@dataclass(frozen=True, slots=True)
class VerifyResult:
    ok: bool
    entries: int
    first_bad: int | None = None  # seq (1-based line number) of the first entry that fails
    problem: str = ""

    def describe(self) -> str:
        if self.ok:
            return f"audit log intact: {self.entries} entries, chain head matches"
        return f"entry {self.first_bad}: {self.problem}"


def canonical(entry: Mapping[str, Any]) -> bytes:
    """The bytes the hash is taken over: the entry without ``hash``, keys sorted, compact, UTF-8."""
    body = {k: v for k, v in entry.items() if k != "hash"}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def entry_hash(entry: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical(entry)).hexdigest()


def _check_details(details: Mapping[str, Any], where: str = "details") -> None:
    """Refuse anything that could be free text: the log must never carry a plaintext identifier."""
    for key, value in details.items():
        if not _CODE.fullmatch(str(key)):
            raise AuditError(f"audit {where}: key {key!r} is not a short code")
        _check_value(value, f"{where}.{key}")


def _check_value(value: Any, where: str) -> None:  # noqa: ANN401 - JSON value
    if value is None or isinstance(value, bool | int | float):
        return
    if isinstance(value, str):
        if not _CODE.fullmatch(value) or _LONG_DIGITS.search(value):
            raise AuditError(f"audit {where}: value is not a short code (free text is not allowed in the log)")
        return
    if isinstance(value, list | tuple):
        for i, item in enumerate(value):
            _check_value(item, f"{where}[{i}]")
        return
    if isinstance(value, Mapping):
        _check_details(value, where)
        return
    raise AuditError(f"audit {where}: unsupported type {type(value).__name__}")


_HEX64 = re.compile(r"[0-9a-f]{64}")


class AuditLog:
    """The log at ``path`` with its chain head at ``head_path`` (default: ``head.json`` beside it)."""

    def __init__(self, path: Path | str, head_path: Path | str | None = None) -> None:
        self.path = Path(path)
        self.head_path = Path(head_path) if head_path else self.path.with_name("head.json")
        self._lock_path = self.path.with_name(f".{self.path.name}.lock")

    @classmethod
    def for_index(cls, index_dir: Path | str) -> AuditLog:
        """The log of an index folder: ``DIR/audit/log.jsonl``; the head at $AFSCHERM_AUDIT_HEAD if set."""
        head = os.environ.get("AFSCHERM_AUDIT_HEAD") or None
        return cls(Path(index_dir) / "audit" / "log.jsonl", head)

    @contextmanager
    def _locked(self) -> Iterator[None]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._lock_path.open("a") as lock:
            fcntl.flock(lock.fileno(), fcntl.LOCK_EX)  # one writer at a time across processes
            try:
                yield
            finally:
                fcntl.flock(lock.fileno(), fcntl.LOCK_UN)

    def append(
        self,
        action: str,
        *,
        request_id: str | None = None,
        fingerprints: Iterable[str] = (),
        object_uris: Iterable[str] = (),
        details: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Append one entry and move the chain head; returns the entry. Refuses to extend a broken chain."""
        if not _CODE.fullmatch(action) or not action:
            raise AuditError(f"audit action {action!r} is not a short code")
        fps = sorted(set(fingerprints))
        for fp in fps:
            if not _HEX64.fullmatch(fp):
                raise AuditError("audit fingerprints must be hex HMAC-SHA256 values")
        details = dict(details or {})
        _check_details(details)
        with self._locked():
            seq, prev = self._tail()
            entry: dict[str, Any] = {
                "seq": seq + 1,
                "time": datetime.now(UTC).isoformat(),
                "action": action,
                "request_id": request_id,
                "fingerprints": fps,
                "object_uris": sorted(set(object_uris)),
                "details": details,
                "prev_hash": prev,
            }
            entry["hash"] = entry_hash(entry)
            line = json.dumps(entry, sort_keys=True, separators=(",", ":"), ensure_ascii=False) + "\n"
            with self.path.open("a", encoding="utf-8") as fh:
                fh.write(line)
                fh.flush()
                os.fsync(fh.fileno())
            self._write_head(entry["seq"], entry["hash"])
        return entry

    def _tail(self) -> tuple[int, str]:
        """seq and hash of the last entry, after checking the log ends where the head says it does."""
        head = self.read_head()
        last_seq, last_hash = 0, GENESIS
        if self.path.exists():
            last = _last_line(self.path)
            if last:
                try:
                    obj = json.loads(last)
                    last_seq, last_hash = int(obj["seq"]), str(obj["hash"])
                except (ValueError, KeyError, TypeError) as exc:
                    raise AuditError(f"{self.path}: last entry is unreadable; run 'afscherm audit verify'") from exc
        if (last_seq, last_hash) != head:
            raise AuditError(
                f"{self.path}: log end (entry {last_seq}) does not match the chain head (entry {head[0]}); "
                "run 'afscherm audit verify'"
            )
        return last_seq, last_hash

    def read_head(self) -> tuple[int, str]:
        if not self.head_path.exists():
            return 0, GENESIS
        try:
            obj = json.loads(self.head_path.read_text(encoding="utf-8"))
            return int(obj["seq"]), str(obj["hash"])
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise AuditError(f"{self.head_path}: chain head unreadable: {exc}") from exc

    def _write_head(self, seq: int, digest: str) -> None:
        self.head_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.head_path.with_name(f".{self.head_path.name}.part-{os.getpid()}")
        with tmp.open("w", encoding="utf-8") as fh:
            json.dump({"seq": seq, "hash": digest}, fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.head_path)

    def entries(self) -> Iterator[dict[str, Any]]:
        """The entries as stored (no checking: use :meth:`verify`)."""
        if not self.path.exists():
            return
        with self.path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield json.loads(line)

    def verify(self) -> VerifyResult:
        """Check every entry's hash, sequence and link, then the end of the log against the chain head."""
        try:
            head_seq, head_hash = self.read_head()
        except AuditError as exc:
            return VerifyResult(False, 0, 0, str(exc))
        expected_seq, prev = 1, GENESIS
        n = 0
        if self.path.exists():
            with self.path.open(encoding="utf-8", errors="replace") as fh:
                for n, line in enumerate(fh, start=1):  # noqa: B007 - n is used after the loop
                    problem = _check_line(line, expected_seq, prev)
                    if problem:
                        return VerifyResult(False, n - 1, n, problem)
                    obj = json.loads(line)
                    prev = obj["hash"]
                    expected_seq += 1
        if n < head_seq:
            return VerifyResult(
                False, n, n + 1, f"missing: the chain head records {head_seq} entries, the log ends at {n} (truncated)"
            )
        if n > head_seq:
            return VerifyResult(False, n, head_seq + 1, f"after the recorded chain head (entry {head_seq})")
        if n and prev != head_hash:
            return VerifyResult(False, n, n, "hash differs from the chain head (the chain was rewritten)")
        return VerifyResult(True, n)


def _check_line(line: str, expected_seq: int, prev: str) -> str:
    try:
        obj = json.loads(line)
    except ValueError:
        return "not valid JSON"
    if not isinstance(obj, dict):
        return "not a JSON object"
    if obj.get("seq") != expected_seq:
        return f"sequence number {obj.get('seq')!r}, expected {expected_seq} (entry inserted or removed)"
    if obj.get("prev_hash") != prev:
        return "prev_hash does not match the previous entry (entry inserted, removed or reordered)"
    if obj.get("hash") != entry_hash(obj):
        return "hash does not match the entry's content (entry altered)"
    return ""


def _last_line(path: Path) -> str:
    """The last non-empty line without reading the whole file."""
    with path.open("rb") as fh:
        fh.seek(0, os.SEEK_END)
        end = fh.tell()
        block = b""
        pos = end
        while pos > 0:
            step = min(8192, pos)
            pos -= step
            fh.seek(pos)
            block = fh.read(step) + block
            stripped = block.rstrip(b"\n")
            if b"\n" in stripped:
                return stripped.rsplit(b"\n", 1)[1].decode("utf-8", errors="replace")
        return block.rstrip(b"\n").decode("utf-8", errors="replace")
