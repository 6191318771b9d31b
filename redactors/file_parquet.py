"""Parquet tables, streamed batch by batch: schema (types, order, metadata) kept, string columns scanned.

Columns with a rule are rewritten per distinct value (remembered across batches), so support exports
with the same e-mail address in thousands of rows cost one pseudonym each. Nested columns (lists, structs)
have their strings scanned too. A rule that rewrites values needs a string column: anything else
would change the schema, so it is an error (``remove`` on any column writes nulls instead).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from redactors.arrow_columns import Column, rule_column, scan_strings
from redactors.file_json import redact_objects
from redactors.pipeline import WriteBehind, read_ahead
from redactors.values import ValueRedactor

ROWS_PER_BATCH = 1 << 20  # upper bound; batches aim at BATCH_BYTES of uncompressed data
BATCH_BYTES = 8 << 20
WRITER_CODECS = {"snappy", "gzip", "brotli", "zstd", "lz4", "none"}


def _is_string(t: pa.DataType) -> bool:
    return pa.types.is_string(t) or pa.types.is_large_string(t) or pa.types.is_string_view(t)


def _has_strings(t: pa.DataType) -> bool:
    if _is_string(t):
        return True
    if pa.types.is_dictionary(t):
        return _has_strings(t.value_type)
    return any(_has_strings(t.field(i).type) for i in range(t.num_fields)) if t.num_fields else False


def open_parquet(source: Path) -> pq.ParquetFile:
    from redactors.files import FileRedactError

    try:
        return pq.ParquetFile(source)
    except (pa.ArrowException, OSError) as exc:
        raise FileRedactError(f"{source}: corrupt or not a Parquet file: {exc}") from exc


def redact_parquet_file(source: Path, tmp: Path, values: ValueRedactor, encoding: str | None) -> None:
    from redactors.files import FileRedactError

    pf = open_parquet(source)
    schema = pf.schema_arrow
    plan = [_column_plan(source, f, values) for f in schema]
    try:
        with (
            pq.ParquetWriter(tmp, schema, compression=_codec(pf.metadata)) as writer,
            WriteBehind(writer.write_table) as behind,
        ):
            for batch in read_ahead(pf.iter_batches(batch_size=batch_rows(pf.metadata))):
                columns = [how(col) for how, col in zip(plan, batch.columns, strict=True)]
                behind.write(pa.Table.from_arrays(columns, schema=schema))
                values.stats.units += batch.num_rows
    except (pa.ArrowException, OSError) as exc:
        if isinstance(exc, FileNotFoundError):
            raise
        raise FileRedactError(f"{source}: corrupt or unreadable Parquet data: {exc}") from exc



def batch_rows(meta: pq.FileMetaData) -> int:
    """Rows per batch for about BATCH_BYTES of data: per-batch costs amortised, memory bounded."""
    rows = sum(meta.row_group(i).num_rows for i in range(meta.num_row_groups))
    size = sum(meta.row_group(i).total_byte_size for i in range(meta.num_row_groups))
    per_row = size / rows if rows else 1
    return max(1, min(ROWS_PER_BATCH, int(BATCH_BYTES / max(per_row, 1))))


def _codec(meta: pq.FileMetaData) -> str:
    """The input's compression when the writer knows it, else snappy."""
    if not (meta.num_row_groups and meta.num_columns):
        return "snappy"
    codec = meta.row_group(0).column(0).compression.lower()
    return {"uncompressed": "none"}.get(codec, codec if codec in WRITER_CODECS else "snappy")


def _column_plan(source: Path, field: pa.Field, values: ValueRedactor) -> Callable[[Column], Column]:
    from redactors.files import FileRedactError

    rule = values.rule(field.name)
    if rule is not None and not rule.scan:
        return lambda col: col
    if rule is not None:
        if _is_string(field.type):
            return rule_column(rule, values)
        if (rule.operator or values.redactor.policy.operator_for(rule.entity_type or "")).operator == "remove":
            return lambda col: pa.nulls(len(col), field.type)
        raise FileRedactError(
            f"{source}: column {field.name!r} is {field.type}; its rule ({rule.entity_type}) can only rewrite strings"
        )
    if _is_string(field.type):
        return lambda col: scan_strings(col, values)
    if _has_strings(field.type):
        return lambda col: _scan_nested(col, field.type, values)
    return lambda col: col


def _scan_nested(col: Column, type_: pa.DataType, values: ValueRedactor) -> pa.Array:
    items: list[Any] = col.to_pylist()
    return pa.array(redact_objects(items, values, scan_numbers=False), type=type_)
