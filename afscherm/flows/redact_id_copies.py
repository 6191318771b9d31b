"""``redact_id_copies``: ID copies arriving in an inbox → verified safe copies out, originals removed.

The original is deleted only after its safe copy has been written *and read back identical* from the
outbox; a copy that is not released (verification found a BSN, document number, MRZ or face still
visible, or the upload could not be read) is moved to quarantine with its reason. A run killed at any
point leaves every upload either still in the inbox (done again next run, the same safe copy written
again) or gone with its safe copy stored.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from prefect import flow

from afscherm.flows.objects import IMAGE_SUFFIXES, PDF_SUFFIXES, ScanEngine, process_object
from afscherm.flows.stores.base import REASON_SUFFIX, Store, StoreError, TransientStoreError, quarantine_object

ID_COPY_SUFFIXES = IMAGE_SUFFIXES | PDF_SUFFIXES


@dataclass
class InboxSummary:
    released: int = 0
    quarantined: int = 0
    reasons: list[tuple[str, str]] = field(default_factory=list)  # (key, reason)

    def to_dict(self) -> dict[str, Any]:
        return {
            "released": self.released,
            "quarantined": self.quarantined,
            "reasons": [{"key": k, "reason": r} for k, r in self.reasons],
        }


def redact_inbox(
    inbox: Store,
    outbox: Store,
    quarantine: Store,
    engine: ScanEngine,
    index: Any = None,  # noqa: ANN401
    scan_id: str | None = None,
) -> InboxSummary:
    """Every upload in ``inbox`` handled once; see the module docstring for the order of steps."""
    summary = InboxSummary()
    for info in inbox.list():
        if info.key.endswith(REASON_SUFFIX):
            continue
        reason = None
        safe = None
        if PurePosixPath(info.key).suffix.lower() not in ID_COPY_SUFFIXES:
            reason = f"not an image or PDF ({PurePosixPath(info.key).suffix or 'no suffix'})"
        else:
            try:
                data = inbox.read(info.key)
            except TransientStoreError:
                raise
            except StoreError as exc:
                data, reason = None, f"cannot be read: {exc.reason}"
            if data is not None:
                result = process_object(info.key, data, engine, kind="image")
                if result.status == "quarantined":
                    reason = result.reason
                else:
                    safe = result.safe
        if safe is not None:
            outbox.write(info.key, safe)
            if hashlib.sha256(outbox.read(info.key)).digest() != hashlib.sha256(safe).digest():
                reason, safe = "the stored safe copy does not read back identical", None
                outbox.delete(info.key)
        if safe is None:
            quarantine_object(inbox, info.key, quarantine, reason or "not released", move=True)
            summary.quarantined += 1
            summary.reasons.append((info.key, reason or "not released"))
        else:
            inbox.delete(info.key)
            summary.released += 1
        if index is not None:
            _record(index, info, safe, reason, scan_id)
    return summary


def _record(index: Any, info: Any, safe: bytes | None, reason: str | None, scan_id: str | None) -> None:  # noqa: ANN401
    """The upload as an object of the index (its findings are boxes on an image; the copy is what stays)."""
    from afscherm.flows.scan import new_scan_id

    now = dt.datetime.now(dt.UTC)
    index.append(
        [
            {
                "scan_id": scan_id or new_scan_id(),
                "store": info.store,
                "object_uri": info.uri,
                "object_sha256": info.sha256 or "",
                "size": info.size,
                "modified": info.modified,
                "scanned_at": now,
                "status": "redacted" if safe is not None else "quarantined",
                "reason": reason,
                "clean_uri": None,
                "n_findings": 0,
            }
        ],
        [],
    )


@flow(name="redact_id_copies", validate_parameters=False)
def redact_id_copies_flow(
    inbox: str, outbox: str, quarantine: str | None = None, config: str | None = None
) -> dict[str, Any]:
    """The inbox watcher's run: folders (relative as ``data_base`` says) or store names from stores.yaml."""
    from prefect.artifacts import create_table_artifact

    from afscherm.detectors.config import config_dir, data_base
    from afscherm.flows.objects import engine_for
    from afscherm.flows.stores.config import load_stores_config, open_quarantine_store, open_store
    from afscherm.flows.stores.local import LocalStore

    directory = Path(config) if config else config_dir()
    stores = load_stores_config(directory / "stores.yaml")

    def store(spec: str, role: str) -> Store:
        if spec in stores.stores:
            return open_store(spec, stores)
        path = Path(spec) if Path(spec).is_absolute() else data_base(directory / "schedules.yaml") / spec
        path.mkdir(parents=True, exist_ok=True)
        return LocalStore(role, path)

    summary = redact_inbox(
        store(inbox, "id-inbox"),
        store(outbox, "id-safe"),
        store(quarantine, "quarantine") if quarantine else open_quarantine_store(stores),
        engine_for(config),
    )
    create_table_artifact(
        key="id-copy-inbox",
        table=[
            {"outcome": "released", "uploads": summary.released},
            {"outcome": "quarantined", "uploads": summary.quarantined},
        ],
        description="afscherm redact_id_copies: uploads released and quarantined in this run",
    )
    return summary.to_dict()
