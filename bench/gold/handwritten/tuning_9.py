"""Build ``tuning_9.jsonl`` from ``tuning_9.annotated.txt``: own hand-written tuning cases for issue 12 (ninth set).

Written for tuning (unlike ``heldout.jsonl`` rules may be fitted to these), without reading the held-out set: OCR
output and call transcripts, the two leakiest kinds. OCR'd letters, payslips, bank statements, invoices, forms and
extracts: column layouts read across, words hyphenated over a line end (``Ver-\\nhoeven``, ``Kloos-\\nterstraat``),
OCR confusions in names, postcodes and house numbers (``Schuurrnan``, ``67l1 BK``, ``Lindenlaan l2``), labels over
their values, addresses over three lines in capitals, ``Dhr./Mevr.`` forms, ``Geboren te ZWOLLE op …``. Call
transcripts with time-stamped speaker turns, ASR output without punctuation or capitals, numbers, postcodes and
house numbers read out in words, names spelled letter by letter or with the spelling alphabet, corrections
(``vierendertig nee sorry zevenendertig``), places and streets in lower case, the agent reading data back. Firms,
product names and words that look like places or names are hard negatives. A birth day and month without the year
(``geboren op 3 mei``) is labelled as a part of a birth date (relabelled in the eighteenth session). Markup as in ``tuning_markup.py``.

    .venv/bin/python bench/gold/handwritten/tuning_9.py       # writes bench/gold/handwritten/tuning_9.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tuning_markup import write  # noqa: E402

if __name__ == "__main__":
    sys.exit(write("tuning_9"))
