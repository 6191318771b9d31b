"""Policy operators as Presidio anonymizer operators, and the same operators applied to whole values.

Presidio's ``replace``, ``redact`` (our ``remove``) and ``keep`` are used as they are; masking with a
readable tail, keyed pseudonyms and AES-GCM encryption are our own ``Operator`` subclasses.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from presidio_anonymizer.entities import OperatorConfig
from presidio_anonymizer.operators import Operator, OperatorType

from afscherm.redactors.encryption import encrypt_token
from afscherm.redactors.policy import (
    DEFAULT_PREFIXES,
    DEFAULT_TAGS,
    Encrypt,
    Keep,
    Mask,
    OperatorSpec,
    Pseudonymise,
    Remove,
    Replace,
)
from afscherm.redactors.pseudonym import Hmac, pseudonym, pseudonyms


@dataclass(frozen=True, slots=True)
class KeyRing:
    """The keys a policy needs (None when no operator uses them)."""

    pseudonym: bytes | None = None
    encryption: bytes | None = None


def tag_for(entity_type: str, tag: str | None) -> str:
    return tag if tag is not None else DEFAULT_TAGS.get(entity_type, f"<{entity_type}>")


def mask_tail(value: str, keep_last: int, char: str = "*") -> str:
    """Every letter and digit masked except the last ``keep_last``; separators stay, so the shape reads."""
    out, kept = [], 0
    for ch in reversed(value):
        if ch.isalnum():
            out.append(ch if kept < keep_last else char)
            kept += 1
        else:
            out.append(ch)
    return "".join(reversed(out))


class MaskOperator(Operator):
    def operate(self, text: str, params: dict[str, Any] | None = None) -> str:
        params = params or {}
        return mask_tail(text, params["keep_last"], params["char"])

    def validate(self, params: dict[str, Any] | None = None) -> None:
        """Nothing to check here: the policy validated these parameters when it was loaded."""

    def operator_name(self) -> str:
        return "afscherm_mask"

    def operator_type(self) -> OperatorType:
        return OperatorType.Anonymize


class PseudonymOperator(Operator):
    def operate(self, text: str, params: dict[str, Any] | None = None) -> str:
        params = params or {}
        return params["function"](params["entity_type"], text)

    def validate(self, params: dict[str, Any] | None = None) -> None:
        """Nothing to check here: the policy validated these parameters when it was loaded."""

    def operator_name(self) -> str:
        return "afscherm_pseudonymise"

    def operator_type(self) -> OperatorType:
        return OperatorType.Anonymize


class EncryptOperator(Operator):
    """Tokens bound to the current place (``redactors.encryption.bound``). Presidio's engine applies
    operators from the last span to the first, so a text with several encrypted spans is numbered in
    reverse: give such texts to ``Redactor.redact``, which reveal reads back."""

    def operate(self, text: str, params: dict[str, Any] | None = None) -> str:
        params = params or {}
        return encrypt_token(params["key"], params["entity_type"], text)

    def validate(self, params: dict[str, Any] | None = None) -> None:
        """Nothing to check here: the policy validated these parameters when it was loaded."""

    def operator_name(self) -> str:
        return "afscherm_encrypt"

    def operator_type(self) -> OperatorType:
        return OperatorType.Anonymize


CUSTOM_OPERATORS: tuple[type[Operator], ...] = (MaskOperator, PseudonymOperator, EncryptOperator)


def _pseudonymiser(key: bytes, spec: Pseudonymise) -> Callable[[str, str], str]:
    mac = Hmac(key)

    @lru_cache(maxsize=65536)  # support data repeats the same people and addresses
    def make(entity_type: str, value: str) -> str:
        prefix = spec.prefix or DEFAULT_PREFIXES.get(entity_type, entity_type)
        return pseudonym(mac, entity_type, value, prefix, spec.hex_chars)

    return make


def need_key(key: bytes | None, what: str) -> bytes:
    if key is None:  # Redactor loads every key its policy needs; reaching this is a programming error
        raise RuntimeError(f"no {what} key loaded")
    return key


def operator_config(spec: OperatorSpec, entity_type: str, keys: KeyRing) -> OperatorConfig:
    """The Presidio operator for one entity type."""
    if isinstance(spec, Mask):
        return OperatorConfig("afscherm_mask", {"keep_last": spec.keep_last, "char": spec.char})
    if isinstance(spec, Pseudonymise):
        fn = _pseudonymiser(need_key(keys.pseudonym, "pseudonym"), spec)
        return OperatorConfig("afscherm_pseudonymise", {"function": fn})
    if isinstance(spec, Encrypt):
        return OperatorConfig("afscherm_encrypt", {"key": need_key(keys.encryption, "encryption")})
    if isinstance(spec, Remove):
        return OperatorConfig("redact", {})
    if isinstance(spec, Keep):
        return OperatorConfig("keep", {})
    return OperatorConfig("replace", {"new_value": tag_for(entity_type, spec.tag)})


def value_function(spec: OperatorSpec, entity_type: str, keys: KeyRing) -> Callable[[str], str]:
    """The operator applied to a whole value (column rules), without the anonymizer engine."""
    if isinstance(spec, Mask):
        return lambda v: mask_tail(v, spec.keep_last, spec.char)
    if isinstance(spec, Pseudonymise):
        fn = _pseudonymiser(need_key(keys.pseudonym, "pseudonym"), spec)
        return lambda v: fn(entity_type, v)
    if isinstance(spec, Encrypt):
        key = need_key(keys.encryption, "encryption")
        return lambda v: encrypt_token(key, entity_type, v)
    if isinstance(spec, Remove):
        return lambda v: ""
    if isinstance(spec, Keep):
        return lambda v: v
    tag = tag_for(entity_type, spec.tag)
    return lambda v: tag


Batch = Callable[[list[str]], list[str]]


def batch_function(spec: OperatorSpec, entity_type: str, keys: KeyRing) -> Batch:
    """``value_function`` over a list of values; pseudonyms in one tight loop (the costly column rule)."""
    if isinstance(spec, Pseudonymise):
        mac = Hmac(need_key(keys.pseudonym, "pseudonym"))
        prefix = spec.prefix or DEFAULT_PREFIXES.get(entity_type, entity_type)
        return lambda values: pseudonyms(mac, entity_type, values, prefix, spec.hex_chars)
    if isinstance(spec, Replace):
        tag = tag_for(entity_type, spec.tag)
        return lambda values: [tag] * len(values)
    single = value_function(spec, entity_type, keys)
    return lambda values: [single(v) for v in values]
