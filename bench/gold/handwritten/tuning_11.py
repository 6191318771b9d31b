"""Build ``tuning_11.jsonl`` from ``tuning_11.annotated.txt``: own hand-written tuning cases for issue 12 (eleventh set).

Written for tuning (unlike ``heldout.jsonl`` rules may be fitted to these), without reading the held-out set:
precision of PERSON and LOCATION in support-desk writing (chats, tickets, transcripts, logs, dumps, OCR'd receipts
and extracts, letters). Real names and places stand beside many hard negatives: shops and brands named after a
person (``Albert Heijn``, ``Jan Linders``, ``Leen Bakker``, ``Douwe Egberts``), businesses with a surname or a first
name (``Bakkerij Jansen``, ``Kapsalon Mieke``, ``Jan de Rooij Meubelen``) as ``-ORG``; brands, products and chains
(``Heineken``, ``Philips``, ``Bijenkorf``, ``Oracle``), countries, provinces and regions (``Duitsland``,
``Friesland``, ``de Veluwe``, not labelled by the gold conventions) and place names used as words or products
(``beste``, ``hoorn``, ``Gouda`` cheese) as ``-LOC``. Following ``README.md``, a place inside an organisation's name
is a place (``Gemeente [Zwolle]``, ``Universiteit [Utrecht]``), and so are places that are also words when they
are used as places (``in Best gaan wonen``, ``[Son]`` after a postcode). Markup as in ``tuning_markup.py``.

    .venv/bin/python bench/gold/handwritten/tuning_11.py       # writes bench/gold/handwritten/tuning_11.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tuning_markup import write  # noqa: E402

if __name__ == "__main__":
    sys.exit(write("tuning_11"))
