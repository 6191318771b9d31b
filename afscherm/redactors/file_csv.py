"""CSV files, streamed in blocks: delimiter and encoding sniffed, header kept, rows and columns kept.

The first row is scanned and redacted like every other row, whatever it is. It names the columns (for
column rules and as field context) only when it is a header: when a cell names a column rule or a
personal-data field (``bsn``, ``telefoon`` …), or, if no cell holds personal data, when the csv module's
sniffer (``csv.Sniffer.has_header``: does row 1 differ in type or length from the rows below?) says so.
Otherwise a first row with personal data is data. Every other cell is scanned unless its column has a rule.

UTF-8 files with standard quoting go through Arrow's CSV reader and writer, column by column (column
rules run once per distinct value per block); Arrow's writer quotes every value, which changes no value.
Other encodings and dialects, and files Arrow refuses (ragged rows, bad bytes), take the exact path:
Python's csv module with the sniffed dialect, which then reports any problem precisely.
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Callable
from itertools import islice
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pacsv

from afscherm.detectors.field_context import field_kind
from afscherm.redactors.arrow_columns import rule_column, scan_strings
from afscherm.redactors.encryption import Place
from afscherm.redactors.pipeline import INLINE_BYTES, WriteBehind, read_ahead
from afscherm.redactors.values import Stats, ValueRedactor

ROWS_PER_BATCH = 2048
BLOCK_BYTES = 8 << 20
DELIMITERS = ",;\t|"
ARROW_ENCODINGS = ("utf-8", "utf-8-sig")

# Per column: False keeps, True scans, a function is the column's rule (per value, or per Arrow column).
Plan = list[Callable[[str], str] | Callable[[pa.Array], pa.Array] | bool]


def sniff_dialect(sample: str) -> type[csv.Dialect] | csv.Dialect:
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=DELIMITERS)
    except csv.Error:
        dialect = csv.excel
    dialect.lineterminator = "\r\n" if "\r\n" in sample else "\n"
    dialect.doublequote = True  # the sniffer guesses False when the sample has no quotes; RFC 4180 says True
    return dialect


def redact_csv_file(source: Path, tmp: Path, values: ValueRedactor, encoding: str | None) -> None:
    from afscherm.redactors.files import SNIFF_BYTES, sniff_encoding

    enc = sniff_encoding(source, encoding)
    csv.field_size_limit(sys.maxsize)
    with source.open("r", encoding=enc, errors="strict", newline="") as src:
        sample = src.read(SNIFF_BYTES)
        dialect = sniff_dialect(sample)
        src.seek(0)
        first = next(csv.reader(src, dialect), None)
    if first is None:
        tmp.write_bytes(b"")
        return
    header = [c.strip() for c in first] if is_header(first, sample, values) else [""] * len(first)
    first_places = [csv_place(1, c) for c in range(len(first))] if values.binds else None
    first_out = values.strings(first, places=first_places)  # a header is scanned too: a column can name a person
    if enc in ARROW_ENCODINGS and dialect.quotechar == '"' and not dialect.escapechar:
        try:
            plan = column_plan(header, values, batch=True)
            _arrow_path(source, tmp, values, enc, dialect, header, first_out, plan)
            return
        except pa.ArrowInvalid:
            values.stats = Stats()  # the exact path starts over and names the problem
            first_out = values.strings(first, places=first_places)
    _python_path(source, tmp, values, enc, dialect, column_plan(header, values), header, first_out)


def csv_place(row: int, column: int) -> Place:
    """Where a cell's tokens are bound: its record (from 1, the first row included) and column (from 0)."""
    return Place(f"row {row}", f"column {column + 1}")


def _names_a_field(cell: str) -> bool:
    """A cell that reads as a column name announcing personal data (``bsn``, ``Telefoonnummer``)."""
    cell = cell.strip()
    return len(cell) <= 40 and not any(c.isdigit() or c == "@" for c in cell) and field_kind(cell) is not None


def is_header(row: list[str], sample: str, values: ValueRedactor) -> bool:
    if any(values.rule(c.strip()) is not None or _names_a_field(c) for c in row):
        return True  # (a header cell holding personal data is still redacted: row 1 is always scanned)
    if any(values.personal(row)):  # names of columns are not personal data; a data row can be
        return False
    try:
        return csv.Sniffer().has_header(sample)
    except csv.Error:  # too little to compare: take it as a header, as before (it is scanned anyway)
        return True


def column_plan(header: list[str], values: ValueRedactor, batch: bool = False) -> Plan:
    """Per column: keep (False), scan (True) or the rule's function (per value, or per Arrow column)."""
    plan: Plan = []
    for name in header:
        rule = values.rule(name.strip())
        if rule is None:
            plan.append(True)
        elif not rule.scan:
            plan.append(False)
        else:
            plan.append(rule_column(rule, values) if batch else values.rule_function(name.strip(), rule))
    return plan


def _header_bytes(header: list[str], dialect: type[csv.Dialect] | csv.Dialect, enc: str) -> bytes:
    buf = io.StringIO(newline="")
    csv.writer(buf, dialect).writerow(header)
    return buf.getvalue().encode(enc)


def _arrow_path(
    source: Path,
    tmp: Path,
    values: ValueRedactor,
    enc: str,
    dialect: type[csv.Dialect] | csv.Dialect,
    header: list[str],
    first_out: list[str],
    plan: Plan,
) -> None:
    names = [f"c{i}" for i in range(len(header))]
    threaded = source.stat().st_size > INLINE_BYTES
    reader = pacsv.open_csv(
        source,
        read_options=pacsv.ReadOptions(column_names=names, skip_rows=1, block_size=BLOCK_BYTES, use_threads=threaded),
        parse_options=pacsv.ParseOptions(delimiter=dialect.delimiter, newlines_in_values=True),
        convert_options=pacsv.ConvertOptions(
            column_types=dict.fromkeys(names, pa.string()), strings_can_be_null=False, quoted_strings_can_be_null=False
        ),
    )
    options = pacsv.WriteOptions(include_header=False, delimiter=dialect.delimiter, eol=dialect.lineterminator)
    with tmp.open("wb") as sink:
        sink.write(_header_bytes(first_out, dialect, enc))
        with (
            pacsv.CSVWriter(sink, reader.schema, write_options=options) as writer,
            WriteBehind(writer.write_batch, threaded=threaded) as behind,
        ):
            row = 1  # the first row was written above
            for batch in read_ahead(reader, threaded=threaded):
                columns = []
                for c, (how, col, name) in enumerate(zip(plan, batch.columns, header, strict=True)):
                    places = [csv_place(row + 1 + i, c) for i in range(len(col))] if values.binds else None
                    columns.append(_arrow_column(how, col, values, name, places))
                behind.write(pa.RecordBatch.from_arrays(columns, schema=reader.schema))
                values.stats.units += batch.num_rows
                row += batch.num_rows


def _arrow_column(
    how: Callable[..., pa.Array] | bool, col: pa.Array, values: ValueRedactor, name: str, places: list[Place] | None
) -> pa.Array:
    if how is False:
        return col
    if how is True:
        return scan_strings(col, values, name.strip(), places)
    return how(col, places)  # the rule over the whole column


def _python_path(
    source: Path,
    tmp: Path,
    values: ValueRedactor,
    enc: str,
    dialect: type[csv.Dialect] | csv.Dialect,
    plan: Plan,
    header: list[str],
    first_out: list[str],
) -> None:
    from afscherm.redactors.files import FileRedactError

    with (
        source.open("r", encoding=enc, errors="strict", newline="") as src,
        tmp.open("w", encoding=enc, errors="strict", newline="") as dst,
    ):
        reader = csv.reader(src, dialect)
        writer = csv.writer(dst, dialect)
        try:
            next(reader)
            writer.writerow(first_out)
            row = 1
            while batch := list(islice(reader, ROWS_PER_BATCH)):
                writer.writerows(redact_rows(batch, plan, values, [h.strip() for h in header], row + 1))
                values.stats.units += len(batch)
                row += len(batch)
        except csv.Error as exc:
            raise FileRedactError(f"{source}: line {reader.line_num}: malformed CSV: {exc}") from exc


def redact_rows(
    rows: list[list[str]], plan: Plan, values: ValueRedactor, names: list[str] | None = None, first_row: int = 2
) -> list[list[str]]:
    """Rows redacted in place; ``first_row``: the record number of ``rows[0]`` (for binding tokens)."""
    binds = values.binds
    slots: list[tuple[int, int]] = []
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            how = plan[c] if c < len(plan) else True  # cells beyond the header are scanned
            if how is True:
                if cell:
                    slots.append((r, c))
            elif how is not False and cell:
                row[c] = values.apply_rule(how, cell, csv_place(first_row + r, c) if binds else None)
                values.stats.by_rule += 1
    names = names or []
    redacted = values.strings(
        [rows[r][c] for r, c in slots],
        [names[c] if c < len(names) else None for _, c in slots],
        [csv_place(first_row + r, c) for r, c in slots] if binds else None,
    )
    for (r, c), new in zip(slots, redacted, strict=True):
        rows[r][c] = new
    return rows
