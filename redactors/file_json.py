"""JSON documents and JSON-lines logs: every string value, at any depth, redacted; keys kept.

Values under a key with a column rule are handled by the rule. Integers of six digits or more are
scanned too (a BSN or phone number stored as a number); one that holds personal data becomes a
redacted string — the only case where a value changes type, because keeping the number would leak it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any, TextIO

from redactors.safe_json import MAX_DEPTH, JsonLimitError, deep_position, depth_exceeds, limit_error, safe_json_loads
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
                    parsed.append((line_no, safe_json_loads(raw.decode(enc))))
                except UnicodeDecodeError as exc:
                    raise FileRedactError(f"{source}:{line_no}: undecodable bytes (not {enc})") from exc
                except JsonLimitError as exc:
                    raise FileRedactError(f"{source}:{line_no}: JSON {exc.msg} (column {exc.colno})") from exc
                except json.JSONDecodeError as exc:
                    raise FileRedactError(f"{source}:{line_no}: malformed JSON: {exc.msg}") from exc
            for obj in redact_objects([o for _, o in parsed], values):
                dst.write(json.dumps(obj, ensure_ascii=False) + "\n")
            values.stats.units += len(parsed)


def redact_json_file(source: Path, tmp: Path, values: ValueRedactor, encoding: str | None) -> None:
    """A JSON document: a top-level array streams element by element (exports of any size); any other
    document is held in memory, since JSON has no other record boundaries to stream on."""
    from redactors.files import FileRedactError

    enc = encoding or "utf-8-sig"
    try:
        with source.open("r", encoding=enc, newline="") as src:
            first = src.read(1 << 16).lstrip()
        if first.startswith("["):
            _redact_json_array(source, tmp, values, enc)
            return
        raw = source.read_bytes()
        obj = safe_json_loads(raw.decode(enc))
    except UnicodeDecodeError as exc:
        raise FileRedactError(f"{source}: undecodable bytes (not {enc.removesuffix('-sig').upper()})") from exc
    except JsonLimitError as exc:
        raise FileRedactError(f"{source}: JSON {exc.msg} at line {exc.lineno}") from exc
    except json.JSONDecodeError as exc:
        raise FileRedactError(f"{source}: malformed JSON at line {exc.lineno}: {exc.msg}") from exc
    [obj] = redact_objects([obj], values)
    indent = 2 if b"\n" in raw.strip() else None
    with tmp.open("w", encoding="utf-8") as dst:
        dst.write(json.dumps(obj, ensure_ascii=False, indent=indent) + "\n")
    values.stats.units = 1


def _redact_json_array(source: Path, tmp: Path, values: ValueRedactor, encoding: str) -> None:
    """``[e1, e2, ...]`` out as ``[`` + one redacted element per line + ``]``; memory bounded by a batch."""
    with source.open("r", encoding=encoding, newline="") as src, tmp.open("w", encoding="utf-8") as dst:
        dst.write("[")
        first = True
        elements = iter_json_array(src, str(source))
        while batch := list(islice(elements, LINES_PER_BATCH)):
            for obj in redact_objects(batch, values):
                dst.write(("\n" if first else ",\n") + json.dumps(obj, ensure_ascii=False))
                first = False
            values.stats.units += len(batch)
        dst.write("\n]\n" if not first else "]\n")


_DECODER = json.JSONDecoder()
_WHITESPACE = " \t\n\r"
CHUNK_CHARS = 1 << 20
_LITERALS = ("true", "false", "null", "NaN", "Infinity", "-Infinity")
_NUMBER_GOES_ON = re.compile(r"[0-9.eE+-]*")


def _incomplete(exc: json.JSONDecodeError, buf: str) -> bool:
    """True when the decoder stopped only because the buffer ends inside the element (read more);
    False for an element that is malformed where it stands, which fails at once, with its line."""
    if exc.msg.startswith("Unterminated string"):  # strict JSON has no raw line breaks inside strings
        return True
    tail = buf[exc.pos :]
    if not tail.strip(_WHITESPACE):
        return True
    if exc.msg.startswith("Invalid \\uXXXX escape"):
        return len(tail) < 6
    return exc.msg == "Expecting value" and any(lit.startswith(tail) for lit in _LITERALS)


def iter_json_array(src: TextIO, name: str) -> Iterator[Any]:
    """The elements of the top-level JSON array in ``src``, read in chunks (an element may span many)."""
    from redactors.files import FileRedactError

    buf, pos, line, eof = "", 0, 1, False
    want = CHUNK_CHARS

    def fail(message: str, at: int) -> FileRedactError:
        return FileRedactError(f"{name}: malformed JSON at line {line + buf.count(chr(10), 0, at)}: {message}")

    def fill() -> bool:
        nonlocal buf, pos, line, eof
        line += buf.count("\n", 0, pos)
        chunk = src.read(want)
        buf, pos, eof = buf[pos:] + chunk, 0, not chunk
        return bool(chunk)

    def skip_space() -> str:
        nonlocal pos
        while True:
            while pos < len(buf) and buf[pos] in _WHITESPACE:
                pos += 1
            if pos < len(buf) or not fill():
                return buf[pos] if pos < len(buf) else ""

    if skip_space() != "[":
        raise fail("expected a top-level array", pos)
    pos += 1
    state = "open"  # right after "[": a value or "]"; "comma": a value; "value": "," or "]"
    while True:
        char = skip_space()
        if not char:
            raise fail("unexpected end of file inside the array", pos)
        if char == "]":
            if state == "comma":
                raise fail("trailing comma before ']'", pos)
            pos += 1
            if skip_space():
                raise fail("extra data after the top-level array", pos)
            return
        if state == "value":
            if char != ",":
                raise fail("expected ',' or ']' between elements", pos)
            pos += 1
            state = "comma"
            continue
        while True:
            try:
                obj, end = _DECODER.raw_decode(buf, pos)
            except (RecursionError, ValueError) as exc:
                limit = limit_error(exc, buf, pos)
                if limit is not None:
                    raise fail(f"JSON {limit.msg}", limit.pos) from None
                if not isinstance(exc, json.JSONDecodeError):
                    raise
                if eof or not _incomplete(exc, buf):
                    raise fail(exc.msg, exc.pos) from exc
                want *= 2  # an element longer than the buffer: read more, doubling so retries stay cheap
                fill()
                continue
            if not eof and _NUMBER_GOES_ON.fullmatch(buf, end):  # a number may go on in the next chunk
                want *= 2
                fill()
                continue
            break
        if isinstance(obj, dict | list) and depth_exceeds(obj, MAX_DEPTH - 1):  # the array is one level
            raise fail(f"JSON nested deeper than {MAX_DEPTH} levels", deep_position(buf, MAX_DEPTH - 1, pos) or pos)
        want = CHUNK_CHARS
        pos = end
        state = "value"
        yield obj
