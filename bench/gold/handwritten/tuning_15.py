"""Build ``tuning_15.jsonl`` from ``tuning_15.annotated.txt``: own hand-written tuning cases for issue 12 (15th set).

Written for tuning (unlike the held-out sets, rules may be fitted to these), without reading either held-out set:
machine output as Dutch SaaS, e-learning and accounting systems write it. Application logs (logfmt, JSON lines,
Python and Java/Kotlin/Go stack traces with the payload quoted in the exception message, ``repr()`` of objects such
as ``Customer(name='…')`` and ``IdDocument{type=PASPOORT, nummer=…}``, nginx access logs with query strings, mail
logs, audit trails), data dumps (SQL ``INSERT`` with and without a column list, continuation tuples, CSV/TSV exports
with English, Dutch and abbreviated headers such as ``doc_nr``, ``docnummer``, ``vnaam``/``anaam``, ``gebdat``,
YAML, XML, Python dicts, a vCard inside JSON), values URL-encoded or escaped (``%40``, ``%2B``, ``+`` for a space,
``\\u00eb``, JSON inside a JSON string), camelCase and snake_case keys (``firstName``, ``phoneNumber``, ``docNo``,
``passportNumber``, ``idDocumentNumber``, ``legitimatienummer``), display names beside e-mail addresses, MSISDNs
(``31644182093``), dates of birth in ISO, Dutch and epoch writings (seconds and milliseconds) under birth keys.
Request ids, trace ids, hashes (a ``bsn_hash`` column), UUIDs, build and order numbers, version strings, event
timestamps and product SKUs shaped like a document number are hard negatives. Markup as in ``tuning_markup.py``.

    .venv/bin/python bench/gold/handwritten/tuning_15.py       # writes bench/gold/handwritten/tuning_15.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tuning_markup import write  # noqa: E402

if __name__ == "__main__":
    sys.exit(write("tuning_15"))
