"""Reading encrypted tokens back: every record and field kept, each token checked against its place.

The mirror of the redaction walks: a value's place (``redactors.encryption``) is computed from the
redacted output exactly as the redactor computed it, so a token that was moved fails. Formats:
JSON lines, JSON (document or top-level array), CSV, Parquet and plain text, as ``redact`` and
``redact-file`` write them.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import Any, TextIO

from afscherm.redactors.encryption import Place, RevealError, has_tokens, reveal_text
from afscherm.redactors.file_json import KEYS_FIELD, _dicts, _walk, pointer, record_key
from afscherm.redactors.safe_json import JsonLimitError, safe_json_loads

LINES_PER_BATCH = 256


class Revealer:
    """Decrypts tokens with ``key``; errors name the place (record and field) of the failing token."""

    def __init__(self, key: bytes) -> None:
        self.key = key

    def text(self, text: str, place: Place) -> str:
        return reveal_text(self.key, text, place) if has_tokens(text) else text

    def json_value(self, obj: Any, fallback: str, root_path: str = "") -> Any:  # noqa: ANN401
        """A decoded JSON value (a record) with its tokens revealed, in the redactor's order: the ``id``,
        then the values (by pointer over the keys as written), then the keys."""
        wrapped = {"": obj}
        record = record_key(obj, fallback)
        id_done = False
        if isinstance(obj, dict) and isinstance(obj.get("id"), str):
            obj["id"] = self.text(obj["id"], Place("", "/id"))
            id_done = True

        def visit(node: Any, key: Any, child: Any, name: str | None, path: str) -> None:  # noqa: ANN401
            if isinstance(child, str) and not (id_done and node is obj and key == "id"):
                node[key] = self.text(child, Place(record, path))

        _walk(wrapped, visit, root_path, paths=True)
        keys = Place(record, KEYS_FIELD)
        for d, _ in _dicts(wrapped):
            if any(has_tokens(k) for k in d):
                items = list(d.items())
                d.clear()
                d.update((self.text(k, keys), v) for k, v in items)
        return wrapped[""]


def _load(text: str, where: str) -> Any:  # noqa: ANN401
    from afscherm.redactors.files import FileRedactError

    try:
        return safe_json_loads(text)
    except JsonLimitError as exc:
        raise FileRedactError(f"{where}: JSON {exc.msg}") from exc
    except json.JSONDecodeError as exc:
        raise FileRedactError(f"{where}: malformed JSON: {exc.msg}") from exc


@contextmanager
def located(where: str) -> Iterator[None]:
    """A RevealError inside the block names ``where`` (file and line, row or element) too."""
    try:
        yield
    except RevealError as exc:
        raise RevealError(f"{where}: {exc}") from exc


def reveal_jsonl(revealer: Revealer, src: Iterator[bytes], name: str, out: TextIO) -> None:
    for line_no, raw in enumerate(src, start=1):
        if not raw.strip():
            continue
        where = f"{name}:{line_no}"
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            from afscherm.redactors.files import FileRedactError

            raise FileRedactError(f"{where}: not valid UTF-8") from exc
        with located(where):
            obj = revealer.json_value(_load(line, where), f"line {line_no}")
        out.write(json.dumps(obj, ensure_ascii=False) + "\n")


def reveal_json(revealer: Revealer, source: Path, out: TextIO) -> None:
    from afscherm.redactors.file_json import iter_json_array

    with source.open("r", encoding="utf-8-sig", newline="") as src:
        head = src.read(1 << 16).lstrip()
    if head.startswith("["):
        with source.open("r", encoding="utf-8-sig", newline="") as src:
            out.write("[")
            n = 0
            elements = iter_json_array(src, str(source))
            while batch := list(islice(elements, LINES_PER_BATCH)):
                for obj in batch:
                    n += 1
                    with located(f"{source}: element {n}"):
                        obj = revealer.json_value(obj, f"element {n}")  # noqa: PLW2901
                    out.write(("\n" if n == 1 else ",\n") + json.dumps(obj, ensure_ascii=False))
            out.write("\n]\n" if n else "]\n")
        return
    raw = source.read_text(encoding="utf-8-sig")
    with located(str(source)):
        obj = revealer.json_value(_load(raw, str(source)), "")
    out.write(json.dumps(obj, ensure_ascii=False, indent=2 if "\n" in raw.strip() else None) + "\n")


def reveal_text_file(revealer: Revealer, source: Path, out: TextIO, encoding: str | None) -> None:
    from afscherm.redactors.files import sniff_encoding

    enc = sniff_encoding(source, encoding)
    place = Place()  # tokens are numbered through the whole file
    with source.open("r", encoding=enc, newline="") as src:
        for line_no, line in enumerate(src, start=1):
            with located(f"{source}:{line_no}"):
                out.write(revealer.text(line, place))


def reveal_csv(revealer: Revealer, source: Path, out: TextIO, encoding: str | None) -> None:
    from afscherm.redactors.file_csv import csv_place, sniff_dialect
    from afscherm.redactors.files import SNIFF_BYTES, sniff_encoding

    enc = sniff_encoding(source, encoding)
    csv.field_size_limit(sys.maxsize)
    with source.open("r", encoding=enc, newline="") as src:
        dialect = sniff_dialect(src.read(SNIFF_BYTES))
        src.seek(0)
        writer = csv.writer(out, dialect)
        for row_no, row in enumerate(csv.reader(src, dialect), start=1):
            with located(f"{source}: row {row_no}"):
                writer.writerow([revealer.text(cell, csv_place(row_no, i)) for i, cell in enumerate(row)])


def reveal_parquet(revealer: Revealer, source: Path, target: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from afscherm.redactors.file_parquet import (
        _codec,
        _is_binary,
        _is_string,
        _restore_maps,
        batch_rows,
        collect_typed,
        metadata_record,
        open_parquet,
        row_places,
    )

    pf = open_parquet(source)
    schema = pf.schema_arrow
    names_place = Place("schema", KEYS_FIELD)
    fields = []
    for f in schema:
        meta = _reveal_metadata(revealer, f.metadata, metadata_record(f.name))
        out = f.with_name(revealer.text(f.name, names_place))
        fields.append(out.with_metadata(meta) if meta else out.remove_metadata())
    out_schema = pa.schema(fields, metadata=_reveal_metadata(revealer, schema.metadata, "metadata") or None)

    def column(col: pa.Array, f: pa.Field, row0: int) -> pa.Array:
        path = pointer("", f.name)
        t = f.type
        if _is_string(t):
            items = col.to_pylist()
            places = row_places(row0, len(items), path)
            return pa.array([revealer.text(v, p) if v else v for v, p in zip(items, places, strict=True)], t)
        if not (_is_binary(t) or t.num_fields or pa.types.is_dictionary(t)):
            return col
        holder = col.to_pylist()
        slots: list[Any] = []
        for i in range(len(holder)):
            collect_typed(holder, i, t, f.name, path, i, slots)
        for s in slots:
            value = s.node[s.key]
            if s.kind == "str":
                s.node[s.key] = revealer.text(value, Place(f"row {row0 + 1 + s.row}", s.path))
            elif s.kind == "bin":
                try:
                    text = value.decode("utf-8")
                except UnicodeDecodeError:
                    continue
                if has_tokens(text):
                    s.node[s.key] = revealer.text(text, Place(f"row {row0 + 1 + s.row}", s.path)).encode("utf-8")
        return pa.array([_restore_maps(v, t) for v in holder], type=t)

    from afscherm.redactors.atomic import atomic_target

    with atomic_target(target) as tmp, pq.ParquetWriter(tmp, out_schema, compression=_codec(pf.metadata)) as writer:
        row0 = 0
        for batch in pf.iter_batches(batch_size=batch_rows(pf.metadata)):
            with located(str(source)):
                cols = [column(c, f, row0) for c, f in zip(batch.columns, schema, strict=True)]
            writer.write_table(pa.Table.from_arrays(cols, schema=out_schema))
            row0 += batch.num_rows


def _reveal_metadata(revealer: Revealer, meta: dict[bytes, bytes] | None, record: str) -> dict[bytes, bytes]:
    if not meta:
        return {}
    keys = Place(record, KEYS_FIELD)
    out: dict[bytes, bytes] = {}
    for k, v in meta.items():
        key, text = k.decode("utf-8", errors="replace"), v.decode("utf-8", errors="replace")
        new_key = revealer.text(key, keys)
        if not has_tokens(text):
            out[new_key.encode()] = v
            continue
        stripped = text.lstrip()
        if stripped.startswith(("{", "[")):
            obj = revealer.json_value(safe_json_loads(text), record, root_path=pointer("", key))
            out[new_key.encode()] = json.dumps(obj, ensure_ascii=False).encode("utf-8")
        else:
            out[new_key.encode()] = revealer.text(text, Place(record, pointer("", key))).encode("utf-8")
    return out
