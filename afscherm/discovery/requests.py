"""The request register: every data-subject request with its deadline, state and history.

Art. 12(3) AVG/GDPR: a request is answered "without undue delay and in any event within one month of receipt";
that period "may be extended by two further months where necessary, taking into account the complexity and
number of the requests", and the subject is told of the extension, with the reasons, within the first month.
Months are calendar months, clamped to the end of a shorter month (31 January → 28/29 February), the way the
EU's rules on periods (Regulation 1182/71) and Dutch practice count them.

The register is one JSON file (``DIR/requests/register.json`` for an index folder), rewritten atomically
under a lock. It holds the subject's identifiers only as fingerprints (keyed HMAC, see
``discovery.fingerprint``) — never the plaintext e-mail address, BSN or name.
"""

from __future__ import annotations

import calendar
import fcntl
import json
import os
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal

KINDS = ("access", "erasure", "rectification", "restriction", "portability")
Kind = Literal["access", "erasure", "rectification", "restriction", "portability"]
OPEN, COMPLETED, REJECTED, WITHDRAWN = "open", "completed", "rejected", "withdrawn"
CLOSED_STATES = (COMPLETED, REJECTED, WITHDRAWN)
# Art. 12(3) names exactly these two grounds for an extension.
EXTENSION_REASONS = ("complexity", "number_of_requests")
DUE_SOON_DAYS = 7
_ID = re.compile(r"AVG-\d{4}-\d{4,}")
# Notes are for staff; they must not become a place where identifiers are written down.
_IDENTIFIER_LIKE = re.compile(r"@|\d{5,}|\b[A-Z]{2}\d{2}[A-Z0-9]{4}")


class RequestError(ValueError):
    """Unknown request, a change the rules do not allow, or an unreadable register."""


def add_months(day: date, months: int) -> date:
    """The same day ``months`` calendar months later, clamped to the last day of a shorter month."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass
class Request:
    id: str
    kind: str
    received: str  # ISO date
    due: str  # ISO date: received + 1 month
    state: str = OPEN
    extended_due: str | None = None  # received + 3 months once extended
    extension_reason: str | None = None
    subject: dict[str, list[str]] = field(default_factory=dict)  # entity type -> fingerprints
    weak: bool = False  # identified by name (and date of birth) only
    history: list[dict[str, Any]] = field(default_factory=list)

    @property
    def deadline(self) -> date:
        return date.fromisoformat(self.extended_due or self.due)

    @property
    def is_open(self) -> bool:
        return self.state not in CLOSED_STATES

    def fingerprints(self) -> set[str]:
        return {fp for fps in self.subject.values() for fp in fps}

    def flag(self, today: date) -> str:
        """ "overdue", "due_soon" (within 7 days, today included), "" for on track or closed."""
        if not self.is_open:
            return ""
        if today > self.deadline:
            return "overdue"
        if (self.deadline - today).days <= DUE_SOON_DAYS:
            return "due_soon"
        return ""

    def days_left(self, today: date) -> int:
        return (self.deadline - today).days


def _check_note(note: str) -> str:
    if _IDENTIFIER_LIKE.search(note):
        raise RequestError("note looks like it holds an identifier (e-mail, number, IBAN): leave identifiers out")
    return note[:200]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class RequestRegister:
    """The register file at ``path``: read, change under an exclusive lock, write atomically."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._lock_path = self.path.with_name(f".{self.path.name}.lock")

    @classmethod
    def for_index(cls, index_dir: Path | str) -> RequestRegister:
        return cls(Path(index_dir) / "requests" / "register.json")

    # -- reading -------------------------------------------------------------------------------------------
    def _load(self) -> dict[str, Request]:
        if not self.path.exists():
            return {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return {r["id"]: Request(**r) for r in data["requests"]}
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise RequestError(f"{self.path}: register unreadable: {exc}") from exc

    def get(self, request_id: str) -> Request:
        requests = self._load()
        if request_id not in requests:
            raise RequestError(f"{self.path}: no request {request_id!r}")
        return requests[request_id]

    def list(self, *, open_only: bool = False) -> list[Request]:
        items = sorted(self._load().values(), key=lambda r: (r.deadline, r.id))
        return [r for r in items if r.is_open] if open_only else items

    # -- changing ------------------------------------------------------------------------------------------
    @contextmanager
    def _changing(self) -> Iterator[dict[str, Request]]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._lock_path.open("a") as lock:
            fcntl.flock(lock.fileno(), fcntl.LOCK_EX)
            try:
                requests = self._load()
                yield requests
                self._save(requests)
            finally:
                fcntl.flock(lock.fileno(), fcntl.LOCK_UN)

    def _save(self, requests: Mapping[str, Request]) -> None:
        body = {"version": 1, "requests": [asdict(r) for r in sorted(requests.values(), key=lambda r: r.id)]}
        tmp = self.path.with_name(f".{self.path.name}.part-{os.getpid()}")
        try:
            with tmp.open("w", encoding="utf-8") as fh:
                json.dump(body, fh, indent=1, sort_keys=True)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        finally:
            tmp.unlink(missing_ok=True)

    def add(
        self,
        kind: str,
        subject: Mapping[str, list[str]],
        *,
        received: date | None = None,
        weak: bool = False,
        note: str = "",
    ) -> Request:
        """Register a request received on ``received`` (default today); due one calendar month later."""
        if kind not in KINDS:
            raise RequestError(f"unknown request kind {kind!r} (one of {', '.join(KINDS)})")
        received = received or date.today()
        for fps in subject.values():
            for fp in fps:
                if not re.fullmatch(r"[0-9a-f]{64}", fp):
                    raise RequestError("the register holds fingerprints only (hex HMAC-SHA256)")
        with self._changing() as requests:
            number = 1 + sum(1 for r in requests.values() if r.id.startswith(f"AVG-{received.year}-"))
            req = Request(
                id=f"AVG-{received.year}-{number:04d}",
                kind=kind,
                received=received.isoformat(),
                due=add_months(received, 1).isoformat(),
                subject={t: sorted(set(fps)) for t, fps in sorted(subject.items())},
                weak=weak,
            )
            req.history.append({"at": _now(), "event": "registered", "state": OPEN, "note": _check_note(note)})
            requests[req.id] = req
        return req

    def extend(self, request_id: str, reason: str, *, note: str = "", today: date | None = None) -> Request:
        """Extend by two months (Art. 12(3)); only once, and only while the first month is still running."""
        if reason not in EXTENSION_REASONS:
            raise RequestError(f"extension reason must be one of {', '.join(EXTENSION_REASONS)} (Art. 12(3))")
        today = today or date.today()
        with self._changing() as requests:
            req = self._open(requests, request_id)
            if req.extended_due:
                raise RequestError(f"{request_id}: already extended to {req.extended_due}")
            if today > date.fromisoformat(req.due):
                raise RequestError(
                    f"{request_id}: the first month ended on {req.due}; an extension must be announced within it"
                )
            req.extended_due = add_months(date.fromisoformat(req.received), 3).isoformat()
            req.extension_reason = reason
            req.history.append(
                {
                    "at": _now(),
                    "event": "extended",
                    "state": req.state,
                    "reason": reason,
                    "due": req.extended_due,
                    "note": _check_note(note),
                }
            )
        return req

    def record(self, request_id: str, event: str, **details: Any) -> Request:  # noqa: ANN401
        """Append a history event (``looked_up``, ``exported``, ``erasure_planned``, ``erased`` …) with counts."""
        with self._changing() as requests:
            req = self._open(requests, request_id)
            entry = {"at": _now(), "event": event, "state": req.state}
            entry.update({k: v for k, v in details.items() if isinstance(v, int | float | bool) or v is None})
            req.history.append(entry)
        return req

    def close(self, request_id: str, state: str = COMPLETED, *, note: str = "") -> Request:
        if state not in CLOSED_STATES:
            raise RequestError(f"a request closes as one of {', '.join(CLOSED_STATES)}")
        with self._changing() as requests:
            req = self._open(requests, request_id)
            req.state = state
            req.history.append({"at": _now(), "event": state, "state": state, "note": _check_note(note)})
        return req

    def add_fingerprints(self, request_id: str, subject: Mapping[str, list[str]]) -> Request:
        """Confirmed candidate identifiers join the subject (by fingerprint), recorded in the history."""
        with self._changing() as requests:
            req = self._open(requests, request_id)
            for etype, fps in subject.items():
                req.subject[etype] = sorted(set(req.subject.get(etype, [])) | set(fps))
            req.history.append(
                {
                    "at": _now(),
                    "event": "identifiers_confirmed",
                    "state": req.state,
                    "count": sum(len(v) for v in subject.values()),
                }
            )
        return req

    @staticmethod
    def _open(requests: Mapping[str, Request], request_id: str) -> Request:
        if request_id not in requests:
            raise RequestError(f"no request {request_id!r}")
        req = requests[request_id]
        if not req.is_open:
            raise RequestError(f"{request_id} is {req.state}")
        return req


def is_request_id(text: str) -> bool:
    return bool(_ID.fullmatch(text))
