"""What a scan's worker process needs before its first object, loaded once by the process pool's fork server.

The ``processes`` runner (``flows.runners.PreloadedProcessPoolTaskRunner``) forks its workers from a server process
that imports this module first. Importing it loads Prefect's task engine, afscherm's per-object work and the
default analyzer (``detectors.analyzer.default_analyzer`` of ``detectors.config.config_dir()``), and reads one short
text so that the lazily built name and place indexes exist too. A worker forked from the server has all of it at
once and shares its memory pages until it writes to them; ``gc.freeze`` keeps the loaded objects out of the
collector's passes, which would otherwise touch, and so copy, those pages in every worker.

A scan whose configuration folder is not the default one loads its own analyzer in each worker, as before. Any
error here is swallowed on purpose: the server must start whatever happens (an exception would break the pool),
and a worker then loads what it needs on its first task, where a real error (a broken configuration) is reported
with the object it stopped.
"""

from __future__ import annotations

import gc

# Read once at load: a name, a place, a street, a phone number, an IBAN and an e-mail address (all fictitious),
# so the recognisers' first-use indexes are built here, not in each worker.
WARM_UP_TEXT = (
    "Beste mevrouw Jansen, uw afspraak in Zwolle staat genoteerd. Adres: Kerkstraat 12, 8011 AB Zwolle. "
    "Bel 06-12345678 of mail naar j.jansen@example.nl; IBAN NL91ABNA0417164300. Met vriendelijke groet, Pieter"
)

loaded = False  # whether this process holds the preloaded analyzer (read by tests and the benchmark)


def preload() -> bool:
    """Load the default analyzer and warm it up; False (and nothing raised) when that failed."""
    global loaded
    try:
        import prefect.task_engine  # noqa: F401 - the task engine a worker runs every task in

        import afscherm.flows.scan_store  # noqa: F401 - the task's own module, unpickled with each task
        from afscherm.detectors.analyzer import default_analyzer
        from afscherm.detectors.config import config_dir

        default_analyzer(config_dir()).analyze([WARM_UP_TEXT])
        loaded = True
    except Exception:  # noqa: BLE001 - see the module docstring: the worker reports real errors itself
        loaded = False
    finally:
        gc.freeze()
    return loaded


preload()
