"""``afscherm serve``: every deployment in ``configs/schedules.yaml`` served from one long-lived process.

Without ``PREFECT_API_URL`` nothing needs installing, as in Prefect's ephemeral mode. Prefect's
scheduler service does not run inside an ephemeral API server ("Cannot schedule flows on an ephemeral
server"), so in that mode ``serve`` starts a private ``prefect server`` on a free loopback port, with
its scheduler, for as long as it runs, and stops it (by its process id) on exit. With
``PREFECT_API_URL`` set, the deployments are served against that server instead.

Each entry names a flow by import path, its schedule (``cron`` with a time zone, or ``interval`` in
seconds — the ID-copy inbox is watched by polling) and its parameters; ``task_runner``
(``TaskRunnerSettings``) spreads the flow's tasks over threads, processes or Dask.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
from pathlib import Path
from typing import Any, TextIO

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from afscherm.detectors.config import ConfigError, read_yaml
from afscherm.flows.runners import TaskRunnerSettings


class Deployment(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    flow: str = Field(pattern=r"^[A-Za-z_][\w.]*:[A-Za-z_]\w*$")  # module:function
    cron: str | None = None
    timezone: str = "Europe/Amsterdam"
    interval: float | None = Field(default=None, gt=0)  # seconds
    parameters: dict[str, Any] = Field(default_factory=dict)
    task_runner: TaskRunnerSettings | None = None
    description: str = ""
    # One run at a time per deployment; a run due while the last one still works is skipped, not queued
    # (a slow night's scan must not pile up behind itself, nor two inbox runs race for the same upload).
    max_concurrent_runs: int = Field(default=1, ge=1)

    @model_validator(mode="after")
    def _one_schedule(self) -> Deployment:
        if (self.cron is None) == (self.interval is None):
            raise ValueError("give exactly one of cron and interval")
        return self


class Schedules(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    deployments: dict[str, Deployment] = Field(default_factory=dict)


def load_schedules(path: Path) -> Schedules:
    try:
        return Schedules.model_validate(read_yaml(path) or {})
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ConfigError(f"{path}: key '{where}': {first['msg']}") from None


def import_flow(dotted: str, where: str) -> Any:  # noqa: ANN401 - a prefect Flow
    module, _, name = dotted.partition(":")
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError) as exc:
        raise ConfigError(f"{where}: cannot import flow {dotted!r} ({exc})") from None


def build_deployments(path: Path, config: str | None) -> list[Any]:  # noqa: ANN401 - RunnerDeployments
    """One Prefect deployment per entry, parameters completed with the configuration folder."""
    from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy
    from prefect.schedules import Cron, Interval

    from afscherm.flows.runners import prefect_task_runner

    schedules = load_schedules(path)
    if not schedules.deployments:
        raise ConfigError(f"{path}: no deployments to serve")
    out = []
    for name, entry in schedules.deployments.items():
        where = f"{path}: key 'deployments.{name}.flow'"
        flow = import_flow(entry.flow, where)
        parameters = dict(entry.parameters)
        parameters.setdefault("config", config)
        if entry.task_runner is not None:
            flow = flow.with_options(task_runner=prefect_task_runner(entry.task_runner))
            parameters.setdefault("runner", entry.task_runner.model_dump())
        schedule = Cron(entry.cron, timezone=entry.timezone) if entry.cron else Interval(entry.interval)
        limit = ConcurrencyLimitConfig(
            limit=entry.max_concurrent_runs, collision_strategy=ConcurrencyLimitStrategy.CANCEL_NEW
        )
        out.append(
            flow.to_deployment(
                name=name,
                parameters=parameters,
                description=entry.description,
                schedules=[schedule],
                concurrency_limit=limit,
            )
        )
    return out


def add_serve_command(sub: argparse._SubParsersAction) -> None:
    serve = sub.add_parser(
        "serve",
        help="serve every deployment of configs/schedules.yaml (scheduled scans, ID-copy inbox)",
        description="Runs until interrupted. Prefect's ephemeral mode unless PREFECT_API_URL names a server.",
    )
    serve.add_argument("--schedules", metavar="FILE", help="schedules file (default: schedules.yaml in the config)")
    serve.add_argument("--list", action="store_true", help="print the deployments and their schedules, then exit")
    serve.set_defaults(func=cmd_serve)


def cmd_serve(args: argparse.Namespace, out: TextIO) -> int:
    from afscherm.detectors.config import config_dir

    directory = Path(args.config) if args.config else config_dir()
    path = Path(args.schedules) if args.schedules else directory / "schedules.yaml"
    schedules = load_schedules(path)
    if args.list:
        for name, entry in schedules.deployments.items():
            when = f"cron {entry.cron} ({entry.timezone})" if entry.cron else f"every {entry.interval:g} s"
            out.write(f"{name}: {entry.flow}, {when}\n")
        return 0
    from afscherm.flows.cli_scan import prefect_defaults

    prefect_defaults()
    with contextlib.ExitStack() as stack:
        if not os.environ.get("PREFECT_API_URL"):
            from afscherm.flows.prefect_server import local_prefect_server

            os.environ["PREFECT_API_URL"] = stack.enter_context(local_prefect_server())
        from prefect import serve

        serve(*build_deployments(path, args.config))
    return 0
