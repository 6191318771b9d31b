"""``afscherm detect`` on several cores: batches of records analysed in worker processes, in order.

The parent reads and validates the JSONL (so a bad line is still reported with its number), sends
batches of ``(id, text)`` to the workers and writes their output in input order; at most a few
batches per worker are in flight, so memory stays bounded however large the input.

The analyzer is loaded once: by the parent before it forks the workers, which then share the
loaded model. Forking is only safe while the parent runs a single thread (a BLAS or OpenMP thread
pool does not survive a fork); otherwise the workers are spawned fresh and each loads its own.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Collection, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from afscherm.detectors.analyzer import Analyzer
    from afscherm.detectors.findings import Finding

T = TypeVar("T")
R = TypeVar("R")
Batch = list[tuple[str, str]]  # (id, text)

# Below this input size one process is done before a second would have paid off (a forked worker
# starts in milliseconds; a spawned one would load the model again).
SMALL_INPUT_BYTES = 256_000
MAX_DEFAULT_WORKERS = 4
IN_FLIGHT_PER_WORKER = 2
# Findings serialised at once when a row is written in pieces (a few hundred kB of JSON).
FINDINGS_PER_PIECE = 4096

_analyzer: Analyzer | None = None
_config: str | None = None


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def default_workers(input_size: int | None) -> int:
    """One process for small inputs (start-up stays cheap), else one per core, at most a few."""
    if input_size is not None and input_size < SMALL_INPUT_BYTES:
        return 1
    return max(1, min(MAX_DEFAULT_WORKERS, usable_cores()))


def finding_dict(f: Finding) -> dict[str, object]:
    """``Finding.to_dict`` without ``dataclasses.asdict``'s deep copies (a good share of JSON output time)."""
    return {"entity_type": f.entity_type, "start": f.start, "end": f.end, "score": f.score, "recognizer": f.recognizer}


def output_row(record_id: str, findings: Iterable[Finding]) -> dict[str, object]:
    """One ``afscherm detect`` output row as a JSON value (what :func:`output_pieces` writes)."""
    return {"id": record_id, "findings": [finding_dict(f) for f in findings]}


def output_pieces(record_id: str, findings: Iterable[Finding]) -> Iterator[str]:
    """One ``afscherm detect`` output line in pieces: ``json.dumps(output_row(...), ensure_ascii=False) + "\\n"``,
    character for character, the same for one process or many.

    A 100 MB line has over a million findings; as one row they would be a million dicts and then one JSON
    string as large as the text (twice, with the newline added). In pieces only :data:`FINDINGS_PER_PIECE`
    findings are serialised at a time.
    """
    yield f'{{"id": {json.dumps(record_id, ensure_ascii=False)}, "findings": ['
    chunk: list[dict[str, object]] = []
    separator = ""
    for f in findings:
        chunk.append(finding_dict(f))
        if len(chunk) == FINDINGS_PER_PIECE:
            yield separator + json.dumps(chunk, ensure_ascii=False)[1:-1]
            chunk, separator = [], ", "
    if chunk:
        yield separator + json.dumps(chunk, ensure_ascii=False)[1:-1]
    yield "]}\n"


def output_line(record_id: str, findings: Iterable[Finding]) -> str:
    return "".join(output_pieces(record_id, findings))


def worker_batches(records: Iterable[tuple[str, str]], size: int, long_chars: int) -> Iterator[Batch]:
    """Records in batches of ``size``; a record of ``long_chars`` characters or more comes alone.

    >>> [[r for r, _ in b] for b in worker_batches([("a", "x"), ("b", "y" * 5), ("c", "z")], 10, 5)]
    [['a'], ['b'], ['c']]
    """
    batch: Batch = []
    for record in records:
        if len(record[1]) >= long_chars:
            if batch:
                yield batch
                batch = []
            yield [record]
        else:
            batch.append(record)
            if len(batch) >= size:
                yield batch
                batch = []
    if batch:
        yield batch


def detect_lines(analyzer: Analyzer, batch: Batch, entities: Collection[str] | None) -> str:
    results = analyzer.analyze([text for _, text in batch], entities)
    return "".join(output_line(record_id, found) for (record_id, _), found in zip(batch, results, strict=True))


def _load(config: str | None) -> Analyzer:
    from afscherm.detectors.analyzer import Analyzer

    return Analyzer.from_config(Path(config) if config else None)


def _ignore_interrupts() -> None:
    """Ctrl-C is the parent's to handle (it stops the pool); workers would only print tracebacks."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _init_spawned(config: str | None) -> None:
    global _config
    _ignore_interrupts()
    _config = config


def _detect_in_worker(task: tuple[Batch, frozenset[str] | None]) -> str:
    global _analyzer
    if _analyzer is None:  # a spawned worker loads its own on the first batch
        _analyzer = _load(_config)
    return detect_lines(_analyzer, *task)


def single_threaded() -> bool:
    """True when this process runs one native thread, so a fork copies a consistent state."""
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False


def start_workers(workers: int, analyzer: Analyzer, config: str | None) -> Executor:
    """``workers`` processes ready to run :data:`detect_task`; forked from this loaded analyzer when safe."""
    global _analyzer
    if single_threaded():
        _analyzer = analyzer
        return ProcessPoolExecutor(
            workers, mp_context=multiprocessing.get_context("fork"), initializer=_ignore_interrupts
        )
    return ProcessPoolExecutor(
        workers, mp_context=multiprocessing.get_context("spawn"), initializer=_init_spawned, initargs=(config,)
    )


detect_task: Callable[[tuple[Batch, frozenset[str] | None]], str] = _detect_in_worker


def ordered_map(
    executor: Executor,
    fn: Callable[[T], R],
    items: Iterable[T],
    in_flight: int,
    here: Callable[[T], R | None] | None = None,
) -> Iterator[R]:
    """``fn`` over ``items`` in ``executor``, results in input order, at most ``in_flight`` pending.

    ``here(item)``, when given, may take an item itself (returning its result instead of None): the work
    pending before it is yielded first, so the order holds.

    If reading ``items`` fails (a bad input line), the results already submitted are yielded first and
    then the error is raised, so the output up to the bad line is what one process would write.
    """
    pending: deque[Future[R]] = deque()
    error: BaseException | None = None
    try:
        for item in items:
            if here is not None and (local := here(item)) is not None:
                while pending:
                    yield pending.popleft().result()
                yield local
                continue
            pending.append(executor.submit(fn, item))
            if len(pending) >= in_flight:
                yield pending.popleft().result()
    except Exception as exc:  # noqa: BLE001 - re-raised below, after the work already submitted
        error = exc
    while pending:
        yield pending.popleft().result()
    if error is not None:
        raise error
