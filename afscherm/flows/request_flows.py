"""Prefect flows for data-subject requests and retention: thin wrappers over ``flows.requests_ops``.

The flows take a registered REQUEST_ID, never identifiers: flow parameters are stored by the Prefect server, and
plaintext e-mail addresses or BSNs must not end up there. Register first (``afscherm requests add`` or
``afscherm access --email …``), then run or schedule the flow. Each run publishes a table artifact of counts.
``retention`` is scheduled nightly in ``configs/schedules.yaml``.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

from prefect import flow
from prefect.artifacts import create_table_artifact

from afscherm.flows.requests_ops import (
    RequestContext,
    apply_erasure,
    apply_store_retention,
    export_access,
    plan_request_erasure,
    plan_store_retention,
)


def _context(index: str | None, config: str | None, today: str | None) -> RequestContext:
    ctx = RequestContext(Path("."), config=config, today=date.fromisoformat(today) if today else date.today())
    ctx.index_dir = Path(index) if index else ctx.stores_config.index_dir
    return ctx


def _publish(key: str, counts: dict[str, Any], description: str) -> None:
    rows = [{"what": k, "count": v} for k, v in counts.items()]
    create_table_artifact(key=key, table=rows, description=description)


@flow(name="access_request", validate_parameters=False)
def access_request(
    request_id: str,
    out: str,
    index: str | None = None,
    config: str | None = None,
    include_weak: bool = False,
    passphrase_env: str | None = None,
    today: str | None = None,
) -> dict[str, Any]:
    """Export everything held about the subject of ``request_id`` to ``out`` (encrypted to the passphrase in
    the environment variable ``passphrase_env``, when given)."""
    ctx = _context(index, config, today)
    passphrase = None
    if passphrase_env:
        passphrase = os.environ.get(passphrase_env) or None
        if passphrase is None:
            raise ValueError(f"access_request: environment variable {passphrase_env} is not set")
    req = ctx.register.get(request_id)
    package, result = export_access(ctx, req, Path(out), passphrase=passphrase, include_weak=include_weak)
    counts = {**result.summary(), "exported": sum(1 for o in package.manifest["objects"] if not o.get("error"))}
    _publish("access-request", counts, f"Access export for {request_id}")
    return {"request_id": request_id, "out": out, "summary": counts}


@flow(name="erasure_request", validate_parameters=False)
def erasure_request(
    request_id: str,
    apply: bool = False,
    index: str | None = None,
    config: str | None = None,
    today: str | None = None,
) -> dict[str, Any]:
    """The erasure plan of ``request_id``; with ``apply`` carried out and verified by re-scan."""
    ctx = _context(index, config, today)
    req = ctx.register.get(request_id)
    plan, result = plan_request_erasure(ctx, req)
    if apply:
        apply_erasure(ctx, req, plan, result)
    _publish("erasure-request", plan.summary(), f"Erasure {'applied' if apply else 'plan'} for {request_id}")
    return plan.to_dict()


@flow(name="retention", validate_parameters=False)
def retention(
    apply: bool = False,
    stores: list[str] | None = None,
    index: str | None = None,
    config: str | None = None,
    today: str | None = None,
    runner: dict[str, Any] | None = None,  # noqa: ARG001 - accepted for schedules.yaml symmetry; runs serially
) -> dict[str, Any]:
    """What is past its retention term deleted or redacted (``apply``), or only planned; holds reported."""
    ctx = _context(index, config, today)
    plan = plan_store_retention(ctx, stores)
    if apply:
        apply_store_retention(ctx, plan)
    counts = {**plan.summary(), "errors": sum(1 for i in plan.items if i.error)}
    _publish("retention", counts, f"Retention {'applied' if apply else 'plan'} on {plan.today}")
    return {"today": plan.today, "summary": counts, "items": [i.to_dict() for i in plan.items]}
