"""Build ``tuning_8.jsonl`` from ``tuning_8.annotated.txt``: own hand-written tuning cases for issue 12 (eighth set).

Written for tuning (unlike ``heldout.jsonl`` rules may be fitted to these), without reading the held-out set:
names and places in OCR output, call transcripts and dumps. OCR'd letters, forms and extracts with names in
capitals (``JANSEN, PETRA``), digits for letters in names (``P3tra``), damaged or letter-spaced labels (``Naarn:``,
``N a a m :``), postcodes with OCR's letters (``1O12 AB``); transcripts with ``met de vries``, names spelled
letter by letter or with the Dutch/NATO spelling alphabet (``d van dirk``), places and streets said in lower
case with their numbers read out; SQL/CSV/JSON/YAML/logfmt dumps with a name split over
``voornaam``/``tussenvoegsel``/``achternaam`` columns and places under ``woonplaats``/``city``/``plaats``. Words
that are also place names (``best``, ``loon``, ``buren``, ``dieren``, ``hoek``) and firms are hard negatives
(``-LOC``). Markup as in ``tuning_markup.py``.

    .venv/bin/python bench/gold/handwritten/tuning_8.py       # writes bench/gold/handwritten/tuning_8.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tuning_markup import write  # noqa: E402

if __name__ == "__main__":
    sys.exit(write("tuning_8"))
