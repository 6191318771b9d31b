"""Reversible redaction: AES-GCM tokens that authorised staff can read back with the key — only in the
place they were written for.

A token is ``<ENC2:TYPE:KEYID:PAYLOAD>``: TYPE the entity type, KEYID the first 8 hex characters of
HMAC(key, label) so a wrong key is told apart from a tampered token, PAYLOAD base64url(nonce ‖
ciphertext ‖ tag) with a fresh 96-bit nonce per token.

The associated data (authenticated, not stored) binds each token to its place::

    json.dumps(["afscherm-enc-2", TYPE, RECORD, FIELD, ORDINAL], ensure_ascii=False, separators=(",", ":"))
    encoded as UTF-8

- RECORD names the record: the value of its top-level ``id`` (as written in the redacted output; JSON
  and JSON lines), else ``line N`` (JSON lines), ``element N`` (a top-level JSON array), ``row N`` (CSV
  records counted from 1, header included; Parquet rows from 1), ``metadata``/``schema`` (Parquet
  metadata and column names), or ``""`` (a plain text, a JSON document without an ``id``, the ``id``
  itself);
- FIELD names the value inside the record: a JSON pointer over the redacted output's keys (``/user/email``,
  ``/events/0/msg``; ``@keys`` for tokens in keys), ``column N`` (CSV), the column's pointer (Parquet),
  or ``""`` (plain text);
- ORDINAL counts the tokens in that value from 0 (in a text file: in the whole file).

So a token moved to another record, swapped with another field's token, or moved inside its value fails
authentication in ``reveal``, which names the place. Tokens of the first format (``<ENC:…>``, bound to
their type only) are refused: nothing shows whether they were moved.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
AAD_LABEL = "afscherm-enc-2"
TOKEN_RE = re.compile(r"<ENC2:([A-Z_]+):([0-9a-f]{8}):([A-Za-z0-9_-]+)>")
UNBOUND_TOKEN_RE = re.compile(r"<ENC:([A-Z_]+):([0-9a-f]{8}):([A-Za-z0-9_-]+)>")


class RevealError(ValueError):
    """A token cannot be decrypted: wrong key, or the token was changed or moved."""


@dataclass
class Place:
    """Where tokens are written: a record and a field in it; ``count`` numbers the tokens in the field."""

    record: str = ""
    field: str = ""
    count: int = 0

    def next(self) -> int:
        self.count += 1
        return self.count - 1

    def describe(self) -> str:
        parts = [p for p in (self.record and f"record {self.record!r}", self.field and f"field {self.field}") if p]
        return ", ".join(parts) or "the text"


_PLACE: ContextVar[Place | None] = ContextVar("afscherm_token_place", default=None)


@contextmanager
def bound(place: Place | None) -> Iterator[Place | None]:
    """Tokens encrypted inside the block are bound to ``place`` (None: each value on its own)."""
    token = _PLACE.set(place)
    try:
        yield place
    finally:
        _PLACE.reset(token)


def current_place() -> Place:
    """The place set by :func:`bound`, else a fresh unnamed one (tokens numbered per call)."""
    place = _PLACE.get()
    return place if place is not None else Place()


def associated_data(entity_type: str, record: str, field: str, ordinal: int) -> bytes:
    return json.dumps(
        [AAD_LABEL, entity_type, record, field, ordinal], ensure_ascii=False, separators=(",", ":")
    ).encode("utf-8")


def key_id(key: bytes) -> str:
    return hmac.new(key, b"afscherm encryption key id", hashlib.sha256).hexdigest()[:8]


def encrypt_token(key: bytes, entity_type: str, value: str, place: Place | None = None) -> str:
    """A token for ``value`` bound to ``place`` (default: the current one), numbered next in it."""
    place = place if place is not None else current_place()
    aad = associated_data(entity_type, place.record, place.field, place.next())
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(key).encrypt(nonce, value.encode("utf-8"), aad)
    payload = base64.urlsafe_b64encode(nonce + sealed).decode().rstrip("=")
    return f"<ENC2:{entity_type}:{key_id(key)}:{payload}>"


def decrypt_token(key: bytes, token: str, place: Place | None = None) -> str:
    """The plaintext of one token written as the first token of ``place`` (default: an unnamed place)."""
    m = TOKEN_RE.fullmatch(token)
    if not m:
        if UNBOUND_TOKEN_RE.fullmatch(token):
            raise RevealError(_UNBOUND)
        raise RevealError(f"not an encrypted token: {token[:40]!r}")
    entity_type, kid, payload = m.groups()
    return _decrypt(key, entity_type, kid, payload, place if place is not None else Place())


_UNBOUND = (
    "token in the first format (<ENC:…>, not bound to its record and field): refused, since nothing shows "
    "whether it was moved; reveal it with the afscherm version that wrote it"
)


def _decrypt(key: bytes, entity_type: str, kid: str, payload: str, place: Place) -> str:
    ordinal = place.next()
    if kid != key_id(key):
        raise RevealError(f"token was encrypted with another key (key id {kid}, this key is {key_id(key)})")
    try:
        raw = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
        aad = associated_data(entity_type, place.record, place.field, ordinal)
        value = AESGCM(key).decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], aad)
    except (InvalidTag, binascii.Error, ValueError) as exc:
        raise RevealError(
            f"{entity_type} token #{ordinal + 1} in {place.describe()} failed authentication: "
            "it was changed, moved from another place, or is incomplete"
        ) from exc
    return value.decode("utf-8")


def reveal_text(key: bytes, text: str, place: Place | None = None) -> str:
    """``text`` with every token replaced by its plaintext, tokens numbered on from ``place.count``
    (default: a fresh unnamed place); RevealError on the first token that fails."""
    place = place if place is not None else Place()
    if UNBOUND_TOKEN_RE.search(text):
        raise RevealError(_UNBOUND)
    return TOKEN_RE.sub(lambda m: _decrypt(key, m[1], m[2], m[3], place), text)


def has_tokens(text: str) -> bool:
    return "<ENC" in text
