"""The processes runner's workers do not outlive the flow's process, even when it is killed with SIGKILL (issue 9,
robustness: a pool's worker waits for tasks on a queue whose writing end the workers hold too, so it never saw its
flow go, and each kept a loaded model for good)."""

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

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="pidfd_open is Linux's")

REPO = Path(__file__).resolve().parents[1]

FLOW_HOLDING_A_WORKER = textwrap.dedent(
    """
    import os, sys, time
    from prefect import flow, task
    from prefect.cache_policies import NO_CACHE
    from afscherm.flows.runners import TaskRunnerSettings, prefect_task_runner

    @task(cache_policy=NO_CACHE, persist_result=False)
    def hold(path: str) -> None:
        with open(path + ".tmp", "w") as fh:
            fh.write(f"{os.getpid()} {os.getppid()}")
        os.replace(path + ".tmp", path)
        time.sleep(600)

    @flow(task_runner=prefect_task_runner(TaskRunnerSettings(kind="processes", workers=1)))
    def holding(path: str) -> None:
        hold.submit(path).result()

    holding(sys.argv[1])
    """
)


def test_workers_end_when_the_flow_process_is_killed(tmp_path: Path, prefect_harness: None) -> None:
    from prefect.settings import PREFECT_API_URL

    marker = tmp_path / "worker"
    env = {**os.environ, "PYTHONPATH": str(REPO), "PREFECT_API_URL": PREFECT_API_URL.value()}
    flow_process = subprocess.Popen(
        [sys.executable, "-c", FLOW_HOLDING_A_WORKER, str(marker)], env=env, start_new_session=True
    )
    left: list[psutil.Process] = []
    try:
        assert wait_until(marker.exists, 240), "the worker never ran its task"
        worker_pid, parent_pid = map(int, marker.read_text().split())
        assert parent_pid == flow_process.pid  # the flow's own worker
        left = [psutil.Process(worker_pid)]
        assert not all_gone(left)
        flow_process.send_signal(signal.SIGKILL)
        flow_process.wait(timeout=30)
        assert wait_until(lambda: all_gone(left), 60), "a worker outlived the killed flow"
    finally:
        for p in left:  # stopped by their process ids if the test failed
            with contextlib.suppress(psutil.Error):
                p.kill()
        if flow_process.poll() is None:
            flow_process.kill()
