"""Keys for pseudonymisation and encryption: from the environment, or a Prefect Secret block.

Never from the repository and never a default: a policy that needs a key which is not set fails
before anything is redacted. No message ever contains a key's value.

How a key is written:
- ``hex:0011…`` and ``base64:ABC…`` are read as hex or base64 (standard or URL-safe) bytes;
- without a prefix an encryption key is base64, except when it also reads as hex (32, 48 or 64 hex
  digits: ambiguous, so refused — write ``hex:`` or ``base64:``); a pseudonym key is its UTF-8 text.
Weak keys are refused: fewer than four different byte values, or a pattern of at most four bytes
repeated (all spaces, all zero bytes, ``abab…``).
"""

from __future__ import annotations

import base64
import binascii
import os
import re

from afscherm.detectors.config import ConfigError
from afscherm.redactors.policy import KeySource

MIN_PSEUDONYM_KEY_BYTES = 16
AES_KEY_BYTES = (16, 24, 32)
AMBIGUOUS_HEX_LENGTHS = {2 * n for n in AES_KEY_BYTES}
_HEX = re.compile(r"[0-9A-Fa-f]+")
MAKE_ONE = "make one: python -c 'import base64, os; print(base64.b64encode(os.urandom(32)).decode())'"


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

        value = Secret.load(block).get()  # type: ignore[union-attr]  # called outside an event loop: a Secret
    except Exception as exc:  # noqa: BLE001 - any failure means "no key", reported in one line
        raise ConfigError(
            f"{where}: cannot load the {purpose} key from Prefect Secret {block!r}: {type(exc).__name__}"
        ) from exc
    if not isinstance(value, str) or not value:
        raise ConfigError(f"{where}: Prefect Secret {block!r} holds no {purpose} key")
    return value


def _b64(text: str) -> bytes:
    standard = text.replace("-", "+").replace("_", "/").rstrip("=")
    return base64.b64decode(standard + "=" * (-len(standard) % 4), validate=True)


def decode_prefixed(text: str, what: str) -> bytes | None:
    """The bytes of a ``hex:``/``base64:`` key; None without a prefix. ``what`` names the key in errors."""
    kind, sep, body = text.partition(":")
    if not sep or kind not in ("hex", "base64"):
        return None
    try:
        return bytes.fromhex(body) if kind == "hex" else _b64(body)
    except (binascii.Error, ValueError) as exc:
        raise ConfigError(f"{what} is not {kind} after '{kind}:'") from exc


def is_weak(key: bytes) -> bool:
    """Fewer than four different byte values, or a pattern of one to four bytes repeated."""
    if len(set(key)) < 4:
        return True
    return any(key == (key[:p] * (len(key) // p + 1))[: len(key)] for p in range(1, 5) if len(key) > p)


def _label(source: KeySource, purpose: str, where: str) -> str:
    return f"{where}: the {purpose} key in {source.env}"


def pseudonym_key(source: KeySource, where: str) -> bytes:
    text = read_key(source, "pseudonym", where)
    what = _label(source, "pseudonym", where)
    key = decode_prefixed(text, what)
    if key is None:
        key = text.encode("utf-8")
    if len(key) < MIN_PSEUDONYM_KEY_BYTES:
        raise ConfigError(f"{what} is shorter than {MIN_PSEUDONYM_KEY_BYTES} bytes")
    if is_weak(key):
        raise ConfigError(f"{what} is weak (a repeated byte or short pattern); use a random secret")
    return key


def encryption_key(source: KeySource, where: str) -> bytes:
    """AES key: ``hex:``/``base64:`` prefixed, or unambiguous base64, of 16, 24 or 32 bytes."""
    text = read_key(source, "encryption", where).strip()
    what = _label(source, "encryption", where)
    key = decode_prefixed(text, what)
    if key is None:
        if _HEX.fullmatch(text) and len(text) in AMBIGUOUS_HEX_LENGTHS:
            raise ConfigError(f"{what} reads as hex and as base64: write hex:… or base64:… in front of it")
        try:
            key = _b64(text)
        except (binascii.Error, ValueError) as exc:
            raise ConfigError(f"{what} is not base64 (write hex:… for a hex key)") from exc
    if len(key) not in AES_KEY_BYTES:
        raise ConfigError(f"{what} must be 16, 24 or 32 bytes, got {len(key)} ({MAKE_ONE})")
    if is_weak(key):
        raise ConfigError(f"{what} is weak (a repeated byte or short pattern); {MAKE_ONE}")
    return key
