"""Erasure (Art. 17 AVG/GDPR): a plan per object, notifications for recipients (Art. 19), the backup report.

Per object that holds the subject's data (a strong match from ``discovery.subject``):

- ``keep`` — an active legal hold (``holds`` in ``configs/retention.yaml``), or a *statutory* term that has not
  ended (fiscal records: 7 years), named with its rule, basis and end date (Art. 17(3)(b) and (e));
- ``redact`` — the subject's findings are redacted in place; types a statutory ``keep_types`` term still holds
  (name and address on invoices: 10 years) stay and are named with their end date;
- ``delete`` — the object goes. A category's ``on_erasure`` decides between delete and redact; ``auto`` (the
  default) deletes an object only when every finding in it is the subject's, so nobody else's data is lost.

``flows`` applies the plan through the stores (redaction re-reads and re-detects the object and redacts the
findings whose fingerprint is the subject's), re-scans every touched object and passes the re-scan's findings to
:func:`verify`. Index entries of deleted objects are dropped and marked deleted.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from afscherm.discovery.request_config import AnchorField, ProcessingConfig, RetentionConfig
from afscherm.discovery.retention import as_date
from afscherm.discovery.subject import ObjectMatch, SubjectResult

DELETE, REDACT, KEEP, MISSING = "delete", "redact", "keep", "missing"


@dataclass
class ErasureItem:
    store: str
    object_uri: str
    key: str | None
    action: str  # delete | redact | keep | missing (not in the store any more)
    subject_findings: int
    subject_types: list[str]
    rule: str | None = None  # category or hold that decides
    basis: str = ""
    until: str | None = None  # end of the hold/term that keeps the object or some types
    held_types: list[str] = field(default_factory=list)  # for redact: types kept (statutory type term)
    reason: str = ""
    done: bool = False
    verified: bool | None = None  # re-scan found none of the subject's findings (None: not checked)
    remaining: int = 0  # subject findings the re-scan still found
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ErasurePlan:
    request_id: str | None
    today: str
    items: list[ErasureItem]
    weak_objects: int  # name-only matches, not touched
    backups: list[dict[str, Any]] = field(default_factory=list)

    def by_action(self, action: str) -> list[ErasureItem]:
        return [i for i in self.items if i.action == action]

    def summary(self) -> dict[str, int]:
        out = {a: len(self.by_action(a)) for a in (DELETE, REDACT, KEEP, MISSING)}
        out["weak_objects"] = self.weak_objects
        out["verified"] = sum(1 for i in self.items if i.verified)
        out["failed"] = sum(1 for i in self.items if i.error or i.verified is False)
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "request_id": self.request_id,
            "today": self.today,
            "summary": self.summary(),
            "items": [i.to_dict() for i in self.items],
            "backups": self.backups,
        }


def plan_object(
    match: ObjectMatch,
    *,
    key: str | None,
    retention: RetentionConfig,
    today: date,
    only_subject: bool,
    anchor: Any = None,  # noqa: ANN401 - the date field's value when the category counts from one
) -> ErasureItem:
    """The action for one matched object. ``only_subject``: every finding in the object is the subject's."""
    types = match.types
    item = ErasureItem(match.store, match.object_uri, key, DELETE, len(match.locations), types)
    if key is None:
        item.action, item.reason = MISSING, "niet (meer) in de opslag gevonden"
        return item
    holds = retention.holds_on(match.store, key, today)
    if holds:
        name, hold = holds[0]
        item.action, item.rule, item.basis = KEEP, name, hold.reason
        item.until = hold.until.isoformat() if hold.until else None
        item.reason = "juridische bewaarplicht (hold)"
        return item
    found = retention.category_of(match.store, key)
    mode = "auto"
    if found is not None:
        name, cat = found
        mode = cat.on_erasure
        start = as_date(anchor) if isinstance(cat.start, AnchorField) else as_date(match.modified)
        if start is None and cat.statutory:  # unknown start of a statutory term: keep, fail safe for the law
            item.action, item.rule, item.basis = KEEP, name, cat.basis
            item.reason = "begindatum van de wettelijke termijn onbekend"
            return item
        if start is not None and cat.statutory and today < cat.keep.after(start):
            item.action, item.rule, item.basis = KEEP, name, cat.basis
            item.until = cat.keep.after(start).isoformat()
            item.reason = "wettelijke bewaartermijn loopt nog"
            return item
        held = [(tt, tt.keep.after(start)) for tt in cat.keep_types if tt.statutory and start is not None]
        held = [(tt, until) for tt, until in held if today < until and set(tt.entity_types) & set(types)]
        if held:
            item.held_types = sorted({t for tt, _ in held for t in tt.entity_types} & set(types))
            item.until = max(until for _, until in held).isoformat()
            item.rule, item.basis = name, "; ".join(tt.basis for tt, _ in held if tt.basis)
            if set(types) <= set(item.held_types):
                item.action, item.reason = KEEP, "alle gegevens van betrokkene vallen onder een bewaartermijn"
            else:
                item.action, item.reason = REDACT, "gegevens van betrokkene afgeschermd, bewaarplichtige typen blijven"
            return item
        item.rule, item.basis = name, cat.basis
    if mode == "delete" or (mode == "auto" and only_subject):
        item.action, item.reason = DELETE, "object bevat alleen gegevens van betrokkene" if mode == "auto" else ""
    else:
        item.action, item.reason = REDACT, "object bevat ook gegevens van anderen" if mode == "auto" else ""
    return item


def plan_erasure(
    result: SubjectResult,
    *,
    retention: RetentionConfig,
    keys: Mapping[str, str | None],
    only_subject: Mapping[str, bool],
    anchors: Mapping[str, Any] | None = None,
    today: date | None = None,
    request_id: str | None = None,
) -> ErasurePlan:
    """The plan for every strong match of ``result``; ``keys`` maps object URI → key in its store (None: gone),
    ``only_subject`` URI → whether every finding of the object is the subject's."""
    today = today or date.today()
    items = [
        plan_object(
            m,
            key=keys.get(m.object_uri),
            retention=retention,
            today=today,
            only_subject=only_subject.get(m.object_uri, False),
            anchor=(anchors or {}).get(m.object_uri),
        )
        for m in result.objects
    ]
    return ErasurePlan(request_id, today.isoformat(), items, len(result.weak_objects))


def only_subject_findings(rows: Iterable[Mapping[str, Any]], subject_fps: set[str]) -> dict[str, bool]:
    """object_uri → True when every (current) finding of the object carries one of the subject's fingerprints."""
    out: dict[str, bool] = {}
    for row in rows:
        uri = row["object_uri"]
        out[uri] = out.get(uri, True) and row["fingerprint"] in subject_fps
    return out


def verify(item: ErasureItem, rescanned: Sequence[Mapping[str, Any]] | None, subject_fps: set[str]) -> ErasureItem:
    """Record the re-scan of a touched object: ``rescanned`` its findings (None when the object is gone)."""
    if item.action == DELETE:
        item.verified = rescanned is None
        item.remaining = len(rescanned or [])
        return item
    remaining = [
        r for r in rescanned or [] if r["fingerprint"] in subject_fps and r["entity_type"] not in item.held_types
    ]
    item.remaining = len(remaining)
    item.verified = rescanned is not None and not remaining
    return item


# ------------------------------------------------------------------------------------------------ outbox ---
_SAFE = re.compile(r"[^A-Za-z0-9_.-]+")


def recipients_to_notify(processing: ProcessingConfig, entity_types: Iterable[str]) -> list[str]:
    """Recipients with ``notify_on_erasure`` that receive a category of the erased data (Art. 19)."""
    cats = {c for t in entity_types if (c := processing.category_of_type(t))}
    return sorted(n for n, r in processing.recipients.items() if r.notify_on_erasure and set(r.categories) & cats)


def write_notifications(
    outbox: Path,
    *,
    request_id: str,
    processing: ProcessingConfig,
    subject: Mapping[str, Sequence[str]],
    erased_types: Iterable[str],
    sealed_identifiers: Sequence[str] | None = None,
    now: datetime | None = None,
) -> list[Path]:
    """One JSON message per recipient to notify: ``outbox/<request id>/<recipient>.json``, written atomically.

    The message names the request, the data categories and identifier types, and the subject's fingerprints; the
    identifiers themselves only as sealed tokens (``sealed_identifiers``: AES-GCM ``<ENC:…>`` tokens made by flows
    with the encryption key, read back by the delivery job with ``afscherm reveal``) — never in plaintext.
    """
    now = now or datetime.now(UTC)
    types = sorted(set(erased_types) | set(subject))
    written = []
    for name in recipients_to_notify(processing, types):
        rec = processing.recipients[name]
        message = {
            "type": "erasure_notification",
            "article": "art. 19 AVG",
            "request_id": request_id,
            "controller": processing.controller.name,
            "recipient": name,
            "recipient_label": rec.label,
            "delivery": rec.delivery,
            "webhook_url_env": rec.webhook_url_env,
            "created_at": now.isoformat(timespec="seconds"),
            "status": "pending",
            "categories": sorted(set(rec.categories) & {c for t in types if (c := processing.category_of_type(t))}),
            "identifier_types": sorted(subject),
            "fingerprints": {t: list(fps) for t, fps in sorted(subject.items())},
            "sealed_identifiers": list(sealed_identifiers or []),
            "text": "Verzoek tot verwijdering (art. 17 AVG): verwijder de gegevens van deze betrokkene uit uw "
            "systemen en bevestig dit aan de verwerkingsverantwoordelijke.",
        }
        folder = outbox / _SAFE.sub("_", request_id)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{_SAFE.sub('_', name)}.json"
        tmp = path.with_name(f".{path.name}.part-{os.getpid()}")
        with tmp.open("w", encoding="utf-8") as fh:
            json.dump(message, fh, ensure_ascii=False, indent=1)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        written.append(path)
    return written


# ----------------------------------------------------------------------------------------------- backups ---
def backup_report(
    retention: RetentionConfig,
    listing: Iterable[Any],
    *,
    erased_at: datetime | None = None,  # noqa: ANN401
) -> list[dict[str, Any]]:
    """Backups that may still hold the erased data: every backup object made before the erasure, with the date
    it must be gone by (made + backup term); those already past that date are flagged ``overdue``."""
    if retention.backups is None:
        return []
    erased_at = erased_at or datetime.now(UTC)
    today = erased_at.date()
    out = []
    for obj in listing:
        made = as_date(obj.modified)
        if made is None or made > today:
            continue
        until = retention.backups.keep.after(made)
        out.append(
            {
                "store": obj.store,
                "object_uri": obj.uri,
                "made": made.isoformat(),
                "expires": until.isoformat(),
                "overdue": until < today,
            }
        )
    return out
