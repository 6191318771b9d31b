"""Build ``tuning_22.jsonl`` from ``tuning_22.annotated.txt``: own hand-written tuning cases for issue 12 (22nd set).

Written for tuning (unlike the held-out sets, rules may be fitted to these), without reading any held-out set (whose
aggregates showed places in chats leaking most): places and addresses as chats and calls type them, in lower case -
streets with and without a house number, after "op de" and at a corner, additions (``22-3``, ``112 bis``, ``9 huis``),
titles abbreviated (``pr. bernhardlaan``, ``burg. de withstraat``), postcodes with letters that are also a unit
(``3572 kb``, ``2333 cc``) and a house number under its label, districts (``amsterdam-noord``), villages, a
correction naming the municipality, spoken addresses and postcodes in call transcripts. Hard negatives: a camping's
and a supermarket's names.

    .venv/bin/python bench/gold/handwritten/tuning_22.py       # writes bench/gold/handwritten/tuning_22.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tuning_markup import write  # noqa: E402

if __name__ == "__main__":
    sys.exit(write("tuning_22"))
