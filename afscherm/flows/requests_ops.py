"""Access, erasure and retention requests as plain functions (``flows/request_flows.py`` wraps them in Prefect).

The split of work: ``discovery`` plans and decides (look-up by fingerprint, masking by fingerprint, erasure and
retention plans, audit, register); this module reads and writes the stores and runs the detectors — re-reading
matched objects for the export, redacting the subject's findings in place, re-scanning every touched object so
the erasure is verified against what is really stored and the index reflects it.

Every step is appended to the audit log with fingerprints, request ids and object URIs only.
"""

from __future__ import annotations

import copy
import datetime as dt
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from afscherm.detectors.config import ConfigError, config_dir
from afscherm.discovery.access import ObjectRecord, Package, TextFinding, UnitText, build_package, write_zip
from afscherm.discovery.audit import AuditLog
from afscherm.discovery.erasure import (
    DELETE,
    KEEP,
    REDACT,
    ErasureItem,
    ErasurePlan,
    backup_report,
    only_subject_findings,
    plan_erasure,
    verify,
    write_notifications,
)
from afscherm.discovery.request_config import load_processing, load_retention
from afscherm.discovery.requests import Request, RequestRegister
from afscherm.discovery.retention import RetentionItem, RetentionPlan, apply_retention, needs_field, plan_retention
from afscherm.discovery.subject import FINDING_COLUMNS, ObjectMatch, SubjectQuery, SubjectResult, current_rows, lookup
from afscherm.discovery.subject import latest_objects as _latest
from afscherm.flows.errors import CliError


# ------------------------------------------------------------------------------------------- context ---
@dataclass
class RequestContext:
    """Where things are: the index folder (with the register, audit log and outbox beside the index data),
    the configuration folder, and the stores of ``configs/stores.yaml``."""

    index_dir: Path
    config: str | None = None  # configuration folder (None: $AFSCHERM_CONFIG_DIR, else afscherm/configs)
    today: dt.date = field(default_factory=dt.date.today)
    _stores: dict[str, Any] = field(default_factory=dict)

    @property
    def config_dir(self) -> Path:
        return Path(self.config) if self.config else config_dir()

    @cached_property
    def index(self) -> Any:  # noqa: ANN401 - discovery.index.FindingsIndex
        from afscherm.discovery.index import FindingsIndex

        return FindingsIndex(self.index_dir)

    @cached_property
    def register(self) -> RequestRegister:
        return RequestRegister.for_index(self.index_dir)

    @cached_property
    def audit(self) -> AuditLog:
        return AuditLog.for_index(self.index_dir)

    @property
    def outbox(self) -> Path:
        return self.index_dir / "outbox"

    @cached_property
    def processing(self) -> Any:  # noqa: ANN401
        return load_processing(self.config_dir / "processing.yaml")

    @cached_property
    def retention(self) -> Any:  # noqa: ANN401
        return load_retention(self.config_dir / "retention.yaml")

    @cached_property
    def stores_config(self) -> Any:  # noqa: ANN401 - flows.stores.config.StoresConfig
        from afscherm.flows.stores.config import load_stores_config

        return load_stores_config(self.config_dir / "stores.yaml")

    @cached_property
    def key(self) -> bytes:
        from afscherm.discovery.fingerprint import index_key

        return index_key()

    def add_store(self, store: Any) -> None:  # noqa: ANN401
        """Use ``store`` for objects of its name (tests, folders scanned ad hoc)."""
        self._stores[store.name] = store

    def store(self, name: str, uri: str | None = None) -> Any:  # noqa: ANN401
        """The store named ``name``: one given with :meth:`add_store`, one from stores.yaml, or — for a folder
        scanned ad hoc (``afscherm scan DIR``, store named after the folder) — the folder found from a file URI."""
        if name in self._stores:
            return self._stores[name]
        from afscherm.flows.stores.config import open_store

        if name in self._configured():
            self._stores[name] = open_store(name, self.stores_config)
        elif uri and uri.startswith("file://"):
            self._stores[name] = _folder_store(name, uri)
        else:
            raise CliError(f"store {name!r} is not configured in {self.config_dir / 'stores.yaml'}")
        return self._stores[name]

    def _configured(self) -> dict[str, Any]:
        """The stores of stores.yaml; none when the file is missing (folders scanned ad hoc still resolve)."""
        if not (self.config_dir / "stores.yaml").exists():
            return {}
        return self.stores_config.stores

    def clean_store(self, source: Any) -> Any:  # noqa: ANN401
        """Where the scan writes ``source``'s safe copies (as ``flows.scan_store.plan_from_config`` does)."""
        from afscherm.flows.stores.config import open_clean_store
        from afscherm.flows.stores.prefixed import PrefixedStore

        if source.kind == "sql":
            return source
        if "__clean__" not in self._stores:
            self._stores["__clean__"] = open_clean_store(self.stores_config)
        return PrefixedStore(self._stores["__clean__"], source.name)

    def quarantine_store(self) -> Any:  # noqa: ANN401
        from afscherm.flows.stores.config import open_quarantine_store

        if "__quarantine__" not in self._stores:
            self._stores["__quarantine__"] = open_quarantine_store(self.stores_config)
        return self._stores["__quarantine__"]


def _folder_store(name: str, uri: str) -> Any:  # noqa: ANN401
    """A LocalStore for a folder scanned ad hoc: the nearest parent of the file named like the store."""
    from afscherm.flows.stores.local import LocalStore

    path = Path(unquote(urlparse(uri).path))
    for parent in path.parents:
        if parent.name == name:
            return LocalStore(name, parent)
    raise CliError(f"store {name!r}: not configured, and no folder of that name above {path}")


def key_for_uri(store: Any, uri: str) -> str | None:  # noqa: ANN401
    """The key of ``uri`` in ``store`` (the inverse of ``store.uri(key)``), or None when it is not the store's."""
    probe = "k"
    base = store.uri(probe)[: -len(probe)]
    if not uri.startswith(base):
        return None
    rest = uri[len(base) :]
    for key in (rest, unquote(rest)):
        try:
            if key and store.uri(key) == uri:
                return key
        except Exception:  # noqa: BLE001, S112 - an invalid key is simply not this store's
            continue
    return None


# ---------------------------------------------------------------------------------------- engine wrap ---
def _engine(config: str | None) -> Any:  # noqa: ANN401
    from afscherm.flows.objects import engine_for

    return engine_for(config)


class _UnitRecorder:
    """Collects (unit → text) for every finding the scan engine fingerprints, so the export can mask the unit."""

    def __init__(self) -> None:
        self.texts: dict[str, str] = {}


def _recording_engine(config: str | None, recorder: _UnitRecorder) -> Any:  # noqa: ANN401
    from afscherm.flows.objects import ScanEngine

    base = _engine(config)

    class RecordingEngine(ScanEngine):
        def indexed(self, unit: str, text: str, finding: Any, **where: Any) -> Any:  # noqa: ANN401
            recorder.texts.setdefault(unit, text)
            return super().indexed(unit, text, finding, **where)

    return RecordingEngine(analyzer=base.analyzer, redactor=base.redactor, id_policy=base.id_policy, key=base.key)


class _SubjectOnlyAnalyzer:
    """The analyzer, reporting only findings whose fingerprint is the subject's (and not of a held type):
    redaction through it touches the subject's data and nobody else's."""

    def __init__(self, inner: Any, key: bytes, targets: set[str], held: set[str]) -> None:  # noqa: ANN401
        from afscherm.discovery.fingerprint import fingerprinter

        self.inner, self.targets, self.held = inner, targets, held
        self.fp = fingerprinter(key)

    def analyze(self, texts: Sequence[str], *args: Any, **kwargs: Any) -> list[list[Any]]:  # noqa: ANN401
        texts = list(texts)
        results = self.inner.analyze(texts, *args, **kwargs)
        return [
            [
                f
                for f in found
                if f.entity_type not in self.held and self.fp(f.entity_type, text[f.start : f.end]) in self.targets
            ]
            for text, found in zip(texts, results, strict=True)
        ]

    def __getattr__(self, name: str) -> Any:  # noqa: ANN401
        return getattr(self.inner, name)


class _EveryoneAnalyzer(_SubjectOnlyAnalyzer):
    """For retention: every finding except the held types (name and address on an old invoice)."""

    def analyze(self, texts: Sequence[str], *args: Any, **kwargs: Any) -> list[list[Any]]:  # noqa: ANN401
        results = self.inner.analyze(list(texts), *args, **kwargs)
        return [[f for f in found if f.entity_type not in self.held] for found in results]


def _erasure_redactor() -> Any:  # noqa: ANN401
    """Replace with a Dutch tag, for every type; no column rules (they would rewrite everyone's values)."""
    from afscherm.redactors.policy import parse_policy
    from afscherm.redactors.text import Redactor

    policy = parse_policy({"default": "replace"}, "<erasure>")
    return Redactor(policy)


def _redact_bytes(name: str, data: bytes, kind: str | None, analyzer: Any, config: str | None) -> bytes:  # noqa: ANN401
    from afscherm.flows.objects import ScanEngine, process_object

    base = _engine(config)
    engine = ScanEngine(analyzer=analyzer, redactor=_erasure_redactor(), id_policy=base.id_policy, key=base.key)
    result = process_object(name, data, engine, kind)
    if result.status == "quarantined" or result.safe is None:
        raise RuntimeError(f"could not redact in place: {result.reason}")
    return result.safe


def _kind(store: Any) -> str | None:  # noqa: ANN401
    return "structured" if store.kind == "sql" else None


def _in_place(store: Any) -> Any:  # noqa: ANN401
    """A SQL store writing back into its own table (its scan may write masked rows to a clean table)."""
    if store.kind == "sql" and getattr(store, "mode", "replace") != "replace":
        clone = copy.copy(store)
        clone.mode = "replace"
        return clone
    return store


# -------------------------------------------------------------------------------------------- look-up ---
def register_or_get(
    ctx: RequestContext,
    *,
    request_id: str | None,
    kind: str,
    query: SubjectQuery | None,
    received: dt.date | None = None,
) -> Request:
    """The request ``request_id``, or a new one registered for ``query`` (fingerprints only are stored)."""
    from afscherm.discovery.subject import is_weak_key, subject_fingerprints

    if request_id:
        req = ctx.register.get(request_id)
        if query is not None and not query.is_empty():
            added = subject_fingerprints(query, ctx.key)
            ctx.register.add_fingerprints(req.id, added)
            ctx.audit.append(
                "identifiers_added",
                request_id=req.id,
                fingerprints=[fp for fps in added.values() for fp in fps],
                details={"types": sorted(added)},
            )
            req = ctx.register.get(req.id)
        return req
    if query is None or query.is_empty():
        raise CliError("give a REQUEST_ID or at least one identifier (--email, --phone, --bsn, --iban, --name)")
    subject = subject_fingerprints(query, ctx.key)
    req = ctx.register.add(kind, subject, received=received or ctx.today, weak=is_weak_key(subject))
    ctx.audit.append(
        "register", request_id=req.id, fingerprints=req.fingerprints(), details={"kind": kind, "due": req.due}
    )
    return req


def lookup_request(ctx: RequestContext, req: Request) -> SubjectResult:
    result = lookup(ctx.index, req.subject)
    ctx.audit.append(
        "lookup",
        request_id=req.id,
        fingerprints=req.fingerprints(),
        object_uris=[o.object_uri for o in result.objects + result.weak_objects],
        details=result.summary(),
    )
    if req.is_open:
        ctx.register.record(req.id, "looked_up", **result.summary())
    return result


# --------------------------------------------------------------------------------------------- access ---
def read_record(ctx: RequestContext, match: ObjectMatch) -> ObjectRecord:
    """Read a matched object back and re-detect it: its units with fingerprinted findings."""
    from afscherm.flows.objects import process_object, sha256
    from afscherm.flows.stores.base import StoreError

    try:
        store = ctx.store(match.store, match.object_uri)
        key = key_for_uri(store, match.object_uri)
        if key is None:
            return ObjectRecord(match, error="niet gevonden in de opslag")
        data = store.read(key)
    except StoreError as exc:
        return ObjectRecord(match, error=f"niet te lezen: {exc.reason}")
    if sha256(data) != match.object_sha256:
        return ObjectRecord(match, error="gewijzigd sinds de laatste scan; scan opnieuw en herhaal", key=key)
    recorder = _UnitRecorder()
    result = process_object(key, data, _recording_engine(ctx.config, recorder), _kind(store))
    if result.status == "quarantined" and not result.findings:
        return ObjectRecord(match, error="in quarantaine: niet automatisch te lezen", key=key)
    units: dict[str, UnitText] = {}
    for f in result.findings:
        text = recorder.texts.get(f.unit)
        if text is None:  # an attachment's unit is prefixed with its part: find the inner name
            text = next((t for u, t in recorder.texts.items() if f.unit.endswith(" " + u)), None)
        if text is None:
            continue
        unit = units.setdefault(f.unit, UnitText(f.unit, text))
        unit.findings.append(TextFinding(f.entity_type, f.start, f.end, f.fingerprint))
    return ObjectRecord(match, list(units.values()), key=key)


def export_access(
    ctx: RequestContext,
    req: Request,
    out: Path,
    *,
    passphrase: str | None = None,
    include_weak: bool = False,
    log2_n: int | None = None,
) -> tuple[Package, SubjectResult]:
    """Look the subject up, read every matched object back, build and write the package; audit and register."""
    result = lookup_request(ctx, req)
    records = [read_record(ctx, m) for m in result.selected(include_weak)]
    package = build_package(
        request=_request_info(req), result=result, records=records, processing=ctx.processing, retention=ctx.retention
    )
    write_zip(package, out, passphrase=passphrase, log2_n=log2_n)
    exported = [r.match.object_uri for r in records if not r.error]
    ctx.audit.append(
        "export",
        request_id=req.id,
        fingerprints=req.fingerprints(),
        object_uris=exported,
        details={
            "objects": len(exported),
            "errors": sum(1 for r in records if r.error),
            "encrypted": passphrase is not None,
        },
    )
    if req.is_open:
        ctx.register.record(req.id, "exported", objects=len(exported), encrypted=passphrase is not None)
    return package, result


def _request_info(req: Request) -> dict[str, Any]:
    return {"id": req.id, "kind": req.kind, "received": req.received, "due": req.due, "extended_due": req.extended_due}


# -------------------------------------------------------------------------------------------- erasure ---
def _anchor_value(ctx: RequestContext, store: Any, key: str, field_name: str) -> Any:  # noqa: ANN401
    """A date field inside an object (a SQL row's column, a JSON document's key); None if absent."""
    import json

    try:
        doc = json.loads(store.read(key))
    except Exception:  # noqa: BLE001 - no readable field: the term cannot start
        return None
    return doc.get(field_name) if isinstance(doc, dict) else None


def plan_request_erasure(ctx: RequestContext, req: Request) -> tuple[ErasurePlan, SubjectResult]:
    result = lookup_request(ctx, req)
    keys: dict[str, str | None] = {}
    anchors: dict[str, Any] = {}
    for m in result.objects:
        try:
            store = ctx.store(m.store, m.object_uri)
        except CliError:
            keys[m.object_uri] = None
            continue
        key = key_for_uri(store, m.object_uri)
        keys[m.object_uri] = key if key is not None and store.exists(key) else None
        if key is not None and (field_name := needs_field(ctx.retention, m.store, key)):
            anchors[m.object_uri] = _anchor_value(ctx, store, key, field_name)
    rows = _current_findings(ctx, result.objects)
    plan = plan_erasure(
        result,
        retention=ctx.retention,
        keys=keys,
        only_subject=only_subject_findings(rows, result.fingerprints),
        anchors=anchors,
        today=ctx.today,
        request_id=req.id,
    )
    plan.backups = _backups(ctx)
    ctx.audit.append(
        "erasure_plan",
        request_id=req.id,
        fingerprints=req.fingerprints(),
        object_uris=[i.object_uri for i in plan.items],
        details=plan.summary(),
    )
    return plan, result


def _current_findings(ctx: RequestContext, objects: Sequence[ObjectMatch]) -> list[dict[str, Any]]:
    if not objects:
        return []
    uris = sorted({o.object_uri for o in objects})
    stores = sorted({o.store for o in objects})
    rows = ctx.index.findings(stores=stores, object_uris=uris, columns=FINDING_COLUMNS).to_pylist()
    latest = {
        o.object_uri: {
            "object_uri": o.object_uri,
            "object_sha256": o.object_sha256,
            "status": o.status,
            "store": o.store,
        }
        for o in objects
    }
    return current_rows(rows, latest)


def _backups(ctx: RequestContext) -> list[dict[str, Any]]:
    cfg = ctx.retention
    if cfg.backups is None:
        return []
    from afscherm.flows.stores.base import StoreError

    listing, problems = [], []
    for name in cfg.backups.stores:
        try:
            listing.extend(ctx.store(name).list())
        except CliError:
            continue  # no such store configured: nothing to report
        except StoreError as exc:  # a backup store that cannot be listed is reported, not skipped silently
            problems.append({"store": name, "object_uri": None, "error": exc.reason})
    return backup_report(cfg, listing, erased_at=dt.datetime.combine(ctx.today, dt.time(), dt.UTC)) + problems


def apply_erasure(
    ctx: RequestContext,
    req: Request,
    plan: ErasurePlan,
    result: SubjectResult,
    *,
    sealed_identifiers: Sequence[str] | None = None,
) -> ErasurePlan:
    """Carry the plan out through the stores, re-scan every touched object, verify, notify, update the index."""
    from afscherm.flows.scan import scan_store, serial_mapper

    fps = result.fingerprints
    for item in plan.items:
        if item.action not in (DELETE, REDACT):
            continue
        store = ctx.store(item.store, item.object_uri)
        try:
            if item.action == DELETE:
                store.delete(item.key)
                _delete_clean_copy(ctx, store, item)
                ctx.index.drop_findings(item.store, [item.object_uri])
                ctx.index.mark_deleted(item.store, item.object_uri, f"erasure:{req.id}")
                verify(item, None if not store.exists(item.key) else [{}], fps)
            else:
                _redact_in_place(ctx, store, item, fps)
                # The old version's findings (the subject's fingerprints among them) leave the index; the re-scan
                # records what the object holds now.
                ctx.index.drop_findings(item.store, [item.object_uri])
                scan_store(
                    store,
                    index=ctx.index,
                    clean=ctx.clean_store(store),
                    quarantine=ctx.quarantine_store(),
                    mapper=serial_mapper(ctx.config),
                    prefix=item.key,
                    kind=_kind(store),
                )
                verify(item, _rescanned(ctx, store, item), fps)
            item.done = True
        except Exception as exc:  # noqa: BLE001 - reported per object; the others go on
            item.error = f"{type(exc).__name__}: {' '.join(str(exc).split())[:200]}"
    erased_types = sorted({t for i in plan.items if i.done for t in i.subject_types if t not in i.held_types})
    messages = write_notifications(
        ctx.outbox,
        request_id=req.id,
        processing=ctx.processing,
        subject=req.subject,
        erased_types=erased_types,
        sealed_identifiers=sealed_identifiers,
    )
    ctx.audit.append(
        "erasure",
        request_id=req.id,
        fingerprints=req.fingerprints(),
        object_uris=[i.object_uri for i in plan.items if i.done],
        details={**plan.summary(), "notifications": len(messages)},
    )
    ctx.register.record(req.id, "erased", **plan.summary(), notifications=len(messages))
    return plan


def _redact_in_place(ctx: RequestContext, store: Any, item: ErasureItem, fps: set[str]) -> None:  # noqa: ANN401
    data = store.read(item.key)
    analyzer = _SubjectOnlyAnalyzer(_engine(ctx.config).analyzer, ctx.key, fps, set(item.held_types))
    safe = _redact_bytes(item.key, data, _kind(store), analyzer, ctx.config)
    if safe != data:
        _in_place(store).write(item.key, safe)


def _delete_clean_copy(ctx: RequestContext, store: Any, item: ErasureItem | RetentionItem) -> None:  # noqa: ANN401
    if store.kind == "sql":
        store.delete_clean(item.key)  # the masked copy in the clean table goes with the row
        return
    try:
        ctx.clean_store(store).delete(item.key)
    except ConfigError:
        return  # no clean store configured


def _rescanned(ctx: RequestContext, store: Any, item: ErasureItem) -> list[dict[str, Any]] | None:  # noqa: ANN401
    """The findings the re-scan recorded for the object's current content (None when it is gone)."""
    if not store.exists(item.key):
        return None
    latest = _latest(
        ctx.index.objects(
            stores=[item.store],
            object_uris=[item.object_uri],
            latest=True,
            columns=["store", "object_uri", "object_sha256", "status", "scanned_at"],
        ).to_pylist()
    )
    rows = ctx.index.findings(stores=[item.store], object_uris=[item.object_uri], columns=FINDING_COLUMNS)
    return current_rows(rows.to_pylist(), latest)


def seal_identifiers(query: SubjectQuery | None, config: str | None) -> list[str] | None:
    """The identifiers as AES-GCM tokens for the processors' notifications, when an encryption key is set."""
    if query is None or query.is_empty():
        return None
    from afscherm.redactors.encryption import encrypt_token
    from afscherm.redactors.keys import encryption_key
    from afscherm.redactors.policy import load_policy

    policy = load_policy((Path(config) if config else config_dir()) / "policy.yaml")
    if not os.environ.get(policy.keys.encryption.env):
        return None
    key = encryption_key(policy.keys.encryption, "policy.yaml keys.encryption")
    return [encrypt_token(key, etype, value) for etype, value in query.values()]


# ------------------------------------------------------------------------------------------ retention ---
def plan_store_retention(ctx: RequestContext, stores: Iterable[str] | None = None) -> RetentionPlan:
    """The retention plan over the configured stores (and the backup stores), streamed from their listings."""
    cfg = ctx.retention
    names = list(stores) if stores else list(ctx.stores_config.stores)
    if cfg.backups:
        names += [n for n in cfg.backups.stores if n not in names and n in ctx.stores_config.stores]

    def listing() -> Iterable[Any]:
        from afscherm.flows.stores.base import StoreError

        for name in names:
            try:
                yield from ctx.store(name).list()
            except StoreError as exc:  # one store down: the others are still planned, this one reported
                store_errors.append(f"{name}: {exc.reason}")

    store_errors: list[str] = []

    def anchor(obj: Any, field_name: str) -> Any:  # noqa: ANN401
        return _anchor_value(ctx, ctx.store(obj.store), obj.key, field_name)

    plan = plan_retention(cfg, listing(), today=ctx.today, anchors=anchor)
    plan.store_errors = store_errors
    ctx.audit.append("retention_plan", object_uris=[i.uri for i in plan.items], details=plan.summary())
    return plan


def apply_store_retention(ctx: RequestContext, plan: RetentionPlan) -> RetentionPlan:
    from afscherm.flows.scan import scan_store, serial_mapper

    def redact(item: RetentionItem) -> None:
        store = ctx.store(item.store)
        data = store.read(item.key)
        analyzer = _EveryoneAnalyzer(_engine(ctx.config).analyzer, ctx.key, set(), set(item.keep_types))
        safe = _redact_bytes(item.key, data, _kind(store), analyzer, ctx.config)
        if safe != data:
            _in_place(store).write(item.key, safe)
        ctx.index.drop_findings(item.store, [item.uri])
        scan_store(
            store,
            index=ctx.index,
            clean=ctx.clean_store(store),
            quarantine=ctx.quarantine_store(),
            mapper=serial_mapper(ctx.config),
            prefix=item.key,
            kind=_kind(store),
        )

    stores = {i.store: ctx.store(i.store) for i in plan.items}
    apply_retention(plan, stores=stores, redact=redact, index=ctx.index)
    for item in plan.items:
        if item.action == DELETE and item.done and item.category != "backups":
            _delete_clean_copy(ctx, stores[item.store], item)
    ctx.audit.append(
        "retention",
        object_uris=[i.uri for i in plan.items if i.done],
        details={
            **plan.summary(),
            "done": sum(1 for i in plan.items if i.done),
            "errors": sum(1 for i in plan.items if i.error),
            "kept": sum(1 for i in plan.items if i.action == KEEP),
        },
    )
    return plan


def query_from(values: dict[str, Sequence[str] | None]) -> SubjectQuery:
    return SubjectQuery(**{k: tuple(v or ()) for k, v in values.items()})


__all__ = [
    "RequestContext",
    "apply_erasure",
    "apply_store_retention",
    "export_access",
    "key_for_uri",
    "lookup_request",
    "plan_request_erasure",
    "plan_store_retention",
    "query_from",
    "read_record",
    "register_or_get",
    "seal_identifiers",
]
