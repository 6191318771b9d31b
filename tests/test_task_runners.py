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
def test_a_worker_keeps_one_prefect_client_for_all_its_task_runs(
    kind: str, prefect_harness: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Prefect would build a new client (and SSL context) for every task run: the process pool's worker
    # initializer, or the Dask worker preload, keeps one client context open, so the third run in the same
    # worker finds the object the first one marked. The server is named in the environment before the workers
    # start, as ``scan_flow`` does.
    from prefect.settings import PREFECT_API_URL

    monkeypatch.setenv("PREFECT_API_URL", PREFECT_API_URL.value())
    runner = prefect_task_runner(TaskRunnerSettings(kind=kind, workers=1))  # type: ignore[arg-type]

    @flow(task_runner=runner)
    def three_runs() -> list[tuple[int, int]]:
        return [client_use_count.submit().result() for _ in range(3)]

    results = three_runs()
    assert len({pid for pid, _ in results}) == 1  # one worker ran them all
    assert [uses for _, uses in results] == [1, 2, 3]


def test_a_worker_without_a_named_api_server_keeps_no_client_of_its_own() -> None:
    # Without PREFECT_API_URL, get_client would start an ephemeral API server inside the worker (on a busy
    # machine the process pool's initializer timed out waiting for it, and the pool broke): the initializer
    # leaves the client to the task runs, which carry the flow's settings.
    from prefect.context import SyncClientContext
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from afscherm.flows.runners import api_server_named, keep_prefect_client

    with temporary_settings(restore_defaults={PREFECT_API_URL}):
        assert not api_server_named()
        keep_prefect_client()
        assert SyncClientContext.get() is None
    with temporary_settings({PREFECT_API_URL: "http://127.0.0.1:9/api"}):
        assert api_server_named()


def test_local_dask_cluster_runs_quiet_on_both_sides(prefect_harness: None) -> None:
    # A Dask worker samples its task thread's stack every 10 ms for the dashboard, polls psutil every 0.5 s, and
    # every Dask server (workers; scheduler and nannies in the flow's process) wakes every 20 ms to time its
    # event loop and every 100 ms to poll the worker's memory: our LocalCluster turns these down on both sides.
    runner = prefect_task_runner(TaskRunnerSettings(kind="dask", workers=1))

    @task(cache_policy=NO_CACHE, persist_result=False)
    def worker_settings() -> tuple[bool, str, float, float]:
        import dask
        from distributed import get_worker

        worker = get_worker()
        return (
            dask.config.get("distributed.worker.profile.enabled"),
            dask.config.get("distributed.admin.system-monitor.interval"),
            worker._tick_interval,
            worker.memory_manager.memory_monitor_interval,
        )

    @flow(task_runner=runner)
    def ask() -> tuple[tuple[bool, str, float, float], list[float]]:
        from prefect.context import get_run_context

        in_worker = worker_settings.submit().result()  # the runner starts its cluster on the first submit
        cluster = get_run_context().task_runner._cluster  # type: ignore[attr-defined]
        flow_side = [cluster.scheduler._tick_interval]
        flow_side += [nanny.memory_manager.memory_monitor_interval for nanny in cluster.workers.values()]
        flow_side += [nanny._tick_interval for nanny in cluster.workers.values()]
        return in_worker, flow_side

    in_worker, in_flow = ask()
    assert in_worker == (False, "5s", 1.0, 1.0)
    assert in_flow == [1.0, 1.0, 1.0]  # scheduler tick, the nanny's memory poll and its tick: seconds, not ms
    import dask

    assert dask.config.get("distributed.admin.tick.interval") == "20ms"  # the flow's own settings are left alone
