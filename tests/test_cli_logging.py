"""Diagnostics go through ``logging`` on stderr (``--verbose`` for more); command output on stdout never changes."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from afscherm.flows.cli import main

GOOD = json.dumps({"id": "a", "text": "Mijn bsn is 111222333."})


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_quiet_by_default_and_verbose_on_request(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(GOOD + "\n")
    code, out, err = _run(["detect", str(src)], capsys)
    assert code == 0 and err == ""
    assert [f["entity_type"] for f in json.loads(out)["findings"]] == ["NL_BSN"]

    code, verbose_out, verbose_err = _run(["--verbose", "detect", str(src)], capsys)
    assert code == 0 and verbose_out == out  # stdout is output, not logging
    lines = verbose_err.splitlines()
    assert any(line.startswith("afscherm: configuration ") for line in lines)
    assert "afscherm detect: 1 worker process(es)" in lines


def test_skipped_lines_are_a_logged_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(GOOD + "\n{kapot\n")
    seen: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            seen.append(record)

    keep = Keep()
    logger = logging.getLogger("afscherm")
    logger.addHandler(keep)  # main() replaces only its own stderr handler
    try:
        for workers in ("1", "2"):  # the single-process path and the worker-pool path
            code, out, err = _run(["detect", "--skip-invalid", "--workers", workers, str(src)], capsys)
            assert code == 0 and len(out.splitlines()) == 1
            assert err == f"afscherm detect: skipped 1 invalid line(s) in {src}\n"
    finally:
        logger.removeHandler(keep)
    assert [(r.levelno, r.name) for r in seen] == [
        (logging.WARNING, "afscherm.flows.jsonl_input"),
        (logging.WARNING, "afscherm.flows.cli"),
    ]
