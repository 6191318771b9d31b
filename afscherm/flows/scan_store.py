"""The ``scan_store`` Prefect flow: a thin composition of ``flows.scan`` over the configured stores.

Per-object work runs as tasks on the configured task runner (threads, processes or Dask); listing,
writing safe copies, quarantine and index commits stay in the flow's process, so the ordering
guarantees of ``flows.scan`` hold whatever runs the tasks. Each run publishes a table artifact of
findings per type and store and the object counts.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from prefect import flow, task
from prefect.artifacts import create_table_artifact
from prefect.cache_policies import NO_CACHE

from afscherm.flows.objects import Processed
from afscherm.flows.runners import TaskRunnerSettings, prefect_task_runner
from afscherm.flows.scan import (
    DEFAULT_BATCH_OBJECTS,
    DEFAULT_PIPELINE_DEPTH,
    Job,
    Mapper,
    Pending,
    ScanSummary,
    new_scan_id,
    scan_store,
    serial_mapper,
)


@dataclass(frozen=True)
class ScanPlan:
    """What one run scans and where it writes; built by the CLI or a deployment from config."""

    sources: Sequence[Any]  # Store objects (each knows its name and kind)
    index_dir: Path
    clean: Callable[[Any], Any]  # source store -> its clean store (None: no safe copies)
    quarantine: Any  # Store
    config: str | None = None  # configuration folder for detection and policy
    max_object_bytes: int = 256 << 20
    batch_objects: int = DEFAULT_BATCH_OBJECTS
    pipeline_depth: int = DEFAULT_PIPELINE_DEPTH  # batches processed ahead of the one being written
    rescan: bool = False  # unchanged objects too (after a rules upgrade; see flows.scan.scan_store)


def plan_from_config(
    config: Any,  # noqa: ANN401 - flows.stores.config.StoresConfig
    sources: Sequence[Any],
    *,
    config_dir: str | None = None,
    index: Path | None = None,
    clean: Any = "config",  # noqa: ANN401 - a Store, "config" (scan.clean), or None (no safe copies)
    quarantine: Any = None,  # noqa: ANN401 - a Store, or None (scan.quarantine)
    batch_objects: int = DEFAULT_BATCH_OBJECTS,
    rescan: bool = False,
) -> ScanPlan:
    """A plan over ``sources`` with the outputs of ``stores.yaml``'s ``scan`` section unless given.

    Each source's safe copies go under a prefix named after the source in the clean store, so two
    sources never overwrite each other's copies; a SQL source writes its masked rows itself (to its
    clean table, or in place), as its own config says.
    """
    from afscherm.flows.stores.config import open_clean_store, open_quarantine_store
    from afscherm.flows.stores.prefixed import PrefixedStore

    target = open_clean_store(config) if clean == "config" else clean

    def clean_for(source: Any) -> Any:  # noqa: ANN401
        if source.kind == "sql":
            return source
        return None if target is None else PrefixedStore(target, source.name)

    return ScanPlan(
        sources=sources,
        index_dir=index or config.index_dir,
        clean=clean_for,
        quarantine=quarantine or open_quarantine_store(config),
        config=config_dir,
        max_object_bytes=config.max_object_bytes,
        batch_objects=batch_objects,
        rescan=rescan,
    )


# No cache policy: Prefect's default would hash every task's inputs (the objects' bytes) for a cache key the
# scan never uses; results stay in memory (the flow writes them itself).
@task(name="process objects", retries=0, cache_policy=NO_CACHE, persist_result=False)
def process_chunk(jobs: list[Job], config: str | None) -> list[Processed]:
    """A chunk of objects processed in one task (task overhead is paid per chunk, not per object)."""
    return list(serial_mapper(config)(jobs))


class TaskMapper:
    """A Mapper that spreads a batch over the flow's task runner in chunks, results in input order.

    ``submit`` hands the chunks to the workers and returns at once, so the scan can pipeline batches.
    """

    def __init__(self, config: str | None, settings: TaskRunnerSettings) -> None:
        self.config = config
        self.settings = settings

    def submit(self, jobs: Sequence[Job]) -> Pending:
        size = max(1, min(self.settings.objects_per_task, -(-len(jobs) // self.settings.workers)))
        futures = [process_chunk.submit(list(jobs[i : i + size]), self.config) for i in range(0, len(jobs), size)]
        return lambda: [result for future in futures for result in future.result()]

    def __call__(self, jobs: Sequence[Job]) -> list[Processed]:
        return list(self.submit(jobs)())


def task_mapper(config: str | None, settings: TaskRunnerSettings) -> Mapper:
    return TaskMapper(config, settings)


def summary_table(summary: ScanSummary, counts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows of the run's artifact: findings and objects per store and type (``counts``, from
    ``discovery.analysis.scan_counts``: the CLI summary and the report count the same way), then the
    object counts of the run."""
    rows: list[dict[str, Any]] = [dict(r) for r in counts]
    for name in ("listed", "skipped", "scanned", "clean", "redacted", "quarantined"):
        rows.append(
            {"store": "(all)", "entity_type": f"objects {name}", "findings": None, "objects": getattr(summary, name)}
        )
    return rows


def run_scan(
    plan: ScanPlan,
    mapper: Mapper,
    *,
    scan_id: str | None = None,
    progress: Callable[[ScanSummary], None] | None = None,
) -> ScanSummary:
    """Every source of ``plan`` scanned once with ``mapper``; plain function (no Prefect needed)."""
    from afscherm.discovery.index import FindingsIndex

    index = FindingsIndex(plan.index_dir)
    total = ScanSummary(scan_id or new_scan_id())
    for source in plan.sources:
        kind = "structured" if source.kind == "sql" else None
        part = scan_store(
            source,
            index=index,
            clean=plan.clean(source),
            quarantine=plan.quarantine,
            mapper=mapper,
            scan_id=total.scan_id,
            batch_objects=plan.batch_objects,
            pipeline_depth=plan.pipeline_depth,
            max_object_bytes=plan.max_object_bytes,
            progress=progress,
            kind=kind,
            rescan=plan.rescan,
        )
        total.add(part)
        if part.scanned:
            # The run's small batch files merged into one file sorted by fingerprint: subject look-ups
            # prune by its statistics instead of opening every batch (a full compaction now and then).
            index.compact(source.name, incremental=True)
        # An index written before count summaries existed (or a crash between a commit and its summary) gets
        # them here, once: the report then sums summaries instead of counting every row (issue 15).
        index.summarise_missing(source.name)
    return total


def publish(summary: ScanSummary, index_dir: Path) -> None:
    from afscherm.discovery.analysis import scan_counts

    create_table_artifact(
        key="scan-summary",
        table=summary_table(summary, scan_counts(index_dir, summary.scan_id)),
        description=f"afscherm scan {summary.scan_id}: findings per type and store, objects per outcome",
    )


@flow(name="scan_store", validate_parameters=False)
def scan_store_flow(
    plan: ScanPlan | None = None,
    stores: list[str] | None = None,
    config: str | None = None,
    runner: dict[str, Any] | None = None,
    progress: bool = False,
    rescan: bool = False,
) -> dict[str, Any]:
    """Scan ``plan`` (the CLI builds one), or the named ``stores`` of ``config`` (deployments; ``rescan``: unchanged
    objects too, see ``flows.scan.scan_store``).

    ``runner`` (``TaskRunnerSettings`` fields) says how tasks are spread: serial runs them in this
    process; otherwise they go to the task runner the flow was given (``with_options(task_runner=...)``).
    """
    if plan is None:
        plan = plan_for_stores(stores, config, rescan)
    settings = TaskRunnerSettings(**(runner or {}))
    mapper = serial_mapper(plan.config) if settings.kind == "serial" else task_mapper(plan.config, settings)
    reporter = None
    if progress:
        from afscherm.flows.cli_scan import ScanProgress

        reporter = ScanProgress(sys.stderr)
    summary = run_scan(plan, mapper, progress=reporter)
    if reporter:
        reporter.done()
    publish(summary, plan.index_dir)
    return {"summary": summary.to_dict(), "_summary": summary}


def plan_for_stores(stores: list[str] | None, config: str | None, rescan: bool = False) -> ScanPlan:
    """The plan a deployment runs: the named stores (default: all) with the outputs of ``stores.yaml``."""
    from afscherm.detectors.config import config_dir
    from afscherm.flows.stores.config import load_stores_config, open_store

    directory = Path(config) if config else config_dir()
    settings = load_stores_config(directory / "stores.yaml")
    names = stores or list(settings.stores)
    return plan_from_config(settings, [open_store(n, settings) for n in names], config_dir=config, rescan=rescan)


def scan_flow(
    plan: ScanPlan,
    settings: TaskRunnerSettings,
    progress: bool = False,
) -> ScanSummary:
    """Run the ``scan_store`` flow for ``plan`` on the task runner of ``settings``.

    Tasks in other processes (``processes``, a Dask ``LocalCluster``) need an API server they can all
    reach: without ``PREFECT_API_URL`` a private local server is started for the run (workers of an
    existing Dask cluster need ``PREFECT_API_URL`` set on their side).
    """
    runner = prefect_task_runner(settings)
    configured = scan_store_flow.with_options(task_runner=runner) if runner is not None else scan_store_flow
    with contextlib.ExitStack() as stack:
        if settings.kind in ("processes", "dask"):
            from prefect.settings import PREFECT_API_URL, temporary_settings

            url = PREFECT_API_URL.value()
            if not url:
                from afscherm.flows.prefect_server import flush_run_logs, local_prefect_server

                url = stack.enter_context(local_prefect_server(scan_only=True))
                stack.enter_context(temporary_settings({PREFECT_API_URL: url}))
                stack.callback(flush_run_logs)  # before the server stops: its run logs are sent, not lost
            if os.environ.get("PREFECT_API_URL") != url:  # inherited by the worker processes
                saved = os.environ.get("PREFECT_API_URL")
                os.environ["PREFECT_API_URL"] = url
                stack.callback(_restore_env, "PREFECT_API_URL", saved)
        result = configured(plan=plan, runner=settings.model_dump(), progress=progress)
    return result["_summary"]


def _restore_env(name: str, value: str | None) -> None:
    if value is None:
        os.environ.pop(name, None)
    else:
        os.environ[name] = value
