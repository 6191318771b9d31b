"""Typed values (issue 10, item 1): numbers, binaries, nested values, keys and metadata are scanned, with the
column or key name as context; what cannot be redacted in its type is dropped (null) and counted."""

from __future__ import annotations

import csv
import datetime
import decimal
import io
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from afscherm.detectors.analyzer import Analyzer, default_analyzer
from afscherm.detectors.findings import Finding
from afscherm.redactors import parse_policy
from afscherm.redactors.files import redact_file
from afscherm.redactors.text import Redactor

EMAIL, BSN, BSN8 = "jan@example.nl", "111222333", "12345672"  # 12345672: BSN 012345672 without its zero


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return default_analyzer()


@pytest.fixture()
def redactor() -> Redactor:
    return Redactor(parse_policy({}, "test-policy"))


# --- field context -------------------------------------------------------------------------------------


class NoFindings:
    def analyze(self, texts: list[str], entities: object = None) -> list[list[Finding]]:
        return [[] for _ in texts]


@pytest.mark.parametrize(
    ("name", "value", "entity_type"),
    [
        ("bsn", BSN8, "NL_BSN"),
        ("BSN_nummer", BSN, "NL_BSN"),
        ("klantBsn", " 12345672 ", "NL_BSN"),
        ("burgerservicenummer", "1234.567.2", "NL_BSN"),  # any separators: the field says what it is
        ("bsn", "12345673", None),  # 11-proef fails
        ("telefoon", "612345678", "PHONE_NUMBER"),
        ("Telefoonnummer", "31612345678", "PHONE_NUMBER"),
        ("mobiel", "4915112345678", "PHONE_NUMBER"),
        ("tel", "201234567", "PHONE_NUMBER"),  # 020-1234567 without its zero
        ("gsm", "12345", None),
        ("iban", "nl91.abna.0417.1643.00", "IBAN_CODE"),
        ("rekeningnummer", "NL91 ABNA 0417 1643 01", None),  # mod-97 fails
        ("geboortedatum", "12-03-1985", "DATE_OF_BIRTH"),
        ("date_of_birth", "1985-03-12T00:00:00", "DATE_OF_BIRTH"),
        ("created_at", "1985-03-12", None),
        (None, "31612345678", "PHONE_NUMBER"),  # a Dutch mobile without its +
        (None, "0031612345678", "PHONE_NUMBER"),
        (None, "612345678", "PHONE_NUMBER"),  # … or without its zero, as a whole value
        (None, BSN8, None),  # 8 digits without a name: too ambiguous
        ("notitie", "bel 612345678", None),  # never inside text
    ],
)
def test_field_context(name: str | None, value: str, entity_type: str | None) -> None:
    from afscherm.detectors.field_context import analyze_fields

    [found] = analyze_fields(NoFindings(), [value], [name])
    assert [f.entity_type for f in found] == ([entity_type] if entity_type else [])
    if found:
        assert value[found[0].start : found[0].end] == value.strip()


# --- JSON --------------------------------------------------------------------------------------------------

JSON_DOC = (
    '{"bsn": 12345672, "tel": 612345678, "gsm": 31612345678, "bedrag": 111222333.0, "exp": 1.11222333E8,'
    ' "jan@example.nl": 1, "111222333": "sleutel", "iban": "nl91.abna.0417.1643.00",'
    ' "geboortedatum": "1985-03-12", "telling": 612345, "prijs": 12.5, "lijst": [612345678]}'
)


@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_json_numbers_floats_and_keys_are_scanned(
    tmp_path: Path, redactor: Redactor, analyzer: Analyzer, suffix: str
) -> None:
    src = tmp_path / f"export{suffix}"
    src.write_text(JSON_DOC + "\n", encoding="utf-8")
    stats = redact_file(src, tmp_path / f"uit{suffix}", redactor, analyzer)
    raw = (tmp_path / f"uit{suffix}").read_text(encoding="utf-8")
    out = json.loads(raw)
    assert out["bsn"] == "<BSN>" and out["bedrag"] == "<BSN>" and out["exp"] == "<BSN>"
    assert out["tel"] == "<TELEFOONNUMMER>" and out["gsm"] == "<TELEFOONNUMMER>"
    assert out["iban"] == "<IBAN>" and out["geboortedatum"] == "<GEBOORTEDATUM>"
    assert out["telling"] == 612345 and out["prijs"] == 12.5  # short numbers are not identifiers
    assert out["lijst"] == ["<TELEFOONNUMMER>"]  # a list's items have their key's context
    assert list(out)[5:7] == ["<E-MAIL>", "<BSN>"] and out["<BSN>"] == "sleutel"  # keys redacted in place
    for planted in (EMAIL, BSN, BSN8, "612345678", "31612345678", "1.11222333", "111222333.0", "0417"):
        assert planted not in raw
    assert stats.changed >= 10


def test_redacted_keys_stay_unique(tmp_path: Path, redactor: Redactor, analyzer: Analyzer) -> None:
    src = tmp_path / "k.json"
    src.write_text(json.dumps({"jan@example.nl": 1, "piet@example.nl": 2, "<E-MAIL>": 3}), encoding="utf-8")
    redact_file(src, tmp_path / "u.json", redactor, analyzer)
    out = json.loads((tmp_path / "u.json").read_text(encoding="utf-8"))
    assert sorted(out.values()) == [1, 2, 3] and len(out) == 3
    assert out["<E-MAIL>"] == 3  # an existing key keeps its name; redacted ones get a suffix
    assert all("@" not in k for k in out)


# --- CSV ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])  # Arrow's path and Python's csv module
def test_csv_digit_cells_have_their_column_as_context(
    tmp_path: Path, redactor: Redactor, analyzer: Analyzer, encoding: str
) -> None:
    src = tmp_path / "klanten.csv"
    src.write_text(
        "bsn,telefoon,iban,nummer,notitie\n"
        f"{BSN8},612345678,nl91abna0417164300,31612345678,café\n"
        "42,7,geen,12345,tekst\n",
        encoding=encoding,
    )
    redact_file(src, tmp_path / "uit.csv", redactor, analyzer)
    rows = list(csv.reader(io.StringIO((tmp_path / "uit.csv").read_text(encoding), newline="")))
    assert rows[1] == ["<BSN>", "<TELEFOONNUMMER>", "<IBAN>", "<TELEFOONNUMMER>", "café"]
    assert rows[2] == ["42", "7", "geen", "12345", "tekst"]


# --- Parquet ------------------------------------------------------------------------------------------------


def typed_table() -> pa.Table:
    contact = pa.struct([("email", pa.string()), ("bsn", pa.int64()), ("foto", pa.binary())])
    schema = pa.schema(
        [
            pa.field("bsn", pa.int64(), nullable=False),
            pa.field("tel", pa.int64()),
            pa.field("bedrag", pa.float64()),
            pa.field("saldo", pa.decimal128(12, 2)),
            pa.field("blob", pa.binary()),
            pa.field("groot", pa.large_binary()),
            pa.field("contact", contact),
            pa.field("nummers", pa.list_(pa.int64())),
            pa.field("labels", pa.map_(pa.string(), pa.string())),
            pa.field("geboortedatum", pa.date32()),
            pa.field("created_at", pa.timestamp("ms")),
            pa.field("opmerking", pa.string(), metadata={b"comment": b"bel 0612345678 voor uitleg"}),
        ],
        metadata={b"query": b"select * where bsn=111222333", b"owner": EMAIL.encode(), b"rijen": b"2"},
    )
    return pa.table(
        {
            "bsn": [int(BSN), int(BSN8)],
            "tel": [31612345678, 42],
            "bedrag": [111222333.0, 1.5],
            "saldo": [decimal.Decimal("111222333.00"), decimal.Decimal("12.50")],
            "blob": [EMAIL.encode(), b"\xff\xfe\x00\x81 onleesbaar"],
            "groot": [b"ok", f"mail {EMAIL}".encode()],
            "contact": [{"email": "piet@example.nl", "bsn": int(BSN), "foto": b"\x89PNG\xff"}, None],
            "nummers": [[612345678, 3], []],
            "labels": [[(EMAIL, "klant"), ("rol", "bel 0612345678")], []],
            "geboortedatum": [datetime.date(1985, 3, 12), None],
            "created_at": [datetime.datetime(2025, 1, 1), datetime.datetime(2025, 1, 2)],
            "opmerking": ["niets", None],
        },
        schema=schema,
    )


def test_parquet_typed_columns_nested_values_and_metadata(
    tmp_path: Path, redactor: Redactor, analyzer: Analyzer
) -> None:
    src, target = tmp_path / "typed.parquet", tmp_path / "schoon.parquet"
    table = typed_table()
    pq.write_table(table, src)
    stats = redact_file(src, target, redactor, analyzer)

    out = pq.read_table(target)
    assert [f.type for f in out.schema] == [f.type for f in table.schema]  # types kept
    assert out.schema.field("bsn").nullable  # a dropped value needs a null
    assert out["bsn"].to_pylist() == [None, None]
    assert out["tel"].to_pylist() == [None, 42]
    assert out["bedrag"].to_pylist() == [None, 1.5]
    assert out["saldo"].to_pylist() == [None, decimal.Decimal("12.50")]
    assert out["blob"].to_pylist() == [b"<E-MAIL>", None]  # undecodable bytes: dropped
    assert out["groot"].to_pylist() == [b"ok", b"mail <E-MAIL>"]
    assert out["contact"].to_pylist() == [{"email": "<E-MAIL>", "bsn": None, "foto": None}, None]
    assert out["nummers"].to_pylist() == [[None, 3], []]
    assert out["labels"].to_pylist() == [[("<E-MAIL>", "klant"), ("rol", "bel <TELEFOONNUMMER>")], []]
    assert out["geboortedatum"].to_pylist() == [None, None]
    assert out["created_at"].equals(table["created_at"])
    meta = out.schema.metadata
    assert meta[b"query"] == b"select * where bsn=<BSN>" and meta[b"owner"] == b"<E-MAIL>" and meta[b"rijen"] == b"2"
    assert out.schema.field("opmerking").metadata == {b"comment": b"bel <TELEFOONNUMMER> voor uitleg"}
    assert stats.dropped == 10

    raw = target.read_bytes()
    for planted in (EMAIL.encode(), b"piet@example.nl", BSN.encode(), b"0612345678", b"612345678"):
        assert planted not in raw


def test_parquet_column_names_are_scanned(tmp_path: Path, redactor: Redactor, analyzer: Analyzer) -> None:
    src = tmp_path / "p.parquet"
    pq.write_table(pa.table({EMAIL: ["x"], "gewoon": ["y"]}), src)
    redact_file(src, tmp_path / "u.parquet", redactor, analyzer)
    out = pq.read_table(tmp_path / "u.parquet")
    assert out.column_names == ["<E-MAIL>", "gewoon"] and out.to_pylist() == [{"<E-MAIL>": "x", "gewoon": "y"}]


def test_the_examples_in_the_docstrings_hold() -> None:
    import doctest

    import afscherm.detectors.field_context
    import afscherm.redactors.values

    for module in (afscherm.detectors.field_context, afscherm.redactors.values):
        result = doctest.testmod(module)
        assert result.failed == 0 and result.attempted >= 1, module.__name__
