"""Build ``tuning_12.jsonl`` from ``tuning_12.annotated.txt``: own hand-written tuning cases for issue 12 (twelfth set).

Written for tuning (unlike ``heldout.jsonl`` rules may be fitted to these), without reading the held-out set:
organisations named after people beside the people themselves, in chats, tickets, transcripts, logs, dumps, OCR'd
receipts and extracts and letters. As ``-ORG``: shops and trades with a person's name (``Slagerij Van Dam``,
``Jansen Installatietechniek``, ``Electro Jansen``), chains and brands that are a full name or a surname (``Bart
Smit``, ``Hans Anders``, ``Leen Bakker``, ``Zeeman``, ``Douwe Egberts``, ``Van Haren``), law and accountancy firms
(``Van Doorne``, ``Loyens & Loeff``, ``Bakker & Partners``, ``Grant Thornton``), foundations, clubs, schools,
churches, museums, stadiums and hotels named after people (``Stichting Anne Frank``, ``VV Jan van Arckel``,
``Johan Cruijff ArenA``, ``Prins Willem-Alexanderschool``, ``Parochie H. Jozef``), organisations under a company
label or column (``Handelsnaam:``, ``merchant``, ``werkgever``). Next to them the people who share the name
(``met Gert Jansen van Bakkerij Jansen``, ``meneer Smit``, a KvK extract's owner and director) so recall is seen,
and streets named after people as places (``Van Goghstraat``, ``Johan de Wittlaan``). KvK numbers that fail the
11-proef are ``-NUM``. Markup as in ``tuning_markup.py``.

    .venv/bin/python bench/gold/handwritten/tuning_12.py       # writes bench/gold/handwritten/tuning_12.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tuning_markup import write  # noqa: E402

if __name__ == "__main__":
    sys.exit(write("tuning_12"))
