"""Detection of personal data in Dutch text: Presidio recognisers on a Dutch spaCy pipeline.

The analyzer (and with it Presidio and spaCy) is imported on first use, so that importing a single
recogniser or checksum helper stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from afscherm.detectors.findings import ENTITY_TYPES, Finding

if TYPE_CHECKING:
    from afscherm.detectors.analyzer import Analyzer, analyze, analyze_text, default_analyzer

__all__ = ["ENTITY_TYPES", "Analyzer", "Finding", "analyze", "analyze_text", "default_analyzer"]
_LAZY = {"Analyzer", "analyze", "analyze_text", "default_analyzer"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from afscherm.detectors import analyzer

        return getattr(analyzer, name)
    raise AttributeError(f"module 'afscherm.detectors' has no attribute {name!r}")
