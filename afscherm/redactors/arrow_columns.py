"""Column-at-a-time redaction of Arrow string arrays, shared by the Parquet and CSV paths."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeAlias

import pyarrow as pa
import pyarrow.compute as pc

from afscherm.redactors.column_memo import ColumnMemo
from afscherm.redactors.encryption import Place
from afscherm.redactors.operators import tag_for
from afscherm.redactors.policy import ColumnRule, Encrypt, Keep, Remove, Replace
from afscherm.redactors.values import ValueRedactor

Column: TypeAlias = pa.Array | pa.ChunkedArray
Places: TypeAlias = list[Place] | None
ColumnFunction = Callable[..., Column]  # (col, places=None) -> col


def rule_column(rule: ColumnRule, values: ValueRedactor) -> ColumnFunction:
    """A column rule over a whole Arrow column: constants vectorised, other operators per distinct value,
    encryption per value (each token bound to its row: ``places``)."""
    spec = values.redactor.column_spec(rule)
    if isinstance(spec, Keep):
        return lambda col, places=None: col
    if isinstance(spec, Replace | Remove):
        constant = tag_for(rule.entity_type or "", spec.tag) if isinstance(spec, Replace) else ""

        def fill(col: Column, places: Places = None) -> Column:
            values.stats.by_rule += len(col) - col.null_count
            # empty and null cells stay as they are, like the per-value path
            return pc.if_else(pc.equal(col, ""), col, pa.scalar(constant, col.type))

        return fill
    if isinstance(spec, Encrypt):  # a fresh token per value, bound to its place: nothing to share or remember
        return lambda col, places=None: encrypt_each(col, values.rule_function_for(rule), values, places)
    batch = values.rule_batch(rule)
    memo = ColumnMemo(batch)
    return lambda col, places=None: map_distinct(col, batch, values, memo)


def encrypt_each(col: Column, fn: Callable[[str], str], values: ValueRedactor, places: Places) -> pa.Array:
    items = col.to_pylist()
    for i, v in enumerate(items):
        if v:
            items[i] = values.apply_rule(fn, v, places[i] if places else None)
            values.stats.by_rule += 1
    return pa.array(items, type=col.type)


def map_distinct(
    col: Column, fn: Callable[[list[str]], list[str]], values: ValueRedactor, memo: ColumnMemo | None = None
) -> Column:
    """``fn`` applied once per distinct value (nulls and empty strings kept), then spread back out."""
    values.stats.by_rule += len(col) - col.null_count
    if isinstance(col, pa.ChunkedArray):
        col = col.combine_chunks()
    if memo is not None:
        out = memo.apply(pc.fill_null(col, ""))
        return pc.if_else(pc.equal(col, ""), col, out)  # nulls stay null: their condition is null
    encoded = pc.dictionary_encode(col)
    distinct = encoded.dictionary.to_pylist()
    slots = [i for i, v in enumerate(distinct) if v]
    for i, new in zip(slots, fn([distinct[i] for i in slots]), strict=True):
        distinct[i] = new
    return pc.take(pa.array(distinct, type=col.type), encoded.indices)


def scan_strings(col: Column, values: ValueRedactor, name: str | None = None, places: Places = None) -> pa.Array:
    """Detection and redaction of every non-empty value; ``name`` (the column's) is context, ``places``
    (one per value) bind encrypted tokens."""
    items = col.to_pylist()
    slots = [i for i, v in enumerate(items) if v]
    where = [places[i] for i in slots] if places else None
    for i, new in zip(slots, values.strings([items[i] for i in slots], name, where), strict=True):
        items[i] = new
    return pa.array(items, type=col.type)
