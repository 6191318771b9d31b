"""Parquet tables, streamed batch by batch: types, column order and metadata kept, every value scanned.

What afscherm cannot inspect, it does not pass through:
- strings are scanned with their column's name as context; columns with a rule are rewritten per
  distinct value (remembered across batches);
- numbers (integers, floats, decimals) are scanned as the digits they stand for, with the column name as
  context (``detectors.field_context``: ``12345672`` in a ``bsn`` column is a BSN without its leading
  zero); a number holding personal data cannot hold a redaction, so it becomes null;
- binary values are decoded as UTF-8 and scanned like strings; bytes that are not UTF-8 text cannot be
  inspected, so they become null;
- lists, structs and maps are walked, their values treated as above (map keys too);
- dates and timestamps are scanned only in columns whose name announces a date of birth;
- schema metadata (file and field) and column names are scanned; metadata that is not UTF-8 is dropped.
Every value written as null is counted (``Stats.dropped``). Columns whose values may become null are
declared nullable in the copy (their type is kept).

A rule that rewrites values needs a string column: anything else would change the schema, so it is an
error (``remove`` on any column writes nulls instead).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from afscherm.detectors.field_context import field_kind
from afscherm.redactors.arrow_columns import Column, rule_column, scan_strings
from afscherm.redactors.encryption import Place
from afscherm.redactors.file_json import KEYS_FIELD, JsonRedactor, pointer, unique_keys
from afscherm.redactors.pipeline import INLINE_BYTES, WriteBehind, read_ahead
from afscherm.redactors.safe_json import safe_json_loads
from afscherm.redactors.values import ValueRedactor, number_text

ROWS_PER_BATCH = 1 << 20  # upper bound; batches aim at BATCH_BYTES of uncompressed data
BATCH_BYTES = 8 << 20
WRITER_CODECS = {"snappy", "gzip", "brotli", "zstd", "lz4", "none"}


def _is_string(t: pa.DataType) -> bool:
    return pa.types.is_string(t) or pa.types.is_large_string(t) or pa.types.is_string_view(t)


def _is_binary(t: pa.DataType) -> bool:
    return (
        pa.types.is_binary(t)
        or pa.types.is_large_binary(t)
        or pa.types.is_fixed_size_binary(t)
        or pa.types.is_binary_view(t)
    )


def _is_number(t: pa.DataType) -> bool:
    return pa.types.is_integer(t) or pa.types.is_floating(t) or pa.types.is_decimal(t)


def _is_date(t: pa.DataType) -> bool:
    return pa.types.is_date(t) or pa.types.is_timestamp(t)


def _is_nested(t: pa.DataType) -> bool:
    return pa.types.is_nested(t)


def _children(t: pa.DataType) -> list[pa.Field]:
    return [t.field(i) for i in range(t.num_fields)]


def _needs_scan(t: pa.DataType, name: str | None) -> bool:
    """Whether values of this type (under this field name) can hold personal data."""
    if pa.types.is_dictionary(t):
        return _needs_scan(t.value_type, name)
    if _is_string(t) or _is_binary(t) or _is_number(t):
        return True
    if _is_date(t):
        return field_kind(name) == "DATE_OF_BIRTH"
    return any(_needs_scan(f.type, f.name if pa.types.is_struct(t) else name) for f in _children(t))


def _nullable(t: pa.DataType) -> pa.DataType:
    """``t`` with every child field nullable (a dropped value is a null); map keys stay required."""
    if pa.types.is_struct(t):
        return pa.struct([f.with_type(_nullable(f.type)).with_nullable(True) for f in _children(t)])
    if pa.types.is_map(t):
        return pa.map_(t.key_field, t.item_field.with_type(_nullable(t.item_type)).with_nullable(True))
    if pa.types.is_fixed_size_list(t):
        return pa.list_(t.value_field.with_type(_nullable(t.value_type)).with_nullable(True), t.list_size)
    if pa.types.is_large_list(t):
        return pa.large_list(t.value_field.with_type(_nullable(t.value_type)).with_nullable(True))
    if pa.types.is_list(t):
        return pa.list_(t.value_field.with_type(_nullable(t.value_type)).with_nullable(True))
    return t


def open_parquet(source: Path) -> pq.ParquetFile:
    from afscherm.redactors.files import FileRedactError

    try:
        return pq.ParquetFile(source)
    except (pa.ArrowException, OSError) as exc:
        raise FileRedactError(f"{source}: corrupt or not a Parquet file: {exc}") from exc


def redact_parquet_file(source: Path, tmp: Path, values: ValueRedactor, encoding: str | None) -> None:
    from afscherm.redactors.files import FileRedactError

    pf = open_parquet(source)
    schema = pf.schema_arrow
    out_names = _redact_names([f.name for f in schema], values, Place("schema", KEYS_FIELD))
    plan = [_column_plan(source, f, values, out) for f, out in zip(schema, out_names, strict=True)]
    out_schema = _output_schema(source, schema, plan, out_names, values)
    threaded = source.stat().st_size > INLINE_BYTES
    try:
        with (
            pq.ParquetWriter(tmp, out_schema, compression=_codec(pf.metadata)) as writer,
            WriteBehind(writer.write_table, threaded=threaded) as behind,
        ):
            for batch in read_ahead(pf.iter_batches(batch_size=batch_rows(pf.metadata)), threaded=threaded):
                row0 = values.stats.units  # rows before this batch: tokens are bound to row numbers
                columns = [p.apply(col, row0) for p, col in zip(plan, batch.columns, strict=True)]
                behind.write(pa.Table.from_arrays(columns, schema=out_schema))
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


# --- per column ---------------------------------------------------------------------------------------------


@dataclass
class _Plan:
    apply: Callable[[Column, int], Column]  # (column of a batch, rows before the batch) -> column
    may_null: bool = False  # values may be dropped: the output field must be nullable


def row_places(row0: int, n: int, field: str) -> list[Place]:
    """Where tokens of rows ``row0 + 1`` … ``row0 + n`` (numbered from 1) of a column are bound."""
    return [Place(f"row {row0 + 1 + i}", field) for i in range(n)]


def _column_plan(source: Path, field: pa.Field, values: ValueRedactor, out_name: str) -> _Plan:
    from afscherm.redactors.files import FileRedactError

    t, name, path = field.type, field.name, pointer("", out_name)
    binds = values.binds
    rule = values.rule(name)
    if rule is not None and pa.types.is_nested(t):
        # A rule is about the column's scalar values; lists, structs and maps under it are scanned.
        return _Plan(lambda col, row0: _scan_typed(col, t, values, name, row0, path), may_null=True)
    if rule is not None and not rule.scan:
        return _Plan(lambda col, row0: col)
    if rule is not None:
        if _is_string(t):
            fill = rule_column(rule, values)
            return _Plan(lambda col, row0: fill(col, row_places(row0, len(col), path) if binds else None))
        if (rule.operator or values.redactor.policy.operator_for(rule.entity_type or "")).operator == "remove":
            return _Plan(lambda col, row0: pa.nulls(len(col), t), may_null=True)
        raise FileRedactError(
            f"{source}: column {name!r} is {t}; its rule ({rule.entity_type}) can only rewrite strings"
        )
    if _is_string(t):
        return _Plan(
            lambda col, row0: scan_strings(col, values, name, row_places(row0, len(col), path) if binds else None)
        )
    if _is_number(t):
        return _Plan(lambda col, row0: _scan_numbers(col, values, name), may_null=True)
    if _needs_scan(t, name):
        return _Plan(lambda col, row0: _scan_typed(col, t, values, name, row0, path), may_null=True)
    return _Plan(lambda col, row0: col)


def _scan_numbers(col: Column, values: ValueRedactor, name: str) -> Column:
    """Numbers holding personal data → null; each distinct value is looked at once."""
    if isinstance(col, pa.ChunkedArray):
        col = col.combine_chunks()
    distinct = [v for v in pc.unique(col.drop_null()).to_pylist()]
    texts = [number_text(v) for v in distinct]
    candidates = [(v, t) for v, t in zip(distinct, texts, strict=True) if t is not None]
    if not candidates:
        return col
    personal = values.personal([t for _, t in candidates], name)
    bad = [v for (v, _), hit in zip(candidates, personal, strict=True) if hit]
    if not bad:
        return col
    mask = pc.is_in(col, value_set=pa.array(bad, type=col.type))
    values.stats.dropped += pc.sum(mask).as_py() or 0
    values.stats.changed += len(bad)
    return pc.if_else(mask, pa.scalar(None, col.type), col)


# --- any type: walked as Python values with the Arrow type alongside -----------------------------------------


@dataclass(slots=True)
class _Slot:
    node: Any  # the list or dict holding the value
    key: Any
    kind: str  # "str", "bin", "num", "date"
    name: str | None  # the nearest field name
    text: str
    path: str  # the value's pointer from the column: "/col/2/email" (tokens are bound to it)
    row: int  # index of the row in the batch
    fixed: bool = False  # a fixed-size binary: a redaction of another length cannot be stored


def collect_typed(  # noqa: PLR0913
    node: Any,  # noqa: ANN401
    key: Any,  # noqa: ANN401
    t: pa.DataType,
    name: str | None,
    path: str,
    row: int,
    slots: list[_Slot],
) -> None:
    """Slots for the scannable values under ``node[key]`` of Arrow type ``t``; map entries become lists."""
    value = node[key]
    if value is None:
        return
    if pa.types.is_dictionary(t):
        t = t.value_type
    if _is_string(t):
        slots.append(_Slot(node, key, "str", name, value, path, row))
    elif _is_binary(t):
        slots.append(_Slot(node, key, "bin", name, "", path, row, pa.types.is_fixed_size_binary(t)))
    elif _is_number(t):
        digits = number_text(value)
        if digits is not None:
            slots.append(_Slot(node, key, "num", name, digits, path, row))
    elif _is_date(t):
        if field_kind(name) == "DATE_OF_BIRTH":
            slots.append(_Slot(node, key, "date", name, value.isoformat(), path, row))
    elif pa.types.is_struct(t):
        for f in _children(t):
            collect_typed(value, f.name, f.type, f.name, pointer(path, f.name), row, slots)
    elif pa.types.is_map(t):
        pairs = [list(p) for p in value]  # tuples → lists, so keys and items can be replaced
        node[key] = pairs
        for i, pair in enumerate(pairs):
            collect_typed(pair, 0, t.key_type, name, pointer(pointer(path, i), 0), row, slots)
            collect_typed(pair, 1, t.item_type, name, pointer(pointer(path, i), 1), row, slots)
    elif pa.types.is_list(t) or pa.types.is_large_list(t) or pa.types.is_fixed_size_list(t):
        for i in range(len(value)):
            collect_typed(value, i, t.value_type, name, pointer(path, i), row, slots)


def _restore_maps(value: Any, t: pa.DataType) -> Any:  # noqa: ANN401
    """Map entries back to (key, item) tuples, as Arrow wants them."""
    if value is None:
        return None
    if pa.types.is_dictionary(t):
        return value
    if pa.types.is_map(t):
        return [(_restore_maps(k, t.key_type), _restore_maps(v, t.item_type)) for k, v in value]
    if pa.types.is_struct(t):
        return {f.name: _restore_maps(value[f.name], f.type) for f in _children(t)}
    if pa.types.is_list(t) or pa.types.is_large_list(t) or pa.types.is_fixed_size_list(t):
        return [_restore_maps(v, t.value_type) for v in value]
    return value


def _decode(data: bytes) -> str | None:
    """UTF-8 text, or None for bytes that are not (an image, compressed data): those cannot be inspected."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def redact_typed_values(
    items: list[Any], t: pa.DataType, values: ValueRedactor, name: str | None, row0: int = 0, path: str = ""
) -> list[Any]:
    """Python values of Arrow type ``t`` (rows ``row0 + 1`` …) with every string, binary, number and birth
    date scanned; ``path`` is the column's pointer (tokens are bound to row and pointer)."""
    holder = list(items)
    slots: list[_Slot] = []
    for i in range(len(holder)):
        collect_typed(holder, i, t, name, path, i, slots)
    for s in slots:
        if s.kind == "bin":
            text = _decode(s.node[s.key])
            if text is None:
                s.node[s.key] = None
                values.stats.dropped += 1
            else:
                s.text = text
    live = [s for s in slots if s.node[s.key] is not None]
    strings = [s for s in live if s.kind in ("str", "bin")]
    others = [s for s in live if s.kind in ("num", "date")]
    places = [Place(f"row {row0 + 1 + s.row}", s.path) for s in strings] if values.binds else None
    redacted = values.strings([s.text for s in strings], [s.name for s in strings], places)
    for s, new in zip(strings, redacted, strict=True):
        if new == s.text:
            continue
        if s.kind == "str":
            s.node[s.key] = new
        elif s.fixed:
            s.node[s.key] = None
            values.stats.dropped += 1
        else:
            s.node[s.key] = new.encode("utf-8")
    for s, hit in zip(others, values.personal([s.text for s in others], [s.name for s in others]), strict=True):
        if hit:
            s.node[s.key] = None
            values.stats.dropped += 1
            values.stats.changed += 1
    return [_restore_maps(v, t) for v in holder]


def _scan_typed(col: Column, t: pa.DataType, values: ValueRedactor, name: str, row0: int, path: str) -> pa.Array:
    out_type = _nullable(t)
    return pa.array(redact_typed_values(col.to_pylist(), t, values, name, row0, path), type=out_type)


# --- schema: names and metadata --------------------------------------------------------------------------


def _output_schema(
    source: Path, schema: pa.Schema, plan: list[_Plan], names: list[str], values: ValueRedactor
) -> pa.Schema:
    from afscherm.redactors.files import FileRedactError

    fields = []
    for f, p, new_name in zip(schema, plan, names, strict=True):
        t = _nullable(f.type) if p.may_null else f.type
        _check_nested_names(source, f, values)
        out = pa.field(new_name, _with_field_metadata(t, values, new_name), nullable=f.nullable or p.may_null)
        meta = redact_metadata(f.metadata, values, metadata_record(new_name))
        fields.append(out.with_metadata(meta) if meta else out)
    try:
        return pa.schema(fields, metadata=redact_metadata(schema.metadata, values, metadata_record(None)) or None)
    except pa.ArrowException as exc:  # pragma: no cover - the schema was valid on input
        raise FileRedactError(f"{source}: cannot write the schema: {exc}") from exc


def _redact_names(names: list[str], values: ValueRedactor, place: Place) -> list[str]:
    """Column names (or metadata keys) with personal data redacted, tokens bound to ``place``, numbered in
    order; a redacted name that clashes gets ``~2``, ``~3`` …"""
    return unique_keys(names, values.strings(names, places=place if values.binds else None))


def metadata_record(column: str | None) -> str:
    """The record name tokens in metadata are bound to: the file's, or a column's (its output name)."""
    return "metadata" if column is None else f"metadata {column}"


def _check_nested_names(source: Path, field: pa.Field, values: ValueRedactor) -> None:
    """Struct field names are read back by name, so one holding personal data cannot be renamed: refused."""
    from afscherm.redactors.files import FileRedactError

    def names(t: pa.DataType) -> list[str]:
        inner = [n for f in _children(t) for n in names(f.type)]
        return ([f.name for f in _children(t)] if pa.types.is_struct(t) else []) + inner

    found = names(field.type)
    if found and values.strings(found) != found:
        raise FileRedactError(f"{source}: column {field.name!r}: a struct field name holds personal data")


def _with_field_metadata(t: pa.DataType, values: ValueRedactor, where: str) -> pa.DataType:
    """``t`` with the metadata of its child fields redacted (tokens bound to ``metadata COLUMN.CHILD``)."""
    if not t.num_fields:
        return t

    def child(f: pa.Field) -> pa.Field:
        inner = f"{where}.{f.name}"
        out = f.with_type(_with_field_metadata(f.type, values, inner))
        meta = redact_metadata(f.metadata, values, metadata_record(inner)) if f.metadata else None
        return out.remove_metadata().with_metadata(meta) if meta else out.remove_metadata()

    if pa.types.is_struct(t):
        return pa.struct([child(f) for f in _children(t)])
    if pa.types.is_map(t):
        return pa.map_(child(t.key_field), child(t.item_field))
    if pa.types.is_fixed_size_list(t):
        return pa.list_(child(t.value_field), t.list_size)
    if pa.types.is_large_list(t):
        return pa.large_list(child(t.value_field))
    if pa.types.is_list(t):
        return pa.list_(child(t.value_field))
    return t


def redact_metadata(meta: dict[bytes, bytes] | None, values: ValueRedactor, record: str) -> dict[bytes, bytes]:
    """Key-value metadata with keys and values scanned; JSON values (pandas metadata) walked as JSON.
    Tokens are bound to ``record``: keys to field ``@keys``, a value to ``/KEY`` (JSON: ``/KEY/…``).

    Entries that are not UTF-8 cannot be inspected: dropped and counted.
    """
    if not meta:
        return {}
    entries: list[tuple[str, str, bytes]] = []
    for k, v in meta.items():
        key, text = _decode(k), _decode(v)
        if key is None or text is None:
            values.stats.dropped += 1
            continue
        entries.append((key, text, v))
    keys = _redact_names([k for k, _, _ in entries], values, Place(record, KEYS_FIELD)) if entries else []
    out: dict[bytes, bytes] = {}
    plain = [(i, text) for i, (_, text, _) in enumerate(entries) if not _is_json_container(text)]
    redacted_plain = dict(
        zip(
            [i for i, _ in plain],
            values.strings(
                [t for _, t in plain],
                [entries[i][0] for i, _ in plain],
                [Place(record, pointer("", keys[i])) for i, _ in plain] if values.binds else None,
            ),
            strict=True,
        )
    )
    for i, (_, text, raw) in enumerate(entries):
        if i in redacted_plain:
            new = redacted_plain[i]
            out[keys[i].encode()] = raw if new == text else new.encode("utf-8")
        else:
            obj = safe_json_loads(text)
            before = json.dumps(obj, ensure_ascii=False)
            redacted = JsonRedactor(values).redact([obj], [record], root_path=pointer("", keys[i]))[0]
            after = json.dumps(redacted, ensure_ascii=False)
            out[keys[i].encode()] = raw if after == before else after.encode("utf-8")
    return out


def _is_json_container(text: str) -> bool:
    stripped = text.lstrip()
    if not stripped.startswith(("{", "[")):
        return False
    try:
        safe_json_loads(text)
    except ValueError:
        return False
    return True
