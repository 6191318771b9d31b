"""Progress on stderr for long work — only when stderr is a terminal, so logs and pipes stay clean."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    def __init__(self, label: str, total_bytes: int | None = None, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()
        self.label = label
        self.total_bytes = total_bytes
        self.started = time.monotonic()
        self._last = 0.0

    def update(self, items: int, bytes_done: int | None = None) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last < 0.5:
            return
        self._last = now
        rate = items / max(now - self.started, 1e-9)
        part = f"{self.label}: {items:,} records ({rate:,.0f}/s)"
        if bytes_done is not None and self.total_bytes:
            part += f", {100 * bytes_done / self.total_bytes:5.1f}%"
        self.stream.write("\r" + part)
        self.stream.flush()

    def done(self) -> None:
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()
