"""Reading ahead and writing behind in threads, so Arrow's decoding and encoding (which release the GIL)
run on the second core while Python rewrites the current batch. Bounded queues keep memory bounded;
any error on either side reaches the caller, so a failure still leaves no output (fail closed)."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterable, Iterator
from types import TracebackType
from typing import Generic, TypeVar

T = TypeVar("T")
_DONE = object()


class _Failure:
    def __init__(self, error: BaseException) -> None:
        self.error = error


# Inputs up to this size are read and written without the background threads: they are one batch, so nothing
# overlaps, and starting, feeding and joining two threads cost ≈ 3.5 ms of waiting per file — more than a small
# CSV's whole redaction (a scan of many small objects sat idle on it).
INLINE_BYTES = 1 << 20


def read_ahead(items: Iterable[T], depth: int = 2, threaded: bool = True) -> Iterator[T]:
    """``items``, produced by a background thread at most ``depth`` items ahead of the consumer
    (``threaded=False``: in the consumer's thread, as they are asked for)."""
    if not threaded:
        yield from items
        return
    channel: queue.Queue[object] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def offer(item: object) -> bool:
        while not stop.is_set():  # the consumer may have gone: never block on a full queue for ever
            try:
                channel.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            for item in items:
                if not offer(item):
                    return
            offer(_DONE)
        except BaseException as exc:  # handed to the consumer, who re-raises it
            offer(_Failure(exc))

    thread = threading.Thread(target=produce, name="afscherm-read-ahead", daemon=True)
    thread.start()
    try:
        while (item := channel.get()) is not _DONE:
            if isinstance(item, _Failure):
                raise item.error
            yield item  # type: ignore[misc]
    finally:
        stop.set()
        thread.join()


class WriteBehind(Generic[T]):
    """``write(item)`` queues ``item`` for ``sink`` in a background thread; leaving the block waits for
    every queued item and re-raises the sink's error, if any."""

    def __init__(self, sink: Callable[[T], None], depth: int = 2, threaded: bool = True) -> None:
        self.sink = sink
        self.channel: queue.Queue[object] = queue.Queue(maxsize=depth)
        self.error: BaseException | None = None
        # threaded=False: each item goes to the sink at once, in the caller's thread
        self.thread = (
            threading.Thread(target=self._drain, name="afscherm-write-behind", daemon=True) if threaded else None
        )

    def __enter__(self) -> WriteBehind[T]:
        if self.thread is not None:
            self.thread.start()
        return self

    def _drain(self) -> None:
        while (item := self.channel.get()) is not _DONE:
            if self.error is None:
                try:
                    self.sink(item)  # type: ignore[arg-type]
                except BaseException as exc:  # re-raised in the caller's thread
                    self.error = exc

    def write(self, item: T) -> None:
        if self.error is not None:
            raise self.error
        if self.thread is None:
            self.sink(item)
            return
        self.channel.put(item)

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None:
        if self.thread is None:
            return
        self.channel.put(_DONE)
        self.thread.join()
        if self.error is not None and value is None:
            raise self.error
