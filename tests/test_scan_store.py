"""scan_store end to end on real folders: index, clean copies, quarantine, re-scans, faults, kill and resume."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from afscherm.flows.objects import engine_for
from afscherm.flows.scan import serial_mapper
from afscherm.flows.scan_store import ScanPlan, run_scan
from afscherm.flows.stores.base import StoreError
from afscherm.flows.stores.local import LocalStore
from afscherm.flows.stores.prefixed import PrefixedStore
from tests.scan_helpers import BSN, EMAIL, IBAN, TEST_INDEX_KEY, expected_fingerprint, files_holding

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def index_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AFSCHERM_INDEX_KEY", TEST_INDEX_KEY)


def write_store(root: Path, n: int) -> dict[str, str]:
    """``n`` text objects, each holding its own BSN-free e-mail address, plus a shared BSN and IBAN."""
    root.mkdir(parents=True, exist_ok=True)
    planted = {}
    for i in range(n):
        address = f"klant{i:04d}@example.nl"
        planted[f"tickets/t{i:04d}.txt"] = address
        (root / "tickets").mkdir(exist_ok=True)
        (root / f"tickets/t{i:04d}.txt").write_text(
            f"Ticket {i}: graag reactie naar {address}. BSN {BSN}, rekening {IBAN}.\n", encoding="utf-8"
        )
    return planted


def plan_for(root: Path, out: Path, store: object | None = None) -> ScanPlan:
    source = store or LocalStore("support", root)
    clean = LocalStore("clean", out / "clean")
    return ScanPlan(
        sources=[source],
        index_dir=out / "index",
        clean=lambda s: PrefixedStore(clean, s.name),
        quarantine=LocalStore("quarantine", out / "quarantine"),
        batch_objects=4,
    )


def index_rows(out: Path) -> tuple[list[dict], list[dict]]:
    from afscherm.discovery.index import FindingsIndex

    index = FindingsIndex(out / "index")
    return index.objects().to_pylist(), index.findings().to_pylist()


def test_scan_writes_findings_clean_copies_and_quarantine(tmp_path: Path) -> None:
    root = tmp_path / "src"
    planted = write_store(root, 6)
    (root / "archief").mkdir()
    (root / "archief/blob.bin").write_bytes(b"\x00\x01\x02" * 50)
    summary = run_scan(plan_for(root, tmp_path / "out"), serial_mapper(None))

    assert (summary.listed, summary.scanned, summary.redacted, summary.quarantined) == (7, 7, 6, 1)
    assert summary.findings[("support", "NL_BSN")] == 6 and summary.findings[("support", "EMAIL_ADDRESS")] == 6
    objects, findings = index_rows(tmp_path / "out")
    assert len(objects) == 7 and {o["status"] for o in objects} == {"redacted", "quarantined"}
    fingerprints = {f["fingerprint"] for f in findings if f["entity_type"] == "EMAIL_ADDRESS"}
    assert fingerprints == {expected_fingerprint("EMAIL_ADDRESS", a) for a in planted.values()}
    # clean copies exist for every redacted object and hold none of the values
    clean = tmp_path / "out/clean/support"
    assert sorted(str(p.relative_to(clean)) for p in clean.rglob("*.txt")) == sorted(planted)
    assert files_holding(tmp_path / "out/clean", [BSN, IBAN, *planted.values()]) == []
    # nothing under the index holds a value either
    assert files_holding(tmp_path / "out/index", [BSN, IBAN, *planted.values()]) == []
    reason = json.loads((tmp_path / "out/quarantine/archief/blob.bin.reason.json").read_text())
    assert "unsupported binary" in reason["reason"]
    assert (tmp_path / "out/quarantine/archief/blob.bin").read_bytes() == (root / "archief/blob.bin").read_bytes()


def test_rescan_skips_unchanged_objects_and_rescans_only_changed_ones(tmp_path: Path) -> None:
    root = tmp_path / "src"
    write_store(root, 8)
    plan = plan_for(root, tmp_path / "out")
    first = run_scan(plan, serial_mapper(None))
    assert first.scanned == 8
    again = run_scan(plan, serial_mapper(None))
    assert (again.listed, again.skipped, again.scanned) == (8, 8, 0)
    (root / "tickets/t0003.txt").write_text(f"nieuw: {EMAIL}\n", encoding="utf-8")
    (root / "tickets/t9999.txt").write_text("nieuw ticket zonder gegevens\n", encoding="utf-8")
    third = run_scan(plan, serial_mapper(None))
    assert (third.listed, third.skipped, third.scanned) == (9, 7, 2)
    objects, findings = index_rows(tmp_path / "out")
    latest = {}
    for o in sorted(objects, key=lambda o: o["scanned_at"]):
        latest[o["object_uri"]] = o
    assert len(latest) == 9
    # the changed object's new findings are in; the old and new versions are told apart by content hash
    changed = latest[(root / "tickets/t0003.txt").resolve().as_uri()]
    current = [f for f in findings if f["object_sha256"] == changed["object_sha256"]]
    assert [f["entity_type"] for f in current] == ["EMAIL_ADDRESS"]


def test_rescan_after_a_rules_upgrade_refingerprints_unchanged_objects_without_duplicates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dataclasses

    from afscherm.discovery import fingerprint as fpmod

    root = tmp_path / "src"
    planted = write_store(root, 5)
    plan = plan_for(root, tmp_path / "out")
    with monkeypatch.context() as old_rules:  # the e-mail rule of an earlier release: case kept
        old_rules.setitem(fpmod.RULES, "EMAIL_ADDRESS", lambda value: "old " + value)
        assert run_scan(plan, serial_mapper(None)).scanned == 5
    new_prints = {expected_fingerprint("EMAIL_ADDRESS", a) for a in planted.values()}

    def email_prints() -> list[str]:
        return [f["fingerprint"] for f in index_rows(tmp_path / "out")[1] if f["entity_type"] == "EMAIL_ADDRESS"]

    assert len(email_prints()) == 5 and not set(email_prints()) & new_prints
    # an ordinary re-scan skips the unchanged objects: their fingerprints stay those of the old rule
    assert run_scan(plan, serial_mapper(None)).skipped == 5
    assert not set(email_prints()) & new_prints
    rescan = run_scan(dataclasses.replace(plan, rescan=True), serial_mapper(None))
    assert (rescan.listed, rescan.skipped, rescan.scanned) == (5, 0, 5)
    assert sorted(email_prints()) == sorted(new_prints)  # the latest scan's findings only: no duplicates


def test_a_scan_gives_an_index_without_count_summaries_its_summaries(tmp_path: Path) -> None:
    """An index made before count summaries existed: the next scan writes them (even when nothing changed)."""
    import shutil

    from afscherm.discovery.index import FindingsIndex

    root = tmp_path / "src"
    write_store(root, 4)
    plan = plan_for(root, tmp_path / "out")
    run_scan(plan, serial_mapper(None))
    index_dir = tmp_path / "out" / "index"
    shutil.rmtree(index_dir / "summaries")
    assert FindingsIndex(index_dir).snapshot().unsummarised_findings_files() != []
    again = run_scan(plan, serial_mapper(None))
    assert again.scanned == 0
    assert FindingsIndex(index_dir).snapshot().unsummarised_findings_files() == []


def test_touched_but_unchanged_objects_are_hashed_and_skipped(tmp_path: Path) -> None:
    root = tmp_path / "src"
    write_store(root, 3)
    plan = plan_for(root, tmp_path / "out")
    run_scan(plan, serial_mapper(None))
    os.utime(root / "tickets/t0001.txt", (time.time() + 100, time.time() + 100))
    again = run_scan(plan, serial_mapper(None))
    assert (again.skipped, again.scanned) == (3, 0)


class FlakyStore(LocalStore):
    """A real folder whose reads of some keys always fail, the way a dying disk or server would."""

    def __init__(self, name: str, root: Path, broken: set[str]) -> None:
        super().__init__(name, root)
        self.broken = broken

    def read(self, key: str, *, max_bytes: int | None = None) -> bytes:
        if key in self.broken:
            raise StoreError("read timed out after 5 attempts", store=self.name, key=key)
        return super().read(key, max_bytes=max_bytes)


def test_one_bad_object_is_quarantined_and_the_scan_goes_on(tmp_path: Path) -> None:
    root = tmp_path / "src"
    write_store(root, 5)
    (root / "loop").symlink_to(root / "loop")
    (root / "escape").symlink_to("/etc/hostname")
    big = root / "big.log"
    with big.open("wb") as fh:  # sparse: 2 GB listed, nothing read
        fh.truncate(2 << 30)
    store = FlakyStore("support", root, {"tickets/t0002.txt"})
    summary = run_scan(plan_for(root, tmp_path / "out", store), serial_mapper(None))
    reasons = dict(summary.quarantine_reasons)
    assert summary.redacted == 4
    assert "read timed out" in reasons[(root / "tickets/t0002.txt").resolve().as_uri()]
    assert "exceeds the limit" in reasons[big.resolve().as_uri()]
    assert sum("symlink" in r for r in reasons.values()) == 2
    assert not list((tmp_path / "out/quarantine").glob("big.log")), "a too-large object is not copied"
    assert (tmp_path / "out/quarantine/big.log.reason.json").exists()


def test_scan_cli_killed_half_way_resumes_without_duplicates_or_leaks(tmp_path: Path) -> None:
    root = tmp_path / "src"
    planted = write_store(root, 40)
    out = tmp_path / "out"
    env = {**os.environ, "AFSCHERM_INDEX_KEY": TEST_INDEX_KEY, "PYTHONPATH": str(REPO)}
    command = [
        sys.executable,
        "-m",
        "afscherm.flows.cli",
        "scan",
        str(root),
        "--index",
        str(out / "index"),
        "--clean",
        str(out / "clean"),
        "--quarantine",
        str(out / "quarantine"),
        "--no-prefect",
        "--batch-objects",
        "4",
    ]
    proc = subprocess.Popen(command, env=env, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    committed = out / "index/objects"
    while time.monotonic() < deadline and len(list(committed.rglob("*.parquet"))) < 2:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert len(list(committed.rglob("*.parquet"))) >= 2, "the scan should have committed a batch before the kill"
    objects_before, _ = index_rows(out)
    assert 0 < len(objects_before) < 40, "killed half-way"

    done = subprocess.run(command, env=env, cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    objects, findings = index_rows(out)
    uris = Counter(o["object_uri"] for o in objects)
    assert len(uris) == 40 and set(uris.values()) == {1}, "every object indexed exactly once"
    per_object = Counter((f["object_uri"], f["entity_type"]) for f in findings)
    assert set(per_object.values()) == {1} and len(per_object) == 40 * 3, "no duplicate finding"
    assert files_holding(out / "clean", [BSN, IBAN, *planted.values()]) == []
    assert len(list((out / "clean").rglob("*.txt"))) == 40


@pytest.mark.parametrize("runner", ["dask", "processes"])
def test_dask_local_cluster_gives_exactly_the_serial_findings(
    tmp_path: Path, prefect_harness: None, runner: str
) -> None:
    """2 Dask workers (a LocalCluster) or 2 worker processes find exactly what the serial scan finds."""
    from afscherm.flows.runners import TaskRunnerSettings
    from afscherm.flows.scan_store import scan_flow

    root = tmp_path / "src"
    write_store(root, 12)
    (root / "mail.eml").write_bytes(f"From: Fenna <{EMAIL}>\nSubject: test\n\nMijn IBAN is {IBAN}.\n".encode())
    serial = run_scan(plan_for(root, tmp_path / "serial"), serial_mapper(None))
    parallel = scan_flow(
        plan_for(root, tmp_path / "dask"), TaskRunnerSettings(kind=runner, workers=2, objects_per_task=2)
    )
    assert parallel.scanned == serial.scanned == 13

    def key(f: dict) -> tuple:
        return (f["object_uri"], f["unit"], f["entity_type"], f["start"], f["end"], f["fingerprint"])

    _, serial_findings = index_rows(tmp_path / "serial")
    _, dask_findings = index_rows(tmp_path / "dask")
    assert sorted(map(key, dask_findings)) == sorted(map(key, serial_findings))
    assert len(serial_findings) >= 12 * 3 + 2  # the tickets' three values each, the mail's address and IBAN


def test_engine_refuses_to_start_without_an_index_key(monkeypatch: pytest.MonkeyPatch) -> None:
    from afscherm.detectors.config import ConfigError

    monkeypatch.delenv("AFSCHERM_INDEX_KEY")
    engine_for.cache_clear()
    with pytest.raises(ConfigError, match="AFSCHERM_INDEX_KEY"):
        engine_for(None)
    engine_for.cache_clear()


def test_flow_artifact_cli_summary_and_analysis_count_the_same(tmp_path: Path, prefect_harness: None) -> None:
    """One source of numbers: the artifact's rows are discovery.analysis.type_store_counts of the run."""
    from prefect.artifacts import Artifact

    from afscherm.discovery.analysis import load_findings, type_store_counts
    from afscherm.flows.cli_scan import format_scan_summary
    from afscherm.flows.runners import TaskRunnerSettings
    from afscherm.flows.scan_store import scan_flow

    root = tmp_path / "src"
    write_store(root, 5)
    summary = scan_flow(plan_for(root, tmp_path / "out"), TaskRunnerSettings(kind="serial"))
    artifact = Artifact.get("scan-summary")
    rows = json.loads(artifact.data) if isinstance(artifact.data, str) else artifact.data
    counted = type_store_counts(load_findings(tmp_path / "out/index", scan_id=summary.scan_id))
    assert [r for r in rows if r["store"] != "(all)"] == counted
    assert {"store": "support", "entity_type": "NL_BSN", "findings": 5, "objects": 5} in counted
    assert {r["entity_type"]: r["objects"] for r in rows if r["store"] == "(all)"}["objects scanned"] == 5
    text = format_scan_summary(summary, counted)
    assert any(line.split() == ["NL_BSN", "5", "5"] for line in text.splitlines())
