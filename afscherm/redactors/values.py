"""Detection + redaction of many short strings at once (cells, JSON values), batched through the analyzer."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from afscherm.detectors.field_context import analyze_fields
from afscherm.redactors.encryption import Place, bound
from afscherm.redactors.policy import ColumnRule
from afscherm.redactors.text import Redactor

# Numbers below 10⁵ hold no identifier (the shortest, a BSN without its leading zero, has 8 digits);
# skipping them keeps counters, amounts and flags out of the analyzer.
MIN_DIGITS = 6
_SMALLEST = 10 ** (MIN_DIGITS - 1)

Names = str | Sequence[str | None] | None  # one field name for all values, one per value, or none
Places = Place | Sequence[Place | None] | None  # one place for all values, one per value, or none


def number_text(value: object) -> str | None:
    """The digits a stored number stands for, or None for numbers too small to be an identifier.

    Whole floats and decimals read as integers, as a spreadsheet shows them: ``1.11222333E8`` and
    ``111222333.0`` are ``"111222333"``.

    >>> number_text(1.11222333e8), number_text(Decimal("612345678.00")), number_text(12345), number_text(True)
    ('111222333', '612345678', None, None)
    """
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return None
    number: int | float | Decimal = value
    if isinstance(number, float | Decimal) and not math.isfinite(number):
        return None
    if abs(number) < _SMALLEST:
        return None
    if isinstance(number, int):
        return str(number)
    if number == int(number) and -(10**21) < number < 10**21:
        return str(int(number))
    return format(number, "f") if isinstance(number, Decimal) else repr(number)


@dataclass
class Stats:
    """What a file redaction did, for the one-line summary."""

    units: int = 0  # lines, records or rows
    scanned: int = 0  # values run through detection
    changed: int = 0  # values whose text changed
    by_rule: int = 0  # values rewritten by a column rule
    dropped: int = 0  # values written as null: their type cannot hold a redaction, or they could not be decoded

    def summary(self) -> str:
        dropped = f", {self.dropped:,} dropped (null)" if self.dropped else ""
        return (
            f"{self.units:,} records/rows, {self.scanned:,} values scanned, "
            f"{self.changed:,} redacted by detection, {self.by_rule:,} by column rules{dropped}"
        )


@dataclass
class ValueRedactor:
    """A Redactor and an analyzer (anything with ``analyze(texts) -> list[list[Finding]]``)."""

    redactor: Redactor
    analyzer: Any
    stats: Stats = field(default_factory=Stats)
    _rule_functions: dict[str, Callable[[str], str]] = field(default_factory=dict)
    # Told every batch of values and their findings (the scan fingerprints them for the findings index).
    observer: Callable[[list[str], list[list[Any]]], None] | None = None
    binds: bool = field(init=False)  # the policy encrypts: tokens need their place (redactors.encryption)

    def __post_init__(self) -> None:
        self.binds = self.redactor.policy.needs("encrypt")

    def strings(self, values: Sequence[str], names: Names = None, places: Places = None) -> list[str]:
        """Every value with its findings redacted; empty and blank values skip detection.

        ``names``: the column or key each value is stored under, context for bare values
        (``detectors.field_context``). ``places``: where each value is (one Place for all, e.g. a whole
        text file, or one per value), for binding encrypted tokens; only needed when ``binds``.
        """
        out = list(values)
        todo = [i for i, v in enumerate(values) if v.strip()]
        if not todo:
            return out
        texts = [values[i] for i in todo]
        for i, text, findings in zip(todo, texts, self.find(texts, _pick(names, todo)), strict=True):
            if findings:
                out[i] = self.redact_found(text, findings, _place(places, i))
        self.stats.scanned += len(todo)
        return out

    def redact_found(self, text: str, findings: list[Any], place: Place | None) -> str:
        with bound(place):
            new = self.redactor.redact(text, findings)
        self.stats.changed += new != text
        return new

    def apply_rule(self, fn: Callable[[str], str], value: str, place: Place | None) -> str:
        """A column rule's function on one value, its tokens bound to ``place``."""
        with bound(place):
            return fn(value)

    def find(self, texts: list[str], names: list[str | None] | None) -> list[list[Any]]:
        """Findings per text: the analyzer's and those its field name implies."""
        found = analyze_fields(self.analyzer, texts, names)
        if self.observer is not None:
            self.observer(texts, found)
        return found

    def personal(self, texts: Sequence[str], names: Names = None) -> list[bool]:
        """Per value: does it hold personal data? (For values whose type cannot hold a redaction.)"""
        out = [False] * len(texts)
        todo = [i for i, v in enumerate(texts) if v.strip()]
        if todo:
            found = self.find([texts[i] for i in todo], _pick(names, todo))
            for i, findings in zip(todo, found, strict=True):
                out[i] = bool(findings)
            self.stats.scanned += len(todo)
        return out

    def rule(self, name: str) -> ColumnRule | None:
        return self.redactor.policy.column_rule(name)

    def rule_function(self, name: str, rule: ColumnRule) -> Callable[[str], str]:
        fn = self._rule_functions.get(name)
        if fn is None:
            fn = self._rule_functions[name] = self.redactor.column_function(rule)
        return fn

    def rule_function_for(self, rule: ColumnRule) -> Callable[[str], str]:
        """The rule's function on one value (not cached by column name)."""
        return self.redactor.column_function(rule)

    def rule_batch(self, rule: ColumnRule) -> Callable[[list[str]], list[str]]:
        return self.redactor.column_batch_function(rule)


def _place(places: Places, i: int) -> Place | None:
    if places is None or isinstance(places, Place):
        return places
    return places[i]


def _pick(names: Names, todo: list[int]) -> list[str | None] | None:
    if names is None or isinstance(names, str):
        return None if names is None else [names] * len(todo)
    return [names[i] for i in todo]
