"""SqlStore on SQLite and on a real PostgreSQL cluster (the same tests, parametrised by ``sql_url``)."""

from __future__ import annotations

import base64
import hashlib
import json
import traceback
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
import sqlalchemy as sa

from afscherm.flows.stores import StoreError, TransientStoreError
from afscherm.flows.stores.retry import RetryPolicy
from afscherm.flows.stores.sql import SqlStore, row_to_json
from tests.services import Postgres, free_port

FAST = RetryPolicy(attempts=4, base_delay=0.01, max_delay=0.05)


class Retries:
    def __init__(self) -> None:
        self.seen: list[str] = []

    def policy(self, attempts: int = 4) -> RetryPolicy:
        return RetryPolicy(attempts=attempts, base_delay=0.01, max_delay=0.05, on_retry=self._note)

    def _note(self, attempt: int, exc: TransientStoreError, delay: float) -> None:
        self.seen.append(exc.reason)


def _tickets(metadata: sa.MetaData, name: str) -> sa.Table:
    return sa.Table(
        name,
        metadata,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("created_at", sa.DateTime(timezone=True)),
        sa.Column("birth", sa.Date),
        sa.Column("subject", sa.String(200)),
        sa.Column("body", sa.Text),
        sa.Column("amount", sa.Numeric(10, 2)),
        sa.Column("attachment", sa.LargeBinary, nullable=True),
        sa.Column("priority", sa.Integer),
    )


ROWS = [
    {
        "id": i,
        "created_at": datetime(2024, 3, i, 9, 30, tzinfo=UTC),
        "birth": date(1980, 1, i),
        "subject": f"Vraag {i}",
        "body": f"Beste klant {i}, café — mail naar jan{i}@example.nl",
        "amount": Decimal(f"{i}.50"),
        "attachment": bytes([i, 0, 255]),
        "priority": i % 3,
    }
    for i in (1, 2, 3, 10, 20)
]


@pytest.fixture
def tickets(sql_url: str) -> tuple[str, str]:
    """(url, table name): a fresh tickets table with five rows."""
    name = f"tickets_{uuid.uuid4().hex[:8]}"
    engine = sa.create_engine(sql_url)
    table = _tickets(sa.MetaData(), name)
    with engine.begin() as conn:
        table.create(conn)
        conn.execute(table.insert(), ROWS)
    engine.dispose()
    return sql_url, name


def open_store(url: str, table: str, **kwargs) -> SqlStore:  # noqa: ANN003
    kwargs.setdefault("retry", FAST)
    return SqlStore("tickets", url, table, modified_column="created_at", **kwargs)


def _canonical(row: dict) -> bytes:
    return json.dumps(row, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def test_list_in_key_order_with_size_and_hash(tickets: tuple[str, str]) -> None:
    url, table = tickets
    store = open_store(url, table, page_size=2)
    executed: list[str] = []
    sa.event.listen(store.engine, "before_cursor_execute", lambda *a: executed.append(a[2]))
    infos = list(store.list())
    assert [i.key for i in infos] == ["1", "2", "3", "10", "20"]  # integer keys in numeric order
    pages = [s for s in executed if s.lstrip().upper().startswith("SELECT") and table in s]
    assert len(pages) == 3  # keyset pages of 2: 2 + 2 + 1 rows, never the whole table at once
    first = infos[0]
    data = store.read("1")
    assert first.size == len(data) and first.sha256 == hashlib.sha256(data).hexdigest()
    assert first.uri == f"sql://tickets/{table}/1"
    assert first.modified == datetime(2024, 3, 1, 9, 30, tzinfo=UTC)
    assert [i.key for i in store.list("2")] == ["2", "20"]
    store.close()


def test_read_is_canonical_json(tickets: tuple[str, str]) -> None:
    url, table = tickets
    store = open_store(url, table)
    data = store.read("2")
    obj = json.loads(data)
    assert data == _canonical(obj)  # sorted keys, compact separators, UTF-8 (not \\u escapes)
    assert "café".encode() in data
    assert obj["birth"] == "1980-01-02"
    created = datetime.fromisoformat(obj["created_at"])  # SQLite keeps no zone: naive, as stored
    assert created.replace(tzinfo=created.tzinfo or UTC) == datetime(2024, 3, 2, 9, 30, tzinfo=UTC)
    assert obj["amount"] == "2.50"
    assert obj["attachment"] == {"$base64": base64.b64encode(bytes([2, 0, 255])).decode()}
    assert obj["id"] == 2 and obj["priority"] == 2
    assert store.text_columns == ["subject", "body"]
    with pytest.raises(StoreError, match="row not found") as err:
        store.read("999")
    assert not isinstance(err.value, TransientStoreError)
    with pytest.raises(StoreError, match="not a valid int"):
        store.read("abc")
    assert store.exists("3") and not store.exists("4")
    from afscherm.flows.stores import ObjectTooLargeError

    assert store.read("2", max_bytes=len(data)) == data
    with pytest.raises(ObjectTooLargeError):
        store.read("2", max_bytes=len(data) - 1)
    store.close()


def test_row_to_json_rules() -> None:
    row = {"b": float("nan"), "a": Decimal("1.10"), "c": None, "d": [1, {"z": b"\x00"}], "é": "ü"}
    assert row_to_json(row) == '{"a":"1.10","b":"NaN","c":null,"d":[1,{"z":{"$base64":"AA=="}}],"é":"ü"}'.encode()


def test_clean_mode_creates_the_clean_table_and_upserts(tickets: tuple[str, str]) -> None:
    url, table = tickets
    store = open_store(url, table)
    obj = json.loads(store.read("1"))
    obj["body"] = "Beste klant 1, café — mail naar <EMAIL>"
    uri = store.write("1", _canonical(obj))
    assert uri == f"sql://tickets/{table}_clean/1"
    clean = SqlStore("clean", url, f"{table}_clean", retry=FAST)
    assert json.loads(clean.read("1")) == obj  # every type survives the round trip
    obj["subject"] = "<ONDERWERP>"
    store.write("1", _canonical(obj))  # upsert: the same key again updates
    assert json.loads(clean.read("1"))["subject"] == "<ONDERWERP>"
    assert [i.key for i in clean.list()] == ["1"]
    assert "jan1@example.nl" in json.loads(store.read("1"))["body"]  # the source is untouched
    # the key comes from the key argument, not from the (possibly redacted) data
    obj["id"] = 12345
    store.write("3", _canonical(obj))
    assert [i.key for i in clean.list()] == ["1", "3"]
    store.close()
    clean.close()


def test_replace_mode_updates_the_row_in_place(tickets: tuple[str, str]) -> None:
    url, table = tickets
    store = open_store(url, table, mode="replace")
    obj = json.loads(store.read("10"))
    obj["body"] = "<REDACTED>"
    assert store.write("10", _canonical(obj)) == f"sql://tickets/{table}/10"
    assert json.loads(store.read("10")) == obj
    assert [i.key for i in store.list()] == ["1", "2", "3", "10", "20"]
    assert not sa.inspect(store.engine).has_table(f"{table}_clean")
    with pytest.raises(StoreError, match="row not found"):
        store.write("11", _canonical(obj))  # replace never inserts
    assert not store.exists("11")
    store.close()


def test_failing_write_many_leaves_nothing_written_replace(tickets: tuple[str, str]) -> None:
    url, table = tickets
    store = open_store(url, table, mode="replace")
    one, two = json.loads(store.read("1")), json.loads(store.read("2"))
    before = store.read("1"), store.read("2")
    one["body"] = two["body"] = "<REDACTED>"
    # the second row fails inside the transaction, after the first UPDATE ran
    with pytest.raises(StoreError, match="row not found"):
        store.write_many([("1", _canonical(one)), ("999", _canonical(two))])
    assert (store.read("1"), store.read("2")) == before
    store.write_many([("1", _canonical(one)), ("2", _canonical(two))])
    assert json.loads(store.read("1"))["body"] == json.loads(store.read("2"))["body"] == "<REDACTED>"
    store.close()


def test_failing_write_many_leaves_nothing_written_clean(tickets: tuple[str, str]) -> None:
    url, table = tickets
    # An existing clean table is used as it is: this one refuses long bodies, so the database itself fails
    # the second row of the batch.
    engine = sa.create_engine(url)
    clean = _tickets(sa.MetaData(), f"{table}_clean")
    clean.append_constraint(sa.CheckConstraint("length(body) < 40", name="short_body"))
    clean.create(engine)
    engine.dispose()
    store = open_store(url, table)
    ok, long = json.loads(store.read("1")), json.loads(store.read("2"))
    ok["body"] = "<KORT>"
    long["body"] = "x" * 30 + " geheim-persoonsgegeven " + "y" * 30
    with pytest.raises(StoreError, match="(?i)check") as err:
        store.write_many([("1", _canonical(ok)), ("2", _canonical(long))])
    assert not isinstance(err.value, TransientStoreError)
    # one line, and no row value in the message or anywhere in the exception chain
    assert "geheim-persoonsgegeven" not in "".join(traceback.format_exception(err.value))
    cleaned = SqlStore("clean", url, f"{table}_clean", retry=FAST)
    assert list(cleaned.list()) == []
    store.write_many([("1", _canonical(ok)), ("2", _canonical(ok))])
    assert [i.key for i in cleaned.list()] == ["1", "2"]
    store.close()
    cleaned.close()


def test_write_fails_closed_on_missing_or_unknown_columns(tickets: tuple[str, str]) -> None:
    url, table = tickets
    store = open_store(url, table, mode="replace")
    obj = json.loads(store.read("1"))
    dropped = {k: v for k, v in obj.items() if k != "body"}
    with pytest.raises(StoreError, match=r"missing columns \['body'\]"):
        store.write("1", _canonical(dropped))
    with pytest.raises(StoreError, match=r"unknown columns \['extra'\]"):
        store.write("1", _canonical({**obj, "extra": 1}))
    with pytest.raises(StoreError, match="not JSON"):
        store.write("1", b"\xff not json")
    with pytest.raises(StoreError, match="column 'birth'"):
        store.write("1", _canonical({**obj, "birth": "gisteren"}))
    assert json.loads(store.read("1")) == obj
    store.close()


def test_string_keys_sort_by_code_point_and_prefix_is_literal(sql_url: str) -> None:
    name = f"notes_{uuid.uuid4().hex[:8]}"
    engine = sa.create_engine(sql_url)
    table = sa.Table(name, sa.MetaData(), sa.Column("ref", sa.String(50), primary_key=True), sa.Column("txt", sa.Text))
    keys = ["b", "B", "a", "A", "é", "a-1", "a_2", "ab", "a%3", "Z"]
    with engine.begin() as conn:
        table.create(conn)
        conn.execute(table.insert(), [{"ref": k, "txt": f"note {k}"} for k in keys])
    engine.dispose()
    store = SqlStore("notes", sql_url, name, retry=FAST, page_size=3)
    # code-point order even where the database's own collation (ICU en-US on our PostgreSQL) differs
    assert [i.key for i in store.list()] == sorted(keys)
    assert [i.key for i in store.list("a_")] == ["a_2"]  # "_" and "%" are not LIKE wildcards here
    assert [i.key for i in store.list("a%")] == ["a%3"]
    assert json.loads(store.read("é")) == {"ref": "é", "txt": "note é"}
    with pytest.raises(StoreError, match="'..' segment"):
        store.read("../../etc/x")
    store.close()


def test_missing_table_is_permanent(sql_url: str) -> None:
    retries = Retries()
    store = SqlStore("ghost", sql_url, "no_such_table", retry=retries.policy())
    with pytest.raises(StoreError, match="table not found") as err:
        list(store.list())
    assert not isinstance(err.value, TransientStoreError)
    assert retries.seen == []
    store.close()


def test_dropped_connection_is_retried(postgres: Postgres) -> None:
    name = f"tickets_{uuid.uuid4().hex[:8]}"
    engine = sa.create_engine(postgres.url)
    table = _tickets(sa.MetaData(), name)
    with engine.begin() as conn:
        table.create(conn)
        conn.execute(table.insert(), ROWS)
    app = f"afscherm-{uuid.uuid4().hex[:8]}"
    retries = Retries()
    # no pre-ping: the dead pooled connection reaches our code, which must retry on a fresh one
    store = SqlStore(
        "tickets", f"{postgres.url}?application_name={app}", name, pool_pre_ping=False, retry=retries.policy()
    )

    def terminate() -> int:
        with engine.connect() as conn:
            return len(
                conn.execute(
                    sa.text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE application_name = :app AND pid <> pg_backend_pid()"
                    ),
                    {"app": app},
                ).all()
            )

    assert json.loads(store.read("1"))["id"] == 1  # a pooled connection now exists
    assert terminate() == 1
    assert json.loads(store.read("2"))["id"] == 2
    assert len(retries.seen) == 1 and "connection" in retries.seen[0].lower()
    assert terminate() == 1
    assert [i.key for i in store.list()] == ["1", "2", "3", "10", "20"]
    assert terminate() == 1
    obj = json.loads(store.read("3"))  # this read is retried too
    assert terminate() == 1
    assert store.write("3", _canonical(obj)) == f"sql://tickets/{name}_clean/3"
    assert len(retries.seen) == 4
    store.close()
    engine.dispose()


def test_unreachable_database_ends_in_transient_error() -> None:
    url = f"postgresql+psycopg://scanner:x@127.0.0.1:{free_port()}/support"
    store = SqlStore("tickets", url, "tickets", connect_timeout=1, retry=RetryPolicy(attempts=3, base_delay=0.01))
    with pytest.raises(TransientStoreError) as err:
        store.read("1")
    assert "store 'tickets'" in str(err.value) and "gave up after 3 attempts" in str(err.value)
    assert err.value.attempts == 3
    assert ":x@" not in str(err.value)
    store.close()


def test_store_pickles_for_process_workers(tickets: tuple[str, str]) -> None:
    import pickle

    url, table = tickets
    store = open_store(url, table)
    expected = store.read("1")
    clone = pickle.loads(pickle.dumps(store))  # a fresh engine on the other side, same settings
    assert clone.engine is not store.engine
    assert clone.read("1") == expected and clone.retry == store.retry
    store.close()
    clone.close()
