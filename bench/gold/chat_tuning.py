"""Build ``chat_tuning.jsonl`` from ``chat_tuning.annotated.txt``: own tuning cases for issue 12.

Hand-written for tuning (chat names in lower case, organisations named after people, places after cues);
unlike ``handwritten/heldout.jsonl`` rules may be fitted to these. Markup: ``### <id> <kind>`` starts a text,
``[[P|value]]`` a PERSON span, ``[[L|value]]`` a LOCATION span, ``[[-ORG|value]]`` a hard negative of kind
``org_name`` (an organisation named after a person: no PERSON finding may overlap it).

    .venv/bin/python bench/gold/chat_tuning.py          # writes bench/gold/chat_tuning.jsonl
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = {"P": "PERSON", "L": "LOCATION"}
NEGATIVES = {"-ORG": "org_name"}
MARK = re.compile(r"\[\[(-?[A-Z]+)\|([^\]]+)\]\]")


def parse(block: str, rid: str, kind: str) -> dict[str, object]:
    text, spans, negatives, pos = [], [], [], 0
    for m in MARK.finditer(block):
        text.append(block[pos : m.start()])
        start = sum(map(len, text))
        tag, value = m.groups()
        if tag in TYPES:
            spans.append({"start": start, "end": start + len(value), "entity_type": TYPES[tag]})
        elif tag in NEGATIVES:
            negatives.append({"start": start, "end": start + len(value), "kind": NEGATIVES[tag]})
        else:
            raise ValueError(f"{rid}: unknown tag {tag}")
        text.append(value)
        pos = m.end()
    text.append(block[pos:])
    return {"id": rid, "kind": kind, "text": "".join(text), "spans": spans, "negatives": negatives}


def build(source: Path) -> list[dict[str, object]]:
    records = []
    for chunk in re.split(r"(?m)^### ", source.read_text(encoding="utf-8"))[1:]:
        header, _, body = chunk.partition("\n")
        rid, kind = header.split()[:2]
        records.append(parse(body.strip("\n"), rid, kind))
    return records


def main() -> int:
    records = build(HERE / "chat_tuning.annotated.txt")
    with (HERE / "chat_tuning.jsonl").open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(records)} records written", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
