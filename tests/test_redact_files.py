"""``redact_file``: CSV, JSON(L), Parquet and text keep their structure; failures leave no output."""

from __future__ import annotations

import csv
import datetime
import io
import json
import re
import threading
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from afscherm.detectors.analyzer import Analyzer, default_analyzer
from afscherm.redactors import file_json, file_parquet, file_text, parse_policy
from afscherm.redactors.files import FileRedactError, redact_file
from afscherm.redactors.text import Redactor

EMAIL_TOKEN = re.compile(r"EMAIL-[0-9a-f]{16}")
RULES = {
    "entities": {"IBAN_CODE": {"operator": "mask", "keep_last": 4}},
    "columns": {
        "email": {"entity_type": "EMAIL_ADDRESS", "operator": "pseudonymise"},
        "created_at": {"scan": False},
    },
}


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return default_analyzer()


@pytest.fixture()
def redactor(monkeypatch: pytest.MonkeyPatch) -> Redactor:
    monkeypatch.setenv("AFSCHERM_PSEUDONYM_KEY", "bestanden-sleutel-0123456789")
    return Redactor(parse_policy(RULES, "test-policy"))


def leftovers(folder: Path, *keep: str) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


# --- CSV ------------------------------------------------------------------------------------------------

CSV_ROWS = [
    ["klant_id", "email", "notitie", "created_at"],
    ["1", "Jan@Example.nl", "IBAN NL91 ABNA 0417 1643 00\r\nen BSN 111222333; café dicht", "2024-01-01 111222333"],
    ["2", "jan@example.nl", "geen gegevens, alleen tekst over een coöperatie", "2024-01-02"],
    ["3", "piet@example.nl", "", "2024-01-03"],
]  # fmt: skip


def test_csv_keeps_dialect_encoding_header_and_rows(tmp_path: Path, redactor: Redactor, analyzer: Analyzer) -> None:
    buf = io.StringIO(newline="")
    csv.writer(buf, delimiter=";", lineterminator="\r\n").writerows(CSV_ROWS)
    src = tmp_path / "export.csv"
    src.write_bytes(buf.getvalue().encode("cp1252"))
    target = tmp_path / "schoon.csv"

    stats = redact_file(src, target, redactor, analyzer)

    raw = target.read_bytes()
    assert raw.count(b"\r\n") == buf.getvalue().count("\r\n")
    rows = list(csv.reader(io.StringIO(raw.decode("cp1252"), newline=""), delimiter=";"))
    assert len(rows) == len(CSV_ROWS) and rows[0] == CSV_ROWS[0]
    assert [len(r) for r in rows] == [4, 4, 4, 4]
    assert rows[1][2] == "IBAN **** **** **** **43 00\r\nen BSN <BSN>; café dicht"
    assert rows[2][2] == CSV_ROWS[2][2] and rows[3][2] == ""
    assert [r[3] for r in rows[1:]] == [r[3] for r in CSV_ROWS[1:]]  # created_at is never scanned
    assert all(EMAIL_TOKEN.fullmatch(r[1]) for r in rows[1:])
    assert rows[1][1] == rows[2][1] != rows[3][1]  # the same address, however cased, the same pseudonym
    assert stats.units == 3 and stats.by_rule == 3


def test_csv_with_bad_bytes_after_the_sniffed_sample_fails_without_output(
    tmp_path: Path, redactor: Redactor, analyzer: Analyzer
) -> None:
    src = tmp_path / "groot.csv"
    body = "".join(f"2025-01-01T10:00:{i % 60:02d},regel {i}\n" for i in range(5000))  # created_at: not scanned
    src.write_bytes(b"created_at,tekst\n" + body.encode() + b"2025-01-02T10:00:00,caf\xe9\n")
    target = tmp_path / "uit.csv"
    target.write_text("vorige versie")
    with pytest.raises(FileRedactError, match=r"groot\.csv: undecodable bytes \(utf-8"):
        redact_file(src, target, redactor, analyzer)
    assert target.read_text() == "vorige versie"
    assert leftovers(tmp_path) == ["groot.csv", "uit.csv"]


# --- JSON lines and JSON -------------------------------------------------------------------------------

RECORD = {
    "ts": "2025-03-01T10:00:00Z",
    "level": "INFO",
    "user": {"email": "fenna@example.nl", "id": 42, "vip": True, "bsn": 111222333},
    "events": [{"msg": "IBAN gewijzigd naar NL91 ABNA 0417 1643 00"}, "bel 06-12345678", None, 3.5],
    "created_at": "111222333",
}


def test_jsonl_redacts_every_nested_string_and_keeps_keys_and_types(
    tmp_path: Path, redactor: Redactor, analyzer: Analyzer
) -> None:
    src = tmp_path / "app.jsonl"
    src.write_text("\n".join(json.dumps(RECORD) for _ in range(3)) + "\n", encoding="utf-8")
    target = tmp_path / "app-schoon.jsonl"
    redact_file(src, target, redactor, analyzer)
    rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 3
    row = rows[0]
    assert list(row) == list(RECORD) and list(row["user"]) == list(RECORD["user"])
    assert EMAIL_TOKEN.fullmatch(row["user"]["email"])
    assert row["user"]["id"] == 42 and row["user"]["vip"] is True
    assert row["user"]["bsn"] == "<BSN>"  # a BSN stored as a number is redacted, not kept
    assert row["events"] == [
        {"msg": "IBAN gewijzigd naar **** **** **** **43 00"},
        "bel <TELEFOONNUMMER>",
        None,
        3.5,
    ]
    assert row["created_at"] == "111222333"
    assert row["ts"] == RECORD["ts"] and row["level"] == "INFO"


def test_jsonl_bad_line_after_a_written_batch_leaves_no_output(
    tmp_path: Path, redactor: Redactor, analyzer: Analyzer
) -> None:
    src = tmp_path / "app.jsonl"
    lines = [json.dumps({"msg": f"BSN 111222333 regel {i}"}) for i in range(300)]
    lines[280] = '{"msg": "afgebroken'
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(FileRedactError, match=r"app\.jsonl:281: malformed JSON"):
        redact_file(src, tmp_path / "uit.jsonl", redactor, analyzer)
    assert leftovers(tmp_path) == ["app.jsonl"]


def test_json_document(tmp_path: Path, redactor: Redactor, analyzer: Analyzer) -> None:
    src = tmp_path / "ticket.json"
    src.write_text(json.dumps({"ticket": 7, "body": "Mijn BSN is 1112.22.333.", "tags": ["bsn"]}, indent=2))
    target = tmp_path / "uit.json"
    redact_file(src, target, redactor, analyzer)
    assert json.loads(target.read_text(encoding="utf-8")) == {
        "ticket": 7,
        "body": "Mijn BSN is <BSN>.",
        "tags": ["bsn"],
    }


# --- Parquet ------------------------------------------------------------------------------------------------


def parquet_table(n: int) -> pa.Table:
    schema = pa.schema(
        [
            pa.field("id", pa.int64()),
            pa.field("email", pa.string()),
            pa.field("notitie", pa.large_string()),
            pa.field("tags", pa.list_(pa.string())),
            pa.field("bedrag", pa.float64()),
            pa.field("created_at", pa.timestamp("ms")),
        ],
        metadata={b"bron": b"crm-export"},
    )
    return pa.table(
        {
            "id": list(range(n)),
            "email": [None if i % 5 == 4 else f"klant{i % 3}@example.nl" for i in range(n)],
            "notitie": [f"BSN 111222333, rekening NL91ABNA0417164300 ({i})" if i % 2 else None for i in range(n)],
            "tags": [["bel 06-12345678", "geen"] if i % 3 == 0 else [] for i in range(n)],
            "bedrag": [i * 1.5 for i in range(n)],
            "created_at": [datetime.datetime(2025, 1, 1) + datetime.timedelta(hours=i) for i in range(n)],
        },
        schema=schema,
    )


def test_parquet_keeps_schema_rows_and_order(
    tmp_path: Path, redactor: Redactor, analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(file_parquet, "ROWS_PER_BATCH", 4)  # several batches, bounded memory path
    table = parquet_table(11)
    src, target = tmp_path / "crm.parquet", tmp_path / "crm-schoon.parquet"
    pq.write_table(table, src, row_group_size=3)
    redact_file(src, target, redactor, analyzer)

    out = pq.read_table(target)
    assert out.schema.equals(pq.read_schema(src), check_metadata=True)
    assert out.schema.metadata[b"bron"] == b"crm-export"
    assert out.num_rows == 11 and out.column_names == table.column_names
    for name in ("id", "bedrag", "created_at"):
        assert out[name].equals(table[name])
    emails = out["email"].to_pylist()
    assert [e is None for e in emails] == [e is None for e in table["email"].to_pylist()]
    assert all(EMAIL_TOKEN.fullmatch(e) for e in emails if e)
    assert emails[0] == emails[3] != emails[1]  # klant0 twice, klant1 once
    notes = out["notitie"].to_pylist()
    assert notes[0] is None and notes[1] == "BSN <BSN>, rekening **************4300 (1)"
    assert out["tags"].to_pylist()[0] == ["bel <TELEFOONNUMMER>", "geen"] and out["tags"].to_pylist()[1] == []


def test_parquet_rule_on_a_non_string_column(tmp_path: Path, analyzer: Analyzer) -> None:
    src = tmp_path / "t.parquet"
    pq.write_table(pa.table({"bsn": pa.array([111222333, None], pa.int64()), "x": ["a", "b"]}), src)
    rewrite = Redactor(parse_policy({"columns": {"bsn": {"entity_type": "NL_BSN"}}}))
    with pytest.raises(FileRedactError, match=r"column 'bsn' is int64; its rule \(NL_BSN\) can only rewrite strings"):
        redact_file(src, tmp_path / "u.parquet", rewrite, analyzer)
    assert leftovers(tmp_path) == ["t.parquet"]

    remove = Redactor(parse_policy({"columns": {"bsn": {"entity_type": "NL_BSN", "operator": "remove"}}}))
    redact_file(src, tmp_path / "u.parquet", remove, analyzer)
    out = pq.read_table(tmp_path / "u.parquet")
    assert out["bsn"].type == pa.int64() and out["bsn"].to_pylist() == [None, None]


def test_corrupt_parquet_fails_without_output(tmp_path: Path, redactor: Redactor, analyzer: Analyzer) -> None:
    good = tmp_path / "goed.parquet"
    pq.write_table(parquet_table(20), good)
    bad = tmp_path / "kapot.parquet"
    bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(FileRedactError, match=r"kapot\.parquet: corrupt or not a Parquet file"):
        redact_file(bad, tmp_path / "uit.parquet", redactor, analyzer)
    assert leftovers(tmp_path) == ["goed.parquet", "kapot.parquet"]


# --- text and logs ------------------------------------------------------------------------------------------


def test_text_in_paragraph_chunks(
    tmp_path: Path, redactor: Redactor, analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(file_text, "CHUNK_CHARS", 40)  # every paragraph its own chunk
    paragraph = "Klant 😀 belde.\nMijn BSN is\n1112.22.333 en mijn iban is NL91ABNA\n0417164300.\n"
    expected = "Klant 😀 belde.\nMijn BSN is\n<BSN> en mijn iban is ********\n******4300.\n"
    src = tmp_path / "notities.txt"
    src.write_text("\n".join([paragraph] * 5), encoding="utf-8")
    target = tmp_path / "schoon.txt"
    stats = redact_file(src, target, redactor, analyzer)
    assert target.read_text(encoding="utf-8") == "\n".join([expected] * 5)
    assert stats.units == 5


def test_unknown_format_and_missing_file(tmp_path: Path, redactor: Redactor, analyzer: Analyzer) -> None:
    with pytest.raises(FileRedactError, match=r"data\.xml: unknown format '\.xml'"):
        redact_file(tmp_path / "data.xml", tmp_path / "uit.xml", redactor, analyzer)
    with pytest.raises(FileRedactError, match=r"weg\.csv: no such file"):
        redact_file(tmp_path / "weg.csv", tmp_path / "uit.csv", redactor, analyzer)
    assert leftovers(tmp_path) == []


def test_csv_fast_and_exact_paths_agree(tmp_path: Path, redactor: Redactor, analyzer: Analyzer) -> None:
    buf = io.StringIO(newline="")
    csv.writer(buf, delimiter=";", lineterminator="\r\n").writerows(CSV_ROWS)
    utf8, cp1252 = tmp_path / "utf8.csv", tmp_path / "cp1252.csv"
    utf8.write_bytes(buf.getvalue().encode("utf-8"))  # Arrow's reader and writer
    cp1252.write_bytes(buf.getvalue().encode("cp1252"))  # Python's csv module
    redact_file(utf8, tmp_path / "a.csv", redactor, analyzer)
    redact_file(cp1252, tmp_path / "b.csv", redactor, analyzer)
    a = list(csv.reader(io.StringIO((tmp_path / "a.csv").read_text("utf-8"), newline=""), delimiter=";"))
    b = list(csv.reader(io.StringIO((tmp_path / "b.csv").read_text("cp1252"), newline=""), delimiter=";"))
    assert a == b and len(a) == len(CSV_ROWS)


def test_csv_ragged_rows_are_kept_and_extra_cells_scanned(
    tmp_path: Path, redactor: Redactor, analyzer: Analyzer
) -> None:
    src = tmp_path / "ragged.csv"
    src.write_text("id,tekst\n1,hallo\n2,BSN 111222333,extra 1112.22.333\n3\n", encoding="utf-8")
    redact_file(src, tmp_path / "uit.csv", redactor, analyzer)
    rows = list(csv.reader(io.StringIO((tmp_path / "uit.csv").read_text("utf-8"), newline="")))
    assert rows == [["id", "tekst"], ["1", "hallo"], ["2", "BSN <BSN>", "extra <BSN>"], ["3"]]


def test_constant_rules_keep_empty_and_null_cells(tmp_path: Path, analyzer: Analyzer) -> None:
    policy = {
        "columns": {
            "naam": {"entity_type": "PERSON"},  # the policy's operator for PERSON: replace
            "telefoon": {"entity_type": "PHONE_NUMBER", "operator": "remove"},
        }
    }
    redactor = Redactor(parse_policy(policy))
    src = tmp_path / "t.parquet"
    table = pa.table({"naam": ["Jan Jansen", "", None], "telefoon": [None, "06-12345678", ""], "n": [1, 2, 3]})
    pq.write_table(table, src)
    redact_file(src, tmp_path / "u.parquet", redactor, analyzer)
    out = pq.read_table(tmp_path / "u.parquet")
    assert out["naam"].to_pylist() == ["<NAAM>", "", None]
    assert out["telefoon"].to_pylist() == [None, "", ""]
    assert out["n"].to_pylist() == [1, 2, 3]

    csv_src = tmp_path / "t.csv"
    csv_src.write_text("naam,telefoon\nJan Jansen,\n,06-12345678\n", encoding="utf-8")
    redact_file(csv_src, tmp_path / "u.csv", redactor, analyzer)
    rows = list(csv.reader(io.StringIO((tmp_path / "u.csv").read_text("utf-8"), newline="")))
    assert rows == [["naam", "telefoon"], ["<NAAM>", ""], ["", ""]]


def test_pseudonymised_column_equals_per_value_pseudonyms_and_keeps_empty_cells(
    tmp_path: Path, redactor: Redactor, analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(file_parquet, "ROWS_PER_BATCH", 3)  # values recur across batches: the memo path
    emails = ["a@example.nl", "", None, "B@Example.nl ", "a@example.nl", "c@example.nl", "", "b@example.nl"]
    src = tmp_path / "e.parquet"
    pq.write_table(pa.table({"email": emails}), src)
    redact_file(src, tmp_path / "u.parquet", redactor, analyzer)
    out = pq.read_table(tmp_path / "u.parquet")["email"].to_pylist()
    single = redactor.column_function(redactor.policy.column_rule("email"))  # the per-value path
    assert out == [single(e) if e else e for e in emails]
    assert out[0] == out[4] and out[3] == out[7] != out[5]  # case and spaces don't split a person


# --- JSON arrays stream --------------------------------------------------------------------------------------

ARRAY = [
    {"id": 1, "email": "jan@example.nl", "body": "Mijn BSN is 1112.22.333.", "n": [1.5, None, True]},
    "IBAN NL91 ABNA 0417 1643 00",
    111222333,
    [],
    {"id": 2, "body": 'niets \\u00e9 "bijzonders" hier', "diep": {"x": ["bel 06-12345678"]}},
]


@pytest.mark.parametrize("chunk", [3, 17, 1 << 20])
def test_json_array_streams_in_chunks_and_redacts_every_element(
    tmp_path: Path, redactor: Redactor, analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    monkeypatch.setattr(file_json, "CHUNK_CHARS", chunk)  # elements, numbers and strings cut by chunk ends
    monkeypatch.setattr(file_json, "LINES_PER_BATCH", 2)
    src, target = tmp_path / "export.json", tmp_path / "schoon.json"
    src.write_text(json.dumps(ARRAY, indent=2, ensure_ascii=False), encoding="utf-8")
    redact_file(src, target, redactor, analyzer)
    out = json.loads(target.read_text(encoding="utf-8"))
    assert len(out) == len(ARRAY)
    assert out[0]["body"] == "Mijn BSN is <BSN>." and EMAIL_TOKEN.fullmatch(out[0]["email"])
    assert out[0]["n"] == [1.5, None, True] and out[3] == []
    assert out[1] == "IBAN **** **** **** **43 00" and out[2] == "<BSN>"  # the policy masks IBANs
    assert out[4]["body"] == ARRAY[4]["body"] and out[4]["diep"] == {"x": ["bel <TELEFOONNUMMER>"]}


def test_json_array_reading_is_lazy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(file_json, "CHUNK_CHARS", 64)
    text = "[" + ",".join(json.dumps({"i": i, "t": "x" * 20}) for i in range(10_000)) + "]"
    stream = io.StringIO(text)
    elements = file_json.iter_json_array(stream, "big.json")
    assert next(elements) == {"i": 0, "t": "x" * 20}
    assert stream.tell() <= 4 * 64  # not the whole 400 kB
    assert [e["i"] for e in elements] == list(range(1, 10_000))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[\n{"a": 1},\n]', r"line 3: trailing comma"),
        ('[\n{"a": 1}\n{"a": 2}]', r"line 3: expected ',' or ']'"),
        ('[\n{"a": 1},\n{"a": ', r"line 3: "),
        ('[{"a": 1}] x', r"line 1: extra data"),
        ('[{"a": 1},', r"line 1: unexpected end of file"),
    ],
)
def test_malformed_json_array_fails_with_its_line_and_no_output(
    tmp_path: Path, redactor: Redactor, analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch, text: str, message: str
) -> None:
    monkeypatch.setattr(file_json, "CHUNK_CHARS", 4)
    src = tmp_path / "kapot.json"
    src.write_text(text, encoding="utf-8")
    with pytest.raises(FileRedactError, match=r"kapot\.json: malformed JSON at " + message):
        redact_file(src, tmp_path / "uit.json", redactor, analyzer)
    assert leftovers(tmp_path) == ["kapot.json"]


def test_empty_json_array(tmp_path: Path, redactor: Redactor, analyzer: Analyzer) -> None:
    src = tmp_path / "leeg.json"
    src.write_text(" [ ] \n", encoding="utf-8")
    redact_file(src, tmp_path / "uit.json", redactor, analyzer)
    assert json.loads((tmp_path / "uit.json").read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("kind", ["csv", "parquet"])
def test_small_files_redacted_without_threads_equal_the_threaded_path(
    tmp_path: Path, redactor: Redactor, analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    from afscherm.redactors import file_csv, pipeline

    src = tmp_path / f"in.{kind}"
    if kind == "csv":
        buf = io.StringIO(newline="")
        csv.writer(buf, lineterminator="\r\n").writerows(CSV_ROWS)
        src.write_text(buf.getvalue(), encoding="utf-8", newline="")
    else:
        monkeypatch.setattr(file_parquet, "ROWS_PER_BATCH", 4)  # several batches through either path
        pq.write_table(parquet_table(11), src, row_group_size=3)
    started = []
    monkeypatch.setattr(pipeline.threading.Thread, "start", _counting_start(started))
    redact_file(src, tmp_path / f"inline.{kind}", redactor, analyzer)
    assert started == []  # a small file needs no read-ahead or write-behind thread
    for module in (pipeline, file_csv, file_parquet):
        monkeypatch.setattr(module, "INLINE_BYTES", 0, raising=False)
    redact_file(src, tmp_path / f"threaded.{kind}", redactor, analyzer)
    assert len(started) == 2
    assert (tmp_path / f"inline.{kind}").read_bytes() == (tmp_path / f"threaded.{kind}").read_bytes()


def _counting_start(started: list[str]):  # noqa: ANN202
    original = threading.Thread.start

    def start(self: threading.Thread) -> None:
        if self.name.startswith("afscherm-"):  # ours, not Arrow's or pytest's
            started.append(self.name)
        original(self)

    return start
