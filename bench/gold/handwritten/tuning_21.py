"""Build ``tuning_21.jsonl`` from ``tuning_21.annotated.txt``: own hand-written tuning cases for issue 12 (21st set).

Written for tuning (unlike the held-out sets, rules may be fitted to these), without reading any held-out set:
chats as support desks and families write them, all in lower case: WhatsApp exports with time stamps and full names as
speakers, live-chat transcripts with agents, group chats listing first names, kinship words before names (``oma truus``,
``tante ans``), titles before surnames only (``mevrouw kok``), villages and streets in lower case, numbers typed
in chats (BSN, IBAN, IMEI, phone numbers in pairs), dates of birth in chat phrasing. Hard negatives: a shop named
after a person, a customer number.

    .venv/bin/python bench/gold/handwritten/tuning_21.py       # writes bench/gold/handwritten/tuning_21.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tuning_markup import write  # noqa: E402

if __name__ == "__main__":
    sys.exit(write("tuning_21"))
