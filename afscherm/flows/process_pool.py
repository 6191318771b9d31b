"""The ``processes`` runner: Prefect's process pool, its workers forked from a server that has loaded Prefect,
afscherm and the model.

Prefect spawns each worker as a fresh interpreter, which then imports Prefect (≈ 1.8 CPU-s), afscherm (0.5), loads
the model (3.3) and builds the first-use indexes (0.9): ≈ 6.5 CPU-s per worker before its first object. On a 2-core
machine a 2-worker scan keeps both cores busy, so each worker's start-up is paid in wall time too. A fork server
loads all that once (``flows.worker_preload``), started when the pool opens, while the flow lists and reads its
first batch; workers forked from it start in milliseconds and share its memory pages. In a long-lived
``afscherm serve`` the server stays up, so the workers of later runs start at once.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.context
import os
import select
import threading
from typing import Any

import prefect.task_runners
from prefect.task_runners import ProcessPoolTaskRunner

from afscherm.flows.runners import keep_prefect_client

# The module the fork server imports before it forks any worker (see flows.worker_preload).
PRELOAD_MODULE = "afscherm.flows.worker_preload"


class PreloadedProcessPoolTaskRunner(ProcessPoolTaskRunner):
    """Prefect's ``ProcessPoolTaskRunner`` with its workers forked from the fork server (see the module docstring)."""

    def __init__(self, max_workers: int | None = None, **kwargs: Any) -> None:  # noqa: ANN401
        kwargs.setdefault("initializer", start_worker)
        super().__init__(max_workers=max_workers, **kwargs)

    def __enter__(self):  # noqa: ANN204 - Self of Prefect's runner
        # A forked worker has the server's environment, from the server's start, not this process's now (a later
        # scan may name another API server): the initializer sets this process's environment, as a spawned worker
        # would have inherited it, before Prefect's settings and client are read.
        self._initargs = (dict(os.environ), os.getpid())
        with _PREFECT_FORKS_FROM_SERVER:
            return super().__enter__()


def start_worker(environment: dict[str, str] | None = None, flow_pid: int | None = None) -> None:
    """Process-pool worker initializer: ends with the flow's process; the flow's environment and settings; then one
    Prefect client."""
    if flow_pid is not None:
        exit_with(flow_pid)
    if environment is not None and environment != dict(os.environ):
        os.environ.clear()
        os.environ.update(environment)
        from prefect.context import refresh_global_settings_context

        refresh_global_settings_context()  # Prefect's settings read from the environment just set
    keep_prefect_client()


def exit_with(pid: int) -> None:
    """Ends this process as soon as process ``pid`` has ended, however it ended (SIGKILL too).

    A pool's worker waits for its next task on a queue whose writing end every worker holds as well, so it never
    sees the flow's process go: after a killed scan its workers (and, holding the fork server's lifeline, the fork
    server) stayed for good, each with a loaded model. A thread waits on a pidfd of the flow's process instead
    (Linux ≥ 5.3), which becomes readable when that process ends; a pid looked up now cannot be reused before.
    """
    try:
        handle = os.pidfd_open(pid)
    except ProcessLookupError:
        os._exit(EXIT_FLOW_GONE)  # gone already: nobody wants this worker's results
    except (AttributeError, OSError):
        return  # no pidfd on this system: the worker ends when its pool is shut down, as Prefect's would

    def wait() -> None:
        select.select([handle], [], [])
        os._exit(EXIT_FLOW_GONE)  # at once: no result can reach the flow, nothing to clean up that it needs

    threading.Thread(target=wait, name="afscherm-exit-with-flow", daemon=True).start()


EXIT_FLOW_GONE = 70  # a worker's exit status when its flow's process has ended (EX_SOFTWARE)


def fork_server_context() -> multiprocessing.context.ForkServerContext:
    """The fork server context with :data:`PRELOAD_MODULE` to preload, its server started now.

    There is one fork server per process; it keeps running until the process ends. Started here, it loads the
    preload while the caller goes on. A server someone else started without our preload still works: its
    workers then load what they need on their first task.
    """
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([PRELOAD_MODULE])
    if multiprocessing.parent_process() is None:
        # Not in a worker: Prefect enters a copy of the flow's task runner around every task run in a worker too
        # (to hydrate the flow's context), and a server started there would load the model once more for nothing.
        from multiprocessing import forkserver

        forkserver.ensure_running()
    return context


class _ForkServerMultiprocessing:
    """Stands in for the ``multiprocessing`` module inside ``prefect.task_runners`` while a pool opens.

    Prefect's ``ProcessPoolTaskRunner.__enter__`` asks for the ``spawn`` context by name and offers no way to
    choose another; everything else is the real module.
    """

    def __init__(self, context: multiprocessing.context.BaseContext) -> None:
        self._context = context

    def get_context(self, method: str | None = None) -> multiprocessing.context.BaseContext:  # noqa: ARG002
        return self._context

    def __getattr__(self, name: str) -> Any:  # noqa: ANN401
        return getattr(multiprocessing, name)


class _PrefectForksFromServer:
    """While held: ``prefect.task_runners`` gets its process context from :func:`fork_server_context`."""

    def __init__(self) -> None:
        self._lock = threading.Lock()  # two pools opening at once swap the module one at a time

    def __enter__(self) -> None:
        self._lock.acquire()
        self._saved = prefect.task_runners.multiprocessing
        try:
            prefect.task_runners.multiprocessing = _ForkServerMultiprocessing(fork_server_context())  # type: ignore[assignment]
        except BaseException:
            self._lock.release()
            raise

    def __exit__(self, *exc: object) -> None:
        prefect.task_runners.multiprocessing = self._saved
        self._lock.release()


_PREFECT_FORKS_FROM_SERVER = _PrefectForksFromServer()
