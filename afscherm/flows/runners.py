"""Where the per-object work runs: this process, threads, processes, or Dask (a LocalCluster or an existing
scheduler), chosen in config (``task_runner`` in ``configs/stores.yaml``'s ``scan`` section) or on the
command line. The scan itself does not change: it hands batches of jobs to a ``Mapper``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

# Objects per index commit, spread over the workers in tasks of up to ``objects_per_task`` (512). A task of a
# process pool or Dask costs ≈ 0.2 CPU-s of Prefect bookkeeping (worker, API server and flow process together):
# tasks of 16 small objects (≈ 7 ms each) paid more than their own work again. Batches of 1,024 in tasks of 512
# against 512 in tasks of 256 (bench/bench_scan.py, 10,000 objects, Dask LocalCluster, three alternating runs each on
# the quiet machine): 2 workers 128-129 -> 140-149 objects/s, 1 worker 80-82 -> 77-79 (its last, larger batch is
# written after the worker has finished), speed-up 1.56-1.61 -> 1.83-1.88. A killed run redoes at most
# (pipeline_depth + 1) batches.
DEFAULT_BATCH_OBJECTS = 1024


class TaskRunnerSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    # serial: in the flow's own process, no task runner (the default: fastest for small stores)
    kind: Literal["serial", "threads", "processes", "dask"] = "serial"
    workers: int = Field(default=2, ge=1, le=256)
    # dask only: the address of an existing scheduler (tcp://host:8786); empty starts a LocalCluster
    address: str | None = None
    # objects handed to one task (at most a batch's share per worker); larger amortises the task overhead
    # (Prefect's bookkeeping: ≈ 0.2 CPU-s per task of the process pool, worker and API server together), smaller
    # balances uneven objects
    objects_per_task: int = Field(default=512, ge=1, le=10_000)  # see DEFAULT_BATCH_OBJECTS


def prefect_task_runner(settings: TaskRunnerSettings):  # noqa: ANN201 - Prefect's runner classes differ
    """The Prefect task runner for ``settings`` (None for serial: no runner needed)."""
    if settings.kind == "serial":
        return None
    if settings.kind == "threads":
        from prefect.task_runners import ThreadPoolTaskRunner

        return ThreadPoolTaskRunner(max_workers=settings.workers)
    if settings.kind == "processes":
        import os

        from prefect.task_runners import ProcessPoolTaskRunner

        from afscherm.flows.process_pool import start_worker

        # the workers watch this (the flow's) process: they end with it, even when it is killed
        return ProcessPoolTaskRunner(max_workers=settings.workers, initializer=start_worker, initargs=(os.getpid(),))
    from prefect_dask import DaskTaskRunner

    if settings.address:
        return DaskTaskRunner(address=settings.address)
    # One thread per worker process: the model is CPU-bound and holds the GIL.
    return DaskTaskRunner(
        cluster_class="afscherm.flows.dask_cluster.QuietLocalCluster",
        cluster_kwargs={
            "n_workers": settings.workers,
            "threads_per_worker": 1,
            "processes": True,
            "host": "127.0.0.1",
            "dashboard_address": "127.0.0.1:0",
            "preload": ["afscherm.flows.dask_worker"],  # one Prefect client per worker, not three per task run
        },
    )


def keep_prefect_client() -> None:
    """Process-pool worker initializer: one Prefect API client for the worker's whole life.

    Without it Prefect builds a new client for every task run, three times (hydrating the flow's context twice,
    then the task engine's client context), each with a new SSL context that loads the CA bundle, even for an
    ``http://`` API: 58 ms of a no-op task's 109 ms of worker CPU (py-spy, 200 no-op tasks on 2 workers). A
    client context entered here, in the worker's only thread, is the one every later task run finds
    (``get_client`` returns an open context's client), and its HTTP connections are reused.
    """
    import atexit

    from prefect.context import SyncClientContext

    if not api_server_named():
        return
    context = SyncClientContext()
    context.__enter__()  # left open for the tasks to come; closed when the worker process exits
    atexit.register(context.__exit__, None, None, None)


def api_server_named() -> bool:
    """Whether this worker process knows the flow's Prefect API server (``PREFECT_API_URL``).

    A worker keeps one client only for a named server. Without one, ``get_client`` would start an ephemeral
    server of the worker's own: not the flow's, and 20-30 s to start on a busy machine (a process-pool worker's
    initializer timed out that way, and the pool broke). The scans name their server in the environment before
    any worker starts (``flows.scan_store.scan_flow``); the task runs carry the flow's settings and make their
    own clients either way.
    """
    from prefect.settings import PREFECT_API_URL

    return bool(PREFECT_API_URL.value())
