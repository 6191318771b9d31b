"""Redacting free text: findings in, the text with every finding replaced by its policy operator out.

Overlapping findings are redacted once, as their union (the widest finding names the type), so no
character of any finding survives and no replacement is applied twice. Offsets are Python string
indices, as in the findings and in Presidio, so multi-byte characters and emoji need no conversion.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

from presidio_anonymizer import AnonymizerEngine  # noqa: E402
from presidio_anonymizer.entities import OperatorConfig, RecognizerResult  # noqa: E402

from detectors.findings import ENTITY_TYPES, Finding  # noqa: E402
from detectors.overlap import SPECIFICITY  # noqa: E402
from redactors.keys import encryption_key, pseudonym_key  # noqa: E402
from redactors.operators import (  # noqa: E402
    CUSTOM_OPERATORS,
    Batch,
    KeyRing,
    batch_function,
    operator_config,
    value_function,
)
from redactors.policy import ColumnRule, Keep, OperatorSpec, Policy, Replace, load_policy  # noqa: E402

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
    """A policy with its keys and a Presidio ``AnonymizerEngine``; build once, reuse."""

    def __init__(self, policy: Policy, keys: KeyRing | None = None) -> None:
        self.policy = policy
        self.keys = keys if keys is not None else load_keys(policy)
        self.engine = AnonymizerEngine()
        for operator in CUSTOM_OPERATORS:
            self.engine.add_anonymizer(operator)
        self.operators: dict[str, OperatorConfig] = {
            t: operator_config(policy.operator_for(t), t, self.keys) for t in ENTITY_TYPES
        }
        default = policy.default
        # Presidio's replace without a value writes <ENTITY_TYPE> for types the policy does not list.
        self.operators["DEFAULT"] = (
            OperatorConfig("replace", {"new_value": default.tag} if default.tag else {})
            if isinstance(default, Replace)
            else operator_config(default, "DEFAULT", self.keys)
        )

    def redact(self, text: str, findings: Iterable[Finding]) -> str:
        spans = disjoint_spans(findings, len(text))
        if not spans:
            return text
        results = [RecognizerResult(t, s, e, 1.0) for s, e, t in spans]
        return self.engine.anonymize(text, results, self.operators, merge_entities_with_spaces=False).text

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
