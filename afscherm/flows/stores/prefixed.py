"""A store seen through a key prefix: the clean copies of several sources share one clean store without
their keys colliding (``support/chat-1.txt`` and ``tickets/chat-1.txt``)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import replace

from afscherm.flows.stores.base import ObjectInfo, Store, validate_key


class PrefixedStore:
    def __init__(self, inner: Store, prefix: str) -> None:
        self.inner = inner
        self.prefix = validate_key(prefix.strip("/"), store=inner.name) + "/"
        self.name = inner.name
        self.kind = inner.kind

    @property
    def concurrent_writes(self) -> int | None:
        """The inner store's advice on concurrent writes (None: it has none)."""
        return getattr(self.inner, "concurrent_writes", None)

    def _key(self, key: str) -> str:
        return self.prefix + validate_key(key, store=self.name)

    def list(self, prefix: str = "") -> Iterator[ObjectInfo]:
        for info in self.inner.list(self.prefix + prefix):
            yield replace(info, key=info.key[len(self.prefix) :])

    def read(self, key: str, *, max_bytes: int | None = None) -> bytes:
        return self.inner.read(self._key(key), max_bytes=max_bytes)

    def write(self, key: str, data: bytes) -> str:
        return self.inner.write(self._key(key), data)

    @contextlib.contextmanager
    def batched_writes(self) -> Iterator[PrefixedStore]:
        """The inner store's batched writes (``LocalStore.batched_writes``) under the prefix, where it has them."""
        batched = getattr(self.inner, "batched_writes", None)
        if batched is None:
            yield self
            return
        with batched() as writer:
            yield PrefixedStore(writer, self.prefix)

    def delete(self, key: str) -> None:
        self.inner.delete(self._key(key))

    def exists(self, key: str) -> bool:
        return self.inner.exists(self._key(key))
