"""Detection + redaction of many short strings at once (cells, JSON values), batched through the analyzer."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from redactors.policy import ColumnRule
from redactors.text import Redactor


@dataclass
class Stats:
    """What a file redaction did, for the one-line summary."""

    units: int = 0  # lines, records or rows
    scanned: int = 0  # values run through detection
    changed: int = 0  # values whose text changed
    by_rule: int = 0  # values rewritten by a column rule

    def summary(self) -> str:
        return (
            f"{self.units:,} records/rows, {self.scanned:,} values scanned, "
            f"{self.changed:,} redacted by detection, {self.by_rule:,} by column rules"
        )


@dataclass
class ValueRedactor:
    """A Redactor and an analyzer (anything with ``analyze(texts) -> list[list[Finding]]``)."""

    redactor: Redactor
    analyzer: Any
    stats: Stats = field(default_factory=Stats)
    _rule_functions: dict[str, Callable[[str], str]] = field(default_factory=dict)

    def strings(self, values: Sequence[str]) -> list[str]:
        """Every value with its findings redacted; empty and blank values skip detection."""
        out = list(values)
        todo = [i for i, v in enumerate(values) if v.strip()]
        if not todo:
            return out
        texts = [values[i] for i in todo]
        for i, text, findings in zip(todo, texts, self.analyzer.analyze(texts), strict=True):
            if findings:
                out[i] = self.redactor.redact(text, findings)
                self.stats.changed += out[i] != text
        self.stats.scanned += len(todo)
        return out

    def rule(self, name: str) -> ColumnRule | None:
        return self.redactor.policy.column_rule(name)

    def rule_function(self, name: str, rule: ColumnRule) -> Callable[[str], str]:
        fn = self._rule_functions.get(name)
        if fn is None:
            fn = self._rule_functions[name] = self.redactor.column_function(rule)
        return fn

    def rule_batch(self, rule: ColumnRule) -> Callable[[list[str]], list[str]]:
        return self.redactor.column_batch_function(rule)
