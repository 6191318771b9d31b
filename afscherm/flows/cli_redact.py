"""``afscherm redact``, ``redact-file`` and ``reveal``: the redaction commands of the CLI."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from afscherm.detectors.config import config_dir
from afscherm.flows.errors import CliError
from afscherm.flows.jsonl_input import (
    BatchHandler,
    InputError,
    JsonLine,
    Parse,
    add_jsonl_arguments,
    open_input,
    parse_value,
    process_records,
)

if TYPE_CHECKING:
    from afscherm.redactors.policy import Policy
    from afscherm.redactors.text import Redactor

REDACT_BATCH = 64


def _policy(args: argparse.Namespace) -> Policy:
    from afscherm.redactors.policy import load_policy

    if getattr(args, "policy", None):
        return load_policy(Path(args.policy))
    return load_policy((Path(args.config) if args.config else config_dir()) / "policy.yaml")


def _redactor(args: argparse.Namespace) -> Redactor:
    from afscherm.redactors.text import Redactor

    return Redactor(_policy(args))


def _analyzer(args: argparse.Namespace) -> Any:  # noqa: ANN401 - keeps the heavy import out of --help
    from afscherm.detectors.analyzer import default_analyzer

    return default_analyzer(Path(args.config) if args.config else None)  # loaded once per process


def field_list(value: str) -> frozenset[str]:
    names = frozenset(n.strip() for n in value.split(",") if n.strip())
    if not names:
        raise argparse.ArgumentTypeError("expected field names separated by commas")
    return names


def _checked_record(fields: frozenset[str] | None, keep: frozenset[str]) -> Parse:
    """The line parser for ``redact``: any JSON value; with ``--fields``, an object whose every field is
    named in ``--fields`` or ``--keep-fields`` (a field named in neither is never dropped or passed
    silently: the line is refused)."""

    def parse(raw: bytes, line_no: int, name: str) -> JsonLine:
        record = parse_value(raw, line_no, name)
        if fields is None and not keep:
            return record
        if not isinstance(record.value, dict):
            raise InputError(f"{name}:{line_no}: --fields/--keep-fields need a JSON object per line")
        if fields is not None and (other := sorted(set(record.value) - fields - keep)):
            raise InputError(
                f"{name}:{line_no}: field {other[0]!r} is in neither --fields nor --keep-fields "
                "(name it in one of them: afscherm never drops a field, or passes one unscanned, unasked)"
            )
        return record

    return parse


def cmd_redact(args: argparse.Namespace, out: TextIO) -> int:
    """JSON lines in → the same records, every field kept; all fields (or ``--fields``) scanned and redacted."""
    from afscherm.redactors.file_json import JsonRedactor
    from afscherm.redactors.values import ValueRedactor

    fields: frozenset[str] | None = args.fields
    keep: frozenset[str] = args.keep_fields or frozenset()
    if fields is not None and (both := sorted(fields & keep)):
        raise CliError(f"--fields and --keep-fields both name {both[0]!r}")

    def prepare() -> BatchHandler:
        redactor = _redactor(args)  # policy and keys first: a missing key fails before any output
        walker = JsonRedactor(ValueRedactor(redactor, _analyzer(args)))

        def handle(batch: list[JsonLine]) -> list[Any]:
            objects = [r.value for r in batch]
            records = [f"line {r.line_no}" for r in batch]
            return walker.redact(objects, records, keep_top=keep)

        return handle

    process_records(
        args.input, "redact", prepare, out, skip_invalid=args.skip_invalid, batch_size=REDACT_BATCH,
        parse=_checked_record(fields, keep),
    )  # fmt: skip
    return 0


REVEAL_FORMATS = ("jsonl", "json", "csv", "parquet", "text")


def cmd_reveal(args: argparse.Namespace, out: TextIO) -> int:
    """Encrypted tokens decrypted, each checked against its place; every field, row and column kept."""
    from afscherm.redactors.atomic import OutputError, same_file
    from afscherm.redactors.encryption import RevealError
    from afscherm.redactors.files import FORMATS, FileRedactError
    from afscherm.redactors.keys import encryption_key
    from afscherm.redactors.reveal import (
        Revealer,
        reveal_csv,
        reveal_json,
        reveal_jsonl,
        reveal_parquet,
        reveal_text_file,
    )

    policy = _policy(args)
    revealer = Revealer(encryption_key(policy.keys.encryption, policy.source))
    source = args.input
    kind = args.format or ("jsonl" if source == "-" else FORMATS.get(Path(source).suffix.lower(), "jsonl"))
    target = Path(args.target) if args.target else None
    if target is not None and source != "-" and same_file(source, target):
        raise CliError(f"{target}: is the input file ({source}); write the output elsewhere")
    if kind == "parquet" and target is None:
        raise CliError(f"{source}: a Parquet file is revealed into a file: give -o OUTPUT")
    try:
        if kind == "jsonl":
            with open_input(source) as (stream, name, _):
                _write(target, out, lambda dst: reveal_jsonl(revealer, stream, name, dst))
            return 0
        path = Path(source)
        if not path.is_file():
            raise CliError(f"{source}: no such file")
        if kind == "parquet":
            assert target is not None
            reveal_parquet(revealer, path, target)
        elif kind == "json":
            _write(target, out, lambda dst: reveal_json(revealer, path, dst))
        elif kind == "csv":
            _write(target, out, lambda dst: reveal_csv(revealer, path, dst, args.encoding), newline="")
        else:
            _write(target, out, lambda dst: reveal_text_file(revealer, path, dst, args.encoding), newline="")
    except (RevealError, FileRedactError, OutputError) as exc:
        raise CliError(str(exc)) from exc
    except UnicodeDecodeError as exc:
        raise CliError(f"{source}: undecodable bytes ({exc.encoding}: {exc.reason})") from exc
    return 0


def _write(target: Path | None, out: TextIO, fill: Any, newline: str | None = None) -> None:  # noqa: ANN401
    """``fill(stream)`` into ``target`` atomically, or into ``out`` (stdout)."""
    from afscherm.redactors.atomic import atomic_text

    if target is None:
        fill(out)
        out.flush()
        return
    with atomic_text(target) as dst:
        fill(dst)


class _LazyAnalyzer:
    """Loads the analyzer on first use: files whose columns all have rules never need it."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.loaded: Any = None

    def analyze(self, texts: list[str]) -> list[Any]:
        if self.loaded is None:
            self.loaded = _analyzer(self.args)
        return self.loaded.analyze(texts)


def cmd_redact_file(args: argparse.Namespace, out: TextIO) -> int:
    """One file in, its redacted copy out (same format), written atomically."""
    from afscherm.redactors.files import FileRedactError, redact_file

    source, target = Path(args.input), Path(args.target)
    redactor = _redactor(args)
    try:
        stats = redact_file(source, target, redactor, _LazyAnalyzer(args), fmt=args.format, encoding=args.encoding)
    except FileRedactError as exc:
        raise CliError(str(exc)) from exc
    out.write(f"{source} -> {target}: {stats.summary()}\n")
    return 0


REDACT_HELP = """\
Redact JSON lines by the policy. Every field of every record is kept, and every field is scanned: keys,
nested values and numbers too (the id as well), like redact-file does for a .jsonl file.

--fields a,b redacts only the top-level fields a and b; every other field of a record must then be named
in --keep-fields, which copies it unchanged. A record with a field named in neither is refused (skipped
and counted with --skip-invalid): afscherm never drops a field, or passes one unscanned, unless asked.
--keep-fields alone copies the fields it names and scans all others.
"""


def add_redact_commands(sub: Any) -> None:  # noqa: ANN401 - argparse's private _SubParsersAction
    redact = sub.add_parser(
        "redact",
        help="redact JSON lines by the policy in config (every field kept and scanned)",
        description=REDACT_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_jsonl_arguments(redact)
    redact.add_argument("--policy", help="policy file (default: policy.yaml in the config folder)")
    redact.add_argument(
        "--fields", type=field_list, metavar="A,B", help="redact only these top-level fields (see above)"
    )
    redact.add_argument(
        "--keep-fields", type=field_list, metavar="C,D", help="copy these top-level fields unchanged (see above)"
    )
    redact.set_defaults(func=cmd_redact)

    redact_file = sub.add_parser(
        "redact-file", help="redact a .txt/.log/.json/.jsonl/.csv/.parquet file into a new file of the same format"
    )
    redact_file.add_argument("input", help="file to redact")
    redact_file.add_argument("target", metavar="output", help="redacted copy (written only when complete)")
    redact_file.add_argument("--format", choices=["text", "json", "jsonl", "csv", "parquet"], help="override suffix")
    redact_file.add_argument("--encoding", help="text encoding of a CSV/text file (default: sniffed)")
    redact_file.add_argument("--policy", help="policy file (default: policy.yaml in the config folder)")
    redact_file.set_defaults(func=cmd_redact_file)

    reveal = sub.add_parser(
        "reveal",
        help="decrypt encrypted tokens in what redact or redact-file wrote (JSON lines, JSON, CSV, Parquet, text)",
        description="Decrypt <ENC2:…> tokens with the encryption key. Every record, field, row and column is "
        "kept. Each token is bound to its record and field: one that was moved or changed is refused, naming "
        "its place.",
    )
    reveal.add_argument("input", help="file written by redact/redact-file, or - for JSON lines on stdin")
    reveal.add_argument("-o", "--output", dest="target", help="write here (default: stdout; required for Parquet)")
    reveal.add_argument("--format", choices=list(REVEAL_FORMATS), help="override the suffix")
    reveal.add_argument("--encoding", help="text encoding of a CSV/text file (default: sniffed)")
    reveal.add_argument("--policy", help="policy file naming the key source (default: policy.yaml in config)")
    reveal.set_defaults(func=cmd_reveal)
