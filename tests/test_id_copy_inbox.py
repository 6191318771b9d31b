"""redact_id_copies: uploads in an inbox → verified safe copies out, originals removed only after that."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from afscherm.flows.objects import ScanEngine
from afscherm.flows.redact_id_copies import redact_inbox
from afscherm.flows.serve import build_deployments, load_schedules
from afscherm.flows.stores.base import StoreError
from afscherm.flows.stores.local import LocalStore
from tests.scan_helpers import TEST_INDEX_KEY, engine_with_test_key

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "sample_data/id_copies/id_copy_0_001.png"
TRUTH = json.loads((REPO / "sample_data/id_copies/id_copy_0_001.json").read_text())["holders"][0]


engine = pytest.fixture(scope="module")(engine_with_test_key)


def stores(tmp_path: Path) -> tuple[LocalStore, LocalStore, LocalStore]:
    for name in ("inbox", "safe", "quarantine"):
        (tmp_path / name).mkdir()
    return (
        LocalStore("inbox", tmp_path / "inbox"),
        LocalStore("safe", tmp_path / "safe"),
        LocalStore("quarantine", tmp_path / "quarantine"),
    )


def ocr_digits(path: Path) -> str:
    import subprocess

    text = subprocess.run(["tesseract", str(path), "-", "-l", "eng"], capture_output=True, text=True).stdout
    return "".join(c for c in text if c.isalnum())


def test_released_copy_replaces_the_upload_and_the_rest_is_quarantined(engine: ScanEngine, tmp_path: Path) -> None:
    inbox, safe, quarantine = stores(tmp_path)
    (tmp_path / "inbox/klant-17.png").write_bytes(SAMPLE.read_bytes())
    (tmp_path / "inbox/notitie.txt").write_text("geen ID-kopie")
    (tmp_path / "inbox/ruis.png").write_bytes(SAMPLE.read_bytes()[:3000])  # a broken upload: cut short
    summary = redact_inbox(inbox, safe, quarantine, engine)

    assert (summary.released, summary.quarantined) == (1, 2)
    assert sorted(p.name for p in (tmp_path / "inbox").iterdir()) == [], "every upload left the inbox"
    released = tmp_path / "safe/klant-17.png"
    assert released.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and released.read_bytes() != SAMPLE.read_bytes()
    read = ocr_digits(released)
    assert TRUTH["bsn"] not in read and TRUTH["document_number"] not in read
    reasons = {p.name: json.loads(p.read_text())["reason"] for p in (tmp_path / "quarantine").glob("*.reason.json")}
    assert "not an image or PDF" in reasons["notitie.txt.reason.json"]
    assert "ID copy not released" in reasons["ruis.png.reason.json"]
    assert (tmp_path / "quarantine/ruis.png").read_bytes() == SAMPLE.read_bytes()[:3000]  # moved, not lost


class BrokenOutbox(LocalStore):
    def write(self, key: str, data: bytes) -> str:
        raise StoreError("disk full", store=self.name, key=key)


def test_the_original_stays_when_the_safe_copy_cannot_be_stored(engine: ScanEngine, tmp_path: Path) -> None:
    inbox, _, quarantine = stores(tmp_path)
    (tmp_path / "inbox/klant-18.png").write_bytes(SAMPLE.read_bytes())
    with pytest.raises(StoreError, match="disk full"):
        redact_inbox(inbox, BrokenOutbox("safe", tmp_path / "safe"), quarantine, engine)
    assert (tmp_path / "inbox/klant-18.png").read_bytes() == SAMPLE.read_bytes()


def test_schedules_yaml_gives_the_scan_and_the_inbox_deployments() -> None:
    path = REPO / "afscherm/configs/schedules.yaml"
    schedules = load_schedules(path)
    assert schedules.deployments["nightly-scan"].cron == "0 2 * * *"
    deployments = {d.name: d for d in build_deployments(path, None)}
    assert {"nightly-scan", "id-copy-inbox"} <= set(deployments)
    scan = deployments["nightly-scan"]
    assert scan.schedules[0].schedule.cron == "0 2 * * *"
    assert scan.parameters["runner"]["kind"] == "processes"
    inbox = deployments["id-copy-inbox"]
    assert inbox.schedules[0].schedule.interval.total_seconds() == 60
    assert inbox.parameters["inbox"] == "out/id_inbox"


def test_schedules_errors_name_the_file_and_key(tmp_path: Path) -> None:
    from afscherm.detectors.config import ConfigError

    bad = tmp_path / "schedules.yaml"
    bad.write_text("deployments:\n  x:\n    flow: afscherm.flows.scan_store:scan_store_flow\n")
    with pytest.raises(ConfigError, match=r"schedules.yaml: key 'deployments.x'.*exactly one of cron and interval"):
        load_schedules(bad)
    bad.write_text("deployments:\n  x:\n    flow: afscherm.flows.nothing:here\n    interval: 5\n")
    with pytest.raises(ConfigError, match="cannot import flow 'afscherm.flows.nothing:here'"):
        build_deployments(bad, None)


def test_afscherm_serve_runs_the_inbox_watcher_on_its_schedule(tmp_path: Path) -> None:
    """The real command, in Prefect's ephemeral mode: an upload dropped in the inbox comes out safe."""
    import os
    import shutil
    import signal
    import subprocess
    import sys
    import time

    config = tmp_path / "config"
    shutil.copytree(REPO / "afscherm" / "configs", config)
    nlp = config / "nlp.yaml"  # the copied config names the shipped model relative to the original folder
    nlp.write_text(nlp.read_text().replace("../detectors/models/", f"{REPO}/afscherm/detectors/models/"))
    (config / "schedules.yaml").write_text(
        "deployments:\n  inbox:\n    flow: afscherm.flows.redact_id_copies:redact_id_copies_flow\n    interval: 10\n"
        "    parameters: {inbox: ../inbox, outbox: ../safe, quarantine: ../quarantine}\n"
    )
    (tmp_path / "inbox").mkdir()
    (tmp_path / "inbox/upload.png").write_bytes(SAMPLE.read_bytes())
    env = {
        **os.environ,
        "AFSCHERM_INDEX_KEY": TEST_INDEX_KEY,
        "PYTHONPATH": str(REPO),
        "PREFECT_HOME": str(tmp_path / "prefect-home"),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    }
    log = (tmp_path / "serve.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "afscherm.flows.cli", "--config", str(config), "serve"],
        env=env,
        cwd=REPO,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and not (tmp_path / "safe/upload.png").exists():
            assert proc.poll() is None, (tmp_path / "serve.log").read_text()[-2000:]
            time.sleep(0.5)
    finally:
        os.killpg(proc.pid, signal.SIGTERM)  # the process group started above, by its id
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
        log.close()
    assert (tmp_path / "safe/upload.png").exists(), (tmp_path / "serve.log").read_text()[-2000:]
    assert not (tmp_path / "inbox/upload.png").exists()
