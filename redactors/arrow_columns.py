"""Column-at-a-time redaction of Arrow string arrays, shared by the Parquet and CSV paths."""

from __future__ import annotations

from collections.abc import Callable

import pyarrow as pa
import pyarrow.compute as pc

from redactors.column_memo import ColumnMemo
from redactors.operators import tag_for
from redactors.policy import ColumnRule, Encrypt, Keep, Remove, Replace
from redactors.values import ValueRedactor

Column = pa.Array | pa.ChunkedArray


def rule_column(rule: ColumnRule, values: ValueRedactor) -> Callable[[Column], pa.Array | Column]:
    """A column rule over a whole Arrow column: constants vectorised, other operators per distinct value."""
    spec = values.redactor.column_spec(rule)
    if isinstance(spec, Keep):
        return lambda col: col
    if isinstance(spec, Replace | Remove):
        constant = tag_for(rule.entity_type or "", spec.tag) if isinstance(spec, Replace) else ""

        def fill(col: Column) -> Column:
            values.stats.by_rule += len(col) - col.null_count
            # empty and null cells stay as they are, like the per-value path
            return pc.if_else(pc.equal(col, ""), col, pa.scalar(constant, col.type))

        return fill
    batch = values.rule_batch(rule)
    # Encryption draws a fresh nonce per call; remembering its output would make it deterministic.
    memo = None if isinstance(spec, Encrypt) else ColumnMemo(batch)
    return lambda col: map_distinct(col, batch, values, memo)


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


def scan_strings(col: Column, values: ValueRedactor, name: str | None = None) -> pa.Array:
    """Detection and redaction of every non-empty value; ``name`` (the column's) is context."""
    items = col.to_pylist()
    slots = [i for i, v in enumerate(items) if v]
    for i, new in zip(slots, values.strings([items[i] for i in slots], name), strict=True):
        items[i] = new
    return pa.array(items, type=col.type)
