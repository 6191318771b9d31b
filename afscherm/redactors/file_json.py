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

from afscherm.redactors.encryption import Place
from afscherm.redactors.safe_json import (
    MAX_DEPTH,
    JsonLimitError,
    deep_position,
    depth_exceeds,
    limit_error,
    safe_json_loads,
)
from afscherm.redactors.values import ValueRedactor, number_text

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
    place: Place | None = None  # where its tokens are bound (only when the policy encrypts)


def pointer(path: str, key: Any) -> str:  # noqa: ANN401
    """``path`` extended by ``key`` (JSON Pointer, RFC 6901: ``~`` → ``~0``, ``/`` → ``~1``)."""
    return f"{path}/{str(key).replace('~', '~0').replace('/', '~1')}"


def _children(node: Any) -> Any:  # noqa: ANN401
    return node.items() if isinstance(node, dict) else enumerate(node)


Visit = Callable[[Any, Any, Any, "str | None", str], None]


def _walk(
    root: dict[str, Any], visit: Visit, root_path: str = "", paths: bool = False, skip: frozenset[str] = frozenset()
) -> None:
    """``visit(container, key, child, name, path)`` for every value under ``root`` (a ``{"": value}``
    wrapper) in document order, without recursion (so depth costs no stack). ``name`` is the nearest
    enclosing key; ``path`` the value's JSON pointer from ``root_path`` (only with ``paths``). Top-level
    fields named in ``skip`` are not visited."""
    top = root.get("")
    stack: list[tuple[Any, str | None, str, int]] = [(root, None, root_path, 0)]
    while stack:
        node, name, path, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise JsonDepthError(f"nested deeper than {MAX_DEPTH} levels")
        nested = []
        for key, child in _children(node):
            if skip and node is top and isinstance(node, dict) and key in skip:
                continue
            child_name = (key or None) if isinstance(node, dict) else name
            child_path = (path if node is root else pointer(path, key)) if paths else ""
            visit(node, key, child, child_name, child_path)
            if isinstance(child, dict | list):
                nested.append((child, child_name, child_path, depth + 1))
        stack.extend(reversed(nested))


def _dicts(root: dict[str, Any], skip: frozenset[str] = frozenset()) -> list[tuple[dict[str, Any], str | None]]:
    """Every object under ``root`` (not ``root`` itself) with its own key, in document order."""
    found: list[tuple[dict[str, Any], str | None]] = []

    def visit(node: Any, key: Any, child: Any, name: str | None, path: str) -> None:  # noqa: ANN401
        if isinstance(child, dict):
            found.append((child, name))

    _walk(root, visit, skip=skip)
    return found


def record_key(obj: Any, fallback: str) -> str:  # noqa: ANN401
    """The record's name for binding tokens: its top-level ``id`` as written, else ``fallback``."""
    value = obj.get("id") if isinstance(obj, dict) else None
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return json.dumps(value)
    return fallback


def unique_keys(old: list[str], new: list[str]) -> list[str]:
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


KEYS_FIELD = "@keys"


class JsonRedactor:
    """Redacts decoded JSON values in place, a batch at a time (one analyzer call for the keys, one for
    the values). Keys known to hold nothing are remembered, since records repeat the same keys.

    When the policy encrypts, tokens are bound to their record and field (``redactors.encryption``):
    the ``id`` is redacted first (bound to field ``/id`` of no record), then the keys (field ``@keys``
    of the record, numbered through the record), then every value (its JSON pointer)."""

    def __init__(self, values: ValueRedactor, scan_numbers: bool = True) -> None:
        self.values = values
        self.scan_numbers = scan_numbers
        self.keep_top: frozenset[str] = frozenset()
        self._clean_keys: set[tuple[str | None, str]] = set()

    def redact(
        self,
        objects: list[Any],
        records: list[str] | None = None,
        root_path: str = "",
        keep_top: frozenset[str] = frozenset(),
    ) -> list[Any]:
        """``objects`` redacted in place; ``records``: each object's record name when it has no ``id``;
        top-level fields named in ``keep_top`` are copied unchanged (their names too)."""
        self.keep_top = keep_top
        wrapped = [{"": obj} for obj in objects]  # so a top-level scalar has a slot too
        names = records if records is not None else [""] * len(objects)
        done_ids: set[int] = set()
        if self.values.binds:
            done_ids = self._ids(wrapped) if "id" not in keep_top else set()
            names = [record_key(w[""], fallback) for w, fallback in zip(wrapped, names, strict=True)]
        self._keys(wrapped, names)
        self._values(wrapped, names, root_path, done_ids)
        return [w[""] for w in wrapped]

    def _ids(self, wrapped: list[dict[str, Any]]) -> set[int]:
        """Top-level ``id`` values redacted first: they name the record the other tokens are bound to."""
        values = self.values
        scan: list[_Slot] = []
        done: set[int] = set()
        for w in wrapped:
            obj = w[""]
            if not isinstance(obj, dict) or "id" not in obj or isinstance(obj["id"], dict | list | None):
                continue
            done.add(id(obj))
            value, place = obj["id"], Place("", "/id")
            rule = values.rule("id")
            if rule is not None:
                if rule.scan:
                    text = value if isinstance(value, str) else str(value)
                    obj["id"] = values.apply_rule(values.rule_function("id", rule), text, place)
                    values.stats.by_rule += 1
                continue
            found = value if isinstance(value, str) else number_text(value)
            if found is not None:
                scan.append(_Slot(obj, "id", "id", found, place))
        self._redact_slots(scan)
        return done

    def _keys(self, wrapped: list[dict[str, Any]], records: list[str]) -> None:
        occurrences = [(d, name, r) for r, w in enumerate(wrapped) for d, name in _dicts(w, self.keep_top)]
        tops = {id(w[""]) for w in wrapped}
        keep = self.keep_top

        def scanned(d: dict[str, Any], k: str) -> bool:
            return not (keep and k in keep and id(d) in tops)

        todo = sorted(
            {(name, k) for d, name, _ in occurrences for k in d if scanned(d, k)} - self._clean_keys, key=repr
        )
        if not todo:
            return
        values = self.values
        found = values.find([k for _, k in todo], [name for name, _ in todo])
        values.stats.scanned += len(todo)
        personal = {}
        for pair, findings in zip(todo, found, strict=True):
            if findings:
                personal[pair] = findings
            else:
                if len(self._clean_keys) >= KEY_CACHE_ENTRIES:
                    self._clean_keys.clear()
                self._clean_keys.add(pair)
        if not personal:
            return
        places = [Place(record, KEYS_FIELD) if values.binds else None for record in records]
        for d, name, r in occurrences:  # document order: tokens are numbered through the record
            old = list(d)
            new = [
                values.redact_found(k, personal[(name, k)], places[r]) if (name, k) in personal and scanned(d, k) else k
                for k in old
            ]
            if new != old:
                items = list(d.values())
                d.clear()
                d.update(zip(unique_keys(old, new), items, strict=True))

    def _values(self, wrapped: list[dict[str, Any]], records: list[str], root_path: str, done: set[int]) -> None:
        values = self.values
        binds = values.binds
        scan: list[_Slot] = []
        rules: list[tuple[_Slot, Callable[[str], str]]] = []

        def visitor(record: str) -> Visit:
            def visit(node: Any, key: Any, child: Any, name: str | None, path: str) -> None:  # noqa: ANN401
                if isinstance(child, dict | list) or child is None or (key == "id" and id(node) in done):
                    return
                place = Place(record, path) if binds else None
                rule = values.rule(key) if isinstance(node, dict) and key else None
                if rule is not None:
                    if rule.scan:
                        text = child if isinstance(child, str) else str(child)
                        rules.append((_Slot(node, key, name, text, place), values.rule_function(key, rule)))
                    return
                if isinstance(child, str):
                    scan.append(_Slot(node, key, name, child, place))
                elif self.scan_numbers and (digits := number_text(child)) is not None:
                    scan.append(_Slot(node, key, name, digits, place))

            return visit

        for w, record in zip(wrapped, records, strict=True):
            _walk(w, visitor(record), root_path, paths=binds, skip=self.keep_top)
        for slot, fn in rules:
            slot.node[slot.key] = values.apply_rule(fn, slot.text, slot.place)
            values.stats.by_rule += 1
        self._redact_slots(scan)

    def _redact_slots(self, scan: list[_Slot]) -> None:
        texts = [s.text for s in scan]
        places = [s.place for s in scan] if self.values.binds else None
        redacted = self.values.strings(texts, [s.name for s in scan], places)
        for slot, new in zip(scan, redacted, strict=True):
            if new != slot.text:  # numbers left alone keep their type and writing
                slot.node[slot.key] = new


def redact_objects(
    objects: list[Any], values: ValueRedactor, scan_numbers: bool = True, records: list[str] | None = None
) -> list[Any]:
    """The objects with their keys and values redacted in place (one analyzer batch for all of them)."""
    return JsonRedactor(values, scan_numbers).redact(objects, records)


def redact_jsonl_file(source: Path, tmp: Path, values: ValueRedactor, encoding: str | None) -> None:
    from afscherm.redactors.files import FileRedactError

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
            for obj in walker.redact([o for _, o in parsed], [f"line {n}" for n, _ in parsed]):
                dst.write(json.dumps(obj, ensure_ascii=False) + "\n")
            values.stats.units += len(parsed)


def redact_json_file(source: Path, tmp: Path, values: ValueRedactor, encoding: str | None) -> None:
    """A JSON document: a top-level array streams element by element (exports of any size); any other
    document is held in memory, since JSON has no other record boundaries to stream on."""
    from afscherm.redactors.files import FileRedactError

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
    [obj] = redact_objects([obj], values, records=[""])
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
        done = 0
        while batch := list(islice(elements, LINES_PER_BATCH)):
            records = [f"element {done + i}" for i in range(1, len(batch) + 1)]
            done += len(batch)
            for obj in walker.redact(batch, records):
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
    from afscherm.redactors.files import FileRedactError

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
