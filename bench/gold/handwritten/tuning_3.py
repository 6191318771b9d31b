"""Build ``tuning_3.jsonl`` from ``tuning_3.annotated.txt``: own hand-written tuning cases for issue 12 (third set).

Written for tuning (unlike ``heldout.jsonl`` rules may be fitted to these), without reading the held-out set: names
in chats written in lower case and mid-sentence (``heb je thijs al gezien``, ``bram en lotte``, ``zeg maar tegen
ingrid``), first names that are also words in a person's place (``mark is ziek``, ``roos belde``), a first name and a
frequent surname that is also a word (``kees bakker``), self-introductions by surname (``mijn naam is pietersen``),
speaker labels of WhatsApp exports (``~ Kim:``, ``mo:``), and hard negatives: English words that are listed first
names (``peer``, ``said``), names used as words (``mark dit``, ``jade``, ``storm``, ``max``, ``12 jan``) and
organisations named after people in lower case (``kapsalon mieke``). Markup as in ``tuning_2.annotated.txt``
(converted with its code): ``[[T|value]]`` a span of type ``T``, ``[[-WORD|value]]`` a word that is no name,
``[[-ORG|value]]`` an organisation named after a person (no PERSON finding may overlap it).

    .venv/bin/python bench/gold/handwritten/tuning_3.py       # writes bench/gold/handwritten/tuning_3.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import tuning_2  # noqa: E402

tuning_2.NEGATIVES.setdefault("-ORG", "org_name")


def main() -> int:
    records = tuning_2.build(HERE / "tuning_3.annotated.txt")
    with (HERE / "tuning_3.jsonl").open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(records)} records written", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
