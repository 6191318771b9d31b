"""A SQL table as a store, through SQLAlchemy 2: one object per row.

``read(key)`` gives the row as canonical JSON, so a row is redacted like a JSON document with column rules:

- UTF-8, keys sorted, separators ``(",", ":")``, non-ASCII kept (``ensure_ascii=False``);
- dates, times and datetimes as ISO 8601 strings (a naive datetime stays naive, an aware one keeps its offset);
- ``Decimal`` as a string (no float rounding), non-finite floats as the strings ``"NaN"``, ``"Infinity"``;
- bytes as ``{"$base64": "<standard base64>"}``; UUIDs as strings; JSON columns as they are.

``write(key, data)`` takes such JSON back (redacted) and, by ``mode``:

- ``clean`` (default): upserts it into the clean table (``<table>_clean`` unless named), created like the source
  table when missing, the key column as its primary key;
- ``replace``: updates the source row in place (a missing row is an error: replace never inserts).

The JSON must hold every column of the table (fail closed: a column a redactor dropped is an error, not a
column left unredacted); the key column's value always comes from ``key``. Each call is one transaction;
``write_many`` writes a batch in one transaction (all rows or none).

``list`` pages through the table in key order (keyset pagination: ``WHERE key > last ORDER BY key LIMIT n``,
one page in memory, each page its own short query so a dropped connection costs one retried page). String keys
sort by code point (``COLLATE "C"`` on PostgreSQL, SQLite's default BINARY); integer keys numerically. Because
each row is read whole, ``size`` and ``sha256`` (of the canonical JSON) come with the listing.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import math
import re
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any, Literal, TypeVar
from urllib.parse import quote

import sqlalchemy as sa
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, Connection, Engine

from afscherm.flows.stores.base import ObjectInfo, StoreError, TransientStoreError, too_large, validate_key
from afscherm.flows.stores.retry import RetryPolicy

T = TypeVar("T")
BASE64_MARKER = "$base64"

# SQLSTATE classes/codes that pass: connection exceptions, serialization failures/deadlocks, server shutting
# down or starting, too many connections, lock not available.
_TRANSIENT_SQLSTATES = {"40001", "40P01", "53300", "57P01", "57P02", "57P03", "55P03"}
# Driver messages without a SQLSTATE that are not worth a retry.
_PERMANENT_MESSAGE = re.compile(
    r"no such (table|column)|does not exist|authentication failed|permission denied|syntax error|readonly database"
    r"|unable to open database",
    re.IGNORECASE,
)


# -- canonical JSON ----------------------------------------------------------------------------------------------


def _jsonable(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value).replace("inf", "Infinity").replace("nan", "NaN")
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {BASE64_MARKER: base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return str(value)


def row_to_json(row: Mapping[str, Any]) -> bytes:
    """The canonical JSON of one row (see the module docstring)."""
    obj = {str(name): _jsonable(value) for name, value in row.items()}
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode("utf-8")


def _python_type(column: sa.Column[Any]) -> type | None:
    try:
        return column.type.python_type
    except NotImplementedError:
        return None


def value_from_json(column: sa.Column[Any], value: Any) -> Any:
    """A JSON value back as what ``column`` stores; ValueError (without the value) when it does not fit."""
    if value is None:
        return None
    kind = _python_type(column)
    if isinstance(value, dict) and set(value) == {BASE64_MARKER} and kind in (bytes, None):
        try:
            return base64.b64decode(value[BASE64_MARKER], validate=True)
        except (binascii.Error, ValueError, TypeError):
            raise ValueError("not valid base64") from None
    try:
        if kind is datetime:
            return datetime.fromisoformat(value) if isinstance(value, str) else _fail("an ISO datetime string")
        if kind is date:
            return date.fromisoformat(value) if isinstance(value, str) else _fail("an ISO date string")
        if kind is time:
            return time.fromisoformat(value) if isinstance(value, str) else _fail("an ISO time string")
        if kind is Decimal:
            return Decimal(value) if isinstance(value, (str, int)) else Decimal(str(value))
        if kind is bool:
            return value if isinstance(value, bool) else _fail("true or false")
        if kind is int:
            return value if isinstance(value, int) and not isinstance(value, bool) else int(value)
        if kind is float:
            return float(value)
        if kind is str:
            return value if isinstance(value, str) else _fail("a string")
        if kind is bytes:
            return _fail('{"$base64": ...}')
        if kind is uuid.UUID:
            return uuid.UUID(str(value))
        if kind is timedelta:
            return timedelta(seconds=float(value))
    except (ValueError, TypeError, InvalidOperation, OverflowError):
        raise ValueError(f"expected {kind.__name__ if kind else 'a value'} of the column's type") from None
    return value  # JSON, arrays and types without a Python equivalent go to the driver as they are


def _fail(expected: str) -> Any:
    raise ValueError(f"expected {expected}")


# -- errors ------------------------------------------------------------------------------------------------------


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def classify(exc: BaseException) -> tuple[bool, str]:
    """(transient?, one-line reason). Never the statement's parameters: those are row values."""
    if isinstance(exc, sa_exc.NoSuchTableError):
        return False, f"table not found: {exc}"
    if isinstance(exc, sa_exc.DBAPIError):
        orig = exc.orig if exc.orig is not None else exc
        reason = f"{type(orig).__name__}: {_first_line(orig)}"
        if exc.connection_invalidated:
            return True, f"connection lost ({reason})"
        sqlstate = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
        if sqlstate:
            return (sqlstate.startswith("08") or sqlstate in _TRANSIENT_SQLSTATES), reason
        if isinstance(exc, (sa_exc.OperationalError, sa_exc.InterfaceError)):
            return not _PERMANENT_MESSAGE.search(reason), reason
        return False, reason
    if isinstance(exc, (sa_exc.DisconnectionError, sa_exc.TimeoutError)):
        return True, f"{type(exc).__name__}: {_first_line(exc)}"
    if isinstance(exc, (ConnectionError, TimeoutError)):
        return True, f"{type(exc).__name__}: {_first_line(exc)}"
    return False, f"{type(exc).__name__}: {_first_line(exc)}"


# -- the store ---------------------------------------------------------------------------------------------------


class SqlStore:
    kind = "sql"

    def __init__(
        self,
        name: str,
        url: str | URL,
        table: str,
        *,
        schema: str | None = None,
        key_column: str | None = None,
        modified_column: str | None = None,
        text_columns: list[str] | None = None,
        mode: Literal["clean", "replace"] = "clean",
        clean_table: str | None = None,
        page_size: int = 500,
        pool_pre_ping: bool = True,
        connect_timeout: float = 10,
        retry: RetryPolicy | None = None,
    ) -> None:
        # kept to rebuild the store in another process (Dask/process workers): an Engine does not pickle
        self._init_args = dict(
            name=name, url=url, table=table, schema=schema, key_column=key_column, modified_column=modified_column,
            text_columns=text_columns, mode=mode, clean_table=clean_table, page_size=page_size,
            pool_pre_ping=pool_pre_ping, connect_timeout=connect_timeout, retry=retry,
        )  # fmt: skip
        self.name = name
        self.table_name = table
        self.schema = schema
        self.mode = mode
        self.clean_table_name = clean_table or f"{table}_clean"
        self.page_size = page_size
        self.retry = retry or RetryPolicy()
        self._key_column_name = key_column
        self._modified_column_name = modified_column
        self._text_columns = text_columns
        url = sa.make_url(url)
        connect_args: dict[str, Any] = {}
        if url.get_backend_name() == "postgresql":
            connect_args["connect_timeout"] = max(1, int(connect_timeout))
        elif url.get_backend_name() == "sqlite":
            connect_args["timeout"] = connect_timeout  # how long to wait for a lock held by another writer
        # hide_parameters: a failing statement's row values (personal data) stay out of every error message.
        self.engine: Engine = sa.create_engine(
            url, hide_parameters=True, pool_pre_ping=pool_pre_ping, connect_args=connect_args
        )
        self._lock = threading.Lock()
        self._table: sa.Table | None = None
        self._clean: sa.Table | None = None

    def __repr__(self) -> str:  # the engine's URL repr masks the password
        return f"SqlStore({self.name!r}, {self.engine.url!r}, table={self.table_name!r}, mode={self.mode!r})"

    def close(self) -> None:
        self.engine.dispose()

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self._init_args,))

    # -- plumbing ----------------------------------------------------------------------------------------------

    def _call(self, key: str | None, fn: Callable[[], T]) -> T:
        def once() -> T:
            try:
                return fn()
            except StoreError:
                raise
            except (sa_exc.SQLAlchemyError, ConnectionError, TimeoutError) as exc:
                transient, reason = classify(exc)
                cls = TransientStoreError if transient else StoreError
                # from None: the driver's message continues with DETAIL lines that quote row values
                raise cls(reason, store=self.name, key=key) from None

        return self.retry.call(once)

    def _error(self, reason: str, key: str | None = None) -> StoreError:
        return StoreError(reason, store=self.name, key=key)

    @property
    def table(self) -> sa.Table:
        if self._table is None:
            self._table = self._call(None, self._reflect)
        return self._table

    def _reflect(self) -> sa.Table:
        with self._lock:
            if self._table is not None:
                return self._table
            table = sa.Table(self.table_name, sa.MetaData(), schema=self.schema, autoload_with=self.engine)
            key = self._key_column_name or self._primary_key_name(table)
            if key not in table.c:
                raise self._error(f"key_column {key!r} is not a column of table {self.table_name!r}")
            if not self._is_unique(table, key):
                raise self._error(f"key_column {key!r} of table {self.table_name!r} is neither primary key nor unique")
            for col in [self._modified_column_name, *(self._text_columns or [])]:
                if col is not None and col not in table.c:
                    raise self._error(f"column {col!r} is not a column of table {self.table_name!r}")
            self._key_column_name = key
            self._table = table
            return table

    def _primary_key_name(self, table: sa.Table) -> str:
        pk = list(table.primary_key.columns)
        if len(pk) != 1:
            raise self._error(f"table {self.table_name!r} has no single-column primary key: set key_column")
        return pk[0].name

    def _is_unique(self, table: sa.Table, key: str) -> bool:
        if [c.name for c in table.primary_key.columns] == [key]:
            return True
        inspector = sa.inspect(self.engine)
        uniques = inspector.get_unique_constraints(self.table_name, schema=self.schema)
        indexes = [i for i in inspector.get_indexes(self.table_name, schema=self.schema) if i.get("unique")]
        return any(list(u["column_names"]) == [key] for u in [*uniques, *indexes])

    @property
    def key_column(self) -> sa.Column[Any]:
        return self.table.c[self._key_column_name]  # type: ignore[index]

    @property
    def columns(self) -> list[str]:
        return [c.name for c in self.table.columns]

    @property
    def text_columns(self) -> list[str]:
        """Columns to scan as text: the configured list, else every string column."""
        if self._text_columns is not None:
            return list(self._text_columns)
        return [c.name for c in self.table.columns if isinstance(c.type, sa.String)]

    def _string_key(self) -> bool:
        return _python_type(self.key_column) is str

    def _ordered_key(self) -> sa.ColumnElement[Any]:
        col = self.key_column
        if self._string_key() and self.engine.dialect.name == "postgresql":
            return col.collate("C")  # code-point order like the other stores, whatever the database locale
        return col

    def _key_value(self, key: str) -> Any:
        validate_key(key, store=self.name)
        kind = _python_type(self.key_column)
        try:
            if kind is int:
                return int(key)
            if kind is uuid.UUID:
                return uuid.UUID(key)
        except ValueError:
            raise self._error(f"not a valid {kind.__name__} for key column {self.key_column.name!r}", key) from None
        return key

    @staticmethod
    def _key_text(value: Any) -> str:
        if isinstance(value, str):
            return value
        out = _jsonable(value)
        return out if isinstance(out, str) else json.dumps(out)

    def uri(self, key: str, table: str | None = None) -> str:
        return f"sql://{self.name}/{table or self.table_name}/{quote(key, safe='')}"

    def _modified(self, value: Any) -> datetime | None:
        if isinstance(value, str):
            try:
                value = datetime.fromisoformat(value)
            except ValueError:
                return None
        if isinstance(value, datetime):
            # a naive timestamp is taken as UTC: the store cannot know the database session's zone
            return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        if isinstance(value, date):
            return datetime(value.year, value.month, value.day, tzinfo=UTC)
        return None

    def _info(self, row: Mapping[str, Any]) -> ObjectInfo:
        data = row_to_json(row)
        key = self._key_text(row[self.key_column.name])
        modified = row.get(self._modified_column_name) if self._modified_column_name else None
        return ObjectInfo(
            store=self.name,
            key=key,
            uri=self.uri(key),
            size=len(data),
            modified=self._modified(modified),
            sha256=hashlib.sha256(data).hexdigest(),
        )

    # -- Store -------------------------------------------------------------------------------------------------

    def list(self, prefix: str = "") -> Iterator[ObjectInfo]:
        table = self.table
        ordered = self._ordered_key()
        string_key = self._string_key()
        last: Any = None
        while True:
            stmt = sa.select(table).order_by(ordered).limit(self.page_size)
            if last is not None:
                stmt = stmt.where(ordered > last)
            if prefix and string_key:
                stmt = stmt.where(self.key_column.startswith(prefix, autoescape=True))

            def page(stmt: sa.Select[Any] = stmt) -> list[dict[str, Any]]:
                with self.engine.connect() as conn:
                    return [dict(r) for r in conn.execute(stmt).mappings()]

            rows = self._call(prefix or None, page)
            for row in rows:
                info = self._info(row)
                if info.key.startswith(prefix):
                    yield info
            if len(rows) < self.page_size:
                return
            last = rows[-1][self.key_column.name]

    def read(self, key: str, *, max_bytes: int | None = None) -> bytes:
        value = self._key_value(key)
        stmt = sa.select(self.table).where(self.key_column == value)

        def once() -> bytes:
            with self.engine.connect() as conn:
                row = conn.execute(stmt).mappings().first()
            if row is None:
                raise self._error("row not found", key)
            data = row_to_json(row)
            if max_bytes is not None and len(data) > max_bytes:
                raise too_large(len(data), max_bytes, store=self.name, key=key)
            return data

        return self._call(key, once)

    def exists(self, key: str) -> bool:
        value = self._key_value(key)
        stmt = sa.select(self.key_column).where(self.key_column == value)

        def once() -> bool:
            with self.engine.connect() as conn:
                return conn.execute(stmt).first() is not None

        return self._call(key, once)

    def delete(self, key: str) -> None:
        value = self._key_value(key)
        stmt = sa.delete(self.table).where(self.key_column == value)

        def once() -> None:
            with self.engine.begin() as conn:
                conn.execute(stmt)

        self._call(key, once)

    def delete_clean(self, key: str) -> None:
        """Delete the masked copy of row ``key`` from the clean table (mode ``clean``; in mode ``replace`` the
        row is its own copy). Idempotent, like ``delete``: erasure deletes the source row and its copy."""
        if self.mode == "replace":
            return
        value = self._key_value(key)

        def once() -> None:
            if not sa.inspect(self.engine).has_table(self.clean_table_name, schema=self.schema):
                return
            clean = self._target_table()
            with self.engine.begin() as conn:
                conn.execute(sa.delete(clean).where(clean.c[self.key_column.name] == value))

        self._call(key, once)

    def write(self, key: str, data: bytes) -> str:
        return self.write_many([(key, data)])[0]

    def write_many(self, items: Iterable[tuple[str, bytes]]) -> list[str]:
        """All rows in one transaction: on any error nothing is written."""
        items = list(items)
        target = self._target_table()
        rows = [self._row_from_json(key, data, target) for key, data in items]
        if not rows:
            return []

        def once() -> None:
            with self.engine.begin() as conn:
                if self.mode == "replace":
                    self._replace(conn, target, rows, [k for k, _ in items])
                else:
                    self._upsert(conn, target, rows)

        self._call(items[0][0] if len(items) == 1 else None, once)
        return [self.uri(key, target.name) for key, _ in items]

    # -- writing -----------------------------------------------------------------------------------------------

    def _target_table(self) -> sa.Table:
        if self.mode == "replace":
            return self.table
        if self._clean is None:
            self._clean = self._call(None, self._ensure_clean_table)
        return self._clean

    def _ensure_clean_table(self) -> sa.Table:
        """The clean table, created like the source (same columns and types, key column as primary key)."""
        source = self.table
        key = self.key_column.name
        metadata = sa.MetaData()
        clean = sa.Table(
            self.clean_table_name,
            metadata,
            *[sa.Column(c.name, c.type, primary_key=(c.name == key), nullable=(c.name != key)) for c in source.columns],
            schema=self.schema,
        )
        try:
            metadata.create_all(self.engine, tables=[clean], checkfirst=True)
        except sa_exc.SQLAlchemyError:
            # another process may have created it in between; anything else shows up again on reflection
            if not sa.inspect(self.engine).has_table(self.clean_table_name, schema=self.schema):
                raise
        reflected = sa.Table(self.clean_table_name, sa.MetaData(), schema=self.schema, autoload_with=self.engine)
        if [c.name for c in reflected.primary_key.columns] != [key]:
            raise self._error(f"clean table {self.clean_table_name!r} exists without primary key {key!r}")
        return reflected

    def _row_from_json(self, key: str, data: bytes, target: sa.Table) -> dict[str, Any]:
        key_value = self._key_value(key)
        try:
            obj = json.loads(data)
        except (ValueError, UnicodeDecodeError) as exc:
            raise self._error(f"data is not JSON: {exc}", key) from None
        if not isinstance(obj, dict):
            raise self._error("data is not a JSON object", key)
        key_name = self.key_column.name
        expected = {c.name for c in target.columns} - {key_name}
        given = set(obj) - {key_name}
        if given != expected:
            missing, unknown = sorted(expected - given), sorted(given - expected)
            parts = [f"missing columns {missing}" if missing else "", f"unknown columns {unknown}" if unknown else ""]
            raise self._error("; ".join(p for p in parts if p), key)
        row: dict[str, Any] = {key_name: key_value}
        for name in sorted(given):
            try:
                row[name] = value_from_json(target.c[name], obj[name])
            except ValueError as exc:
                raise self._error(f"column {name!r}: {exc}", key) from None
        return row

    def _upsert(self, conn: Connection, target: sa.Table, rows: list[dict[str, Any]]) -> None:
        key_name = self.key_column.name
        others = [c.name for c in target.columns if c.name != key_name]
        dialect = conn.dialect.name
        if dialect in ("postgresql", "sqlite"):
            if dialect == "postgresql":
                from sqlalchemy.dialects.postgresql import insert
            else:
                from sqlalchemy.dialects.sqlite import insert
            stmt = insert(target)
            if others:
                stmt = stmt.on_conflict_do_update(
                    index_elements=[key_name], set_={name: stmt.excluded[name] for name in others}
                )
            else:
                stmt = stmt.on_conflict_do_nothing(index_elements=[key_name])
            conn.execute(stmt, rows)
            return
        # Any other database: update, insert when there was nothing to update (same transaction).
        key_col = target.c[key_name]
        for row in rows:
            updated = conn.execute(
                sa.update(target).where(key_col == row[key_name]).values({n: row[n] for n in others})
            ).rowcount
            if not updated:
                conn.execute(sa.insert(target).values(row))

    def _replace(self, conn: Connection, target: sa.Table, rows: list[dict[str, Any]], keys: list[str]) -> None:
        key_name = self.key_column.name
        key_col = target.c[key_name]
        for row, key in zip(rows, keys, strict=True):
            values = {n: v for n, v in row.items() if n != key_name}
            updated = conn.execute(sa.update(target).where(key_col == row[key_name]).values(values)).rowcount
            if updated != 1:
                # raising inside the transaction rolls back every row written before this one
                raise self._error("row not found (replace mode updates existing rows only)", key)


def _rebuild(args: dict[str, Any]) -> SqlStore:
    return SqlStore(**args)
