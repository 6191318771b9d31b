"""Access and erasure over S3 (moto on loopback) and SQL tables (SQLite and a real PostgreSQL): the same exact
objects, the same verified erasure as on a folder."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from afscherm.flows.requests_ops import (
    RequestContext,
    apply_erasure,
    export_access,
    key_for_uri,
    lookup_request,
    plan_request_erasure,
    register_or_get,
)
from afscherm.flows.scan import serial_mapper
from afscherm.flows.scan_store import ScanPlan, run_scan
from afscherm.flows.stores.local import LocalStore
from afscherm.flows.stores.prefixed import PrefixedStore
from tests.requests_fixtures import AGENT, ANNA, BRAM, TEST_INDEX_KEY, files_holding, write_config
from tests.services import S3_TEST_KEY, S3_TEST_SECRET
from tests.test_requests_e2e import query

TEXTS = {
    "anna-1": f"Klant: mijn e-mailadres is {ANNA.email}, bel me op {ANNA.phone}.",
    "shared-2": f"{AGENT}: dag. Klant: ik ben {ANNA.name}, BSN {ANNA.bsn}; buurman {BRAM.email} ook.",
    "bram-3": f"Klant: {BRAM.email}, rekening {BRAM.iban}, nummer {BRAM.phone}.",
    "none-4": "Klant: wanneer komt mijn pakket?",
}
ANNA_KEYS = {"anna-1", "shared-2"}


@pytest.fixture(autouse=True)
def keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AFSCHERM_INDEX_KEY", TEST_INDEX_KEY)
    monkeypatch.delenv("AFSCHERM_AUDIT_HEAD", raising=False)


def _world(tmp_path: Path, source: object, kind: str | None) -> RequestContext:
    out = tmp_path / "out"
    config = write_config(tmp_path / "config", tmp_path / "unused", out)
    clean = LocalStore("clean", out / "clean")
    plan = ScanPlan(
        sources=[source],
        index_dir=out / "index",
        clean=lambda s: s if s.kind == "sql" else PrefixedStore(clean, s.name),
        quarantine=LocalStore("quarantine", out / "quarantine"),
        config=str(config),
    )
    summary = run_scan(plan, serial_mapper(str(config)))
    assert summary.quarantined == 0, summary.quarantine_reasons
    ctx = RequestContext(out / "index", config=str(config))
    ctx.add_store(source)
    return ctx


def _erase_and_check(ctx: RequestContext, store: object, tmp_path: Path) -> dict[str, str]:
    req = register_or_get(ctx, request_id=None, kind="access", query=query(ANNA))
    result = lookup_request(ctx, req)
    assert {key_for_uri(store, o.object_uri) for o in result.objects} == ANNA_KEYS
    package, _ = export_access(ctx, req, tmp_path / "export.zip")
    text = "\n".join(v.decode() for k, v in package.files.items() if k.startswith("records/"))
    assert ANNA.email in text and BRAM.email not in text

    erase = register_or_get(ctx, request_id=None, kind="erasure", query=query(ANNA))
    plan, result = plan_request_erasure(ctx, erase)
    actions = {i.key: i.action for i in plan.items}
    assert actions == {"anna-1": "delete", "shared-2": "redact"}
    apply_erasure(ctx, erase, plan, result)
    assert all(i.verified for i in plan.items), [(i.key, i.error, i.remaining) for i in plan.items]
    again = lookup_request(ctx, register_or_get(ctx, request_id=None, kind="access", query=query(ANNA)))
    assert again.objects == []
    bram = lookup_request(ctx, register_or_get(ctx, request_id=None, kind="access", query=query(BRAM)))
    assert {key_for_uri(store, o.object_uri) for o in bram.objects} == {"shared-2", "bram-3"}
    assert files_holding(ctx.index_dir, ANNA.values() + BRAM.values()) == []
    return actions


def test_s3_store(tmp_path: Path, moto_s3: object) -> None:
    from afscherm.flows.stores.s3 import S3Store

    bucket = moto_s3.new_bucket()
    store = S3Store(
        "archive", bucket, "tickets/", endpoint_url=moto_s3.endpoint, key=S3_TEST_KEY, secret=S3_TEST_SECRET
    )
    for key, text in TEXTS.items():
        store.write(key, text.encode())
    ctx = _world(tmp_path, store, None)
    _erase_and_check(ctx, store, tmp_path)
    assert not store.exists("anna-1")
    shared = store.read("shared-2").decode()
    assert ANNA.bsn not in shared and BRAM.email in shared


def test_sql_store(tmp_path: Path, sql_url: str) -> None:
    from afscherm.flows.stores.sql import SqlStore

    name = f"tickets_{uuid.uuid4().hex[:8]}"
    engine = sa.create_engine(sql_url)
    table = sa.Table(
        name,
        sa.MetaData(),
        sa.Column("id", sa.String(20), primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True)),
        sa.Column("body", sa.Text),
    )
    with engine.begin() as conn:
        table.create(conn)
        conn.execute(
            table.insert(),
            [{"id": k, "created_at": datetime(2026, 11, 1, tzinfo=UTC), "body": v} for k, v in TEXTS.items()],
        )
    store = SqlStore("tickets", sql_url, name, modified_column="created_at", mode="clean", clean_table=f"{name}_clean")
    ctx = _world(tmp_path, store, "structured")
    _erase_and_check(ctx, store, tmp_path)
    with engine.connect() as conn:
        rows = {r.id: r.body for r in conn.execute(sa.select(table))}
    assert set(rows) == {"shared-2", "bram-3", "none-4"}  # Anna's own row deleted, in its table
    assert ANNA.bsn not in rows["shared-2"] and BRAM.email in rows["shared-2"]
    assert json.loads(store.read("shared-2"))["body"] == rows["shared-2"]
    with engine.connect() as conn:  # the erased row's masked copy left the clean table with it
        clean = sa.Table(f"{name}_clean", sa.MetaData(), autoload_with=conn)
        assert {r.id for r in conn.execute(sa.select(clean))} == {"shared-2", "bram-3", "none-4"}
    engine.dispose()
