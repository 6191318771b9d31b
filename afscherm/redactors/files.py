"""``redact_file(IN, OUT)``: a redacted copy of a text, log, JSON(L), CSV or Parquet file.

Fail closed: the copy is written to a temporary file and renamed only when the whole input was
processed; any failure raises FileRedactError (one line naming the file and the cause) and leaves
no output behind.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable
from pathlib import Path
from typing import Any

from afscherm.detectors.config import ConfigError
from afscherm.redactors.atomic import OutputError, atomic_target, same_file
from afscherm.redactors.file_json import JsonDepthError
from afscherm.redactors.text import Redactor
from afscherm.redactors.values import Stats, ValueRedactor

FORMATS: dict[str, str] = {
    ".txt": "text",
    ".log": "text",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
    ".parquet": "parquet",
}
SNIFF_BYTES = 1 << 16


class FileRedactError(ValueError):
    """A file could not be redacted; the message names the file and the cause."""


def detect_format(path: Path, fmt: str | None = None) -> str:
    if fmt:
        return fmt
    found = FORMATS.get(path.suffix.lower())
    if found is None:
        known = ", ".join(sorted(FORMATS))
        raise FileRedactError(f"{path}: unknown format {path.suffix or '(no suffix)'!r} (supported: {known})")
    return found


def sniff_encoding(path: Path, given: str | None = None) -> str:
    """``given``, else UTF-8 (with or without BOM) when the first 64 KiB decode, else charset-normalizer's guess."""
    if given:
        try:
            return codecs.lookup(given).name
        except LookupError as exc:
            raise FileRedactError(f"{path}: unknown encoding {given!r}") from exc
    with path.open("rb") as fh:
        sample = fh.read(SNIFF_BYTES)
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(sample) - 3:  # a character cut by the sample's end
            return "utf-8"
    from charset_normalizer import from_bytes

    best = from_bytes(sample).best()
    if best is None:
        raise FileRedactError(f"{path}: undecodable bytes: not UTF-8 and no other text encoding fits")
    return best.encoding


def redact_file(
    source: Path,
    target: Path,
    redactor: Redactor,
    analyzer: Any,  # noqa: ANN401 - anything with analyze(texts) -> list[list[Finding]]
    fmt: str | None = None,
    encoding: str | None = None,
    observer: Callable[[list[str], list[list[Any]]], None] | None = None,
    durable: bool = True,
) -> Stats:
    """``observer`` is told every batch of values analysed and their findings (see ``ValueRedactor``).

    ``durable=False``: ``target`` is scratch, read back at once by the caller (not synced to disk).
    """
    source, target = Path(source), Path(target)
    kind = detect_format(source, fmt)
    if not source.is_file():
        raise FileRedactError(f"{source}: no such file")
    if same_file(source, target):
        raise FileRedactError(f"{source}: input and output are the same file")
    values = ValueRedactor(redactor, analyzer, observer=observer)
    try:
        with atomic_target(target, durable) as tmp:
            _writer(kind)(source, tmp, values, encoding)
    except FileRedactError:
        raise
    except JsonDepthError as exc:
        raise FileRedactError(f"{source}: JSON {exc}") from exc
    except OutputError as exc:
        raise FileRedactError(str(exc)) from exc
    except UnicodeDecodeError as exc:
        raise FileRedactError(f"{source}: undecodable bytes ({exc.encoding}: {exc.reason})") from exc
    except ConfigError as exc:
        raise FileRedactError(f"{source}: {exc}") from exc
    except OSError as exc:
        blamed = target if _is_output(exc, target) else source
        raise FileRedactError(f"{blamed}: {'cannot write: ' if blamed is target else ''}{exc.strerror or exc}") from exc
    return values.stats


def _is_output(exc: OSError, target: Path) -> bool:
    """Whether an OS error concerns the output (the target or its part file) rather than the input."""
    name = Path(exc.filename).name if exc.filename else ""
    return name == target.name or name.startswith(f".{target.name}.part-")


def _writer(kind: str):  # noqa: ANN202
    if kind == "text":
        from afscherm.redactors.file_text import redact_text_file

        return redact_text_file
    if kind in ("json", "jsonl"):
        from afscherm.redactors.file_json import redact_json_file, redact_jsonl_file

        return redact_json_file if kind == "json" else redact_jsonl_file
    if kind == "csv":
        from afscherm.redactors.file_csv import redact_csv_file

        return redact_csv_file
    if kind == "parquet":
        from afscherm.redactors.file_parquet import redact_parquet_file

        return redact_parquet_file
    raise FileRedactError(f"unknown format {kind!r}")
