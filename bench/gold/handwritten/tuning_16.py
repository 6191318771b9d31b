"""Build ``tuning_16.jsonl`` from ``tuning_16.annotated.txt``: own hand-written tuning cases for issue 12 (16th set).

Written for tuning (unlike the held-out sets, rules may be fitted to these), without reading either held-out set:
places and dates of birth as people type them in chats, support widgets and call transcripts. Places in lower case,
shortened with an apostrophe (``r'dam``, ``a'foort``, ``z'meer``), run together (``denhaag``), without the
apostrophe of ``'s`` (``s-hertogenbosch``), with ``a/d``; after ``in``/``uit``/``bij``/``naar``/``vanuit``/
``omgeving``/``regio`` and in lists after such a cue; addresses typed on one line without commas (``kerkstraat 12
utrecht``, ``dorpsstr 4b``, ``1057gv``); dates of birth typed every way (``geb 3-4-87``, ``3/4/'87``, ``3 apr 87``,
``ben van 12 mei 1990``, ``de 3e van de 4e 1987``, ``geboortedatum is 030487``, ``dob 1987-04-03``, the answer to a
question on the line above, ``… is mn bday``, a birthday without a year: ``jarig op 3 juni``, relabelled as a
part of a birth date in the eighteenth session), spoken dates and phone numbers said in groups. Hard negatives:
a party on a birthday, appointment and delivery dates, place names that are words (``best``, ``echt``, ``wijk``),
a surname that is a place (``mevrouw soest``), products named after places. Markup as in ``tuning_markup.py``.

    .venv/bin/python bench/gold/handwritten/tuning_16.py       # writes bench/gold/handwritten/tuning_16.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tuning_markup import write  # noqa: E402

if __name__ == "__main__":
    sys.exit(write("tuning_16"))
