"""The private Prefect server a scan starts does not outlive the scan, even when the scan is killed with SIGKILL
(issue 9, robustness: a killed scan runs no ``finally``; its server would otherwise run on for good)."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import psutil
import pytest

from tests.process_helpers import all_gone, wait_until

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="PR_SET_PDEATHSIG is Linux's")

REPO = Path(__file__).resolve().parents[1]

SCAN_LIKE = textwrap.dedent(
    """
    import sys, time
    from afscherm.flows.prefect_server import local_prefect_server
    with local_prefect_server() as url:
        print(url, flush=True)
        time.sleep(600)
    """
)


def test_the_server_stops_when_the_process_that_started_it_is_killed(tmp_path: Path) -> None:
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"), "PYTHONPATH": str(REPO)}
    env.pop("PREFECT_API_URL", None)
    scan = subprocess.Popen(
        [sys.executable, "-c", SCAN_LIKE], stdout=subprocess.PIPE, text=True, env=env, start_new_session=True
    )
    servers: list[psutil.Process] = []
    try:
        url = scan.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:"), url
        servers = psutil.Process(scan.pid).children(recursive=True)
        assert servers and all("server" in " ".join(p.cmdline()) for p in servers)
        scan.send_signal(signal.SIGKILL)
        scan.wait(timeout=30)
        assert wait_until(lambda: all_gone(servers), 60)
    finally:
        for p in servers:  # stopped by their process ids if the test failed
            with contextlib.suppress(psutil.Error):
                p.kill()
        if scan.poll() is None:
            scan.kill()
        scan.stdout.close()


def test_a_scans_server_runs_the_api_without_the_deployment_services(tmp_path: Path, monkeypatch) -> None:
    # A scan's private server lives as long as the scan: its scheduler and the other polling services would only take
    # CPU from the workers. The settings are read back from the running server, not from our own table.
    import json
    import urllib.request

    from afscherm.flows.prefect_server import local_prefect_server

    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "prefect"))
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    with local_prefect_server(scan_only=True) as url, urllib.request.urlopen(f"{url}/admin/settings", timeout=30) as r:
        settings = json.load(r)
    services = {name: value["enabled"] for name, value in settings["server"]["services"].items()}
    assert services["scheduler"] is False and services["late_runs"] is False and services["triggers"] is False
    assert services["task_run_recorder"] is True and services["event_persister"] is True  # the run is still recorded
    assert settings["server"]["ui"]["enabled"] is False
