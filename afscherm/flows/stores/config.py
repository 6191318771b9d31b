"""``configs/stores.yaml``: the stores a scan reads and writes, validated on load.

Secrets (S3 key/secret/token, a SQL URL with a password) are only ever references — ``{env: VAR}`` or
``{prefect_secret: BLOCK}`` — resolved when a store is opened. A literal secret is refused with a message that
names the file and the key but never repeats the value. Relative local roots and SQLite paths are relative to
the config file.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Annotated, Any, Literal

import sqlalchemy as sa
from pydantic import (
    BaseModel,
    BeforeValidator,
    ByteSize,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    field_validator,
    model_validator,
)
from sqlalchemy.engine import URL

from afscherm.detectors.config import ConfigError, config_dir, data_base, read_yaml
from afscherm.flows.runners import TaskRunnerSettings
from afscherm.flows.stores.base import Store
from afscherm.flows.stores.local import LocalStore
from afscherm.flows.stores.retry import RetryPolicy

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_LITERAL_SECRET = "a literal secret is not allowed here; give {env: VAR} or {prefect_secret: BLOCK}"


class _Strict(BaseModel):
    # hide_input_in_errors: a rejected value (maybe a pasted secret) never shows up in an error or traceback.
    model_config = ConfigDict(extra="forbid", hide_input_in_errors=True, populate_by_name=True)


class SecretRef(_Strict):
    """Where a secret comes from: an environment variable, or a Prefect Secret block when the variable is unset."""

    env: str | None = Field(default=None, min_length=1)
    prefect_secret: str | None = Field(default=None, min_length=1)

    @model_validator(mode="after")
    def _one_source(self) -> SecretRef:
        if not self.env and not self.prefect_secret:
            raise ValueError("give env: VAR or prefect_secret: BLOCK")
        return self


def _refuse_literal(value: Any) -> Any:
    if value is not None and not isinstance(value, dict | SecretRef):
        raise ValueError(_LITERAL_SECRET)
    return value


# A secret field: a reference, never the value itself.
SecretField = Annotated[SecretRef | None, BeforeValidator(_refuse_literal)]


class RetryConfig(_Strict):
    attempts: int = Field(default=5, ge=1, le=100)
    base_delay: float = Field(default=0.2, ge=0)
    max_delay: float = Field(default=5.0, ge=0)

    def policy(self) -> RetryPolicy:
        return RetryPolicy(attempts=self.attempts, base_delay=self.base_delay, max_delay=self.max_delay)


class LocalStoreConfig(_Strict):
    kind: Literal["local"]
    root: str = Field(min_length=1)
    retry: RetryConfig = RetryConfig()


class S3StoreConfig(_Strict):
    kind: Literal["s3"]
    bucket: str = Field(min_length=3, max_length=63, pattern=r"^[a-z0-9][a-z0-9.-]+[a-z0-9]$")
    prefix: str = ""
    endpoint_url: str | None = None  # None: AWS; else e.g. http://127.0.0.1:9000 (MinIO, moto, Ceph …)
    region: str | None = None
    key: SecretField = None  # all three None: botocore's own chain (AWS_* variables, instance role …)
    secret: SecretField = None
    token: SecretField = None
    connect_timeout: float = Field(default=5, gt=0)
    read_timeout: float = Field(default=30, gt=0)
    page_size: int = Field(default=1000, ge=1, le=1000)
    retry: RetryConfig = RetryConfig()

    @model_validator(mode="after")
    def _pair(self) -> S3StoreConfig:
        if (self.key is None) != (self.secret is None):
            raise ValueError("give both key and secret (as references) or neither")
        return self


class SqlStoreConfig(_Strict):
    kind: Literal["sql"]
    url: str | SecretRef  # a literal URL only without a password (SQLite, peer/socket authentication)
    table: str = Field(min_length=1)
    db_schema: str | None = Field(default=None, alias="schema")
    key_column: str | None = None  # default: the table's single-column primary key
    modified_column: str | None = None
    text_columns: list[str] | None = None  # default: every string column
    mode: Literal["clean", "replace"] = "clean"
    clean_table: str | None = None  # default: <table>_clean
    page_size: int = Field(default=500, ge=1)
    pool_pre_ping: bool = True
    connect_timeout: float = Field(default=10, gt=0)
    retry: RetryConfig = RetryConfig()

    @field_validator("url", mode="before")
    @classmethod
    def _no_literal_password(cls, value: Any) -> Any:
        if isinstance(value, str):
            try:
                url = sa.make_url(value)
            except (sa.exc.ArgumentError, ValueError):
                raise ValueError("not a valid SQLAlchemy URL (dialect+driver://user@host:port/database)") from None
            if url.password:
                raise ValueError(
                    "a literal URL with a password is not allowed; give {env: VAR} or {prefect_secret: BLOCK}"
                )
        return value


StoreConfig = Annotated[LocalStoreConfig | S3StoreConfig | SqlStoreConfig, Field(discriminator="kind")]


class StoreRef(_Strict):
    store: str = Field(min_length=1)


class ScanConfig(_Strict):
    """Where a scan writes; a string is a local folder, ``{store: NAME}`` a store from ``stores:``."""

    clean: str | StoreRef = "../out/clean"
    quarantine: str | StoreRef = "../out/quarantine"
    index: str = "../out/index"
    max_object_bytes: ByteSize = Field(default=ByteSize(256 * 2**20), gt=0)  # "256 MiB" or a number of bytes
    task_runner: TaskRunnerSettings | None = None  # where the per-object work runs (flows/runners.py)


class StoresConfig(_Strict):
    stores: dict[str, StoreConfig] = Field(default_factory=dict)
    scan: ScanConfig = ScanConfig()
    _source: str = PrivateAttr(default="<stores config>")
    _base: Path = PrivateAttr(default_factory=Path.cwd)

    @field_validator("stores")
    @classmethod
    def _names(cls, stores: dict[str, Any]) -> dict[str, Any]:
        for name in stores:
            if not _NAME.match(name):
                raise ValueError(f"store name {name!r}: use letters, digits, '_', '.', '-'")
        return stores

    @model_validator(mode="after")
    def _refs(self) -> StoresConfig:
        for field in ("clean", "quarantine"):
            ref = getattr(self.scan, field)
            if isinstance(ref, StoreRef) and ref.store not in self.stores:
                raise ValueError(f"scan.{field}: no store named {ref.store!r} in stores")
        return self

    @property
    def source(self) -> str:
        return self._source

    def where(self, dotted: str) -> str:
        return f"{self._source}: key '{dotted}'"

    def path(self, value: str) -> Path:
        """A path from the file; a relative one starts at ``data_base`` (the file's folder, or the working
        directory for the defaults shipped in the package)."""
        p = Path(value).expanduser()
        return p if p.is_absolute() else Path(os.path.normpath(self._base / p))

    @property
    def index_dir(self) -> Path:
        return self.path(self.scan.index)

    @property
    def max_object_bytes(self) -> int:
        return int(self.scan.max_object_bytes)


# -- loading -----------------------------------------------------------------------------------------------------


def _key_path(loc: tuple[Any, ...], data: Any) -> str:
    """The dotted key as written in the file.

    Pydantic puts union branches and discriminator tags into the location ("stores.a.s3.bucket",
    "stores.db.url.str"); the file has no such level, so a part is kept only when it is a key (or index) of the
    data at that point, or the last part naming a missing key of a mapping.
    """
    parts: list[str] = []
    current = data
    for i, part in enumerate(loc):
        in_dict = isinstance(current, dict) and part in current
        in_list = isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current)
        if in_dict or in_list:
            current = current[part]
        elif i == len(loc) - 1 and isinstance(current, dict):
            pass  # a required key that is missing
        else:
            continue  # a union branch or tag
        parts.append(str(part))
    return ".".join(parts) or "(top level)"


def load_stores_config(path: Path | str | None = None) -> StoresConfig:
    path = Path(path) if path is not None else config_dir() / "stores.yaml"
    data = read_yaml(path)
    try:
        config = StoresConfig.model_validate(data)
    except ValidationError as exc:
        # a misspelt key ("roots:") is reported as itself rather than as the key it fails to provide
        err = min(exc.errors(), key=lambda e: e["type"] != "extra_forbidden")
        # from None: the ValidationError would carry the rejected input into a printed traceback
        raise ConfigError(f"{path}: key '{_key_path(err['loc'], data)}': {err['msg']}") from None
    config._source = str(path)
    config._base = data_base(path)
    return config


# -- secrets -----------------------------------------------------------------------------------------------------


def resolve_secret(ref: SecretRef, where: str) -> str:
    """The secret's value. Errors name the variable or block, never a value."""
    if ref.env:
        value = os.environ.get(ref.env, "")
        if value:
            return value
        if not ref.prefect_secret:
            raise ConfigError(f"{where}: environment variable {ref.env} is not set")
    assert ref.prefect_secret
    try:
        from prefect.blocks.system import Secret  # slow import: only when a block is configured

        value = Secret.load(ref.prefect_secret).get()
    except Exception as exc:  # noqa: BLE001 - any failure means "no secret", reported in one line
        raise ConfigError(
            f"{where}: cannot load Prefect Secret block {ref.prefect_secret!r}: {type(exc).__name__}"
        ) from None
    if not isinstance(value, str) or not value:
        raise ConfigError(f"{where}: Prefect Secret block {ref.prefect_secret!r} holds no text")
    return value


# -- opening -----------------------------------------------------------------------------------------------------


def _sql_url(cfg: SqlStoreConfig, config: StoresConfig, where: str) -> URL:
    text = resolve_secret(cfg.url, where) if isinstance(cfg.url, SecretRef) else cfg.url
    try:
        url = sa.make_url(text)
    except (sa.exc.ArgumentError, ValueError):
        raise ConfigError(f"{where}: not a valid SQLAlchemy URL") from None
    database = url.database or ""
    if url.get_backend_name() == "sqlite" and database not in ("", ":memory:") and not database.startswith("file:"):
        url = url.set(database=str(config.path(url.database)))
    return url


def open_store(name: str, config: StoresConfig) -> Store:
    """The store ``name`` from ``config``; secrets are resolved now (ConfigError when one is missing)."""
    if name not in config.stores:
        known = ", ".join(sorted(config.stores)) or "none"
        raise ConfigError(f"{config.where('stores')}: no store named {name!r} (known: {known})")
    cfg = config.stores[name]
    retry = cfg.retry.policy()
    if isinstance(cfg, LocalStoreConfig):
        return LocalStore(name, config.path(cfg.root), retry=retry)
    if isinstance(cfg, S3StoreConfig):
        from afscherm.flows.stores.s3 import S3Store  # s3fs/aiobotocore load only when an S3 store is used

        def secret(field: str) -> str | None:
            ref = getattr(cfg, field)
            return resolve_secret(ref, config.where(f"stores.{name}.{field}")) if ref is not None else None

        return S3Store(
            name,
            cfg.bucket,
            cfg.prefix,
            endpoint_url=cfg.endpoint_url,
            region=cfg.region,
            key=secret("key"),
            secret=secret("secret"),
            token=secret("token"),
            connect_timeout=cfg.connect_timeout,
            read_timeout=cfg.read_timeout,
            page_size=cfg.page_size,
            retry=retry,
        )
    from afscherm.flows.stores.sql import SqlStore

    return SqlStore(
        name,
        _sql_url(cfg, config, config.where(f"stores.{name}.url")),
        cfg.table,
        schema=cfg.db_schema,
        key_column=cfg.key_column,
        modified_column=cfg.modified_column,
        text_columns=cfg.text_columns,
        mode=cfg.mode,
        clean_table=cfg.clean_table,
        page_size=cfg.page_size,
        pool_pre_ping=cfg.pool_pre_ping,
        connect_timeout=cfg.connect_timeout,
        retry=retry,
    )


def _scan_store(field: Literal["clean", "quarantine"], config: StoresConfig) -> Store:
    target = getattr(config.scan, field)
    if isinstance(target, StoreRef):
        return open_store(target.store, config)
    return LocalStore(field, config.path(target))


def open_clean_store(config: StoresConfig) -> Store:
    """Where redacted copies go (``scan.clean``)."""
    return _scan_store("clean", config)


def open_quarantine_store(config: StoresConfig) -> Store:
    """Where objects that failed go, with their reason files (``scan.quarantine``)."""
    return _scan_store("quarantine", config)
