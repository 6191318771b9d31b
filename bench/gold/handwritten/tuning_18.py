"""Build ``tuning_18.jsonl`` from ``tuning_18.annotated.txt``: own hand-written tuning cases for issue 12 (18th set).

Written for tuning (unlike the held-out sets, rules may be fitted to these), without reading either held-out set:
names of people as Dutch writers write them where PERSON recall was weak - WhatsApp and Teams chats in lower case
(names mid-sentence, after prepositions, in lists, first names alone, double names, ``@mentions``, tussenvoegsels in
lower case), call transcripts (names spelled letter by letter or with the spelling alphabet, ``met eh ...``,
read-backs, third persons), OCR of letters and ID cards (names in capitals, ``MULDER, DAAN``, names split over
lines) and machine output (``customer_name``, ``name='...'`` in stack-trace locals, CSV columns
``voornaam;achternaam``, e-mail display names). Hard negatives: months, common words that are also names,
organisations named after people and streets named after people (only the street is a LOCATION).

    .venv/bin/python bench/gold/handwritten/tuning_18.py       # writes bench/gold/handwritten/tuning_18.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tuning_markup import write  # noqa: E402

if __name__ == "__main__":
    sys.exit(write("tuning_18"))
