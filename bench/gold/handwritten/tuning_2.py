"""Build ``tuning_2.jsonl`` from ``tuning_2.annotated.txt``: own hand-written tuning cases for issue 12.

Written for tuning (unlike ``heldout.jsonl`` rules may be fitted to these): checksum types in odd writings
(separators, OCR confusions, spelled digits, numbers broken over lines, MRZ zones in JSON strings and with
broken check digits), dates of birth from field and tuple context, bare lower-case chat names, machine
output. Markup, as in ``chat_tuning.annotated.txt``: ``### <id> <kind>`` starts a text, ``[[T|value]]`` marks
a span of type ``T`` (short or full name), ``[[T~|value]]`` an OCR-damaged value, ``[[-WORD|value]]`` and
``[[-NUM|value]]`` hard negatives (a common word that is also a name, a number that is no identifier).

Every checksum value is checked: digits and letters joined (OCR confusions O→0, l/I→1, S→5, B→8 undone for a
damaged value) must pass the 11-proef, mod-97 or Luhn; an MRZ must pass its check digits unless damaged, then
only its shape (2–3 lines of 30/36/44 characters, two fillers of tolerance) is checked.

    .venv/bin/python bench/gold/handwritten/tuning_2.py       # writes bench/gold/handwritten/tuning_2.jsonl
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from stdnum import iban, luhn
from stdnum.nl import bsn

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from afscherm.detectors.mrz import MrzRecognizer  # noqa: E402
from afscherm.detectors.spoken_numbers import DIGIT_WORDS  # noqa: E402

TYPES = {
    "P": "PERSON", "L": "LOCATION", "E": "EMAIL_ADDRESS", "T": "PHONE_NUMBER", "B": "NL_BSN", "I": "IBAN_CODE",
    "M": "MRZ", "IM": "IMEI", "D": "DATE_OF_BIRTH", "IP": "IP_ADDRESS", "C": "CREDIT_CARD", "G": "NL_ID_DOCUMENT",
}  # fmt: skip
NEGATIVES = {"-WORD": "common_word", "-NUM": "number"}
MARK = re.compile(r"\[\[(-?[A-Z]+)(~?)\|([^\]]+)\]\]")
OCR_DIGITS = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"})
_REPEAT = re.compile(r"\b(\w+) keer (\w+)\b")
_NUMBERS = {"twee": 2, "drie": 3, "vier": 4, "vijf": 5}


def _spoken(value: str) -> str:
    """Digit words as digits (``drie keer een`` is ``111``); other words and separators dropped."""
    value = _REPEAT.sub(lambda m: " ".join([m.group(2)] * _NUMBERS.get(m.group(1), 1)), value.lower())
    return "".join(DIGIT_WORDS.get(w, w if w.isdigit() or len(w) <= 4 else "") for w in re.findall(r"\w+", value))


def _compact(value: str, damaged: bool, entity: str) -> str:
    compact = re.sub(r"[\W_]", "", value.replace("%20", ""))
    if any(w in value.lower().split() for w in DIGIT_WORDS):
        compact = _spoken(value).upper()
    if damaged:
        # an IBAN keeps its country code and (Dutch) bank code letters
        keep = (8 if compact[:2].upper() == "NL" else 4) if entity == "IBAN_CODE" else 0
        head, tail = compact[:keep], compact[keep:]
        compact = head + tail.translate(OCR_DIGITS)
    return compact.upper()


def check(entity: str, value: str, damaged: bool, rid: str) -> None:
    """Raise when a checksum value does not validate (what it says about its writing is the text's job)."""
    compact = _compact(value, damaged, entity)
    ok = {
        "NL_BSN": lambda: bsn.is_valid(compact),
        "IBAN_CODE": lambda: iban.is_valid(compact),
        "IMEI": lambda: len(compact) == 15 and luhn.is_valid(compact),
        "CREDIT_CARD": lambda: 13 <= len(compact) <= 19 and luhn.is_valid(compact),
        "MRZ": lambda: _mrz_ok(value, damaged),
    }.get(entity, lambda: True)()
    if not ok:
        raise ValueError(f"{rid}: {entity} {value!r} does not validate")


def _mrz_ok(value: str, damaged: bool) -> bool:
    lines = [ln for ln in re.split(r"\\r\\n|\\n|\n|['\"], ?['\"]", value) if ln]
    if damaged:
        widths = {2: (36, 44), 3: (30,)}.get(len(lines), ())
        return any(all(abs(len(ln) - w) <= 2 for ln in lines) for w in widths)
    found = MrzRecognizer().find("\n".join(lines))
    return any(f.entity_type == "MRZ" and f.score == 1.0 for f in found)


def parse(block: str, rid: str, kind: str) -> dict[str, object]:
    text, spans, negatives, pos = [], [], [], 0
    for m in MARK.finditer(block):
        text.append(block[pos : m.start()])
        start = sum(map(len, text))
        tag, damaged, value = m.groups()
        if tag in TYPES:
            check(TYPES[tag], value, bool(damaged), rid)
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
    records = build(HERE / "tuning_2.annotated.txt")
    with (HERE / "tuning_2.jsonl").open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(records)} records written", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
