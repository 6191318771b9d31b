"""afscherm: Dutch-first discovery and redaction of personal data.

The folders are subpackages: ``afscherm.detectors`` (what is personal data), ``afscherm.redactors`` (masking
what was found), ``afscherm.discovery`` (the findings index, access and erasure requests) and
``afscherm.flows`` (Prefect flows, stores, the CLI). Default configuration ships in ``afscherm/configs``.

The common entry points are imported on first use, so ``import afscherm`` stays cheap:

>>> import afscherm
>>> afscherm.__version__ == version("afscherm")
True
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

try:
    __version__ = version("afscherm")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0+unknown"

if TYPE_CHECKING:
    from afscherm.detectors import Analyzer, Finding, analyze, analyze_text
    from afscherm.redactors import load_policy, redact

__all__ = ["Analyzer", "Finding", "__version__", "analyze", "analyze_text", "load_policy", "redact"]
_LAZY = {
    "Analyzer": "afscherm.detectors",
    "Finding": "afscherm.detectors",
    "analyze": "afscherm.detectors",
    "analyze_text": "afscherm.detectors",
    "load_policy": "afscherm.redactors",
    "redact": "afscherm.redactors",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'afscherm' has no attribute {name!r}")
