"""The same documents scanned from a folder, from S3 (a real moto server) and from a PostgreSQL table give the
same findings; the clean copies in each hold none of the planted values."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections import Counter
from pathlib import Path

import pytest
import sqlalchemy as sa

from afscherm.flows.scan import serial_mapper
from afscherm.flows.scan_store import ScanPlan, run_scan
from afscherm.flows.stores.local import LocalStore
from afscherm.flows.stores.prefixed import PrefixedStore
from afscherm.flows.stores.s3 import S3Store
from afscherm.flows.stores.sql import SqlStore
from tests.scan_helpers import BSN, EMAIL, IBAN, TEST_INDEX_KEY, files_holding, writings
from tests.services import S3_TEST_KEY, S3_TEST_SECRET

BODIES = [
    f"Goedemorgen, mijn BSN is {BSN} en mijn e-mail {EMAIL}.",
    f"Graag terugstorten op {IBAN}, met vriendelijke groet, Sanne de Vries",
    "Bel mij terug op 06-12345678 of mail naar j.jansen@voorbeeld.nl",
    "Geen persoonsgegevens in dit ticket, alleen een vraag over de factuur.",
    "ik ben anouk en ik woon op de Kerkstraat 12 in Zwolle, postcode 8011 AB",
    f"Geboren op 14-03-1981; IBAN {IBAN}",
]


@pytest.fixture(autouse=True)
def index_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AFSCHERM_INDEX_KEY", TEST_INDEX_KEY)


def scan(store: object, out: Path) -> list[dict]:
    from afscherm.discovery.index import FindingsIndex

    clean = LocalStore("clean", out / "clean")
    plan = ScanPlan(
        sources=[store],
        index_dir=out / "index",
        clean=lambda s: s if s.kind == "sql" else PrefixedStore(clean, s.name),
        quarantine=LocalStore("quarantine", out / "quarantine"),
    )
    summary = run_scan(plan, serial_mapper(None))
    assert summary.scanned == len(BODIES) and summary.quarantined == 0
    return FindingsIndex(out / "index").findings().to_pylist()


def per_object(findings: list[dict], object_of: callable) -> dict[str, Counter]:
    out: dict[str, Counter] = {}
    for f in findings:
        out.setdefault(object_of(f["object_uri"]), Counter())[(f["entity_type"], f["fingerprint"])] += 1
    return out


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "folder"
    root.mkdir()
    for i, body in enumerate(BODIES, start=1):
        (root / f"{i}.txt").write_text(body, encoding="utf-8")
    return root


def test_s3_scan_finds_what_the_folder_scan_finds(folder: Path, tmp_path: Path, moto_s3: object) -> None:
    bucket = moto_s3.new_bucket()
    client = moto_s3.client()
    for path in sorted(folder.iterdir()):
        client.put_object(Bucket=bucket, Key=f"tickets/{path.name}", Body=path.read_bytes())
    s3 = S3Store(
        "support",
        bucket,
        "tickets/",
        endpoint_url=moto_s3.endpoint,
        region="us-east-1",
        key=S3_TEST_KEY,
        secret=S3_TEST_SECRET,
    )
    from_folder = per_object(scan(LocalStore("support", folder), tmp_path / "a"), lambda uri: uri.rsplit("/", 1)[1])
    from_s3 = per_object(scan(s3, tmp_path / "b"), lambda uri: uri.rsplit("/", 1)[1])
    assert from_s3 == from_folder
    assert sum(map(len, from_folder.values())) >= 10
    clean = tmp_path / "b/clean"
    assert len(list(clean.rglob("*.txt"))) == len(BODIES)
    assert files_holding(clean, [BSN, IBAN, EMAIL]) == []


def test_postgresql_rows_give_the_folder_findings_and_masked_rows(
    folder: Path, tmp_path: Path, postgres: object
) -> None:
    table = f"tickets_{uuid.uuid4().hex[:8]}"
    engine = sa.create_engine(postgres.url)
    meta = sa.MetaData()
    tickets = sa.Table(
        table,
        meta,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("created_at", sa.DateTime(timezone=True)),
        sa.Column("body", sa.Text),
    )
    meta.create_all(engine)
    with engine.begin() as conn:
        conn.execute(
            tickets.insert(),
            [
                {"id": i, "created_at": dt.datetime(2026, 11, i, 9, 30, tzinfo=dt.UTC), "body": body}
                for i, body in enumerate(BODIES, start=1)
            ],
        )
    store = SqlStore("tickets", postgres.url, table, clean_table=f"{table}_clean")
    from_folder = per_object(
        scan(LocalStore("support", folder), tmp_path / "a"), lambda uri: uri.rsplit("/", 1)[1].removesuffix(".txt")
    )
    from_sql = per_object(scan(store, tmp_path / "b"), lambda uri: uri.rsplit("/", 1)[1])
    assert from_sql == from_folder
    with engine.connect() as conn:
        rows = conn.execute(sa.text(f"SELECT id, created_at, body FROM {table}_clean ORDER BY id")).all()
    assert [r.id for r in rows] == list(range(1, len(BODIES) + 1))
    dump = json.dumps([list(map(str, r)) for r in rows])
    assert not any(form.decode() in dump for value in (BSN, IBAN, EMAIL) for form in writings(value))
    assert rows[3].body == BODIES[3]  # a row without personal data is copied as it is
    engine.dispose()


def test_scan_through_s3_faults_retries_and_completes_then_reports_a_dead_store(
    folder: Path, tmp_path: Path, moto_s3: object, fault_proxy: object
) -> None:
    from afscherm.flows.stores.retry import RetryPolicy

    bucket = moto_s3.new_bucket()
    for path in sorted(folder.iterdir()):
        moto_s3.client().put_object(Bucket=bucket, Key=path.name, Body=path.read_bytes())
    s3 = S3Store(
        "flaky",
        bucket,
        endpoint_url=fault_proxy.url,
        region="us-east-1",
        key=S3_TEST_KEY,
        secret=S3_TEST_SECRET,
        read_timeout=2,
        retry=RetryPolicy(attempts=6, base_delay=0.01, max_delay=0.05),
    )
    fault_proxy.fail(3, status=503)  # the listing and the first reads meet 503 SlowDown
    fault_proxy.stall(1, seconds=3)  # and one request stalls past the read timeout
    findings = scan(s3, tmp_path / "ok")
    assert fault_proxy.faulted == 4 and fault_proxy.pending() == 0
    assert len(findings) >= 10

    for path in sorted(folder.iterdir()):
        moto_s3.client().put_object(Bucket=bucket, Key=path.name, Body=(path.read_text() + " (gewijzigd)").encode())
    fault_proxy.fail_always(503)
    from afscherm.discovery.index import FindingsIndex
    from afscherm.flows.stores.base import TransientStoreError

    plan = ScanPlan(
        sources=[s3],
        index_dir=tmp_path / "ok/index",
        clean=lambda s: None,
        quarantine=LocalStore("quarantine", tmp_path / "ok/quarantine"),
    )
    with pytest.raises(TransientStoreError, match="flaky"):  # a dead store is reported, not skipped silently
        run_scan(plan, serial_mapper(None))
    assert len(FindingsIndex(tmp_path / "ok/index").objects().to_pylist()) == len(BODIES), "nothing half-written"


def test_scan_survives_a_dropped_database_connection(tmp_path: Path, postgres: object) -> None:
    table = f"tickets_{uuid.uuid4().hex[:8]}"
    engine = sa.create_engine(postgres.url)
    meta = sa.MetaData()
    tickets = sa.Table(
        table, meta, sa.Column("id", sa.Integer, primary_key=True, autoincrement=False), sa.Column("body", sa.Text)
    )
    meta.create_all(engine)
    with engine.begin() as conn:
        conn.execute(tickets.insert(), [{"id": i, "body": b} for i, b in enumerate(BODIES, start=1)])
    store = SqlStore("tickets", postgres.url, table, clean_table=f"{table}_clean", page_size=2)

    class Dropping:
        """The real store; before the third read every server connection of the store is terminated."""

        name, kind, reads = store.name, store.kind, 0

        def list(self, prefix: str = ""):  # noqa: ANN202
            return store.list(prefix)

        def read(self, key: str, *, max_bytes: int | None = None) -> bytes:
            Dropping.reads += 1
            if Dropping.reads == 3:
                with engine.begin() as conn:
                    conn.execute(
                        sa.text(
                            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                            "WHERE pid <> pg_backend_pid() AND datname = current_database() "
                            "AND backend_type = 'client backend'"
                        )
                    )
            return store.read(key, max_bytes=max_bytes)

        def write(self, key: str, data: bytes) -> str:
            return store.write(key, data)

    findings = scan(Dropping(), tmp_path / "out")
    assert {f["entity_type"] for f in findings} >= {"NL_BSN", "EMAIL_ADDRESS", "IBAN_CODE"}
    with engine.connect() as conn:
        assert conn.execute(sa.text(f"SELECT count(*) FROM {table}_clean")).scalar() == len(BODIES)
    engine.dispose()


def test_a_path_traversal_key_in_s3_is_quarantined_and_nothing_lands_outside(tmp_path: Path, moto_s3: object) -> None:
    bucket = moto_s3.new_bucket()
    client = moto_s3.client()
    client.put_object(Bucket=bucket, Key="../../etc/x", Body=f"BSN {BSN}".encode())
    client.put_object(Bucket=bucket, Key="ok.txt", Body=f"mail {EMAIL}".encode())
    s3 = S3Store(
        "uploads", bucket, endpoint_url=moto_s3.endpoint, region="us-east-1", key=S3_TEST_KEY, secret=S3_TEST_SECRET
    )
    out = tmp_path / "out"
    clean = LocalStore("clean", out / "clean")
    plan = ScanPlan(
        sources=[s3],
        index_dir=out / "index",
        clean=lambda s: PrefixedStore(clean, s.name),
        quarantine=LocalStore("quarantine", out / "quarantine"),
    )
    summary = run_scan(plan, serial_mapper(None))
    assert (summary.scanned, summary.redacted, summary.quarantined) == (2, 1, 1)
    reasons = dict(summary.quarantine_reasons)
    assert "'..' segment" in reasons[f"s3://{bucket}/../../etc/x"]
    written = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_file())
    assert all(path.startswith("out/") for path in written)
    assert [p for p in written if "clean" in p] == ["out/clean/uploads/ok.txt"]
    assert len(list((out / "quarantine/_invalid_keys").glob("*.reason.json"))) == 1
