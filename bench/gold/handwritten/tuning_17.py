"""Build ``tuning_17.jsonl`` from ``tuning_17.annotated.txt``: own hand-written tuning cases for issue 12 (17th set).

Written for tuning (unlike the held-out sets, rules may be fitted to these), without reading either held-out set:
OCR output as Dutch companies receive it - scanned letters of the Belastingdienst, UWV, SVB, gemeenten and
zorgverzekeraars, payslips and annual statements, bank statements and SEPA mandates, tenancy and employment
contracts, forms with boxes, and photocopies of ID cards and passports. Checksum values as a scanner reads them:
BSNs in boxes (``| 1 | 0 | 2 |``, ``2 2 6 | 0 7 8 | 1 6 4``), broken or hyphenated over a line end, with letters for
digits (``O``/``l``/``S``/``Z``/``G``/``A``/``T``), IBANs letter by letter or with ``RAB0``/``lNGB``,
MRZ zones with ``«`` and ``K`` for ``<``, ``O`` for ``0`` in dates, spaces inserted, lines merged or broken; document
numbers with ``O`` for ``0``; phone numbers with ``O``/``l``/``B``. Hard negatives: kenmerken, polis-, relatie-,
dossier-, klant- and factuurnummers that pass the 11-proef, dates of issue, amounts and licence plates.

    .venv/bin/python bench/gold/handwritten/tuning_17.py       # writes bench/gold/handwritten/tuning_17.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tuning_markup import write  # noqa: E402

if __name__ == "__main__":
    sys.exit(write("tuning_17"))
