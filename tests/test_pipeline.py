"""Read-ahead and write-behind threads keep order, bound memory and never swallow an error."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from afscherm.redactors.pipeline import WriteBehind, read_ahead


def numbers(n: int, fail_at: int | None = None) -> Iterator[int]:
    for i in range(n):
        if i == fail_at:
            raise ValueError(f"kapot bij {i}")
        yield i


def test_read_ahead_keeps_every_item_in_order() -> None:
    assert list(read_ahead(numbers(1000))) == list(range(1000))


def test_read_ahead_raises_the_source_error_after_the_items_before_it() -> None:
    got = []
    with pytest.raises(ValueError, match="kapot bij 7"):
        for item in read_ahead(numbers(20, fail_at=7)):
            got.append(item)
    assert got == list(range(7))


def test_read_ahead_stays_at_most_depth_items_ahead_and_stops_when_the_consumer_does() -> None:
    produced = []

    def source() -> Iterator[int]:
        for i in range(10_000):
            produced.append(i)
            yield i

    before = threading.active_count()
    items = read_ahead(source(), depth=2)
    assert next(items) == 0
    assert next(items) == 1
    items.close()  # the consumer gives up early: the producer thread must end, not block
    assert len(produced) <= 2 + 2 + 1
    assert threading.active_count() == before


def test_write_behind_writes_everything_in_order_before_the_block_ends() -> None:
    written: list[int] = []
    with WriteBehind(written.append) as behind:
        for i in range(500):
            behind.write(i)
    assert written == list(range(500))


def test_write_behind_reraises_the_sink_error_and_stops_writing() -> None:
    written: list[int] = []

    def sink(i: int) -> None:
        if i == 3:
            raise OSError("schijf vol")
        written.append(i)

    with pytest.raises(OSError, match="schijf vol"), WriteBehind(sink) as behind:
        for i in range(100):
            behind.write(i)
    assert written == [0, 1, 2]


def test_write_behind_does_not_hide_the_callers_own_error() -> None:
    with pytest.raises(KeyError), WriteBehind(lambda i: None) as behind:
        behind.write(1)
        raise KeyError("eigen fout")


def test_unthreaded_read_ahead_and_write_behind_work_in_the_callers_thread_in_order() -> None:
    caller = threading.get_ident()
    seen: list[tuple[int, int]] = []
    with WriteBehind(lambda item: seen.append((item, threading.get_ident())), threaded=False) as behind:
        for item in read_ahead(numbers(50), threaded=False):
            behind.write(item)
            assert seen[-1] == (item, caller)  # written at once, not queued
    assert [item for item, _ in seen] == list(range(50))


def test_unthreaded_write_behind_raises_the_sink_error_at_the_write() -> None:
    def sink(item: int) -> None:
        if item == 3:
            raise OSError("schijf vol")

    with pytest.raises(OSError, match="schijf vol"), WriteBehind(sink, threaded=False) as behind:
        for item in range(10):
            behind.write(item)
