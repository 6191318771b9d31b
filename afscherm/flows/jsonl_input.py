"""Reading ``{"id": str, "text": str}`` JSONL input line by line, with errors that name the line."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from afscherm.flows.progress import Progress
from afscherm.redactors.safe_json import MAX_DEPTH, JsonLimitError, safe_json_loads

log = logging.getLogger(__name__)


class InputError(ValueError):
    """Bad input: the message is one line naming the input (and the line) and the problem."""


@dataclass(frozen=True, slots=True)
class Record:
    line_no: int
    id: str
    text: str


@dataclass(frozen=True, slots=True)
class JsonLine:
    """Any JSON value on one line (``redact`` keeps and scans every field)."""

    line_no: int
    value: Any


def load_line(raw: bytes, where: str, max_depth: int | None = MAX_DEPTH) -> Any:  # noqa: ANN401
    """One JSONL line decoded, or an InputError naming ``where``: bad UTF-8, malformed JSON, nesting too
    deep or a number too long (``redactors.safe_json``)."""
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{where}: not valid UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})") from exc
    try:
        return safe_json_loads(line, max_depth=max_depth)
    except JsonLimitError as exc:
        raise InputError(f"{where}: JSON {exc.msg} (column {exc.colno})") from exc
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: malformed JSON: {exc.msg} (column {exc.colno})") from exc


def parse_value(raw: bytes, line_no: int, name: str) -> JsonLine:
    """One JSONL line → JsonLine (any JSON value, walkable: depth limited), or an InputError."""
    return JsonLine(line_no, load_line(raw, f"{name}:{line_no}"))


def parse_line(raw: bytes, line_no: int, name: str) -> Record:
    """One JSONL line → Record, or an InputError naming ``name:line_no``."""
    where = f"{name}:{line_no}"
    obj = load_line(raw, where, max_depth=None)  # only 'id' and 'text' are read: no walk, no depth limit
    if not isinstance(obj, dict):
        raise InputError(f"{where}: expected a JSON object with 'id' and 'text', got {type(obj).__name__}")
    for key in ("id", "text"):
        if key not in obj:
            raise InputError(f"{where}: missing '{key}'")
        if not isinstance(obj[key], str):
            raise InputError(f"{where}: '{key}' must be a string, got {type(obj[key]).__name__}")
    return Record(line_no, obj["id"], obj["text"])


Parse = Callable[[bytes, int, str], Any]  # (raw line, line number, input name) -> a record


class RecordReader:
    """Yields valid records; with ``skip_invalid`` it counts bad lines instead of raising."""

    def __init__(self, stream: BinaryIO, name: str, skip_invalid: bool = False, parse: Parse = parse_line) -> None:
        self.stream = stream
        self.name = name
        self.skip_invalid = skip_invalid
        self.parse = parse
        self.skipped = 0
        self.bytes_read = 0

    def __iter__(self) -> Iterator[Any]:
        line_no = 0
        # Not enumerate(): it keeps its last (number, line) tuple for reuse, and with it the raw line.
        for raw in self.stream:
            line_no += 1
            self.bytes_read += len(raw)
            if not raw.strip():
                continue
            try:
                record = self.parse(raw, line_no, self.name)
            except InputError:
                if not self.skip_invalid:
                    raise
                self.skipped += 1
                continue
            # The record holds the decoded text; the raw line (as large again) must not live on in this
            # generator while the record is analysed.
            del raw
            yield record
            del record


@contextmanager
def open_input(path: str) -> Iterator[tuple[BinaryIO, str, int | None]]:
    """``-`` is stdin; yields (binary stream, display name, size in bytes if known)."""
    if path == "-":
        yield sys.stdin.buffer, "<stdin>", None
        return
    p = Path(path)
    if p.is_dir():
        raise InputError(f"{path}: is a directory, expected a JSONL file")
    try:
        fh = p.open("rb")
        size = p.stat().st_size
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    with fh:
        yield fh, path, size


@dataclass(frozen=True, slots=True)
class JsonPieces:
    """An output row already serialised: the pieces of its JSON line, newline included, written one by one
    (a row with a million findings is never one string)."""

    pieces: Iterable[str]


BatchHandler = Callable[[list[Any]], Iterable[Any]]  # records in, output rows (JSON values or JsonPieces) out


def process_records(
    path: str,
    command: str,
    prepare: Callable[[], BatchHandler],
    out: TextIO,
    skip_invalid: bool = False,
    batch_size: int = 64,
    parse: Parse = parse_line,
) -> None:
    """Stream JSONL records through a batch handler and write its output rows as JSONL.

    ``prepare`` runs once the input is open, so an unreadable input fails before any expensive
    set-up (model, keys); memory stays bounded by one batch; progress shows on a terminal.
    """
    with open_input(path) as (stream, name, size):
        handle = prepare()
        reader = RecordReader(stream, name, skip_invalid=skip_invalid, parse=parse)
        progress = Progress(command, size)
        records = iter(reader)
        done = 0
        while batch := list(islice(records, batch_size)):
            for row in handle(batch):
                if isinstance(row, JsonPieces):
                    for piece in row.pieces:
                        out.write(piece)
                else:
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")
            done += len(batch)
            progress.update(done, reader.bytes_read)
            del batch  # not alive while the next batch is read (its texts can be as large as the input)
        progress.done()
    out.flush()
    if reader.skipped:
        log.warning("afscherm %s: skipped %d invalid line(s) in %s", command, reader.skipped, name)


def add_jsonl_arguments(parser: argparse.ArgumentParser) -> None:
    """The input/output options every JSONL-in, JSONL-out command shares."""
    parser.add_argument("input", help="JSONL file, or - for stdin")
    parser.add_argument("-o", "--output", help="write JSONL here (default: stdout)")
    parser.add_argument("--skip-invalid", action="store_true", help="skip bad lines and report how many")
