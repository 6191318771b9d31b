"""A Dask worker preload: one Prefect API client for the worker's whole life.

Prefect builds a new API client for every task run, three times (hydrating the flow's context twice, then
the task engine's client context), each with a new SSL context that loads the CA bundle, even for an
``http://`` API: 44 of a no-op task's 122 ms of worker CPU (200 no-op tasks on a 2-worker LocalCluster).
``get_client`` returns the client of an open client context instead. Dask runs each task in a copy of the
context its worker's event loop was in when the task arrived, and those descend from the context the worker
started in, where ``dask_setup`` runs: a client context entered here is the one every task run finds.

The ``LocalCluster`` of ``flows.runners`` loads it; workers of an existing cluster load it with
``dask worker SCHEDULER --preload afscherm.flows.dask_worker``.
"""

from __future__ import annotations

from typing import Any

_ATTRIBUTE = "_afscherm_prefect_client_context"


def dask_setup(worker: Any) -> None:  # noqa: ANN401 - distributed.Worker
    from prefect.context import SyncClientContext

    from afscherm.flows.runners import api_server_named

    if not api_server_named():
        return  # see api_server_named: no client of a server of the worker's own
    context = SyncClientContext()
    context.__enter__()  # left open for the tasks to come; closed in dask_teardown
    setattr(worker, _ATTRIBUTE, context)


def dask_teardown(worker: Any) -> None:  # noqa: ANN401
    context = getattr(worker, _ATTRIBUTE, None)
    if context is not None:
        context.__exit__(None, None, None)
