"""The ``deduce`` peer (PyPI, Dutch de-identification), loaded quietly, for the NER benchmarks."""

from __future__ import annotations

import io
import logging
from pathlib import Path


def load_deduce(cache: Path) -> object:
    """A ``Deduce`` instance with its lookup cache in ``cache`` (built on first use: 80–100 s)."""
    # deduce sets the root logger to DEBUG on stdout at import: claim the root logger first.
    logging.basicConfig(stream=io.StringIO(), level=logging.WARNING, force=True)
    handlers = list(logging.getLogger().handlers)
    from deduce import Deduce

    logging.getLogger().handlers = handlers
    logging.getLogger().setLevel(logging.WARNING)
    cache.mkdir(parents=True, exist_ok=True)
    return Deduce(cache_path=cache)
