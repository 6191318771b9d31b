"""Build ``tuning_5.jsonl`` from ``tuning_5.annotated.txt``: own hand-written tuning cases for issue 12 (fifth set).

Written for tuning (unlike ``heldout.jsonl`` rules may be fitted to these), without reading the held-out set:
places and addresses (LOCATION) as support desks see them — places and streets in CSV/pipe tables, SQL rows,
JSON, YAML, vCards and logfmt under a place or street column or key; OCR letters with damaged labels and names
(``Gerneente Arnhern``, ``Woonplaats Rotterdarn``), labels without a colon; post boxes; Belgian and German
places and addresses in Dutch text (``1000 Brussel``, ``52062 Aachen``, lower case after ``in``/``uit``/
``naar``); streets the gazetteer knows without a street ending (``Weteringschans 120-2``, ``Meir 50``) and
additions (``12 bis``, ``263 II``, ``12-1``); spoken postcodes and house numbers in transcripts; and hard
negatives: place names that are common words (``houten``, ``best``), firms named after people, brands.
Markup as in ``tuning_4.annotated.txt``; ``[[-LOC|value]]`` marks words that are no place (no finding may
overlap them unless it matches a gold span).

    .venv/bin/python bench/gold/handwritten/tuning_5.py       # writes bench/gold/handwritten/tuning_5.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tuning_markup import write  # noqa: E402

if __name__ == "__main__":
    sys.exit(write("tuning_5"))
