"""JSON parsing that refuses hostile input with one clear error instead of crashing.

Python's ``json`` raises ``RecursionError`` on nesting deeper than the interpreter's recursion limit
(about 1,000 levels, fewer when called from deep in a stack) and a bare ``ValueError`` on integers of
more than 4,300 digits (the CPython guard against quadratic int parsing). Both become a
:class:`JsonLimitError`, which *is* a ``json.JSONDecodeError`` with a position, so code that already
handles malformed JSON (``except json.JSONDecodeError``) handles these too:
``json.loads(line)`` → ``safe_json_loads(line)`` is a drop-in change.

Documents deeper than :data:`MAX_DEPTH` are refused even when ``json`` could load them, so that the
walkers and ``json.dumps`` downstream never run out of stack either.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable
from typing import Any

MAX_DEPTH = 500
MAX_INT_DIGITS = sys.get_int_max_str_digits() or 4300
_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.S)
_LONG_NUMBER = re.compile(rf"\d{{{MAX_INT_DIGITS + 1},}}")


class JsonLimitError(json.JSONDecodeError):
    """JSON too deep or a number too long; ``msg``, ``lineno`` and ``colno`` as for any decode error."""

    def __init__(self, msg: str, doc: str, pos: int) -> None:
        super().__init__(msg, doc, pos)


def _text(doc: str | bytes | bytearray) -> str:
    return doc if isinstance(doc, str) else bytes(doc).decode("utf-8", errors="replace")


def deep_position(doc: str, limit: int, start: int = 0) -> int:
    """Where ``doc`` (from ``start``) first opens its ``limit + 1``-th level; 0 if it never does.

    Strings are skipped whole by the regular expression, so brackets inside them do not count.
    """
    depth = 0
    for m in _TOKENS.finditer(doc, start):
        char = m.group()
        if char in "[{":
            depth += 1
            if depth > limit:
                return m.start()
        elif char in "]}":
            depth -= 1
    return 0


def too_deep(doc: str, limit: int = MAX_DEPTH, start: int = 0) -> JsonLimitError:
    return JsonLimitError(f"nested deeper than {limit} levels", doc, deep_position(doc, limit, start))


def too_long(doc: str, start: int = 0) -> JsonLimitError:
    m = _LONG_NUMBER.search(doc, start)
    return JsonLimitError(f"a number with more than {MAX_INT_DIGITS} digits", doc, m.start() if m else start)


def limit_error(exc: BaseException, doc: str, start: int = 0) -> JsonLimitError | None:
    """The JsonLimitError for ``exc`` raised while decoding ``doc`` from ``start``; None for other errors."""
    if isinstance(exc, RecursionError):
        return too_deep(doc, MAX_DEPTH, start)
    if isinstance(exc, ValueError) and not isinstance(exc, json.JSONDecodeError) and "digits" in str(exc):
        return too_long(doc, start)
    return None


def depth_exceeds(obj: Any, limit: int) -> bool:  # noqa: ANN401 - any decoded JSON value
    """True when ``obj`` nests lists/dicts more than ``limit`` levels deep (iterative: no stack used)."""
    stack: list[tuple[Any, int]] = [(obj, 0)]
    while stack:
        node, depth = stack.pop()
        children: Iterable[Any]
        if isinstance(node, dict):
            children = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        if depth + 1 > limit:
            return True
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False


def safe_json_loads(doc: str | bytes | bytearray, max_depth: int | None = MAX_DEPTH) -> Any:  # noqa: ANN401
    """``json.loads(doc)``, with too deep or too long input as a :class:`JsonLimitError`.

    ``max_depth=None`` skips the depth walk (for callers that only read top-level fields); nesting
    beyond what ``json`` itself can parse is still a JsonLimitError.
    """
    try:
        obj = json.loads(doc)
    except (RecursionError, ValueError) as exc:
        err = limit_error(exc, _text(doc))
        if err is None:
            raise
        raise err from None
    if max_depth is not None and depth_exceeds(obj, max_depth):
        raise too_deep(_text(doc), max_depth)
    return obj
