"""A private ``prefect server`` on loopback, for as long as a block runs.

Two things need a real API server where Prefect's ephemeral mode would otherwise do: ``afscherm serve``
(the ephemeral API runs no scheduler, so nothing would ever be scheduled) and scans whose tasks run in
other processes (process pools and Dask workers do not share the parent's ephemeral server: each
started one of its own, costing a core's worth of start-up per worker and timing out on a busy machine).
Started on a free port, stopped by its process group id on exit; its log goes to
``$PREFECT_HOME/afscherm-server.log``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

from afscherm.detectors.config import ConfigError

log = logging.getLogger(__name__)


# The server is started through this launcher so that it stops when the process that started it dies, however it
# dies: a scan killed with SIGKILL (the OOM killer, ``kill -9``) runs no ``finally`` and would leave the server running
# for good. On Linux the launcher asks the kernel for SIGTERM on its parent's death (``PR_SET_PDEATHSIG``, kept
# across ``exec``), checks that the parent did not die before it asked, and then becomes ``prefect server start``.
# (Not ``preexec_fn``: it is unsafe in a process that runs threads, as Prefect's client does.) Elsewhere the launcher
# only execs; the ``finally`` below still stops the server on any ordinary exit.
_DIE_WITH_PARENT = """
import ctypes, os, signal, sys
parent, command = int(sys.argv[1]), sys.argv[2:]
if sys.platform == "linux":
    ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:
        sys.exit(0)
os.execv(command[0], command)
"""


# What a scan's private server leaves out. It lives only as long as its scan, so nobody opens its UI, and nothing is
# scheduled or awaited on it: the scheduler, late-run, foreman, pause, cancellation, repossessor, vacuum, reconciler
# and trigger services only poll its database (an idle server: 2.65 CPU-s a minute with them, 1.35 without, ≈ 2 % of
# a core taken from the workers on a 2-core machine). Kept: the API, and the event persister and task-run recorder
# that store the run's events and task runs. ``afscherm serve`` starts a full server (it needs the scheduler).
_SCAN_ONLY = {
    "PREFECT_SERVER_UI_ENABLED": "false",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    **{
        f"PREFECT_SERVER_SERVICES_{name}_ENABLED": "false"
        for name in (
            "SCHEDULER",
            "LATE_RUNS",
            "FOREMAN",
            "CANCELLATION_CLEANUP",
            "PAUSE_EXPIRATIONS",
            "REPOSSESSOR",
            "DB_VACUUM",
            "CLEANUP_RECONCILER",
            "TRIGGERS",
        )
    },
}


def _free_loopback_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def local_prefect_server(timeout: float = 180, *, scan_only: bool = False) -> Iterator[str]:
    """A ``prefect server`` (API, UI and scheduler) on loopback for the duration of the block.

    ``scan_only``: the API without the UI and the services only deployments need (see ``_SCAN_ONLY``), for a scan.
    """
    port = _free_loopback_port()
    command = [
        sys.executable,
        "-c",
        _DIE_WITH_PARENT,
        str(os.getpid()),
        str(Path(sys.executable).with_name("prefect")),
        "server",
        "start",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]
    log_path = Path(os.environ.get("PREFECT_HOME") or Path.home() / ".prefect") / "afscherm-server.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    server_log = log_path.open("ab")
    env = {**os.environ, **_SCAN_ONLY} if scan_only else None
    proc = subprocess.Popen(command, stdout=server_log, stderr=subprocess.STDOUT, start_new_session=True, env=env)
    url = f"http://127.0.0.1:{port}/api"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise ConfigError(f"the local Prefect server exited with code {proc.returncode} while starting")
            try:
                with urllib.request.urlopen(f"{url}/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise ConfigError(f"the local Prefect server did not answer on {url} within {timeout:.0f} s")
            time.sleep(0.5)
        what = "its API only" if scan_only else "with its scheduler"
        log.info("afscherm: a local Prefect server (%s) on %s (log: %s)", what, url[:-4], log_path)
        yield url
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)  # the server's own process group, by its id
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
        server_log.close()


def flush_run_logs() -> None:
    """Send the flow-run logs still queued for the API (call before stopping the server they go to)."""
    if "prefect" not in sys.modules:
        return
    from prefect.logging.handlers import APILogWorker

    APILogWorker.drain_all(timeout=30)
