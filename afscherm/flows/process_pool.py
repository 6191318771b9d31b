"""The ``processes`` runner's worker initializer: a worker ends with the flow's process, then keeps one Prefect client.

Tried in the twelfth session and reverted: forking the workers from a fork server that had loaded Prefect, afscherm
and the model once (≈ 6.5 CPU-s saved per worker). It cut the 2-worker run's start-up and bookkeeping from 1.6–1.95
to 1.0–1.1 ms per object, but in two of three pairs on the quiet machine the two forked workers' per-object CPU was
15–16 % above the one worker's (spawned workers: 2–8 %), and the speed-ups were 1.53, 1.70 and 1.55×.
"""

from __future__ import annotations

import os
import select
import threading

from afscherm.flows.runners import keep_prefect_client

EXIT_FLOW_GONE = 70  # a worker's exit status when its flow's process has ended (EX_SOFTWARE)


def start_worker(flow_pid: int | None = None) -> None:
    """Process-pool worker initializer: ends with the flow's process, then keeps one Prefect client."""
    if flow_pid is not None:
        exit_with(flow_pid)
    keep_prefect_client()


def exit_with(pid: int) -> None:
    """Ends this process as soon as process ``pid`` has ended, however it ended (SIGKILL too).

    A pool's worker waits for its next task on a queue whose writing end every worker holds as well, so it never
    sees the flow's process go: after a killed scan its workers stayed for good, each with a loaded model. A thread
    waits on a pidfd of the flow's process instead (Linux ≥ 5.3), which becomes readable when that process ends; a
    pid looked up while its process is this worker's parent cannot have been reused.
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
