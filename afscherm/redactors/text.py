"""Redacting free text: findings in, the text with every finding replaced by its policy operator out.

Overlapping findings are redacted once, as their union (the widest finding names the type), so no
character of any finding survives and no replacement is applied twice. Offsets are Python string
indices, as in the findings and in Presidio, so multi-byte characters and emoji need no conversion.

The spans are replaced left to right by the policy's operators (``redactors.operators``), the same
functions column rules use. Presidio's ``AnonymizerEngine`` is not used for this: it applies operators
from the last span to the first, and encrypted tokens are numbered in reading order within their place
(``redactors.encryption``). The operators are also Presidio ``Operator`` classes for use with Presidio.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from afscherm.detectors.findings import Finding
from afscherm.detectors.overlap import SPECIFICITY
from afscherm.redactors.encryption import Place, current_place, encrypt_token
from afscherm.redactors.keys import encryption_key, pseudonym_key
from afscherm.redactors.operators import (
    Batch,
    KeyRing,
    batch_function,
    need_key,
    value_function,
)
from afscherm.redactors.policy import ColumnRule, Encrypt, Keep, OperatorSpec, Policy, load_policy

Span = tuple[int, int, str]


def disjoint_spans(findings: Iterable[Finding], length: int) -> list[Span]:
    """Overlapping findings merged into one span each, typed by the widest (then most specific) finding."""
    ordered = sorted(findings, key=lambda f: (f.start, -f.end))
    spans: list[Span] = []
    group: list[Finding] = []
    for f in ordered:
        if not 0 <= f.start <= f.end <= length:
            raise ValueError(f"finding {f.entity_type} [{f.start}, {f.end}) lies outside a text of {length} characters")
        if f.start == f.end:
            continue
        if group and f.start >= max(g.end for g in group):
            spans.append(_merge(group))
            group = []
        group.append(f)
    if group:
        spans.append(_merge(group))
    return spans


def _merge(group: list[Finding]) -> Span:
    widest = max(group, key=lambda f: (f.end - f.start, SPECIFICITY.get(f.entity_type, 0)))
    return min(f.start for f in group), max(f.end for f in group), widest.entity_type


def load_keys(policy: Policy) -> KeyRing:
    """Only the keys the policy's operators need; a missing one is a ConfigError now, not mid-file."""
    where = policy.source
    return KeyRing(
        pseudonym=pseudonym_key(policy.keys.pseudonym, where) if policy.needs("pseudonymise") else None,
        encryption=encryption_key(policy.keys.encryption, where) if policy.needs("encrypt") else None,
    )


class Redactor:
    """A policy with its keys and one replacement function per entity type; build once, reuse."""

    def __init__(self, policy: Policy, keys: KeyRing | None = None) -> None:
        self.policy = policy
        self.keys = keys if keys is not None else load_keys(policy)
        self._replace: dict[str, Callable[[str, Place], str]] = {}

    def replacement(self, entity_type: str) -> Callable[[str, Place], str]:
        """``(value, place) -> replacement`` for a span of ``entity_type`` (types outside the policy: default)."""
        fn = self._replace.get(entity_type)
        if fn is None:
            spec = self.policy.operator_for(entity_type)
            if isinstance(spec, Encrypt):
                key = need_key(self.keys.encryption, "encryption")
                fn = lambda value, place: encrypt_token(key, entity_type, value, place)  # noqa: E731
            else:
                single = value_function(spec, entity_type, self.keys)
                fn = lambda value, place: single(value)  # noqa: E731
            self._replace[entity_type] = fn
        return fn

    def redact(self, text: str, findings: Iterable[Finding], place: Place | None = None) -> str:
        """``text`` with each finding replaced; encrypted tokens are bound to ``place`` (default: the
        current place, see ``redactors.encryption.bound``), numbered left to right."""
        spans = disjoint_spans(findings, len(text))
        if not spans:
            return text
        place = place if place is not None else current_place()
        parts: list[str] = []
        pos = 0
        for start, end, entity_type in spans:
            parts.append(text[pos:start])
            parts.append(self.replacement(entity_type)(text[start:end], place))
            pos = end
        parts.append(text[pos:])
        return "".join(parts)

    def redact_batch(self, texts: Sequence[str], findings: Sequence[Iterable[Finding]]) -> list[str]:
        return [self.redact(t, f) for t, f in zip(texts, findings, strict=True)]

    def column_spec(self, rule: ColumnRule) -> OperatorSpec:
        """The operator a column rule applies: its own, else the policy's for its entity type."""
        if rule.entity_type is None:  # scan: false
            return Keep(operator="keep")
        return rule.operator or self.policy.operator_for(rule.entity_type)

    def column_function(self, rule: ColumnRule) -> Callable[[str], str]:
        """What a column rule does to each whole value."""
        return value_function(self.column_spec(rule), rule.entity_type or "", self.keys)

    def column_batch_function(self, rule: ColumnRule) -> Batch:
        """``column_function`` over a list of values at once (for Arrow columns)."""
        return batch_function(self.column_spec(rule), rule.entity_type or "", self.keys)


_CACHE: dict[int, tuple[Policy, Redactor]] = {}


def redactor_for(policy: Policy | Redactor | None = None) -> Redactor:
    """A cached Redactor for ``policy`` (default: ``configs/policy.yaml``)."""
    if isinstance(policy, Redactor):
        return policy
    if policy is None:
        policy = load_policy()
    hit = _CACHE.get(id(policy))
    if hit is None or hit[0] is not policy:
        if len(_CACHE) >= 8:
            _CACHE.clear()
        hit = _CACHE[id(policy)] = (policy, Redactor(policy))
    return hit[1]


def redact(text: str, findings: Iterable[Finding], policy: Policy | Redactor | None = None) -> str:
    return redactor_for(policy).redact(text, findings)


def redact_batch(
    texts: Sequence[str], findings: Sequence[Iterable[Finding]], policy: Policy | Redactor | None = None
) -> list[str]:
    return redactor_for(policy).redact_batch(texts, findings)
