"""Build ``tuning_13.jsonl`` from ``tuning_13.annotated.txt``: own hand-written tuning cases for issue 12 (13th set).

Written for tuning (unlike ``heldout.jsonl`` rules may be fitted to these), without reading the held-out set, aimed
at what ``tuning_9`` lacks in the two leakiest kinds. OCR'd forms and letters: names in capitals and in
``ACHTERNAAM, Voornamen`` order, name labels OCR damaged (``Achternaarn``, ``Voornarnen``, ``Narn``, ``Gebor en``),
names split over table columns or hyphenated over a line end, initials whose dot OCR read as a comma
(``J,P. de Vries``), signature blocks, ``t.a.v.``/``Aan:`` lines, addresses with the place in capitals and the
postcode damaged (``l234 AB``, ``6871AA  RENKUM``). Call transcripts without capitals: names after ``met``, ``ik ben``,
``spreek ik met``, ``namens``, ``voor``, ``van``; surnames said alone after the agent asks for them; names spelled
with the spelling alphabet or letter by letter and corrected (``nee met een ij``); places after ``in``, ``uit``,
``woonachtig te``, ``richting``; streets with house numbers in words (``kerkstraat twaalf a``). Hard negatives:
closing formulas without a person, labels in capitals, ``ik ben blij``, ``met de klantenservice``, ``richting
centrum``. Markup as in ``tuning_markup.py``.

    .venv/bin/python bench/gold/handwritten/tuning_13.py       # writes bench/gold/handwritten/tuning_13.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tuning_markup import write  # noqa: E402

if __name__ == "__main__":
    sys.exit(write("tuning_13"))
