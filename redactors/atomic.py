"""Output that appears whole or not at all: written beside the target, renamed when complete."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def atomic_target(target: Path) -> Iterator[Path]:
    """Yields a temporary path beside ``target``; renamed onto it only if the block finishes.

    On any exception the temporary file is deleted and ``target`` is left untouched (fail closed).
    """
    tmp = target.with_name(f".{target.name}.part-{os.getpid()}")
    try:
        yield tmp
        with tmp.open("rb+") as fh:  # on disk before the rename makes it visible
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
