"""Redaction: policy operators applied to findings in text and in structured files.

Presidio's anonymizer is imported on first use, so that importing a submodule (the policy, the
image redactor) stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from afscherm.redactors.policy import Policy, load_policy, parse_policy
    from afscherm.redactors.text import Redactor, redact, redact_batch, redactor_for

__all__ = ["Policy", "Redactor", "load_policy", "parse_policy", "redact", "redact_batch", "redactor_for"]
_FROM_POLICY = {"Policy", "load_policy", "parse_policy"}
_FROM_TEXT = {"Redactor", "redact", "redact_batch", "redactor_for"}


def __getattr__(name: str) -> Any:  # noqa: ANN401
    if name in _FROM_POLICY:
        from afscherm.redactors import policy

        return getattr(policy, name)
    if name in _FROM_TEXT:
        from afscherm.redactors import text

        return getattr(text, name)
    raise AttributeError(f"module 'redactors' has no attribute {name!r}")
