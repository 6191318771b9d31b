"""Text units from stored objects: what the detectors read.

A unit is ``(unit_id, text)``. Plain-text files are one unit; JSONL files are one unit per line
(the ``text`` field when the line is a detect-input record, otherwise the raw line, so JSON log
lines keep keys and values together for context).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

TEXT_SUFFIXES = {".txt", ".log", ".eml", ".md", ".json"}
LINE_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | LINE_SUFFIXES


class ExtractError(ValueError):
    """An object whose text cannot be extracted (unsupported type, undecodable bytes)."""


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ExtractError(f"{name}: not valid UTF-8 (byte offset {exc.start})") from exc


def text_units(name: str, data: bytes) -> Iterator[tuple[str, str]]:
    suffix = Path(name).suffix.lower()
    if suffix in TEXT_SUFFIXES:
        yield name, _decode(data, name)
    elif suffix in LINE_SUFFIXES:
        for i, line in enumerate(_decode(data, name).splitlines(), start=1):
            if not line.strip():
                continue
            yield f"{name}#L{i}", _line_text(line)
    else:
        raise ExtractError(f"{name}: unsupported file type {suffix or '(none)'}")


def _line_text(line: str) -> str:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError:
        return line
    if isinstance(obj, dict) and isinstance(obj.get("text"), str) and set(obj) <= {"id", "text"}:
        return obj["text"]
    return line
