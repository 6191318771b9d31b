"""Build ``tuning_14.jsonl`` from ``tuning_14.annotated.txt``: own hand-written tuning cases for issue 12 (14th set).

Written for tuning (unlike the held-out sets, rules may be fitted to these), without reading either held-out set:
checksum types that slip on fresh machine output and speech, in writings ``tuning_7`` and ``tuning_10`` lack. IMEIs
without the word IMEI under keys and columns (``device_id``, ``hw_id``, ``imei1``/``imei_2``, ``toestel``, ``meid``,
an MDM export, an inventory), as printed on the box (``35-755259-097525-5``), IMEISV (16 digits) and MEID (14 digits)
under their column far from its header, in URL paths and user-agent strings, with ``-01`` after it; IBANs in OCR'd
statements (spaces lost or moved, ``O``/``0`` ``l``/``1`` ``S``/``5`` confusions, split over two lines, in a
statement's column), in lower case, URLs and JSON; IP addresses read out in call transcripts (``tien punt nul punt
twaalf punt vierendertig``, digits one by one, hundreds in words), after ``client:`` and ``host/``, in
``X-Forwarded-For`` chains, ``::ffff:`` prefixes and cloud host names (``ip-10-12-0-44``); dates of birth in chats
(``jarig op 14 maart, geboren in 81``, a child ``is van`` a recent date); Dutch document numbers under German and
English labels and CSV columns. Order numbers that fail Luhn, millisecond timestamps, EANs, tracking codes,
appointment dates and deadlines are hard negatives or left unlabelled; a birthday without a year (``jarig op 9 juli``)
is a part of a birth date and labelled (relabelled in the eighteenth session). Markup as in
``tuning_markup.py`` (IMEISV and MEID carry no check digit: only their length is checked).

    .venv/bin/python bench/gold/handwritten/tuning_14.py       # writes bench/gold/handwritten/tuning_14.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tuning_markup import write  # noqa: E402

if __name__ == "__main__":
    sys.exit(write("tuning_14"))
