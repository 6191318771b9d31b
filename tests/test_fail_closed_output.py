"""Output that never destroys input or leaves debris (issue 10, item 9; issue 14): the output may not be
the input (also through links), SIGTERM is handled like Ctrl-C, stale part files of dead runs are
removed, part files hold only redacted bytes, and every writer fsyncs the file and its directory."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from afscherm.flows.cli import main
from afscherm.redactors import parse_policy
from afscherm.redactors.files import FileRedactError, redact_file
from afscherm.redactors.text import Redactor

ROOT = Path(__file__).resolve().parents[1]
BSN = "111222333"
RECORD = {"id": "a", "text": f"Mijn BSN is {BSN} en mijn mail is fenna@example.nl"}


class StubAnalyzer:
    def analyze(self, texts: list[str], entities: object = None) -> list[list[object]]:
        return [[] for _ in texts]


def write_jsonl(path: Path, n: int = 1) -> Path:
    path.write_text("".join(json.dumps(RECORD) + "\n" for _ in range(n)), encoding="utf-8")
    return path


def dead_pid() -> int:
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(child.stdout)


# --- the output may not be the input -----------------------------------------------------------------


@pytest.mark.parametrize("how", ["same", "symlink", "hardlink"])
@pytest.mark.parametrize("command", ["redact", "detect"])
def test_output_onto_the_input_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], how: str, command: str
) -> None:
    src = write_jsonl(tmp_path / "in.jsonl")
    before = src.read_bytes()
    target = tmp_path / "out.jsonl"
    if how == "same":
        target = src
    elif how == "symlink":
        target.symlink_to(src)
    else:
        os.link(src, target)
    code = main([command, str(src), "-o", str(target)])
    err = capsys.readouterr().err
    assert code == 2
    assert err == f"afscherm {command}: {target}: is the input file ({src}); write the output elsewhere\n"
    assert src.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if ".part-" in p.name]


def test_redact_file_refuses_a_hard_link_to_its_input(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(f"BSN {BSN}\n")
    os.link(src, tmp_path / "b.txt")
    with pytest.raises(FileRedactError, match=r"input and output are the same file"):
        redact_file(src, tmp_path / "b.txt", Redactor(parse_policy({})), StubAnalyzer())
    assert (tmp_path / "b.txt").read_text() == f"BSN {BSN}\n"


# --- the output path is blamed for output problems (issue 14) ------------------------------------------


def test_missing_output_folder_blames_the_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "a.txt"
    src.write_text(f"BSN {BSN}\n")
    target = tmp_path / "missing" / "dir" / "out.txt"
    with pytest.raises(FileRedactError, match=rf"^{target}: cannot write: no such folder {target.parent}$"):
        redact_file(src, target, Redactor(parse_policy({})), StubAnalyzer())
    assert main(["redact-file", str(src), str(target)]) == 2
    assert capsys.readouterr().err == f"afscherm redact-file: {target}: cannot write: no such folder {target.parent}\n"

    jsonl = write_jsonl(tmp_path / "in.jsonl")
    assert main(["redact", str(jsonl), "-o", str(target)]) == 2
    assert capsys.readouterr().err == f"afscherm redact: {target}: cannot write: no such folder {target.parent}\n"


# --- stale part files ------------------------------------------------------------------------------------


def test_stale_part_files_of_dead_runs_are_removed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = write_jsonl(tmp_path / "in.jsonl")
    target = tmp_path / "out.jsonl"
    dead, alive = dead_pid(), os.getppid()
    stale = [tmp_path / f".out.jsonl.part-{dead}", tmp_path / f"out.jsonl.part-{dead}"]  # new and old naming
    running = tmp_path / f".out.jsonl.part-{alive}"  # another live run writing the same output
    other = tmp_path / f".other.jsonl.part-{dead}"  # another output: not ours to remove
    for p in [*stale, running, other]:
        p.write_text("{}\n")
    assert main(["redact", str(src), "-o", str(target)]) == 0, capsys.readouterr().err
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted(["in.jsonl", "out.jsonl", running.name, other.name])


def test_redact_file_removes_stale_part_files_too(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(f"BSN {BSN}\n")
    stale = tmp_path / f".b.txt.part-{dead_pid()}"
    stale.write_text("x")
    redact_file(src, tmp_path / "b.txt", Redactor(parse_policy({})), StubAnalyzer())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]


# --- fsync of file and folder (issue 14) -----------------------------------------------------------------


def test_every_writer_syncs_the_file_and_its_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    synced: list[str] = []
    real_fsync = os.fsync

    def record(fd: int) -> None:
        synced.append("dir" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", record)
    src = write_jsonl(tmp_path / "in.jsonl")
    assert main(["redact", str(src), "-o", str(tmp_path / "out.jsonl")]) == 0, capsys.readouterr().err
    assert synced == ["file", "dir"]
    synced.clear()
    redact_file(src, tmp_path / "copy.jsonl", Redactor(parse_policy({})), StubAnalyzer())
    assert synced == ["file", "dir"]
    synced.clear()
    # A scan's per-object scratch copy is read back at once and deleted: it is whole (renamed into place) but
    # not synced, which cost more wall time than the object's detection.
    redact_file(src, tmp_path / "scratch.jsonl", Redactor(parse_policy({})), StubAnalyzer(), durable=False)
    assert synced == [] and (tmp_path / "scratch.jsonl").read_bytes() == src.read_bytes()
    assert [p.name for p in tmp_path.iterdir() if ".part-" in p.name] == []


# --- signals: run as a separate process ----------------------------------------------------------------


def start_redact(tmp_path: Path, lines: int) -> tuple[subprocess.Popen[str], Path]:
    src = write_jsonl(tmp_path / "in.jsonl", lines)
    target = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        [sys.executable, "-m", "afscherm.flows.cli", "redact", str(src), "-o", str(target)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    return proc, target


def wait_for_part(folder: Path, proc: subprocess.Popen[str], min_size: int) -> Path:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        parts = [p for p in folder.iterdir() if ".part-" in p.name]
        if parts and parts[0].stat().st_size >= min_size:
            return parts[0]
        time.sleep(0.05)
    raise AssertionError(f"no part file of {min_size} bytes appeared (exit {proc.poll()})")


def test_sigterm_stops_cleanly_without_part_files(tmp_path: Path) -> None:
    proc, target = start_redact(tmp_path, 40_000)
    wait_for_part(tmp_path, proc, 1)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + signal.SIGTERM
    assert err == "afscherm redact: terminated\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]
    assert not target.exists()


def test_a_killed_run_leaves_only_redacted_bytes_and_the_next_run_removes_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    proc, target = start_redact(tmp_path, 40_000)
    part = wait_for_part(tmp_path, proc, 64 << 10)
    proc.kill()
    proc.communicate(timeout=60)
    data = part.read_bytes()
    assert len(data) >= 64 << 10
    assert BSN.encode() not in data and b"fenna@example.nl" not in data and b"<BSN>" in data

    small = write_jsonl(tmp_path / "small.jsonl")
    assert main(["redact", str(small), "-o", str(target)]) == 0, capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl", "small.jsonl"]
