"""The Prefect flows access_request, erasure_request and retention over the same plain functions, and the
retention deployment in configs/schedules.yaml."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from afscherm.flows.requests_ops import register_or_get
from tests.requests_fixtures import ANNA, TEST_INDEX_KEY
from tests.test_requests_e2e import make_world, query

REPO = Path(__file__).resolve().parent.parent


def test_flows_run(tmp_path: Path, prefect_harness: None, monkeypatch: pytest.MonkeyPatch) -> None:
    from afscherm.flows.request_flows import access_request, erasure_request, retention

    monkeypatch.setenv("AFSCHERM_INDEX_KEY", TEST_INDEX_KEY)
    monkeypatch.delenv("AFSCHERM_AUDIT_HEAD", raising=False)
    ctx, root = make_world(tmp_path)
    req = register_or_get(ctx, request_id=None, kind="erasure", query=query(ANNA))
    common = {"index": str(ctx.index_dir), "config": ctx.config}

    result = access_request(request_id=req.id, out=str(tmp_path / "export.zip"), **common)
    assert result["summary"]["exported"] == len(ANNA.objects)
    assert zipfile.is_zipfile(tmp_path / "export.zip")

    plan = erasure_request(request_id=req.id, apply=False, **common)
    assert plan["summary"]["keep"] == 1 and (root / "chats/chat-anna.txt").exists()
    done = erasure_request(request_id=req.id, apply=True, **common)
    assert done["summary"]["failed"] == 0 and not (root / "chats/chat-anna.txt").exists()

    kept = retention(apply=True, **common)
    assert kept["summary"]["keep"] == 1 and not (root / "chats/chat-old.txt").exists()
    assert ctx.audit.verify().ok


def test_retention_deployment_in_schedules() -> None:
    from afscherm.flows.serve import load_schedules

    schedules = load_schedules(REPO / "afscherm/configs/schedules.yaml")
    entry = schedules.deployments["nightly-retention"]
    assert entry.flow == "afscherm.flows.request_flows:retention" and entry.parameters == {"apply": True}
    from afscherm.flows.serve import import_flow

    assert import_flow(entry.flow, "test").name == "retention"
