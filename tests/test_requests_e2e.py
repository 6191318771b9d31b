"""End to end: scan a store with planted subjects → access export, erasure with re-scan, retention, audit.

The targets of issue 11: access returns exactly the objects holding a subject (precision and recall 100 %), other
people's data is masked in the export, an erasure verified by re-scan leaves nothing of the subject, a held invoice
stays and is reported, tampering with the audit log is found, and no file the system writes besides the export
holds a planted value.
"""

from __future__ import annotations

import json
import os
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from afscherm.discovery.subject import SubjectQuery
from afscherm.flows.requests_ops import (
    RequestContext,
    apply_erasure,
    apply_store_retention,
    export_access,
    lookup_request,
    plan_request_erasure,
    plan_store_retention,
    register_or_get,
    seal_identifiers,
)
from tests.requests_fixtures import (
    ANNA,
    BRAM,
    TEST_ENCRYPTION_KEY,
    TEST_INDEX_KEY,
    Subject,
    files_holding,
    write_config,
    write_world,
)

TODAY = date.today()


@pytest.fixture(scope="module")
def keys() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("AFSCHERM_INDEX_KEY", TEST_INDEX_KEY)
        mp.setenv("AFSCHERM_ENCRYPTION_KEY", TEST_ENCRYPTION_KEY)
        mp.delenv("AFSCHERM_AUDIT_HEAD", raising=False)
        yield


def scan(config: Path) -> None:
    from afscherm.flows.scan import serial_mapper
    from afscherm.flows.scan_store import plan_from_config, run_scan
    from afscherm.flows.stores.config import load_stores_config, open_store

    cfg = load_stores_config(config / "stores.yaml")
    plan = plan_from_config(cfg, [open_store("sample", cfg)], config_dir=str(config))
    summary = run_scan(plan, serial_mapper(str(config)))
    assert summary.quarantined == 0, summary.quarantine_reasons


def make_world(base: Path) -> tuple[RequestContext, Path]:
    root, out = base / "src", base / "out"
    write_world(root, TODAY)
    (out / "backups").mkdir(parents=True)
    config = write_config(base / "config", root, out)
    scan(config)
    return RequestContext(out / "index", config=str(config), today=TODAY), root


def query(s: Subject) -> SubjectQuery:
    return SubjectQuery(email=(s.email,), phone=(s.phone,), bsn=(s.bsn,), iban=(s.iban,))


def keys_of(ctx: RequestContext, uris: list[str]) -> set[str]:
    from afscherm.flows.requests_ops import key_for_uri

    store = ctx.store("sample")
    return {key_for_uri(store, u) for u in uris}


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, keys: None) -> tuple[RequestContext, Path]:
    return make_world(tmp_path_factory.mktemp("access"))


@pytest.mark.parametrize("subject", [ANNA, BRAM], ids=["anna", "bram"])
def test_lookup_finds_exactly_the_subjects_objects(world: tuple[RequestContext, Path], subject: Subject) -> None:
    ctx, _ = world
    req = register_or_get(ctx, request_id=None, kind="access", query=query(subject))
    result = lookup_request(ctx, req)
    found = keys_of(ctx, [o.object_uri for o in result.objects])
    assert found == subject.objects  # precision and recall 100 %
    assert not result.weak_key


def test_name_alone_is_weak(world: tuple[RequestContext, Path]) -> None:
    ctx, _ = world
    req = register_or_get(ctx, request_id=None, kind="access", query=SubjectQuery(name=(ANNA.name,)))
    result = lookup_request(ctx, req)
    assert result.weak_key and req.weak
    assert result.objects == []
    assert keys_of(ctx, [o.object_uri for o in result.weak_objects]) <= ANNA.objects


def test_candidates_offered_not_merged(world: tuple[RequestContext, Path]) -> None:
    ctx, _ = world
    req = register_or_get(ctx, request_id=None, kind="access", query=SubjectQuery(email=(ANNA.email,)))
    result = lookup_request(ctx, req)
    assert keys_of(ctx, [o.object_uri for o in result.objects]) == ANNA.objects - {"chats/chat-shared.txt"}
    from afscherm.discovery.fingerprint import fingerprint

    key = TEST_INDEX_KEY.encode()
    phone_fp = fingerprint("PHONE_NUMBER", ANNA.phone, key)
    iban_fp = fingerprint("IBAN_CODE", ANNA.iban, key)
    cands = {c.fingerprint: c for c in result.candidates}
    assert phone_fp in cands and cands[phone_fp].objects >= 2  # form and chat
    assert iban_fp in cands and cands[iban_fp].entity_type == "IBAN_CODE"
    assert set(result.subject) == {"EMAIL_ADDRESS"}  # never merged by itself


def test_access_export_masks_others(world: tuple[RequestContext, Path], tmp_path: Path) -> None:
    ctx, _ = world
    req = register_or_get(ctx, request_id=None, kind="access", query=query(ANNA))
    out = tmp_path / "export.zip"
    package, result = export_access(ctx, req, out)
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        manifest = json.loads(zf.read("manifest.json"))
        records = {n: zf.read(n).decode() for n in names if n.startswith("records/")}
        page = zf.read("overzicht.html").decode()
    assert {"manifest.json", "findings.csv", "overzicht.html"} <= set(names)
    assert keys_of(ctx, [o["object_uri"] for o in manifest["objects"]]) == ANNA.objects
    assert all("error" not in o for o in manifest["objects"])
    text = "\n".join(records.values())
    assert ANNA.email in text and ANNA.bsn in text
    for value in (BRAM.email, BRAM.name):  # the neighbour in the shared chat is masked
        assert value not in text
    assert "[e-mailadres afgeschermd]" in text
    assert manifest["masked_findings_of_others"]
    assert "Overzicht van uw persoonsgegevens" in page
    invoice = next(o for o in manifest["objects"] if o["object_uri"].endswith("invoice-anna-recent.txt"))
    assert invoice["retention"]["category"] == "invoices"
    assert ctx.register.get(req.id).history[-1]["event"] == "exported"


def test_encrypted_export(world: tuple[RequestContext, Path], tmp_path: Path) -> None:
    from afscherm.discovery.export_crypto import decrypt_file

    ctx, _ = world
    req = register_or_get(ctx, request_id=None, kind="portability", query=query(BRAM))
    out = tmp_path / "export.zip.enc"
    export_access(ctx, req, out, passphrase="een lange zin als wachtwoord", log2_n=10)
    assert BRAM.email.encode() not in out.read_bytes()
    decrypt_file(out, tmp_path / "plain.zip", "een lange zin als wachtwoord")
    with zipfile.ZipFile(tmp_path / "plain.zip") as zf:
        assert any(BRAM.email in zf.read(n).decode() for n in zf.namelist() if n.startswith("records/"))


def test_erasure_verified_by_rescan(tmp_path: Path, keys: None) -> None:
    ctx, root = make_world(tmp_path)
    req = register_or_get(ctx, request_id=None, kind="erasure", query=query(ANNA))
    plan, result = plan_request_erasure(ctx, req)
    actions = {i.key: i.action for i in plan.items}
    assert actions == {
        "contact/form-0001.json": "delete",  # on_erasure: delete
        "chats/chat-anna.txt": "delete",  # only her data
        "chats/chat-shared.txt": "redact",  # Bram is in it too
        "invoices/invoice-anna-recent.txt": "keep",  # fiscal term, 7 years
        "invoices/invoice-anna-old.txt": "redact",  # past 7 years; name/address held to 10 years
    }
    recent = next(i for i in plan.items if i.key == "invoices/invoice-anna-recent.txt")
    assert recent.rule == "invoices" and recent.until and "AWR" in recent.basis

    apply_erasure(ctx, req, plan, result, sealed_identifiers=seal_identifiers(query(ANNA), ctx.config))
    touched = [i for i in plan.items if i.action in ("delete", "redact")]
    assert all(i.done and i.verified for i in touched), [(i.key, i.error, i.remaining) for i in touched]
    assert not (root / "contact/form-0001.json").exists() and not (root / "chats/chat-anna.txt").exists()
    shared = (root / "chats/chat-shared.txt").read_text(encoding="utf-8")
    assert ANNA.bsn not in shared and BRAM.email in shared
    old = (root / "invoices/invoice-anna-old.txt").read_text(encoding="utf-8")
    assert ANNA.email not in old and ANNA.iban not in old
    assert ANNA.email in (root / "invoices/invoice-anna-recent.txt").read_text(encoding="utf-8")

    # Looking her up again finds only what a hold keeps.
    again = lookup_request(ctx, register_or_get(ctx, request_id=None, kind="access", query=query(ANNA)))
    assert keys_of(ctx, [o.object_uri for o in again.objects]) == {"invoices/invoice-anna-recent.txt"}
    # Bram is untouched.
    bram = lookup_request(ctx, register_or_get(ctx, request_id=None, kind="access", query=query(BRAM)))
    assert keys_of(ctx, [o.object_uri for o in bram.objects]) == BRAM.objects
    # The processor's notification is in the outbox, sealed.
    message = json.loads((ctx.outbox / req.id / "newsletter_processor.json").read_text())
    assert message["sealed_identifiers"] and all(t.startswith("<ENC") for t in message["sealed_identifiers"])
    # The clean copies of deleted objects are gone too.
    clean = ctx.clean_store(ctx.store("sample"))
    assert not clean.exists("chats/chat-anna.txt")

    # Retention: the old chat and the ended contract go, the held chat stays and is reported.
    rplan = plan_store_retention(ctx)
    by_key = {i.key: i for i in rplan.items}
    assert by_key["chats/chat-old.txt"].action == "delete"
    assert by_key["contracts/contract-0001.json"].action == "delete"
    assert "contracts/contract-0002.json" not in by_key  # still running
    held = by_key["chats/chat-held.txt"]
    assert (held.action, held.hold, held.would) == ("keep", "claim-2026-014", "delete")
    apply_store_retention(ctx, rplan)
    assert not (root / "chats/chat-old.txt").exists() and (root / "chats/chat-held.txt").exists()

    # The audit log verifies; tampering with one entry is found and named.
    assert ctx.audit.verify().ok
    actions = {e["action"] for e in ctx.audit.entries()}
    assert {"register", "lookup", "erasure_plan", "erasure", "retention_plan", "retention"} <= actions
    erasure = next(e for e in ctx.audit.entries() if e["action"] == "erasure")
    assert erasure["request_id"] == req.id and set(erasure["fingerprints"]) == req.fingerprints()
    lines = ctx.audit.path.read_text().splitlines(keepends=True)
    entry = json.loads(lines[2])
    entry["action"] = "lookup" if entry["action"] != "lookup" else "export"
    lines[2] = json.dumps(entry) + "\n"
    ctx.audit.path.write_text("".join(lines))
    bad = ctx.audit.verify()
    assert not bad.ok and bad.first_bad == 3

    # No file the system writes (index, audit, register, outbox, clean store) holds a planted value.
    values = ANNA.values() + BRAM.values()
    out = ctx.index_dir.parent
    assert files_holding(ctx.index_dir, values) == []
    assert files_holding(out / "clean", [ANNA.email, ANNA.bsn, ANNA.phone, BRAM.email, BRAM.bsn]) == []
    assert os.path.exists(ctx.index_dir / "requests" / "register.json")
    assert os.path.exists(ctx.outbox)
