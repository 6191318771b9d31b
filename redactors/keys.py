"""Keys for pseudonymisation and encryption: from the environment, or a Prefect Secret block.

Never from the repository and never a default: a policy that needs a key which is not set fails
before anything is redacted.
"""

from __future__ import annotations

import base64
import binascii
import os

from detectors.config import ConfigError
from redactors.policy import KeySource

MIN_PSEUDONYM_KEY_BYTES = 16
AES_KEY_BYTES = (16, 24, 32)


def read_key(source: KeySource, purpose: str, where: str) -> str:
    """The key's text from ``source.env``, else from the Prefect Secret block ``source.prefect_secret``."""
    value = os.environ.get(source.env, "")
    if value:
        return value
    if source.prefect_secret:
        return _prefect_secret(source.prefect_secret, purpose, where)
    raise ConfigError(
        f"{where}: the {purpose} key is missing: set {source.env} "
        f"(or name a Prefect Secret block in keys.{purpose}.prefect_secret)"
    )


def _prefect_secret(block: str, purpose: str, where: str) -> str:
    try:
        from prefect.blocks.system import Secret  # slow import: only when a block is configured

        value = Secret.load(block).get()
    except Exception as exc:  # noqa: BLE001 - any failure means "no key", reported in one line
        raise ConfigError(f"{where}: cannot load the {purpose} key from Prefect Secret {block!r}: {exc}") from exc
    if not isinstance(value, str) or not value:
        raise ConfigError(f"{where}: Prefect Secret {block!r} holds no {purpose} key")
    return value


def pseudonym_key(source: KeySource, where: str) -> bytes:
    key = read_key(source, "pseudonym", where).encode("utf-8")
    if len(key) < MIN_PSEUDONYM_KEY_BYTES:
        raise ConfigError(f"{where}: the pseudonym key in {source.env} is shorter than {MIN_PSEUDONYM_KEY_BYTES} bytes")
    return key


def encryption_key(source: KeySource, where: str) -> bytes:
    """AES key: base64 (standard or URL-safe) of 16, 24 or 32 bytes."""
    text = read_key(source, "encryption", where).strip()
    try:
        standard = text.replace("-", "+").replace("_", "/").rstrip("=")
        key = base64.b64decode(standard + "=" * (-len(standard) % 4), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ConfigError(f"{where}: the encryption key in {source.env} is not base64") from exc
    if len(key) not in AES_KEY_BYTES:
        raise ConfigError(
            f"{where}: the encryption key in {source.env} must be base64 of 16, 24 or 32 bytes, got {len(key)} "
            "(make one: python -c 'import base64, os; print(base64.b64encode(os.urandom(32)).decode())')"
        )
    return key
