"""Build ``tuning_6.jsonl`` from ``tuning_6.annotated.txt``: own hand-written tuning cases for issue 12 (sixth set).

Written for tuning (unlike ``heldout.jsonl`` rules may be fitted to these), without reading the held-out set:
OCR output of ID cards, licences, payslips, statements and letters (OCR noise in labels, names and numbers:
``0``/``O``, ``1``/``l``/``I``, ``rn``/``m``, split and joined words, line breaks inside numbers, names in capitals
``JANSEN, PETRA``), SQL/JSON/CSV/YAML/TSV/mysql/pandas dumps with names as values under keys and columns
(``klantnaam``, ``contact_person``, ``first_name``/``last_name``, ``voorletters``/``tussenvoegsel``/``achternaam``),
and call transcripts (speaker turns, self-introductions, names spelled out, numbers read out in groups with
``eh`` and corrections). Markup as in ``tuning_4.annotated.txt``; ``[[T~|value]]`` marks an OCR-damaged value
(as in ``heldout.annotated.txt``): its OCR letters are read as digits before the checksum, and a damaged MRZ is
checked only for its shape.

    .venv/bin/python bench/gold/handwritten/tuning_6.py       # writes bench/gold/handwritten/tuning_6.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tuning_markup import write  # noqa: E402

if __name__ == "__main__":
    sys.exit(write("tuning_6"))
