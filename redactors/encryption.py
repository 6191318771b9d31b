"""Reversible redaction: AES-GCM tokens that authorised staff can read back with the key.

A token is ``<ENC:TYPE:KEYID:PAYLOAD>``: TYPE the entity type (authenticated as associated data, so a
token cannot be moved to another type), KEYID the first 8 hex characters of HMAC(key, label) so a
wrong key is told apart from a tampered token, PAYLOAD base64url(nonce ‖ ciphertext ‖ tag).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import re

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
TOKEN_RE = re.compile(r"<ENC:([A-Z_]+):([0-9a-f]{8}):([A-Za-z0-9_-]+)>")


class RevealError(ValueError):
    """A token cannot be decrypted: wrong key, or the token was changed."""


def key_id(key: bytes) -> str:
    return hmac.new(key, b"afscherm encryption key id", hashlib.sha256).hexdigest()[:8]


def encrypt_token(key: bytes, entity_type: str, value: str) -> str:
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(key).encrypt(nonce, value.encode("utf-8"), entity_type.encode())
    payload = base64.urlsafe_b64encode(nonce + sealed).decode().rstrip("=")
    return f"<ENC:{entity_type}:{key_id(key)}:{payload}>"


def decrypt_token(key: bytes, token: str) -> str:
    m = TOKEN_RE.fullmatch(token)
    if not m:
        raise RevealError(f"not an encrypted token: {token[:40]!r}")
    return _decrypt(key, *m.groups())


def _decrypt(key: bytes, entity_type: str, kid: str, payload: str) -> str:
    if kid != key_id(key):
        raise RevealError(f"token was encrypted with another key (key id {kid}, this key is {key_id(key)})")
    try:
        raw = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
        value = AESGCM(key).decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], entity_type.encode())
    except (InvalidTag, binascii.Error, ValueError) as exc:
        raise RevealError(f"{entity_type} token failed authentication: it was changed or is incomplete") from exc
    return value.decode("utf-8")


def reveal_text(key: bytes, text: str) -> str:
    """``text`` with every encrypted token replaced by its plaintext; RevealError on the first bad one."""
    return TOKEN_RE.sub(lambda m: _decrypt(key, *m.groups()), text)
