"""Keyed, stable pseudonyms: the same value (however written) gives the same token with the same key.

``PERSOON-7f3a2c1d9e04b6a5`` = prefix + the first hex characters (16 by default, at least 12: the policy
refuses fewer) of HMAC-SHA256(key, type ‖ 0x00 ‖ normalised value).
The entity type is part of the message so equal strings of different types do not link.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable

import phonenumbers

from afscherm.detectors.spoken_numbers import DIGIT_WORDS

_NUMBER_TYPES = {"NL_BSN", "IBAN_CODE", "IMEI", "CREDIT_CARD", "NL_ID_DOCUMENT", "PHONE_NUMBER", "MRZ"}
_SPOKEN = re.compile(r"(?<!\w)(" + "|".join(sorted(DIGIT_WORDS, key=len, reverse=True)) + r"|plus)(?!\w)", re.I)
_FILLERS = re.compile(r"(?<!\w)(?:punt|streepje|ehm|eh|uhm|uh|euh)(?!\w)", re.I)


def _spoken_to_digits(value: str) -> str:
    value = _FILLERS.sub(" ", value)
    return _SPOKEN.sub(lambda m: "+" if m.group().lower() == "plus" else DIGIT_WORDS[m.group().lower()], value)


def _numbers(value: str) -> str:
    return re.sub(r"[^0-9A-Za-z+]", "", _spoken_to_digits(unicodedata.normalize("NFKC", value))).upper()


def _phone(value: str) -> str:
    return _e164(_numbers(value))


def _identifier(value: str) -> str:
    return _numbers(value).replace("+", "")


def _email(value: str) -> str:
    return unicodedata.normalize("NFKC", value).strip().casefold()


def _words(value: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", value).split()).casefold()


def normaliser(entity_type: str) -> Callable[[str], str]:
    if entity_type == "PHONE_NUMBER":
        return _phone
    if entity_type in _NUMBER_TYPES:
        return _identifier
    if entity_type == "EMAIL_ADDRESS":
        return _email
    return _words


def normalise(entity_type: str, value: str) -> str:
    """One canonical form per value: ``1112.22.333`` = ``111222333``, ``+31 6 1234 5678`` = ``0612345678``."""
    return normaliser(entity_type)(value)


def _e164(compact: str) -> str:
    try:
        number = phonenumbers.parse(compact, "NL")
    except phonenumbers.NumberParseException:
        return compact
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


class Hmac:
    """HMAC-SHA256 with the key's inner and outer hash states computed once (RFC 2104).

    Same output as ``hmac.digest(key, msg, "sha256")`` at about half the cost per value, which matters
    for columns of hundreds of thousands of distinct e-mail addresses.
    """

    def __init__(self, key: bytes) -> None:
        block = hashlib.sha256().block_size
        padded = (hashlib.sha256(key).digest() if len(key) > block else key).ljust(block, b"\0")
        self.inner = hashlib.sha256(bytes(b ^ 0x36 for b in padded))
        self.outer = hashlib.sha256(bytes(b ^ 0x5C for b in padded))

    def digest(self, message: bytes) -> bytes:
        inner = self.inner.copy()
        inner.update(message)
        outer = self.outer.copy()
        outer.update(inner.digest())
        return outer.digest()


def pseudonym(key: bytes | Hmac, entity_type: str, value: str, prefix: str, hex_chars: int = 16) -> str:
    mac = key if isinstance(key, Hmac) else Hmac(key)
    message = f"{entity_type}\x00{normalise(entity_type, value)}".encode()
    return f"{prefix}-{mac.digest(message).hex()[:hex_chars]}"


def pseudonyms(mac: Hmac, entity_type: str, values: Iterable[str], prefix: str, hex_chars: int = 16) -> list[str]:
    """``pseudonym`` for many values in one tight loop (column rules over distinct values)."""
    norm, head, start = normaliser(entity_type), f"{entity_type}\x00", f"{prefix}-"
    out: list[str] = []
    append = out.append
    for value in values:
        inner = mac.inner.copy()
        inner.update((head + norm(value)).encode())
        outer = mac.outer.copy()
        outer.update(inner.digest())
        append(start + outer.digest().hex()[:hex_chars])
    return out
