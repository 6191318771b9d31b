"""Build ``tuning_20.jsonl`` from ``tuning_20.annotated.txt``: own hand-written tuning cases for issue 12 (20th set).

Written for tuning (unlike the held-out sets, rules may be fitted to these), without reading any held-out set:
support-desk material of every kind, each text written by hand. OCR output of municipal letters, forms with dot
leaders (``1.3 BSN ......... 2531 08366``), payslips, statements, a BRP extract and scanned passports, ID cards and a
driving licence, with OCR noise in labels (``Burgerservlcenummer``, ``Docurnentnummer``, ``lMEl``, letter-spaced
``B S N``, ``G e b o r e n``) and digits (``l8O894Z86``, ``2l6 4Z6 S7l``), MRZ zones with ``«``, ``K`` for ``<``,
``O`` for ``0``, merged into one line or with a broken check digit. Call transcripts with BSNs, IBANs, IMEIs and
cards read out in words, in pairs, mixed with digits and repeated back by the agent, document numbers spelled
(``B X negen P R vier D een drie``), spelled names (``em-ee-er-tee-ee-en-es``) and spoken postcodes. Logs and stack
traces with names and numbers (Java, Python, postfix, access logs, logfmt, JSON lines); SQL INSERT/UPDATE, COPY,
mysql tables, JSON, XML, YAML and CSV dumps with split name columns; lower-case chats. Values are valid
(python-stdnum for BSNs and IBANs, Luhn for IMEIs and cards, MRZ check digits computed) or OCR-damaged (``~``). Hard
negatives: 11-proef-passing personnel, relation and policy numbers, order, ticket and build numbers.

    .venv/bin/python bench/gold/handwritten/tuning_20.py       # writes bench/gold/handwritten/tuning_20.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tuning_markup import write  # noqa: E402

if __name__ == "__main__":
    sys.exit(write("tuning_20"))
