"""Build ``tuning_19.jsonl`` from ``tuning_19.annotated.txt``: own hand-written tuning cases for issue 12 (19th set).

Written for tuning (unlike the held-out sets, rules may be fitted to these), without reading either held-out set:
dates of birth and places as Dutch writers write them outside our generators. Dates of birth spoken in call
transcripts (``veertien maart eenentachtig``, ``de derde van de vijfde negentien negentig``, ``geboren in '81, 14
maart``), typed in chats (``ben van 3/5/90``), with the age beside them (``geb. 12-04-1967 (58 jr)``), under the many
keys of logs and dumps (``dob``, ``geb_datum``, ``date_of_birth``, ``birthdate``, ``gebdat``, ``BDAY``, columns of
CSV/SQL/COPY/markdown tables, ``datetime.date``), and in OCR with damaged labels and digits (``Geboortedaturn``,
``l4-O3-1961``). Places and addresses: lower-case places in chats, one-line addresses with postcode variants
(``1234AB``, ``1234 ab``), additions (``17-2``, ``5 hs``, ``23-III``, ``9 bis``), P.O. boxes and antwoordnummers,
foreign places of Dutch people, ``city=`` in logs, spoken postcodes and streets. Hard negatives: appointment, invoice,
issue, expiry and update dates, and words that are also places (``haren``, ``putten``, ``goes``, ``hoorn``).

    .venv/bin/python bench/gold/handwritten/tuning_19.py       # writes bench/gold/handwritten/tuning_19.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tuning_markup import write  # noqa: E402

if __name__ == "__main__":
    sys.exit(write("tuning_19"))
