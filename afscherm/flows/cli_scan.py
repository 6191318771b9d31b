"""``afscherm scan``: one run of the ``scan_store`` flow over folders or configured stores."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from pathlib import Path
from typing import Any, TextIO

from afscherm.detectors.findings import ENTITY_TYPES
from afscherm.flows.errors import CliError
from afscherm.flows.runners import DEFAULT_BATCH_OBJECTS, TaskRunnerSettings

EXIT_QUARANTINED = 1


def add_scan_commands(sub: argparse._SubParsersAction) -> None:
    scan = sub.add_parser(
        "scan",
        help="scan folders or configured stores: findings into the index, safe copies into the clean store",
        description=(
            "Each SOURCE is a folder or the name of a store in configs/stores.yaml (default: every configured "
            "store). New and changed objects are read, their personal data found and recorded in the findings "
            "index (keyed fingerprints, no plaintext; key in AFSCHERM_INDEX_KEY), a redacted copy written to the "
            "clean store and anything that cannot be inspected quarantined with its reason. Unchanged objects "
            "are skipped, so a killed scan resumes where it stopped. Exit 0: done; 1: done, some objects "
            "quarantined; 2: error."
        ),
    )
    scan.add_argument("sources", nargs="*", metavar="SOURCE", help="folder or store name (default: all stores)")
    scan.add_argument("--index", metavar="DIR", help="findings index folder (default: scan.index in stores.yaml)")
    scan.add_argument("--clean", metavar="DEST", help="clean store: folder or store name (default: scan.clean)")
    scan.add_argument("--no-clean", action="store_true", help="write no safe copies (discovery only)")
    scan.add_argument(
        "--rescan",
        action="store_true",
        help="scan unchanged objects too, e.g. after upgrading afscherm: their findings and fingerprints then follow "
        "the new detection and normalisation rules (the index keeps only each object's latest scan)",
    )
    scan.add_argument("--quarantine", metavar="DEST", help="quarantine folder or store (default: scan.quarantine)")
    scan.add_argument(
        "--runner",
        choices=["serial", "threads", "processes", "dask"],
        help="where objects are processed (default: scan.task_runner.kind)",
    )
    scan.add_argument("--workers", type=int, metavar="N", help="task runner workers (default: config)")
    scan.add_argument("--dask-address", metavar="ADDR", help="existing Dask scheduler (default: a LocalCluster)")
    scan.add_argument(
        "--batch-objects",
        type=int,
        default=DEFAULT_BATCH_OBJECTS,
        metavar="N",
        help="objects per index commit (a killed scan redoes at most the batches in flight; default %(default)s)",
    )
    scan.add_argument(
        "--no-prefect",
        action="store_true",
        help="run the scan as plain functions, without a Prefect flow run (serial only)",
    )
    scan.set_defaults(func=cmd_scan)


def _scan_config(args: argparse.Namespace) -> Any:  # noqa: ANN401 - flows.stores.config.StoresConfig
    from afscherm.detectors.config import config_dir
    from afscherm.flows.stores.config import load_stores_config

    directory = Path(args.config) if args.config else config_dir()
    return load_stores_config(directory / "stores.yaml")


def _store(spec: str, config: Any, role: str) -> Any:  # noqa: ANN401
    """A configured store by name, else a local folder (created for outputs)."""
    from afscherm.flows.stores.config import open_store
    from afscherm.flows.stores.local import LocalStore

    if spec in config.stores:
        return open_store(spec, config)
    path = Path(spec)
    if role == "source":
        if not path.is_dir():
            raise CliError(f"{spec}: neither a folder nor a store named in stores.yaml")
    else:
        path.mkdir(parents=True, exist_ok=True)
    return LocalStore(path.resolve().name or "root", path)


def _runner_settings(args: argparse.Namespace, config: Any) -> TaskRunnerSettings:  # noqa: ANN401
    settings = getattr(config.scan, "task_runner", None) or TaskRunnerSettings()
    changes: dict[str, Any] = {}
    if args.runner:
        changes["kind"] = args.runner
    if args.workers:
        if args.workers < 1:
            raise CliError(f"--workers: expected 1 or more, got {args.workers}")
        changes["workers"] = args.workers
    if args.dask_address:
        changes["kind"], changes["address"] = "dask", args.dask_address
    settings = settings.model_copy(update=changes)
    if args.no_prefect and settings.kind != "serial":
        raise CliError("--no-prefect runs serially; leave out --runner/--workers/--dask-address")
    return settings


def build_plan(args: argparse.Namespace) -> Any:  # noqa: ANN401 - flows.scan_store.ScanPlan
    from afscherm.flows.scan_store import plan_from_config

    config = _scan_config(args)
    names = args.sources or list(config.stores)
    if not names:
        raise CliError("no SOURCE given and no store configured in stores.yaml")
    sources = [_store(name, config, "source") for name in names]
    if len({s.name for s in sources}) != len(sources):
        raise CliError("two sources have the same store name; configure them in stores.yaml under distinct names")
    if args.batch_objects < 1:
        raise CliError(f"--batch-objects: expected 1 or more, got {args.batch_objects}")
    return plan_from_config(
        config,
        sources,
        config_dir=args.config,
        batch_objects=args.batch_objects,
        rescan=args.rescan,
        index=Path(args.index) if args.index else None,
        clean=None if args.no_clean else (_store(args.clean, config, "clean") if args.clean else "config"),
        quarantine=_store(args.quarantine, config, "quarantine") if args.quarantine else None,
    )


class ScanProgress:
    """One status line on a terminal: objects listed, scanned, skipped, quarantined, and the rate."""

    def __init__(self, stream: TextIO) -> None:
        self.stream, self.enabled = stream, stream.isatty()
        self.started, self.last = time.monotonic(), 0.0

    def __call__(self, summary: Any) -> None:  # noqa: ANN401
        now = time.monotonic()
        if not self.enabled or now - self.last < 0.5:
            return
        self.last = now
        rate = summary.scanned / max(now - self.started, 1e-9)
        self.stream.write(
            f"\rscan: {summary.listed:,} listed, {summary.scanned:,} scanned ({rate:,.1f}/s), "
            f"{summary.skipped:,} unchanged, {summary.quarantined:,} quarantined"
        )
        self.stream.flush()

    def done(self) -> None:
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()


def format_scan_summary(summary: Any, counts: list[dict[str, Any]]) -> str:  # noqa: ANN401 - ScanSummary
    """The per-type × per-store table (``counts``: ``discovery.analysis.type_store_counts`` rows, the same
    numbers as the flow's artifact and the report) and the object counts of ``summary``."""
    found = {(r["store"], r["entity_type"]): r["findings"] for r in counts}
    stores = sorted({s for s, _ in found} | set(summary.stores))
    types = [t for t in ENTITY_TYPES if any(found.get((s, t)) for s in stores)]
    header = ["entity type", *stores, "total"]
    rows = [
        [t, *(str(found.get((s, t), 0)) for s in stores), str(sum(found.get((s, t), 0) for s in stores))] for t in types
    ]
    rows.append(["total", *(str(sum(found.get((s, t), 0) for t in types)) for s in stores), str(sum(found.values()))])
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        pairs = enumerate(zip(cells, widths, strict=True))
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in pairs)

    rule = "-" * len(line(header))
    rate = summary.bytes_read / max(summary.seconds, 1e-9) / 1e6
    share = summary.detect_seconds / summary.seconds if summary.seconds else 0.0
    head = (
        f"Scan {summary.scan_id}: {summary.listed:,} objects listed, {summary.scanned:,} scanned "
        f"({summary.redacted:,} redacted, {summary.clean:,} without findings, {summary.quarantined:,} quarantined), "
        f"{summary.skipped:,} unchanged and skipped; {summary.seconds:.1f} s, {rate:.2f} MB/s, "
        f"detection {share:.0%} of the time"
    )
    out = [head, "", line(header), rule, *(line(r) for r in rows[:-1]), rule, line(rows[-1])]
    if summary.quarantine_reasons:
        out += ["", "Quarantined:"]
        out += [f"  {uri}: {reason}" for uri, reason in summary.quarantine_reasons[:50]]
        if summary.quarantined > 50:  # the summary names only the first few (flows.scan.QUARANTINE_REASONS_KEPT)
            out.append(f"  … and {summary.quarantined - 50} more (see the quarantine folder)")
    return "\n".join(out) + "\n"


def prefect_defaults() -> None:
    """Prefect's ephemeral server gets 20 s to start by default; on a busy machine (a scan competes with
    its own model loading) it needs more. Set before Prefect is first imported; an explicit setting wins."""
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    # Telemetry cannot leave this machine anyway; without this, every run logs a failed attempt.
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


def check_settings(config: str | None) -> None:
    """The index key and the policy (with its keys) before anything is listed. The model is loaded when
    the first object needs it: a re-scan with nothing new never pays for it."""
    from afscherm.detectors.config import config_dir
    from afscherm.discovery.fingerprint import index_key
    from afscherm.redactors.policy import load_policy
    from afscherm.redactors.text import Redactor

    index_key()
    Redactor(load_policy((Path(config) if config else config_dir()) / "policy.yaml"))


def cmd_scan(args: argparse.Namespace, out: TextIO) -> int:
    settings = _runner_settings(args, _scan_config(args))
    check_settings(args.config)  # a missing key or a bad policy fails here, once, in one line
    with contextlib.ExitStack() as stack:
        if not args.no_prefect:
            prefect_defaults()
            if settings.kind in ("processes", "dask") and not os.environ.get("PREFECT_API_URL"):
                # Before Prefect is imported: every thread and worker process then talks to this server
                # (a setting made after import reaches only the calling thread's context).
                from afscherm.flows.prefect_server import flush_run_logs, local_prefect_server

                os.environ["PREFECT_API_URL"] = stack.enter_context(local_prefect_server(scan_only=True))
                stack.callback(flush_run_logs)  # the run's logs reach the server before it stops
        return _scan(args, settings, out)


def _scan(args: argparse.Namespace, settings: TaskRunnerSettings, out: TextIO) -> int:
    from afscherm.flows.scan import serial_mapper
    from afscherm.flows.scan_store import run_scan, scan_flow

    plan = build_plan(args)
    if args.no_prefect:
        progress = ScanProgress(sys.stderr)
        summary = run_scan(plan, serial_mapper(args.config), progress=progress)
        progress.done()
    else:
        try:
            summary = scan_flow(plan, settings, progress=True)
        except RuntimeError as exc:
            if "Prefect" not in str(exc):
                raise
            raise CliError(f"Prefect: {' '.join(str(exc).split())} (or run with --no-prefect)") from exc
    from afscherm.discovery.analysis import scan_counts

    out.write(format_scan_summary(summary, scan_counts(plan.index_dir, summary.scan_id)))
    return EXIT_QUARANTINED if summary.quarantined else 0
