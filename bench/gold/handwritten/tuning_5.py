"""Build ``tuning_5.jsonl`` from ``tuning_5.annotated.txt``: own hand-written tuning cases for issue 12 (fifth set).

Written for tuning (unlike ``heldout.jsonl`` rules may be fitted to these), without reading the held-out set:
places and addresses (LOCATION) as support desks see them — places and streets in CSV/pipe tables, SQL rows,
JSON, YAML, vCards and logfmt under a place or street column or key; OCR letters with damaged labels and names
(``Gerneente Arnhern``, ``Woonplaats Rotterdarn``), labels without a colon; post boxes; Belgian and German
places and addresses in Dutch text (``1000 Brussel``, ``52062 Aachen``, lower case after ``in``/``uit``/
``naar``); streets the gazetteer knows without a street ending (``Weteringschans 120-2``, ``Meir 50``) and
additions (``12 bis``, ``263 II``, ``12-1``); spoken postcodes and house numbers in transcripts; and hard
negatives: place names that are common words (``houten``, ``best``), firms named after people, brands.
Markup as in ``tuning_4.annotated.txt``; ``[[-LOC|value]]`` marks words that are no place (no finding may
overlap them unless it matches a gold span).

    .venv/bin/python bench/gold/handwritten/tuning_5.py       # writes bench/gold/handwritten/tuning_5.jsonl
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from stdnum import iban, luhn
from stdnum.nl import bsn

HERE = Path(__file__).resolve().parent

TYPES = {
    "P": "PERSON", "L": "LOCATION", "E": "EMAIL_ADDRESS", "T": "PHONE_NUMBER", "B": "NL_BSN", "I": "IBAN_CODE",
    "M": "MRZ", "IM": "IMEI", "D": "DATE_OF_BIRTH", "IP": "IP_ADDRESS", "C": "CREDIT_CARD", "G": "NL_ID_DOCUMENT",
}  # fmt: skip
NEGATIVES = {"-ORG": "org_name", "-NUM": "number", "-LOC": "not_place"}
MARK = re.compile(r"\[\[(-?[A-Z]+)\|([^\]]+)\]\]", re.S)
UNITS = {"nul": 0, "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
         "negen": 9}  # fmt: skip
TEENS = {"tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16,
         "zeventien": 17, "achttien": 18, "negentien": 19}  # fmt: skip
TENS = {"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80,
        "negentig": 90}  # fmt: skip
OCR_DIGITS = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1"})
DOCUMENT = re.compile(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]")


def _word(word: str) -> str:
    """A Dutch number word as digits (``achtendertig`` 38); a capital letter (spelled IBAN) as itself."""
    lower = word.lower()
    for table in (UNITS, TEENS, TENS):
        if lower in table:
            return str(table[lower])
    m = re.fullmatch(r"(een|twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]n(\w+ig)", lower)
    if m and m.group(2) in TENS:
        return str(UNITS[m.group(1)] + TENS[m.group(2)])
    return word if word.isupper() or word.isdigit() else ""


def _compact(value: str) -> str:
    words = re.findall(r"\w+", value)
    if any(_word(w).isdigit() and not w.isdigit() for w in words):
        return "".join(_word(w) for w in words).upper()
    return re.sub(r"[\W_]", "", value).upper()


def check(entity: str, value: str, rid: str) -> None:
    """Raise when a checksum value does not validate (what it says about its writing is the text's job)."""
    compact = _compact(value)
    ok = {
        "NL_BSN": lambda: bsn.is_valid(compact) or bsn.is_valid(value.translate(OCR_DIGITS)),
        "IBAN_CODE": lambda: iban.is_valid(compact),
        "IMEI": lambda: len(compact) == 15 and luhn.is_valid(compact),
        "CREDIT_CARD": lambda: 13 <= len(compact) <= 19 and luhn.is_valid(compact),
        "NL_ID_DOCUMENT": lambda: DOCUMENT.fullmatch(value) is not None,
    }.get(entity, lambda: True)()
    if not ok:
        raise ValueError(f"{rid}: {entity} {value!r} does not validate")


def parse(block: str, rid: str, kind: str) -> dict[str, object]:
    text, spans, negatives, pos = [], [], [], 0
    for m in MARK.finditer(block):
        text.append(block[pos : m.start()])
        start = sum(map(len, text))
        tag, value = m.groups()
        if tag in TYPES:
            check(TYPES[tag], value, rid)
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
    records = build(HERE / "tuning_5.annotated.txt")
    with (HERE / "tuning_5.jsonl").open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(records)} records written", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
