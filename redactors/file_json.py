"""JSON documents and JSON-lines logs: every string value, at any depth, redacted; keys kept.

Values under a key with a column rule are handled by the rule. Integers of six digits or more are
scanned too (a BSN or phone number stored as a number); one that holds personal data becomes a
redacted string — the only case where a value changes type, because keeping the number would leak it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from itertools import islice
from pathlib import Path
from typing import Any

from redactors.values import ValueRedactor

LINES_PER_BATCH = 256
MIN_DIGITS = 6

Slot = tuple[Any, Any]  # (container, key or index)


def _collect(  # noqa: ANN401
    node: Any, values: ValueRedactor, scan: list[Slot], rules: list[tuple[Slot, Callable]], numbers: bool
) -> None:
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, child in items:
        rule = values.rule(key) if isinstance(key, str) else None
        if rule is not None and not rule.scan:
            continue
        if rule is not None and child is not None and not isinstance(child, dict | list):
            rules.append(((node, key), values.rule_function(key, rule)))
        elif isinstance(child, str) or (
            numbers and isinstance(child, int) and not isinstance(child, bool) and abs(child) >= 10 ** (MIN_DIGITS - 1)
        ):
            scan.append((node, key))
        elif isinstance(child, dict | list):
            _collect(child, values, scan, rules, numbers)


def redact_objects(objects: list[Any], values: ValueRedactor, scan_numbers: bool = True) -> list[Any]:
    """The objects with their strings redacted in place (one analyzer batch for all of them)."""
    scan: list[Slot] = []
    rules: list[tuple[Slot, Callable[[str], str]]] = []
    wrapped = [{"": obj} for obj in objects]  # so a top-level string has a slot too
    for w in wrapped:
        _collect(w, values, scan, rules, scan_numbers)
    for (node, key), fn in rules:
        node[key] = fn(node[key] if isinstance(node[key], str) else str(node[key]))
        values.stats.by_rule += 1
    originals = [node[key] for node, key in scan]
    texts = [v if isinstance(v, str) else str(v) for v in originals]
    for (node, key), original, text, new in zip(scan, originals, texts, values.strings(texts), strict=True):
        node[key] = new if new != text else original
    return [w[""] for w in wrapped]


def redact_jsonl_file(source: Path, tmp: Path, values: ValueRedactor, encoding: str | None) -> None:
    from redactors.files import FileRedactError

    enc = encoding or "utf-8"
    with source.open("rb") as src, tmp.open("w", encoding="utf-8", newline="\n") as dst:
        numbered = enumerate(src, start=1)
        while batch := list(islice(numbered, LINES_PER_BATCH)):
            parsed: list[tuple[int, Any]] = []
            for line_no, raw in batch:
                if not raw.strip():
                    continue
                try:
                    parsed.append((line_no, json.loads(raw.decode(enc))))
                except UnicodeDecodeError as exc:
                    raise FileRedactError(f"{source}:{line_no}: undecodable bytes (not {enc})") from exc
                except json.JSONDecodeError as exc:
                    raise FileRedactError(f"{source}:{line_no}: malformed JSON: {exc.msg}") from exc
            for obj in redact_objects([o for _, o in parsed], values):
                dst.write(json.dumps(obj, ensure_ascii=False) + "\n")
            values.stats.units += len(parsed)


def redact_json_file(source: Path, tmp: Path, values: ValueRedactor, encoding: str | None) -> None:
    """A whole JSON document (held in memory: JSON has no record boundaries to stream on)."""
    from redactors.files import FileRedactError

    raw = source.read_bytes()
    try:
        obj = json.loads(raw.decode(encoding or "utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise FileRedactError(f"{source}: undecodable bytes at offset {exc.start} (not UTF-8)") from exc
    except json.JSONDecodeError as exc:
        raise FileRedactError(f"{source}: malformed JSON at line {exc.lineno}: {exc.msg}") from exc
    [obj] = redact_objects([obj], values)
    indent = 2 if b"\n" in raw.strip() else None
    with tmp.open("w", encoding="utf-8") as dst:
        dst.write(json.dumps(obj, ensure_ascii=False, indent=indent) + "\n")
    values.stats.units = 1
