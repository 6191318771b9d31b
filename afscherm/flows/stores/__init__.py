"""Stores: where a scan lists, reads and writes objects (local folders, S3, SQL tables).

``open_store(name, load_stores_config())`` gives a store from ``configs/stores.yaml``. The S3 and SQL
implementations are imported only when such a store is opened.
"""

from afscherm.flows.stores.base import (
    ObjectInfo,
    ObjectTooLargeError,
    Store,
    StoreError,
    TransientStoreError,
    key_problem,
    quarantine_object,
    validate_key,
)
from afscherm.flows.stores.config import (
    StoresConfig,
    load_stores_config,
    open_clean_store,
    open_quarantine_store,
    open_store,
)
from afscherm.flows.stores.local import LocalStore
from afscherm.flows.stores.retry import RetryPolicy, retrying

__all__ = [
    "LocalStore",
    "ObjectInfo",
    "ObjectTooLargeError",
    "RetryPolicy",
    "Store",
    "StoreError",
    "StoresConfig",
    "TransientStoreError",
    "key_problem",
    "load_stores_config",
    "open_clean_store",
    "open_quarantine_store",
    "open_store",
    "quarantine_object",
    "retrying",
    "validate_key",
]
