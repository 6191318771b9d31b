"""The task runners of ``flows.runners``: what a process-pool worker keeps between task runs."""

from __future__ import annotations

import pytest
from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from afscherm.flows.runners import TaskRunnerSettings, prefect_task_runner


@task(cache_policy=NO_CACHE, persist_result=False)
def client_use_count() -> tuple[int, int]:
    """(worker pid, how many task runs of that worker have used this task run's Prefect client object)."""
    import os

    from prefect.client.orchestration import get_client

    client = get_client(sync_client=True)
    uses = getattr(client, "_afscherm_test_uses", 0) + 1
    client._afscherm_test_uses = uses  # type: ignore[attr-defined]  # a mark on the object, seen by later runs
    return os.getpid(), uses


@pytest.mark.parametrize("kind", ["processes", "dask"])
def test_a_worker_keeps_one_prefect_client_for_all_its_task_runs(kind: str, prefect_harness: None) -> None:
    # Prefect would build a new client (and SSL context) for every task run: the process pool's worker
    # initializer, or the Dask worker preload, keeps one client context open, so the third run in the same
    # worker finds the object the first one marked.
    runner = prefect_task_runner(TaskRunnerSettings(kind=kind, workers=1))  # type: ignore[arg-type]

    @flow(task_runner=runner)
    def three_runs() -> list[tuple[int, int]]:
        return [client_use_count.submit().result() for _ in range(3)]

    results = three_runs()
    assert len({pid for pid, _ in results}) == 1  # one worker ran them all
    assert [uses for _, uses in results] == [1, 2, 3]


def test_local_dask_workers_do_not_profile_the_scan(prefect_harness: None) -> None:
    # A Dask worker samples its task thread's stack every 10 ms for the dashboard unless told not to; our
    # LocalCluster's workers are told not to (and to poll psutil every 5 s, not every 0.5 s).
    runner = prefect_task_runner(TaskRunnerSettings(kind="dask", workers=1))

    @task(cache_policy=NO_CACHE, persist_result=False)
    def worker_settings() -> tuple[bool, str]:
        import dask

        return (
            dask.config.get("distributed.worker.profile.enabled"),
            dask.config.get("distributed.admin.system-monitor.interval"),
        )

    @flow(task_runner=runner)
    def ask() -> tuple[bool, str]:
        return worker_settings.submit().result()

    assert ask() == (False, "5s")
