"""configs/stores.yaml: validation errors name the file and the key; secrets only by reference, never echoed."""

from __future__ import annotations

import sys
import traceback
import types
from pathlib import Path

import pytest
import sqlalchemy as sa

from afscherm.detectors.config import ConfigError
from afscherm.flows.stores import LocalStore, load_stores_config, open_clean_store, open_quarantine_store, open_store
from afscherm.flows.stores.s3 import S3Store
from afscherm.flows.stores.sql import SqlStore
from tests.services import S3_TEST_KEY, S3_TEST_SECRET, MotoS3, Postgres

REPO = Path(__file__).resolve().parent.parent
SECRET = "wJalrXUtnFEMI-K7MDENG-bPxRfiCYzz9"  # a made-up value that must never appear in any error


def write_config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "conf" / "stores.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def config_error(path: Path) -> ConfigError:
    with pytest.raises(ConfigError) as err:
        load_stores_config(path)
    return err.value


def full_text(exc: BaseException) -> str:
    return "".join(traceback.format_exception(exc))


def test_shipped_config_opens_the_sample_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)  # the shipped defaults name places relative to the working directory
    config = load_stores_config(REPO / "afscherm" / "configs" / "stores.yaml")
    store = open_store("sample", config)
    assert isinstance(store, LocalStore) and store.root == REPO / "sample_data"
    keys = [info.key for info in store.list()]
    assert keys == sorted(keys) and "messages.jsonl" in keys
    clean, quarantine = open_clean_store(config), open_quarantine_store(config)
    assert isinstance(clean, LocalStore) and clean.root == REPO / "out" / "clean" and clean.name == "clean"
    assert isinstance(quarantine, LocalStore) and quarantine.root == REPO / "out" / "quarantine"
    assert config.index_dir == REPO / "out" / "index"
    assert config.max_object_bytes == 256 * 2**20


def test_shipped_defaults_never_point_into_the_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Installed from a wheel, the package folder must not receive clean copies or an index: the shipped
    defaults resolve against the working directory; a copy of the same file as one's own config against its
    own folder (a scheduled run finds its places whatever its working directory)."""
    shipped = REPO / "afscherm" / "configs" / "stores.yaml"
    monkeypatch.chdir(tmp_path)
    config = load_stores_config(shipped)
    assert config.index_dir == tmp_path / "out" / "index"
    assert open_store("sample", config).root == tmp_path / "sample_data"
    own = tmp_path / "etc" / "afscherm"
    own.mkdir(parents=True)
    (own / "stores.yaml").write_text(shipped.read_text())
    config = load_stores_config(own / "stores.yaml")
    assert config.index_dir == own / "out" / "index"
    assert open_clean_store(config).root == own / "out" / "clean"


@pytest.mark.parametrize(
    ("text", "key", "words"),
    [
        ("stores:\n  docs: {kind: local, roots: ./x}\n", "stores.docs.roots", "Extra inputs"),
        ("stores:\n  docs: {kind: local}\n", "stores.docs.root", "Field required"),
        ("stores:\n  arch: {kind: s3, prefix: a/}\n", "stores.arch.bucket", "Field required"),
        ("stores:\n  arch: {kind: s3, bucket: My_Bucket}\n", "stores.arch.bucket", "pattern"),
        ("stores:\n  x: {kind: ftp, root: a}\n", "stores.x", "'local', 's3', 'sql'"),
        ("stores:\n  t: {kind: sql, url: 'sqlite:///a.db', table: t, mode: overwrite}\n", "stores.t.mode", "clean"),
        ("stores:\n  d: {kind: local, root: a, retry: {attempts: 0}}\n", "stores.d.retry.attempts", "greater"),
        ("scan:\n  cleen: ../out\n", "scan.cleen", "Extra inputs"),
        ("scan:\n  max_object_bytes: lots\n", "scan.max_object_bytes", "byte"),
        ("scan:\n  clean: {store: nowhere}\n", "(top level)", "no store named 'nowhere'"),
        ("stores:\n  'bad name': {kind: local, root: a}\n", "stores", "store name"),
        ("stores:\n  db: {kind: sql, url: {envv: X}, table: t}\n", "stores.db.url.envv", "Extra inputs"),
        ("stores:\n  db: {kind: sql, url: 5, table: t}\n", "stores.db.url", "valid string"),
        ("stores:\n  a: {kind: s3, bucket: b-1, key: {}, secret: {env: Y}}\n", "stores.a.key", "env: VAR"),
    ],
)
def test_errors_name_file_and_key(tmp_path: Path, text: str, key: str, words: str) -> None:
    path = write_config(tmp_path, text)
    message = str(config_error(path))
    assert message.startswith(f"{path}: key '{key}'"), message
    assert words.lower() in message.lower(), message


def test_max_object_bytes_accepts_units_and_task_runner_is_modelled(tmp_path: Path) -> None:
    path = write_config(tmp_path, "scan:\n  max_object_bytes: 2 GiB\n  task_runner: {kind: dask, workers: 2}\n")
    config = load_stores_config(path)
    assert config.max_object_bytes == 2 * 2**30
    assert config.scan.task_runner is not None and config.scan.task_runner.kind == "dask"
    bad = write_config(tmp_path, "scan:\n  task_runner: {kind: gpu}\n")
    assert str(config_error(bad)).startswith(f"{bad}: key 'scan.task_runner.kind'")


@pytest.mark.parametrize("field", ["key", "secret"])
def test_literal_s3_secret_is_refused_without_echo(tmp_path: Path, field: str) -> None:
    other = "secret" if field == "key" else "key"
    path = write_config(
        tmp_path, f"stores:\n  arch:\n    kind: s3\n    bucket: b-1\n    {field}: {SECRET}\n    {other}: {{env: X}}\n"
    )
    err = config_error(path)
    assert str(err).startswith(f"{path}: key 'stores.arch.{field}'")
    assert "literal secret" in str(err) and "{env: VAR}" in str(err)
    assert SECRET not in full_text(err)


def test_literal_sql_password_is_refused_without_echo(tmp_path: Path) -> None:
    path = write_config(
        tmp_path, f"stores:\n  db:\n    kind: sql\n    url: postgresql://scanner:{SECRET}@db:5432/x\n    table: t\n"
    )
    err = config_error(path)
    assert str(err).startswith(f"{path}: key 'stores.db.url'") and "password" in str(err)
    assert SECRET not in full_text(err)


def test_unparsable_url_is_not_echoed(tmp_path: Path) -> None:
    path = write_config(tmp_path, f"stores:\n  db:\n    kind: sql\n    url: '{SECRET}'\n    table: t\n")
    err = config_error(path)
    assert "stores.db.url" in str(err) and SECRET not in full_text(err)


def test_missing_environment_variable_names_variable_and_key(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("AFSCHERM_TEST_NOPE", raising=False)
    path = write_config(
        tmp_path,
        "stores:\n  arch: {kind: s3, bucket: b-1, key: {env: AFSCHERM_TEST_NOPE}, secret: {env: AFSCHERM_TEST_NOPE}}\n",
    )
    config = load_stores_config(path)  # references are resolved when the store is opened, not on load
    with pytest.raises(ConfigError) as err:
        open_store("arch", config)
    assert str(err.value) == f"{path}: key 'stores.arch.key': environment variable AFSCHERM_TEST_NOPE is not set"


def test_unknown_store_name(tmp_path: Path) -> None:
    config = load_stores_config(write_config(tmp_path, "stores:\n  a: {kind: local, root: x}\n"))
    with pytest.raises(ConfigError, match=r"stores.yaml: key 'stores': no store named 'b' \(known: a\)"):
        open_store("b", config)


def test_relative_paths_resolve_against_the_config_file(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)  # the working directory must not matter
    path = write_config(
        tmp_path,
        "stores:\n"
        "  docs: {kind: local, root: data}\n"
        "  db: {kind: sql, url: 'sqlite:///db/support.sqlite3', table: notes}\n"
        "  out: {kind: local, root: /abs/elsewhere}\n"
        "scan:\n  clean: {store: out}\n  quarantine: q\n  index: ../idx\n",
    )
    (tmp_path / "conf" / "db").mkdir()
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'conf' / 'db' / 'support.sqlite3'}")
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE notes (id INTEGER PRIMARY KEY, txt TEXT)"))
        conn.execute(sa.text("INSERT INTO notes VALUES (7, 'hallo')"))
    engine.dispose()
    config = load_stores_config(path)
    docs = open_store("docs", config)
    assert isinstance(docs, LocalStore) and docs.root == tmp_path / "conf" / "data"
    db = open_store("db", config)
    assert isinstance(db, SqlStore) and db.read("7") == b'{"id":7,"txt":"hallo"}'
    db.close()
    assert open_clean_store(config).root == Path("/abs/elsewhere")  # type: ignore[attr-defined]
    assert open_quarantine_store(config).root == tmp_path / "conf" / "q"  # type: ignore[attr-defined]
    assert config.index_dir == tmp_path / "idx"


def test_s3_store_from_config_with_credentials_from_env(tmp_path: Path, monkeypatch, moto_s3: MotoS3) -> None:
    monkeypatch.setenv("AFSCHERM_TEST_S3_KEY", S3_TEST_KEY)
    monkeypatch.setenv("AFSCHERM_TEST_S3_SECRET", S3_TEST_SECRET)
    bucket = moto_s3.new_bucket()
    path = write_config(
        tmp_path,
        f"stores:\n  arch:\n    kind: s3\n    bucket: {bucket}\n    prefix: in\n"
        f"    endpoint_url: {moto_s3.endpoint}\n"
        "    key: {env: AFSCHERM_TEST_S3_KEY}\n    secret: {env: AFSCHERM_TEST_S3_SECRET}\n"
        "    retry: {attempts: 2, base_delay: 0.01}\n",
    )
    store = open_store("arch", load_stores_config(path))
    assert isinstance(store, S3Store) and store.retry.attempts == 2
    assert store.write("a.txt", b"A") == f"s3://{bucket}/in/a.txt"
    assert [i.key for i in store.list()] == ["a.txt"]
    assert S3_TEST_SECRET not in repr(store)


def test_sql_url_with_password_from_env(tmp_path: Path, monkeypatch, postgres: Postgres) -> None:
    engine = sa.create_engine(postgres.url)
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE IF NOT EXISTS cfg_notes (id INTEGER PRIMARY KEY, txt TEXT)"))
        conn.execute(sa.text("INSERT INTO cfg_notes VALUES (1, 'een') ON CONFLICT DO NOTHING"))
    engine.dispose()
    monkeypatch.setenv("AFSCHERM_TEST_DB_URL", postgres.url)
    path = write_config(tmp_path, "stores:\n  db: {kind: sql, url: {env: AFSCHERM_TEST_DB_URL}, table: cfg_notes}\n")
    store = open_store("db", load_stores_config(path))
    assert [i.key for i in store.list()] == ["1"]
    assert postgres.password not in repr(store)
    store.close()


def test_prefect_secret_block_is_used_when_the_variable_is_unset(tmp_path: Path, monkeypatch) -> None:
    loaded: list[str] = []

    class FakeSecret:  # stands in for prefect.blocks.system.Secret (no Prefect server in this test)
        def __init__(self, value: str) -> None:
            self.value = value

        @classmethod
        def load(cls, name: str) -> FakeSecret:
            loaded.append(name)
            if name != "tickets-db-url":
                raise ValueError(f"Unable to find block document named {name}")
            return cls(f"sqlite:///{tmp_path / 'from-block.sqlite3'}")

        def get(self) -> str:
            return self.value

    module = types.ModuleType("prefect.blocks.system")
    module.Secret = FakeSecret  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "prefect.blocks.system", module)
    monkeypatch.delenv("AFSCHERM_TEST_DB_URL", raising=False)
    path = write_config(
        tmp_path,
        "stores:\n"
        "  db: {kind: sql, url: {env: AFSCHERM_TEST_DB_URL, prefect_secret: tickets-db-url}, table: t}\n"
        "  gone: {kind: sql, url: {prefect_secret: no-such-block}, table: t}\n",
    )
    config = load_stores_config(path)
    store = open_store("db", config)
    assert isinstance(store, SqlStore) and str(store.engine.url).endswith("from-block.sqlite3")
    with pytest.raises(ConfigError, match="key 'stores.gone.url': cannot load Prefect Secret block 'no-such-block'"):
        open_store("gone", config)
    assert loaded == ["tickets-db-url", "no-such-block"]
