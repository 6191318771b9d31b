"""Build ``tuning_4.jsonl`` from ``tuning_4.annotated.txt``: own hand-written tuning cases for issue 12 (fourth set).

Written for tuning (unlike ``heldout.jsonl`` rules may be fitted to these), without reading the held-out set:
document numbers under JSON keys, CSV and SQL columns and behind OCR-damaged labels (``Docurnentnr.``,
``D0cumentnummer``, ``Persoonsnumrner``), spoken and OCR-damaged dates of birth (``veertien maart negentien
eenentachtig``, ``14 rnaart 1981``, ``14-O3-1981``), query strings, stack-trace locals, SQL ``INSERT``/``COPY``
rows, BSNs, IBANs and card numbers in odd writings (every IBAN-registry region, lower case, a space after the
country code), spoken numbers in tens (``achtendertig``), and organisations named after people as hard
negatives. Markup as in ``tuning_2.annotated.txt``: ``### <id> <kind>`` starts a text, ``[[T|value]]`` marks a
span of type ``T`` (short or full name), ``[[-ORG|value]]`` an organisation named after a person (no PERSON
finding may overlap it), ``[[-NUM|value]]`` a number that is no identifier.

Every checksum value is checked (spoken numbers read as digits first, OCR's letters for digits undone for a
BSN): the 11-proef, mod-97 or Luhn; a document number must have the Dutch shape.

    .venv/bin/python bench/gold/handwritten/tuning_4.py       # writes bench/gold/handwritten/tuning_4.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tuning_markup import write  # noqa: E402

if __name__ == "__main__":
    sys.exit(write("tuning_4"))
