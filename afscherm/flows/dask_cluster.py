"""The Dask ``LocalCluster`` a scan starts when its task runner is Dask without an address (``flows.runners``).

Imported only then: a serial or process-pool scan never pays for importing ``distributed``.
"""

from __future__ import annotations

import dask.config
from distributed import LocalCluster

# Dask settings of our LocalCluster, for its scheduler, nannies and client (in the flow's process) and for its
# workers. Each Dask server wakes every 20 ms to measure its event loop's latency ("tick"), a Nanny and a worker
# each poll psutil for the worker's memory every 100 ms, and a worker samples its task thread's stack every 10 ms
# for the dashboard's profile; all of it takes the GIL from the detection the cluster exists to run, on a machine
# whose cores the workers already fill. Idle 2-worker cluster, 30 s: the flow's process 3.2 -> 1.1 % of a core,
# the workers together 2.9 -> 0.6 % (tick and memory polls every second). py-spy on a 2-worker scan: 14 % of a
# worker's samples were its profiler, 6 % its system monitor. What they feed is diagnostics (the dashboard's
# profile, "event loop unresponsive" warnings, memory spilling long before our bounded batches need it), which a
# second's resolution still serves. Workers of an existing cluster take such settings from their own Dask
# configuration (e.g. DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED=False), see the README.
LOCAL_CLUSTER_CONFIG: dict[str, str | bool] = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "1s",
}


class QuietLocalCluster(LocalCluster):
    """A LocalCluster whose servers run with ``LOCAL_CLUSTER_CONFIG``.

    The scheduler, nannies and client read it while they are built (here, in the flow's process); the workers
    get it from their Nanny, which merges only the top level of a given config into the worker's, so the whole
    configuration is handed over (the nested part alone breaks the workers: ``KeyError: 'event-loop'``).
    """

    def __init__(self, **kwargs: object) -> None:
        with dask.config.set(LOCAL_CLUSTER_CONFIG):
            super().__init__(config=dask.config.merge(dask.config.config), **kwargs)  # a copy: the set is undone
