"""Hash-chained audit log: every alteration, insertion, removal and truncation is found and named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from afscherm.discovery.audit import GENESIS, AuditError, AuditLog, entry_hash

FP = "ab" * 32


def _log(tmp_path: Path, n: int = 5) -> AuditLog:
    log = AuditLog(tmp_path / "audit" / "log.jsonl")
    for i in range(n):
        log.append(
            "lookup",
            request_id=f"AV-{i}",
            fingerprints=[FP],
            object_uris=[f"file:///d/{i}.txt"],
            details={"objects": i},
        )
    return log


def _lines(log: AuditLog) -> list[str]:
    return log.path.read_text(encoding="utf-8").splitlines(keepends=True)


def _write(log: AuditLog, lines: list[str]) -> None:
    log.path.write_text("".join(lines), encoding="utf-8")


def test_chain_links_and_head(tmp_path: Path) -> None:
    log = _log(tmp_path)
    entries = list(log.entries())
    assert [e["seq"] for e in entries] == [1, 2, 3, 4, 5]
    assert entries[0]["prev_hash"] == GENESIS
    for prev, cur in zip(entries, entries[1:], strict=False):
        assert cur["prev_hash"] == prev["hash"]
        assert cur["hash"] == entry_hash(cur)
    assert log.read_head() == (5, entries[-1]["hash"])
    assert log.head_path != log.path
    result = log.verify()
    assert result.ok and result.entries == 5


def test_empty_log_verifies(tmp_path: Path) -> None:
    assert AuditLog(tmp_path / "log.jsonl").verify().ok


def test_altered_entry_named(tmp_path: Path) -> None:
    log = _log(tmp_path)
    lines = _lines(log)
    obj = json.loads(lines[2])
    obj["object_uris"] = ["file:///elsewhere"]
    lines[2] = json.dumps(obj) + "\n"
    _write(log, lines)
    result = log.verify()
    assert not result.ok and result.first_bad == 3
    assert "altered" in result.problem


def test_altered_and_rehashed_entry_breaks_the_next_link(tmp_path: Path) -> None:
    log = _log(tmp_path)
    lines = _lines(log)
    obj = json.loads(lines[1])
    obj["action"] = "export"
    obj["hash"] = entry_hash(obj)
    lines[1] = json.dumps(obj) + "\n"
    _write(log, lines)
    result = log.verify()
    assert not result.ok and result.first_bad == 3 and "prev_hash" in result.problem


def test_whole_chain_rewritten_caught_by_head(tmp_path: Path) -> None:
    log = _log(tmp_path, 3)
    entries = list(log.entries())
    entries[2]["action"] = "export"
    entries[2]["hash"] = entry_hash(entries[2])
    _write(log, [json.dumps(e) + "\n" for e in entries])
    result = log.verify()
    assert not result.ok and result.first_bad == 3 and "chain head" in result.problem


def test_removed_entry_named(tmp_path: Path) -> None:
    log = _log(tmp_path)
    lines = _lines(log)
    del lines[1]
    _write(log, lines)
    result = log.verify()
    assert not result.ok and result.first_bad == 2


def test_inserted_entry_named(tmp_path: Path) -> None:
    log = _log(tmp_path)
    lines = _lines(log)
    lines.insert(3, lines[2])
    _write(log, lines)
    result = log.verify()
    assert not result.ok and result.first_bad == 4


def test_truncated_tail_detected(tmp_path: Path) -> None:
    log = _log(tmp_path)
    _write(log, _lines(log)[:3])
    result = log.verify()
    assert not result.ok and result.first_bad == 4 and "truncated" in result.problem


def test_forged_tail_entry_detected(tmp_path: Path) -> None:
    log = _log(tmp_path, 2)
    last = list(log.entries())[-1]
    forged = {**last, "seq": 3, "prev_hash": last["hash"], "action": "erase"}
    forged["hash"] = entry_hash(forged)
    _write(log, [*_lines(log), json.dumps(forged) + "\n"])
    result = log.verify()
    assert not result.ok and result.first_bad == 3 and "chain head" in result.problem


def test_garbage_line_named(tmp_path: Path) -> None:
    log = _log(tmp_path, 3)
    lines = _lines(log)
    lines[0] = "{not json\n"
    _write(log, lines)
    result = log.verify()
    assert not result.ok and result.first_bad == 1


def test_append_refuses_a_broken_chain(tmp_path: Path) -> None:
    log = _log(tmp_path, 3)
    _write(log, _lines(log)[:2])
    with pytest.raises(AuditError, match="chain head"):
        log.append("lookup")


def test_head_stored_apart(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "a" / "log.jsonl", tmp_path / "elsewhere" / "head.json")
    log.append("lookup", request_id="AV-1")
    assert (tmp_path / "elsewhere" / "head.json").exists()
    assert log.verify().ok


@pytest.mark.parametrize("details", [{"note": "jan@example.com"}, {"bsn": "111222333"}, {"x": "vrije tekst hier"}])
def test_details_refuse_free_text(tmp_path: Path, details: dict[str, str]) -> None:
    with pytest.raises(AuditError):
        AuditLog(tmp_path / "log.jsonl").append("lookup", details=details)


def test_fingerprints_must_be_hex(tmp_path: Path) -> None:
    with pytest.raises(AuditError):
        AuditLog(tmp_path / "log.jsonl").append("lookup", fingerprints=["jan@example.com"])
