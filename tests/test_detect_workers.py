"""The pieces of ``afscherm detect --workers``: ordered results, bounded work in flight, output rows."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest

from afscherm.detectors.findings import Finding
from afscherm.flows.detect_workers import finding_dict, ordered_map, output_line, worker_batches


def slow_square(n: int) -> int:
    time.sleep(0.002 * (n % 3))  # later items often finish first
    return n * n


def test_results_come_in_input_order() -> None:
    with ThreadPoolExecutor(4) as pool:
        assert list(ordered_map(pool, slow_square, range(40), in_flight=6)) == [n * n for n in range(40)]


def test_at_most_in_flight_items_are_pending() -> None:
    running = 0
    peak = 0
    lock = threading.Lock()

    def work(n: int) -> int:
        nonlocal running, peak
        with lock:
            running += 1
            peak = max(peak, running)
        time.sleep(0.005)
        with lock:
            running -= 1
        return n

    submitted = []

    def items() -> Iterator[int]:
        for n in range(30):
            submitted.append(n)
            yield n

    with ThreadPoolExecutor(8) as pool:
        for done, n in enumerate(ordered_map(pool, work, items(), in_flight=3)):
            assert len(submitted) - done <= 3  # the input is read only as results are taken
            assert n == done
    assert peak <= 3


def test_a_failing_input_yields_the_work_before_it_then_raises() -> None:
    def items() -> Iterator[int]:
        yield from range(5)
        raise ValueError("line 6: malformed JSON")

    results = []
    with ThreadPoolExecutor(2) as pool, pytest.raises(ValueError, match="line 6"):
        for r in ordered_map(pool, slow_square, items(), in_flight=4):
            results.append(r)
    assert results == [0, 1, 4, 9, 16]


def test_output_rows_match_the_findings_contract() -> None:
    f = Finding(3, 14, "NL_BSN", 0.95, "BsnRecognizer")
    assert finding_dict(f) == f.to_dict()
    assert list(finding_dict(f)) == ["entity_type", "start", "end", "score", "recognizer"]
    assert output_line("a😀", [f]) == (
        '{"id": "a😀", "findings": [{"entity_type": "NL_BSN", "start": 3, "end": 14, "score": 0.95, '
        '"recognizer": "BsnRecognizer"}]}\n'
    )


def test_items_taken_here_keep_their_place_and_never_reach_the_pool() -> None:
    seen_by_pool: list[int] = []

    def square(x: int) -> int:
        seen_by_pool.append(x)
        return x * x

    def here(x: int) -> int | None:
        return -x if x % 4 == 0 else None  # every fourth item is "long": done in this thread

    with ThreadPoolExecutor(2) as pool:
        out = list(ordered_map(pool, square, range(1, 13), in_flight=3, here=here))
    assert out == [1, 4, 9, -4, 25, 36, 49, -8, 81, 100, 121, -12]
    assert sorted(seen_by_pool) == [1, 2, 3, 5, 6, 7, 9, 10, 11]


def test_a_long_record_comes_alone_between_the_batches() -> None:
    records = [(f"r{i}", "kort") for i in range(5)]
    records.insert(3, ("lang", "x" * 50))
    batches = [[r for r, _ in b] for b in worker_batches(records, 2, long_chars=50)]
    assert batches == [["r0", "r1"], ["r2"], ["lang"], ["r3", "r4"]]
