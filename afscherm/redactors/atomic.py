"""Output that appears whole or not at all — the one atomic writer of redactors/ and the CLI.

A run writes ``.NAME.part-PID`` beside the target; only when the block finishes is the part file
fsynced, renamed onto the target and the folder fsynced, so after a crash or power loss the target is
either the old file or the complete new one. On any exception (also Ctrl-C and SIGTERM, which the CLI
turns into an exception) the part file is deleted. A run killed outright (SIGKILL, power loss) leaves
its part file; the next run writing the same target deletes part files whose process is gone. Part
files only ever receive what the writer gives them: redacted bytes.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

PART = ".part-"


class OutputError(OSError):
    """The output cannot be written where it was asked for; the message names the output."""


def part_path(target: Path, pid: int | None = None) -> Path:
    return target.with_name(f".{target.name}{PART}{os.getpid() if pid is None else pid}")


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


def remove_stale_parts(target: Path) -> list[Path]:
    """Part files of ``target`` left by runs whose process no longer exists, removed; returns them.

    Both namings are recognised: ``.NAME.part-PID`` and the CLI's former ``NAME.part-PID``.
    """
    removed = []
    for prefix in (f".{target.name}{PART}", f"{target.name}{PART}"):
        for path in target.parent.glob(f"{_glob_escape(prefix)}*"):
            pid = path.name[len(prefix) :]
            if pid.isdigit() and int(pid) != os.getpid() and not pid_alive(int(pid)):
                path.unlink(missing_ok=True)
                removed.append(path)
    return removed


def _glob_escape(text: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in text)


def same_file(a: Path | str, b: Path | str) -> bool:
    """True when ``a`` and ``b`` are one file: the same path, a symbolic link or a hard link to it."""
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet): compare where they point
        return Path(a).resolve() == Path(b).resolve()


def fsync_dir(folder: Path) -> None:
    """The folder's entries (a rename) on disk; a no-op where folders cannot be opened (Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def check_folder(target: Path) -> None:
    folder = target.parent
    if not folder.is_dir():
        raise OutputError(f"{target}: cannot write: no such folder {folder}")


@contextmanager
def atomic_target(target: Path | str, durable: bool = True) -> Iterator[Path]:
    """Yields the part file beside ``target`` to write; renamed onto ``target`` only if the block finishes.

    ``durable=False`` leaves out the syncs, for scratch files read back at once and never kept (a scan's
    per-object files: their syncs cost more wall time than the object's whole detection).
    """
    target = Path(target)
    check_folder(target)
    remove_stale_parts(target)
    tmp = part_path(target)
    try:
        yield tmp
        if not tmp.exists():
            tmp.write_bytes(b"")
        if durable:
            with tmp.open("rb+") as fh:  # on disk before the rename makes it visible
                os.fsync(fh.fileno())
        os.replace(tmp, target)
        if durable:
            fsync_dir(target.parent)
    finally:
        tmp.unlink(missing_ok=True)


@contextmanager
def atomic_text(target: Path | str, encoding: str = "utf-8") -> Iterator[TextIO]:
    """A text stream whose content replaces ``target`` atomically when the block finishes."""
    with atomic_target(target) as tmp, tmp.open("w", encoding=encoding, newline="") as out:
        yield out
