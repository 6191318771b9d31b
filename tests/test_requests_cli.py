"""The request commands: requests (flags), access, erase, retention, audit verify, decrypt-export."""

from __future__ import annotations

import argparse
import io
import json
import zipfile
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from afscherm.detectors.config import ConfigError
from afscherm.flows.errors import CliError
from afscherm.flows.requests_cli import add_request_commands
from tests.requests_fixtures import ANNA, BRAM, TEST_INDEX_KEY, files_holding
from tests.test_requests_e2e import make_world

TODAY = date.today()


def run(argv: list[str], config: Path | None = None) -> tuple[int, str, str]:
    """As ``afscherm`` runs a command: exit code, stdout, and the one error line."""
    parser = argparse.ArgumentParser(prog="afscherm")
    parser.add_argument("--config")
    sub = parser.add_subparsers(dest="command", required=True)
    add_request_commands(sub)
    args = parser.parse_args(([f"--config={config}"] if config else []) + argv)
    out = io.StringIO()
    try:
        return args.func(args, out), out.getvalue(), ""
    except (CliError, ConfigError) as exc:
        return 2, out.getvalue(), str(exc)


@pytest.fixture(scope="module")
def keys() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("AFSCHERM_INDEX_KEY", TEST_INDEX_KEY)
        mp.delenv("AFSCHERM_ENCRYPTION_KEY", raising=False)
        mp.delenv("AFSCHERM_AUDIT_HEAD", raising=False)
        yield


def test_register_list_flags_extend_close(tmp_path: Path, keys: None) -> None:
    index = str(tmp_path / "index")
    old = (TODAY - timedelta(days=40)).isoformat()
    soon = (TODAY - timedelta(days=26)).isoformat()
    code, out, _ = run(
        ["requests", "--index", index, "add", "--kind", "access", "--email", ANNA.email, "--received", old]
    )
    assert code == 0 and out.startswith("AVG-")
    late_id = out.split(":")[0]
    run(["requests", "--index", index, "add", "--kind", "erasure", "--bsn", BRAM.bsn, "--received", soon])
    run(["requests", "--index", index, "add", "--kind", "access", "--name", ANNA.name])
    code, out, _ = run(["requests", "--index", index])
    assert code == 1  # one is overdue
    lines = {line.split()[0]: line for line in out.splitlines() if line.startswith("AVG-")}
    assert "TE LAAT" in lines[late_id] and sum("binnen 7 dagen" in v for v in lines.values()) == 1
    code, out, _ = run(["requests", "--index", index, "--json"])
    assert sorted(json.loads(x)["flag"] for x in out.splitlines()) == ["", "due_soon", "overdue"]
    code, _, err = run(["requests", "--index", index, "extend", late_id, "--reason", "complexity"])
    assert code == 2 and "within it" in err  # too late: the first month is over
    run(["requests", "--index", index, "close", late_id])
    code, out, _ = run(["requests", "--index", index])
    assert code == 0 and late_id not in out
    # The register holds fingerprints only.
    assert files_holding(tmp_path / "index", [ANNA.email, ANNA.name, BRAM.bsn]) == []
    code, _, err = run(["requests", "--index", index, "close", "AVG-1999-0001"])
    assert code == 2 and "no request" in err


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, keys: None) -> tuple[Path, Path, Path]:
    base = tmp_path_factory.mktemp("cli")
    ctx, root = make_world(base)
    return ctx.config_dir, ctx.index_dir, root


def test_access_command(world: tuple[Path, Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config, index, _ = world
    code, out, err = run(
        ["access", "--email", ANNA.email, "--index", str(index), "--out", str(tmp_path / "x.zip")], config
    )
    assert code == 0, err
    assert "geëxporteerd" in out and "NIET samengevoegd" in out  # candidates offered
    with zipfile.ZipFile(tmp_path / "x.zip") as zf:
        assert "manifest.json" in zf.namelist()
    monkeypatch.setenv("AFSCHERM_EXPORT_PASSPHRASE", "een geheime zin voor de test")
    code, _, err = run(
        ["access", "--email", BRAM.email, "--index", str(index), "--out", str(tmp_path / "y.enc"), "--encrypt"], config
    )
    assert code == 0, err
    code, _, err = run(["decrypt-export", str(tmp_path / "y.enc"), "--out", str(tmp_path / "y.zip")])
    assert code == 0, err and zipfile.is_zipfile(tmp_path / "y.zip")
    monkeypatch.setenv("AFSCHERM_EXPORT_PASSPHRASE", "een andere zin")
    code, _, err = run(["decrypt-export", str(tmp_path / "y.enc"), "--out", str(tmp_path / "z.zip")])
    assert code == 2 and "passphrase" in err


def test_access_needs_subject(world: tuple[Path, Path, Path], tmp_path: Path) -> None:
    config, index, _ = world
    code, _, err = run(["access", "--index", str(index), "--out", str(tmp_path / "x.zip")], config)
    assert code == 2 and "REQUEST_ID" in err


def test_erase_dry_run_then_apply_and_audit(world: tuple[Path, Path, Path]) -> None:
    config, index, root = world
    code, out, err = run(
        [
            "erase",
            "--email",
            BRAM.email,
            "--phone",
            BRAM.phone,
            "--iban",
            BRAM.iban,
            "--index",
            str(index),
            "--dry-run",
        ],
        config,
    )
    assert code == 0, err
    assert "proefdraai" in out and "verwijderen" in out and "afschermen" in out
    assert (root / "chats/chat-bram.txt").exists()  # nothing changed
    request_id = out.split(":")[0]
    code, out, err = run(["erase", request_id, "--index", str(index), "--apply", "--json"], config)
    assert code == 0, err
    plan = json.loads(out)
    assert plan["summary"]["failed"] == 0 and plan["summary"]["verified"] == 2
    assert not (root / "chats/chat-bram.txt").exists()

    code, out, _ = run(["retention", "--index", str(index), "--dry-run"], config)
    assert code == 0 and "hold claim-2026-014" in out

    code, out, _ = run(["audit", "verify", "--index", str(index)], config)
    assert code == 0 and "intact" in out
    log = index / "audit" / "log.jsonl"
    lines = log.read_text().splitlines(keepends=True)
    del lines[1]
    log.write_text("".join(lines))
    code, _, _ = run(["audit", "verify", "--index", str(index)], config)
    assert code == 1
