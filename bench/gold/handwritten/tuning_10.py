"""Build ``tuning_10.jsonl`` from ``tuning_10.annotated.txt``: own hand-written tuning cases for issue 12 (tenth set).

Written for tuning (unlike ``heldout.jsonl`` rules may be fitted to these), without reading the held-out set:
the checksum types and their neighbours in writings ``tuning_7`` lacks. BSNs read out mixed with digits, under
foreign labels (SSN, citizen service number, sofi-nr), in URLs, logs and JSON, with 8 digits, beside a number
failing the 11-proef; MRZ zones wrapped at another width, in a markdown table and a code block, fillers read as
``( [ c e ‹`` and gaps, two of three TD1 lines, trailing junk, TD2, quoted in an e-mail reply; driving-licence,
residence-permit, Belgian eID and German ID numbers, grouped and spelled document numbers; Belgian (``°``) and
spoken dates of birth, a label in brackets after the date. Order numbers, invoice dates and tracking codes are
hard negatives (``-NUM``). Markup as in ``tuning_markup.py``.

    .venv/bin/python bench/gold/handwritten/tuning_10.py       # writes bench/gold/handwritten/tuning_10.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tuning_markup import write  # noqa: E402

if __name__ == "__main__":
    sys.exit(write("tuning_10"))
