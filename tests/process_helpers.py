"""Shared pieces of the tests that kill a process and check what it started is gone."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

import psutil


def wait_until(predicate: Callable[[], bool], timeout: float) -> bool:
    """Whether ``predicate`` came true within ``timeout`` seconds (polled every 0.2 s)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return predicate()


def all_gone(processes: Iterable[psutil.Process]) -> bool:
    """No process of ``processes`` still runs (a zombie waiting for its parent counts as gone)."""

    def alive(p: psutil.Process) -> bool:
        try:
            return p.is_running() and p.status() != psutil.STATUS_ZOMBIE
        except psutil.NoSuchProcess:
            return False

    return not any(alive(p) for p in processes)
