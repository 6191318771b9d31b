"""Edges of issue 14: the headless OpenCV build, and redact-image writing through the one atomic writer."""

from __future__ import annotations

import os
import re
import tomllib
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

import cv2
import pytest

from afscherm.flows import cli_id_copies
from afscherm.flows.errors import CliError
from afscherm.redactors import atomic

REPO = Path(__file__).resolve().parent.parent
GUI_CALLS = re.compile(r"cv2\.(?:imshow|waitKey|namedWindow|destroyAllWindows|selectROI)\b")


def _declared() -> set[str]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    return {re.match(r"[A-Za-z0-9_.-]+", dep).group(0).lower() for dep in project["dependencies"]}


def test_opencv_is_the_headless_build_and_no_gui_is_used() -> None:
    declared = _declared()
    assert "opencv-python-headless" in declared and "opencv-python" not in declared
    assert distribution("opencv-python-headless").version.startswith("4.")
    with pytest.raises(PackageNotFoundError):  # both write cv2/: never side by side
        distribution("opencv-python")
    uses = [p for p in (REPO / "afscherm").rglob("*.py") if GUI_CALLS.search(p.read_text(encoding="utf-8"))]
    assert uses == []


def test_headless_build_ships_the_face_cascades() -> None:
    for name in ("haarcascade_frontalface_default.xml", "haarcascade_frontalface_alt2.xml"):
        assert not cv2.CascadeClassifier(str(Path(cv2.data.haarcascades) / name)).empty(), name


def _dead_pid() -> int:
    pid = 999_999
    while atomic.pid_alive(pid):
        pid -= 1
    return pid


def test_redact_image_writes_through_the_fsyncing_atomic_writer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[str] = []
    real_fsync = os.fsync

    def spy(fd: int) -> None:
        synced.append(os.readlink(f"/proc/self/fd/{fd}"))
        real_fsync(fd)

    monkeypatch.setattr(atomic.os, "fsync", spy)
    stale = tmp_path / f".safe.png.part-{_dead_pid()}"  # left by a run that was killed
    stale.write_bytes(b"half")
    target = tmp_path / "safe.png"
    cli_id_copies._write_atomic(target, b"redacted bytes")
    assert target.read_bytes() == b"redacted bytes"
    assert [p.name for p in tmp_path.iterdir()] == ["safe.png"]  # the stale part file is gone too
    assert str(tmp_path) in synced and any(s.startswith(str(tmp_path / ".safe.png.part-")) for s in synced)


def test_redact_image_output_in_a_missing_folder_names_the_folder(tmp_path: Path) -> None:
    with pytest.raises(CliError, match=f"no such folder {re.escape(str(tmp_path / 'nope'))}"):
        cli_id_copies._write_atomic(tmp_path / "nope" / "safe.png", b"x")
    assert list(tmp_path.iterdir()) == []
