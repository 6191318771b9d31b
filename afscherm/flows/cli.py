"""The ``afscherm`` command line. Errors: exit code 2 and one line on stderr, never a traceback."""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TextIO

import afscherm
from afscherm.detectors.config import ConfigError
from afscherm.detectors.findings import ENTITY_TYPES
from afscherm.flows.cli_id_copies import add_id_copy_commands
from afscherm.flows.cli_redact import add_redact_commands
from afscherm.flows.cli_report import add_report_command
from afscherm.flows.cli_scan import add_scan_commands
from afscherm.flows.detect_workers import default_workers, output_pieces
from afscherm.flows.errors import EXIT_BAD_INPUT, CliError
from afscherm.flows.jsonl_input import (
    BatchHandler,
    InputError,
    JsonPieces,
    Record,
    RecordReader,
    add_jsonl_arguments,
    open_input,
    process_records,
)
from afscherm.flows.progress import Progress
from afscherm.flows.requests_cli import add_request_commands
from afscherm.flows.serve import add_serve_command

# Records per analyzer batch (and per task sent to a worker process).
DETECT_BATCH = 64
# A record this long is analysed by the parent of `detect --workers N` itself (see detect_in_workers).
LONG_RECORD_CHARS = 4_000_000

log = logging.getLogger(__name__)


class _StderrHandler(logging.Handler):
    """Writes records to whatever ``sys.stderr`` is at the time (a test's capture, a redirected stream)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            sys.stderr.write(self.format(record) + "\n")
        except Exception:  # noqa: BLE001 - logging must never break a command
            self.handleError(record)


def configure_logging(verbosity: int) -> None:
    """afscherm's diagnostics on stderr: warnings always, ``-v`` adds what it is doing, ``-vv`` debug detail.

    Only the ``afscherm`` logger is configured (libraries keep their own settings), once per process: a second
    call replaces the handler of the first. Command output on stdout is not logging and never changes.
    """
    logger = logging.getLogger("afscherm")
    for handler in [h for h in logger.handlers if isinstance(h, _StderrHandler)]:
        logger.removeHandler(handler)
    handler = _StderrHandler()
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if verbosity >= 2 else logging.INFO if verbosity == 1 else logging.WARNING)
    logger.propagate = False  # the messages are already on stderr; a root handler would print them twice


def _analyzer(config: str | None):  # noqa: ANN202 - keeps the heavy import out of --help
    """The analyzer for ``config`` (default: the configured folder), loaded once per process."""
    from afscherm.detectors.analyzer import default_analyzer
    from afscherm.detectors.config import config_dir

    directory = Path(config) if config else config_dir()
    log.info("afscherm: configuration %s", directory)
    return default_analyzer(directory)


def cmd_detect(args: argparse.Namespace, out: TextIO) -> int:
    entities = set(args.entities.split(",")) if args.entities else None
    if entities and (unknown := entities - set(ENTITY_TYPES)):
        raise CliError(f"--entities: unknown entity type(s): {', '.join(sorted(unknown))}")
    workers = args.workers if args.workers is not None else default_workers(input_size(args.input))
    log.info("afscherm detect: %d worker process(es)", workers)
    limit_native_threads()
    if workers > 1:
        detect_in_workers(args, out, entities, workers)
        return 0

    def prepare() -> BatchHandler:
        analyzer = _analyzer(args.config)

        def handle(batch: list[Record]) -> Iterator[JsonPieces]:
            results = analyzer.analyze([r.text for r in batch], entities)
            for record, findings in zip(batch, results, strict=True):
                yield JsonPieces(output_pieces(record.id, findings))

        return handle

    process_records(args.input, "detect", prepare, out, skip_invalid=args.skip_invalid, batch_size=DETECT_BATCH)
    return 0


def input_size(path: str) -> int | None:
    """Size in bytes of a file input (None for stdin or when it cannot be read: reading reports that)."""
    if path == "-":
        return None
    try:
        return Path(path).stat().st_size
    except OSError:
        return None


def limit_native_threads() -> None:
    """One BLAS thread per process, unless the caller set its own: the workers are the parallelism, a BLAS pool
    would only compete (and could not be forked). One process alone gains too: with numpy's BLAS on one thread the
    NER pipeline multiplies through it instead of blis (``nlp_engine.with_numpy_gemm``: the model's CPU-s on the
    3,000 benchmark documents 5.7 -> 3.5). A thread count the caller set in any of the variables is theirs: then
    none is touched (setting the others to 1 would override it, OpenBLAS reading its own first). Effective only
    before numpy is first imported."""
    if "numpy" in sys.modules or any(os.environ.get(var, "").strip() for var in NATIVE_THREAD_VARIABLES):
        return
    for var in NATIVE_THREAD_VARIABLES:
        os.environ[var] = "1"


# nlp_engine.BLAS_THREAD_VARIABLES and MKL's: named here, as importing nlp_engine would load spaCy and numpy first.
NATIVE_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "GOTO_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def detect_in_workers(args: argparse.Namespace, out: TextIO, entities: set[str] | None, workers: int) -> None:
    """``detect`` with ``workers`` processes: same output, in the same order, as one process."""
    from afscherm.flows import detect_workers

    wanted = frozenset(entities) if entities else None
    with open_input(args.input) as (stream, name, size):
        analyzer = _analyzer(args.config)  # a bad config fails here, once, with one line
        reader = RecordReader(stream, name, skip_invalid=args.skip_invalid)
        records = ((r.id, r.text) for r in reader)
        batches = detect_workers.worker_batches(records, DETECT_BATCH, LONG_RECORD_CHARS)
        tasks = ((batch, wanted) for batch in batches)

        def here(task: tuple[list[tuple[str, str]], frozenset[str] | None]) -> Iterator[str] | None:
            """A very long record is analysed in this process and written piece by piece: sent to a worker,
            it would be held twice (here and there) and come back as one string as large as its findings."""
            batch, _ = task
            if len(batch) != 1 or len(batch[0][1]) < LONG_RECORD_CHARS:
                return None
            ((record_id, text),) = batch
            return output_pieces(record_id, analyzer.analyze([text], wanted)[0])

        for stream_ in (out, sys.stdout, sys.stderr):  # nothing buffered may be copied into a forked worker
            stream_.flush()
        executor = detect_workers.start_workers(workers, analyzer, args.config)
        progress = Progress("detect", size)
        done = 0
        try:
            in_flight = workers * detect_workers.IN_FLIGHT_PER_WORKER
            for lines in detect_workers.ordered_map(executor, detect_workers.detect_task, tasks, in_flight, here):
                if isinstance(lines, str):
                    out.write(lines)
                    done += lines.count("\n")
                else:
                    out.writelines(lines)
                    done += 1
                progress.update(done, reader.bytes_read)
        except BrokenProcessPool as exc:
            raise CliError(f"{name}: a worker process stopped unexpectedly") from exc
        finally:
            executor.shutdown(wait=True, cancel_futures=True)
        progress.done()
    out.flush()
    if reader.skipped:
        log.warning("afscherm detect: skipped %d invalid line(s) in %s", reader.skipped, name)


def workers_option(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of processes (1 or more), got {value!r}")
    return n


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="afscherm", description="Dutch-first PII discovery and redaction.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {afscherm.__version__}")
    parser.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=0,
        help="diagnostics on stderr: -v what afscherm is doing, -vv debug detail",
    )
    parser.add_argument(
        "--config",
        help="configuration folder (default: $AFSCHERM_CONFIG_DIR, else the "
        "configuration shipped in the package, afscherm/configs)",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    detect = sub.add_parser("detect", help="find personal data in JSONL records {id, text}")
    add_jsonl_arguments(detect)
    detect.add_argument("--entities", help="comma-separated entity types to report (default: all)")
    detect.add_argument(
        "--workers",
        type=workers_option,
        metavar="N",
        help="processes to analyse with (default: 1 for inputs under 256 kB, else one per core, at most 4)",
    )
    detect.set_defaults(func=cmd_detect)

    add_scan_commands(sub)
    add_serve_command(sub)
    add_request_commands(sub)
    # Commands of other packages register here: add_<topic>_commands(sub)
    add_id_copy_commands(sub)
    add_redact_commands(sub)
    add_report_command(sub)
    return parser


def _run_with_output(args: argparse.Namespace) -> int:
    from afscherm.redactors.atomic import OutputError, atomic_text, same_file

    target = getattr(args, "output", None)
    if not target:
        return args.func(args, sys.stdout)
    source = getattr(args, "input", None)
    if source and source != "-" and same_file(source, target):
        raise CliError(f"{target}: is the input file ({source}); write the output elsewhere")
    # Written beside the target and renamed at the end, so a failed run leaves no partial output.
    try:
        with atomic_text(Path(target)) as out:
            return args.func(args, out)
    except OutputError as exc:
        raise CliError(str(exc)) from exc
    except OSError as exc:
        if isinstance(exc, BrokenPipeError):
            raise
        raise CliError(f"{target}: cannot write: {exc.strerror or exc}") from exc


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised like Ctrl-C so that every ``finally`` (part files, worker pools) runs."""


def _terminate(signum: int, frame: object) -> None:
    raise Terminated


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    configure_logging(args.verbose)
    in_main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _terminate) if in_main_thread else None
    try:
        return _run_with_output(args)
    except (CliError, InputError, ConfigError) as exc:
        print(f"afscherm {args.command}: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return 0
    except Terminated:
        print(f"afscherm {args.command}: terminated", file=sys.stderr)
        return 128 + signal.SIGTERM
    except KeyboardInterrupt:
        print(f"afscherm {args.command}: interrupted", file=sys.stderr)
        return 130
    finally:
        if in_main_thread and previous is not None:
            signal.signal(signal.SIGTERM, previous)


if __name__ == "__main__":
    sys.exit(main())
