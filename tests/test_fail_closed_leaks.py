"""Leak battery (issue 10): synthetic identifiers planted in typed Parquet/JSON/CSV columns, keys, headers,
metadata, nested values and several encodings; after ``redact_file`` not one of them may be found in the
output, in any form (as written, compact, as a digit sequence with any separators, as the bytes of a stored
integer), under three policies (tags and masks, pseudonyms, encryption)."""

from __future__ import annotations

import base64
import csv
import datetime
import decimal
import io
import json
import re
import struct
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from afscherm.detectors.analyzer import Analyzer, default_analyzer
from afscherm.redactors import load_policy, parse_policy
from afscherm.redactors.files import redact_file
from afscherm.redactors.text import Redactor

# Synthetic values with valid checksums (11-proef, mod-97, phonenumbers); fictitious people.
BSNS = ["111222333", "123456782", "100000009"]
BSN_NO_ZERO = "12345672"  # 012345672 after a spreadsheet dropped its zero
IBANS = ["NL91ABNA0417164300", "DE89370400440532013000", "GB82WEST12345698765432"]
PHONES = ["0612345678", "0201234567"]
PHONE_INTS = ["31612345678", "612345678"]  # a mobile without its + / without its zero
EMAILS = ["jan@example.nl", "piet.de.vries@example.com", "fenna.jansen@voorbeeld.nl"]
PLANTED = [*BSNS, BSN_NO_ZERO, *IBANS, *PHONES, *PHONE_INTS, *EMAILS]
MIN_DIGITS = 8


def leak_patterns(value: str) -> list[re.Pattern[str]]:
    compact = re.sub(r"[\W_]", "", value)
    forms = [re.compile(re.escape(value), re.I), re.compile(re.escape(compact), re.I)]
    digits = re.sub(r"\D", "", value)
    if len(digits) >= MIN_DIGITS:  # the digits in order, whatever separates them
        forms.append(re.compile(r"(?<!\d)" + r"[\s.\-/,_:]*".join(digits) + r"(?!\d)"))
    return forms


def leaks(text: str, raw: bytes = b"") -> list[str]:
    squeezed = re.sub(r"[\W_]", "", text)  # letters and digits only: a value however it is spaced or dotted
    found = [
        v
        for v in PLANTED
        if any(p.search(text) for p in leak_patterns(v))
        or (not v.isdigit() and re.sub(r"[\W_]", "", v).casefold() in squeezed.casefold())
    ]
    for v in PLANTED:  # a number stored as a binary integer
        if v.isdigit() and (struct.pack("<q", int(v)) in raw or struct.pack("<i", int(v) % 2**31) in raw):
            found.append(f"{v} (int bytes)")
    return found


def test_the_oracle_sees_leaks() -> None:
    assert leaks("bel 06-1234 5678") == ["0612345678"]
    assert leaks("NL91 abna 0417 1643 00") == ["NL91ABNA0417164300"]
    assert leaks("x", struct.pack("<q", 111222333)) == ["111222333 (int bytes)"]
    assert leaks("<BSN> ********78 **************4300 EMAIL-0123456789abcdef") == []


POLICIES = {
    "shipped": None,  # tags, IBAN and phone masked with a short tail
    "pseudonymise": {"default": "pseudonymise", "columns": {"created_at": {"scan": False}}},
    "encrypt": {"default": "encrypt", "columns": {"created_at": {"scan": False}}},
}


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return default_analyzer()


@pytest.fixture(params=list(POLICIES))
def redactor(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Redactor:
    monkeypatch.setenv("AFSCHERM_PSEUDONYM_KEY", "lekbatterij-sleutel-0123456789")
    monkeypatch.setenv("AFSCHERM_ENCRYPTION_KEY", base64.b64encode(bytes(range(32))).decode())
    spec = POLICIES[request.param]
    return Redactor(load_policy() if spec is None else parse_policy(spec, request.param))


# --- the files ----------------------------------------------------------------------------------------------


def csv_text(header: bool) -> str:
    rows = [
        # without a header an 8-digit number is just a number: a BSN missing its zero needs its column's name
        [BSN_NO_ZERO if header else BSNS[1], PHONE_INTS[1], "nl91.abna.0417.1643.00", EMAILS[0], f"bel {PHONES[1]}"],
        [BSNS[0], PHONE_INTS[0], IBANS[1], EMAILS[1], f"BSN {BSNS[1]} en IBAN {IBANS[2]}"],
        [BSNS[2], PHONES[0], IBANS[0], EMAILS[2], "geen"],
    ]
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    if header:
        writer.writerow(["bsn", "telefoon", "iban", f"contact {EMAILS[2]}", "notitie"])
    writer.writerows(rows)
    return buf.getvalue()


JSON_DOC = {
    "id": BSNS[0],
    "bsn": int(BSN_NO_ZERO),
    "mobiel": int(PHONE_INTS[1]),
    "nummer": int(PHONE_INTS[0]),
    "saldo": float(BSNS[1]),
    EMAILS[0]: {"iban": IBANS[0].lower(), BSNS[2]: "sleutel"},
    "created_at": {"door": EMAILS[1], "tel": PHONES[0]},
    "lijst": [int(BSNS[2]), f"IBAN {IBANS[1]}", {"telefoon": PHONES[1]}],
    "notitie": f"mail {EMAILS[2]} of {IBANS[2]}",
}
JSON_FLOAT_TEXT = '{"bedrag": 1.11222333E8, "ander": 123456782.0}'


def parquet_table() -> pa.Table:
    contact = pa.struct([("email", pa.string()), ("bsn", pa.int64()), ("blob", pa.binary())])
    schema = pa.schema(
        [
            pa.field("bsn", pa.int64(), nullable=False),
            pa.field("tel", pa.int64()),
            pa.field("saldo", pa.float64()),
            pa.field("bedrag", pa.decimal128(14, 2)),
            pa.field("ruw", pa.binary()),
            pa.field("groot", pa.large_binary()),
            pa.field("contact", contact),
            pa.field("nummers", pa.list_(pa.int64())),
            pa.field("labels", pa.map_(pa.string(), pa.string())),
            pa.field("soort", pa.dictionary(pa.int32(), pa.string())),
            pa.field(EMAILS[2], pa.string(), metadata={b"uitleg": f"bel {PHONES[0]}".encode()}),
            pa.field("geboortedatum", pa.date32()),
        ],
        metadata={
            b"query": f"where bsn={BSNS[0]}".encode(),
            EMAILS[0].encode(): b"eigenaar",
            b"iban": IBANS[1].encode(),
        },
    )
    return pa.table(
        {
            "bsn": [int(BSNS[1]), int(BSN_NO_ZERO)],
            "tel": [int(PHONE_INTS[0]), int(PHONE_INTS[1])],
            "saldo": [float(BSNS[2]), 1.5],
            "bedrag": [decimal.Decimal(BSNS[0] + ".00"), decimal.Decimal("1.25")],
            "ruw": [EMAILS[0].encode("utf-16"), f"iban {IBANS[0]}".encode()],  # utf-16 cannot be read: dropped
            "groot": [f"mail {EMAILS[1]}".encode(), b"ok"],
            "contact": [{"email": EMAILS[2], "bsn": int(BSNS[0]), "blob": PHONES[1].encode()}, None],
            "nummers": [[int(BSNS[1]), 7], []],
            "labels": [[(EMAILS[1], "klant"), ("iban", IBANS[2])], []],
            "soort": pa.array([f"tel {PHONES[0]}", "vast"]).dictionary_encode(),
            EMAILS[2]: [f"BSN {BSNS[2]}", None],
            "geboortedatum": [datetime.date(1985, 3, 12), None],
        },
        schema=schema,
    )


def parquet_dump(path: Path) -> str:
    """Everything a reader of the Parquet file sees, as text: schema, metadata, values."""
    table = pq.read_table(path)
    meta = [f"{k!r}={v!r}" for k, v in (table.schema.metadata or {}).items()]
    fields = [f"{f.name} {f.type} {f.metadata!r}" for f in table.schema]
    return "\n".join([*meta, *fields, repr(table.to_pylist())])


CASES = ["csv-utf8", "csv-cp1252", "csv-utf8-bom", "csv-utf16", "csv-headerless", "json", "jsonl", "json-floats",
         "parquet", "text-cp1252"]  # fmt: skip


def write_case(case: str, folder: Path) -> tuple[Path, str]:
    if case.startswith("csv"):
        encoding = {"csv-cp1252": "cp1252", "csv-utf8-bom": "utf-8-sig", "csv-utf16": "utf-16"}.get(case, "utf-8")
        path = folder / "export.csv"
        path.write_bytes(csv_text(case != "csv-headerless").encode(encoding))
        return path, encoding
    if case == "json":
        path = folder / "doc.json"
        path.write_text(json.dumps(JSON_DOC, indent=2), encoding="utf-8")
    elif case == "jsonl":
        path = folder / "log.jsonl"
        path.write_text(json.dumps(JSON_DOC) + "\n" + json.dumps([JSON_DOC]) + "\n", encoding="utf-8")
    elif case == "json-floats":
        path = folder / "floats.json"
        path.write_text(JSON_FLOAT_TEXT, encoding="utf-8")
    elif case == "parquet":
        path = folder / "typed.parquet"
        pq.write_table(parquet_table(), path, compression="none")
    else:
        path = folder / "notes.txt"
        text = f"Café: BSN {BSNS[0]}, IBAN {IBANS[0]}, bel {PHONES[0]} of mail {EMAILS[0]}.\n"
        path.write_bytes(text.encode("cp1252"))
        return path, "cp1252"
    return path, "utf-8"


@pytest.mark.parametrize("case", CASES)
def test_no_planted_value_survives(tmp_path: Path, redactor: Redactor, analyzer: Analyzer, case: str) -> None:
    src, encoding = write_case(case, tmp_path)
    before = parquet_dump(src) if case == "parquet" else src.read_bytes().decode(encoding)
    assert leaks(before), "the input must hold the planted values"
    target = tmp_path / f"schoon{src.suffix}"
    redact_file(src, target, redactor, analyzer)
    raw = target.read_bytes()
    text = parquet_dump(target) + raw.decode("latin-1") if case == "parquet" else raw.decode(encoding)
    assert leaks(text, raw) == []
