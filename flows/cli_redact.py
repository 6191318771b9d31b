"""``afscherm redact``, ``redact-file`` and ``reveal``: the redaction commands of the CLI."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from detectors.config import config_dir
from flows.errors import CliError
from flows.jsonl_input import BatchHandler, Record, RecordReader, add_jsonl_arguments, open_input, process_records

if TYPE_CHECKING:
    from redactors.policy import Policy
    from redactors.text import Redactor

REDACT_BATCH = 64


def _policy(args: argparse.Namespace) -> Policy:
    from redactors.policy import load_policy

    if getattr(args, "policy", None):
        return load_policy(Path(args.policy))
    return load_policy((Path(args.config) if args.config else config_dir()) / "policy.yaml")


def _redactor(args: argparse.Namespace) -> Redactor:
    from redactors.text import Redactor

    return Redactor(_policy(args))


def _analyzer(args: argparse.Namespace) -> Any:  # noqa: ANN401 - keeps the heavy import out of --help
    from detectors.analyzer import default_analyzer

    return default_analyzer(Path(args.config) if args.config else None)  # loaded once per process


def cmd_redact(args: argparse.Namespace, out: TextIO) -> int:
    """JSONL ``{"id", "text"}`` in → the same records with the text redacted by the policy."""

    def prepare() -> BatchHandler:
        redactor = _redactor(args)  # policy and keys first: a missing key fails before any output
        analyzer = _analyzer(args)

        def handle(batch: list[Record]) -> Iterator[dict[str, str]]:
            texts = [r.text for r in batch]
            redacted = redactor.redact_batch(texts, analyzer.analyze(texts))
            for record, text in zip(batch, redacted, strict=True):
                yield {"id": record.id, "text": text}

        return handle

    process_records(args.input, "redact", prepare, out, skip_invalid=args.skip_invalid)
    return 0


def cmd_reveal(args: argparse.Namespace, out: TextIO) -> int:
    """Encrypted tokens in JSONL ``{"id", "text"}`` records decrypted with the encryption key."""
    from redactors.encryption import RevealError, reveal_text
    from redactors.keys import encryption_key

    policy = _policy(args)
    key = encryption_key(policy.keys.encryption, policy.source)
    with open_input(args.input) as (stream, name, _):
        for record in RecordReader(stream, name):
            try:
                text = reveal_text(key, record.text)
            except RevealError as exc:
                raise CliError(f"{name}:{record.line_no} (id {record.id!r}): {exc}") from exc
            out.write(json.dumps({"id": record.id, "text": text}, ensure_ascii=False) + "\n")
    out.flush()
    return 0


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
    from redactors.files import FileRedactError, redact_file

    source, target = Path(args.input), Path(args.target)
    redactor = _redactor(args)
    try:
        stats = redact_file(source, target, redactor, _LazyAnalyzer(args), fmt=args.format, encoding=args.encoding)
    except FileRedactError as exc:
        raise CliError(str(exc)) from exc
    out.write(f"{source} -> {target}: {stats.summary()}\n")
    return 0


def add_redact_commands(sub: Any) -> None:  # noqa: ANN401 - argparse's private _SubParsersAction
    redact = sub.add_parser("redact", help="redact JSONL records {id, text} by the policy in config")
    add_jsonl_arguments(redact)
    redact.add_argument("--policy", help="policy file (default: policy.yaml in the config folder)")
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

    reveal = sub.add_parser("reveal", help="decrypt encrypted tokens in JSONL records {id, text}")
    reveal.add_argument("input", help="JSONL file, or - for stdin")
    reveal.add_argument("-o", "--output", help="write JSONL here (default: stdout)")
    reveal.add_argument("--policy", help="policy file naming the key source (default: policy.yaml in config)")
    reveal.set_defaults(func=cmd_reveal)
