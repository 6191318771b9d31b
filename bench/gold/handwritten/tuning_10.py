"""Build ``tuning_10.jsonl`` from ``tuning_10.annotated.txt``: own hand-written tuning cases for issue 12 (seventh set).

Written for tuning (unlike ``heldout.jsonl`` rules may be fitted to these), without reading the held-out set:
the checksum types and their neighbours as support desks meet them in text we did not write. BSNs with OCR's
letters for digits, over a line break, in odd groupings, with the leading zero a spreadsheet dropped (8 digits
under a ``bsn`` column), read out in groups with fillers, under JSON/logfmt/query-string keys; MRZ zones of TD1,
TD2 and TD3 of several countries with OCR damage (``«`` and ``K`` for fillers, ``O``/``I`` for digits), as JSON
lists, ``\\n``-joined strings and one logged line; IBANs of many registry countries in odd groupings, lower case,
over a line break, glued to their label, with OCR's letters; document numbers under keys and labels in several
languages; dates of birth in every writing (``14 maart '81``, ``14-mrt-1981``, ISO timestamps, US order under an
English label, spoken, under the right column of an ID card's row of labels, after a long question). Order and
tracking numbers are hard negatives (``-NUM``). Markup as in
``tuning_markup.py``.

    .venv/bin/python bench/gold/handwritten/tuning_10.py       # writes bench/gold/handwritten/tuning_10.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tuning_markup import write  # noqa: E402

if __name__ == "__main__":
    sys.exit(write("tuning_10"))
