"""The markup of the hand-written tuning sets ``tuning_4`` to ``tuning_6`` (one converter, three sets).

``### <id> <kind>`` starts a text; ``[[T|value]]`` marks a span of type ``T`` (short or full name);
``[[T~|value]]`` a value as OCR damaged it (its checksum is checked with OCR's letters for digits undone);
``[[-ORG|value]]`` an organisation named after a person, ``[[-NUM|value]]`` a number that is no identifier,
``[[-LOC|value]]`` words that are no place (no finding may overlap a negative unless it matches a gold span).
Every checksum value is checked (spoken numbers read as digits first): the 11-proef, mod-97 or Luhn; a
document number must have the Dutch shape, an MRZ 2–3 lines of an ICAO length.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from stdnum import iban, luhn
from stdnum.be import eid
from stdnum.nl import bsn

HERE = Path(__file__).resolve().parent

TYPES = {
    "P": "PERSON", "L": "LOCATION", "E": "EMAIL_ADDRESS", "T": "PHONE_NUMBER", "B": "NL_BSN", "I": "IBAN_CODE",
    "M": "MRZ", "IM": "IMEI", "D": "DATE_OF_BIRTH", "IP": "IP_ADDRESS", "C": "CREDIT_CARD", "G": "NL_ID_DOCUMENT",
}  # fmt: skip
NEGATIVES = {"-ORG": "org_name", "-NUM": "number", "-LOC": "not_place"}
MARK = re.compile(r"\[\[(-?[A-Z]+~?)\|([^\]]+)\]\]", re.S)
UNITS = {"nul": 0, "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
         "negen": 9}  # fmt: skip
TEENS = {"tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16,
         "zeventien": 17, "achttien": 18, "negentien": 19}  # fmt: skip
TENS = {"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80,
        "negentig": 90}  # fmt: skip
OCR_DIGITS = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"})
# A BSN holds no letter at all: OCR's wider confusions read back as well (tuning_17: ``9Z9799O57``, ``48921718T``).
OCR_DIGITS_BSN = str.maketrans({"Z": "2", "G": "6", "g": "9", "T": "7", "A": "4"})
MRZ_LINE = re.compile(r"[A-Z0-9<]{30}|[A-Z0-9<]{36}|[A-Z0-9<]{44}")
DOCUMENT = re.compile(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]")
# Other document numbers a text may name (tuning_10): a Dutch driving licence (10 digits), a residence document (a
# letter and 8 digits), a German ID card (9 of CFGHJKLMNPRTVWXYZ and digits); a Belgian eID number passes mod 97.
OTHER_DOCUMENT = re.compile(r"\d{10}|[A-Z]\d{8}|[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}")
DAMAGED_ZONE_SIZES = (60, 72, 88, 90)  # an OCR-damaged zone: its non-space characters about 2x36, 2x44, 3x30 (2 of 3)


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
    value = re.sub(r"\b(?:eh+m?|uh+m?)\b", " ", value)  # fillers of a number read out
    value = re.sub(r"(?i)\bdubbele?\s+(\w+)", r"\1 \1", value)  # "dubbel negen": the digit twice
    words = re.findall(r"\w+", value)
    if any(_word(w).isdigit() and not w.isdigit() for w in words):
        return "".join(_word(w) for w in words).upper()
    return re.sub(r"[\W_]", "", value).upper()


def _iban_some_reading(value: str) -> bool:
    """Some reading of an OCR-damaged IBAN's confusable characters (each as written or as its digit) passes mod-97
    (``RAB0 3572 339O``: the bank code's letters stay letters, the account's O is a 0)."""
    compact = re.sub(r"[\W_]", "", value)
    compact = (compact.replace("l", "1") if compact.replace("l", "").isupper() else compact).upper()
    spots = [i for i, c in enumerate(compact) if c in "OISBZ01"][:10]
    for mask in range(1 << len(spots)):
        chars = list(compact)
        for bit, i in enumerate(spots):
            if mask >> bit & 1:
                chars[i] = {"O": "0", "I": "1", "S": "5", "B": "8", "Z": "2", "0": "O", "1": "I"}[chars[i]]
        if iban.is_valid("".join(chars)):
            return True
    return False


def _float_written(value: str) -> str:
    """The integer a spreadsheet's float writing stands for (``111222333.0``, ``1,11222333E+08``), or ""."""
    if m := re.fullmatch(r"(\d+)[.,]0+", value):
        return m.group(1)
    if (m := re.fullmatch(r"(\d)[.,](\d+)[eE]\+?(\d+)", value)) and len(m.group(2)) <= int(m.group(3)):
        return m.group(1) + m.group(2).ljust(int(m.group(3)), "0")
    return ""


def check(entity: str, value: str, rid: str, damaged: bool = False) -> None:
    """Raise when a checksum value does not validate (what it says about its writing is the text's job)."""
    if damaged and entity == "IBAN_CODE" and _iban_some_reading(value):
        return  # an IBAN holds letters OCR may stand for as well as digits: some reading of its confusions must pass
    if damaged:
        value = value if entity == "MRZ" else value.translate(OCR_DIGITS)
    compact = _compact(value)
    ok = {
        "NL_BSN": lambda: (
            bsn.is_valid(compact)
            or bsn.is_valid(_float_written(value) or "x")
            or bsn.is_valid(value.translate(OCR_DIGITS))
            or (damaged and bsn.is_valid(re.sub(r"\W", "", value.translate(OCR_DIGITS_BSN))))
        ),
        "IBAN_CODE": lambda: iban.is_valid(compact),
        "IMEI": lambda: (
            (len(compact) == 15 and luhn.is_valid(compact)) or (len(compact) in (14, 16) and compact.isdigit())
        ),
        "CREDIT_CARD": lambda: 13 <= len(compact) <= 19 and luhn.is_valid(compact),
        "NL_ID_DOCUMENT": lambda: (
            # (written in groups or spelled out: its characters without the spaces)
            DOCUMENT.fullmatch(value.replace(" ", "")) is not None
            or DOCUMENT.fullmatch(compact) is not None  # read out (B X negen ...) or typed in lower case
            or OTHER_DOCUMENT.fullmatch(value) is not None
            or eid.is_valid(value)
        ),
        # a zone as lines, or as JSON strings of a list: 2-3 lines of an ICAO length
        # (a damaged one, wrapped or with fillers misread, only as long as a zone)
        "MRZ": lambda: (
            (damaged and any(abs(len(re.sub(r"\s", "", value)) - n) <= 6 for n in DAMAGED_ZONE_SIZES))
            or (
                2 <= len(lines := re.findall(r"[A-Z0-9<]{30,}", value)) <= 3
                and all(MRZ_LINE.fullmatch(x) for x in lines)
            )
        ),
    }.get(entity, lambda: True)()
    if not ok:
        raise ValueError(f"{rid}: {entity} {value!r} does not validate")


def parse(block: str, rid: str, kind: str) -> dict[str, object]:
    text, spans, negatives, pos = [], [], [], 0
    for m in MARK.finditer(block):
        text.append(block[pos : m.start()])
        start = sum(map(len, text))
        tag, value = m.groups()
        damaged = tag.endswith("~")
        tag = tag.rstrip("~")
        if tag in TYPES:
            check(TYPES[tag], value, rid, damaged)
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


def write(name: str) -> int:
    """``NAME.annotated.txt`` → ``NAME.jsonl`` beside it."""
    records = build(HERE / f"{name}.annotated.txt")
    with (HERE / f"{name}.jsonl").open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(records)} records written", file=sys.stderr)
    return 0
