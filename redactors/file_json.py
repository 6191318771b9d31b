"""JSON documents and JSON-lines logs: every value and every key, at any depth, scanned and redacted.

- Strings are scanned with the key they are stored under as context (``detectors.field_context``).
- Numbers of six digits or more, integers and floats alike, are scanned as the digits they stand for
  (``1.11222333E8`` is ``111222333``); one that holds personal data becomes a redacted string — the only
  case where a value changes type, because keeping the number would leak it.
- Keys are scanned like values (the parent key is their context); a key holding personal data is
  replaced by its redacted form, in place. Keys stay unique: a redacted key that is already taken gets
  ``~2``, ``~3`` … appended, and keys that were not redacted keep their names.
- Column rules (``policy.columns``) apply to the scalar values under their key; lists and objects under
  such a key are walked and scanned like any other value.

Nesting deeper than ``safe_json.MAX_DEPTH`` is refused (parsing refuses it first; the walk checks again).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any, TextIO

from redactors.safe_json import (
    MAX_DEPTH,
    JsonLimitError,
    deep_position,
    depth_exceeds,
    limit_error,
    safe_json_loads,
)
from redactors.values import ValueRedactor, number_text

LINES_PER_BATCH = 256
KEY_CACHE_ENTRIES = 65_536


class JsonDepthError(ValueError):
    """A value nested deeper than MAX_DEPTH levels."""


@dataclass(slots=True)
class _Slot:
    node: Any  # the dict or list holding the value
    key: Any  # its key or index there
    name: str | None  # the nearest key: the value's field name
    text: str  # what is scanned: the string, or the digits of a number


def _children(node: Any) -> Any:  # noqa: ANN401
    return node.items() if isinstance(node, dict) else enumerate(node)


def _walk(root: dict[str, Any], visit: Callable[[Any, Any, Any, str | None], None]) -> None:
    """``visit(container, key, child, name)`` for every value under ``root`` in document order, without
    recursion (so depth costs no stack); ``name`` is the nearest enclosing key."""
    stack: list[tuple[Any, str | None, int]] = [(root, None, 0)]
    while stack:
        node, name, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise JsonDepthError(f"nested deeper than {MAX_DEPTH} levels")
        nested = []
        for key, child in _children(node):
            child_name = (key or None) if isinstance(node, dict) else name
            visit(node, key, child, child_name)
            if isinstance(child, dict | list):
                nested.append((child, child_name, depth + 1))
        stack.extend(reversed(nested))


def _dicts(root: dict[str, Any]) -> list[tuple[dict[str, Any], str | None]]:
    """Every object under ``root`` (not ``root`` itself) with its own key, in document order."""
    found: list[tuple[dict[str, Any], str | None]] = []
    _walk(root, lambda node, key, child, name: found.append((child, name)) if isinstance(child, dict) else None)
    return found


def _unique_keys(old: list[str], new: list[str]) -> list[str]:
    """``new`` with clashes resolved: keys that were not redacted keep their names, redacted ones that
    clash get ``~2``, ``~3`` … (nothing is merged, nothing dropped)."""
    taken = {n for o, n in zip(old, new, strict=True) if o == n}
    out = []
    for o, n in zip(old, new, strict=True):
        if o != n:
            candidate, i = n, 1
            while candidate in taken:
                i += 1
                candidate = f"{n}~{i}"
            n = candidate
            taken.add(n)
        out.append(n)
    return out


class JsonRedactor:
    """Redacts decoded JSON values in place, a batch at a time (one analyzer call for all keys, one for
    all values). Keys known to hold nothing are remembered, since records repeat the same keys."""

    def __init__(self, values: ValueRedactor, scan_numbers: bool = True) -> None:
        self.values = values
        self.scan_numbers = scan_numbers
        self._clean_keys: set[tuple[str | None, str]] = set()

    def redact(self, objects: list[Any]) -> list[Any]:
        wrapped = [{"": obj} for obj in objects]  # so a top-level scalar has a slot too
        self._keys(wrapped)
        self._values(wrapped)
        return [w[""] for w in wrapped]

    def _keys(self, wrapped: list[dict[str, Any]]) -> None:
        objects = [pair for w in wrapped for pair in _dicts(w)]
        todo = sorted({(name, k) for d, name in objects for k in d} - self._clean_keys, key=repr)
        if not todo:
            return
        redacted = self.values.strings([k for _, k in todo], [name for name, _ in todo])
        renamed = {}
        for (name, k), new in zip(todo, redacted, strict=True):
            if new == k:
                if len(self._clean_keys) >= KEY_CACHE_ENTRIES:
                    self._clean_keys.clear()
                self._clean_keys.add((name, k))
            else:
                renamed[(name, k)] = new
        if not renamed:
            return
        for d, name in objects:
            old = list(d)
            new = [renamed.get((name, k), k) for k in old]
            if new != old:
                items = list(d.values())
                d.clear()
                d.update(zip(_unique_keys(old, new), items, strict=True))

    def _values(self, wrapped: list[dict[str, Any]]) -> None:
        values = self.values
        scan: list[_Slot] = []
        rules: list[tuple[_Slot, Callable[[str], str]]] = []

        def visit(node: Any, key: Any, child: Any, name: str | None) -> None:  # noqa: ANN401
            if isinstance(child, dict | list) or child is None:
                return
            rule = values.rule(key) if isinstance(node, dict) and key else None
            if rule is not None:
                if rule.scan:
                    text = child if isinstance(child, str) else str(child)
                    rules.append((_Slot(node, key, name, text), values.rule_function(key, rule)))
                return
            if isinstance(child, str):
                scan.append(_Slot(node, key, name, child))
            elif self.scan_numbers and (digits := number_text(child)) is not None:
                scan.append(_Slot(node, key, name, digits))

        for w in wrapped:
            _walk(w, visit)
        for slot, fn in rules:
            slot.node[slot.key] = fn(slot.text)
            values.stats.by_rule += 1
        redacted = values.strings([s.text for s in scan], [s.name for s in scan])
        for slot, new in zip(scan, redacted, strict=True):
            if new != slot.text:  # numbers left alone keep their type and writing
                slot.node[slot.key] = new


def redact_objects(objects: list[Any], values: ValueRedactor, scan_numbers: bool = True) -> list[Any]:
    """The objects with their keys and values redacted in place (one analyzer batch for all of them)."""
    return JsonRedactor(values, scan_numbers).redact(objects)


def redact_jsonl_file(source: Path, tmp: Path, values: ValueRedactor, encoding: str | None) -> None:
    from redactors.files import FileRedactError

    enc = encoding or "utf-8"
    walker = JsonRedactor(values)
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
            for obj in walker.redact([o for _, o in parsed]):
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
        walker = JsonRedactor(values)
        elements = iter_json_array(src, str(source))
        while batch := list(islice(elements, LINES_PER_BATCH)):
            for obj in walker.redact(batch):
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
