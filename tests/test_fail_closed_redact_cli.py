"""``afscherm redact`` on JSON lines keeps and scans every field (issue 10, item 5); ``--fields`` and
``--keep-fields`` narrow that only explicitly; ``reveal`` keeps every field and reads what ``redact-file``
wrote (JSON lines, JSON, CSV, Parquet, text)."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from afscherm.flows.cli import build_parser, main

RECORD = {
    "id": "jan@example.nl",
    "text": "Mijn BSN is 111222333",
    "user": {"tel": "0612345678", "naam": "geen"},
    "n": 111222333,
    "extra": "IBAN NL91ABNA0417164300",
    "tags": ["bel 0612345678"],
}


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_every_field_is_kept_and_scanned(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = jsonl(tmp_path / "in.jsonl", [RECORD])
    code, out, err = run(["redact", str(src)], capsys)
    assert code == 0, err
    [row] = [json.loads(line) for line in out.splitlines()]
    assert list(row) == list(RECORD)
    assert row == {
        "id": "<E-MAIL>",
        "text": "Mijn BSN is <BSN>",
        "user": {"tel": "********78", "naam": "geen"},
        "n": "<BSN>",
        "extra": "IBAN **************4300",
        "tags": ["bel ********78"],
    }
    assert "0612345678" not in out and "111222333" not in out and "jan@example.nl" not in out


def test_fields_and_keep_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = jsonl(tmp_path / "in.jsonl", [{"id": "111222333", "text": "BSN 111222333"}, RECORD])
    code, out, err = run(["redact", "--fields", "text", "--keep-fields", "id", str(src)], capsys)
    assert code == 2
    assert err == (
        f"afscherm redact: {src}:2: field 'extra' is in neither --fields nor --keep-fields (name it in one of "
        "them: afscherm never drops a field, or passes one unscanned, unasked)\n"
    )
    code, out, err = run(["redact", "--fields", "text", "--keep-fields", "id", "--skip-invalid", str(src)], capsys)
    assert code == 0 and "skipped 1 invalid line(s)" in err
    assert [json.loads(line) for line in out.splitlines()] == [{"id": "111222333", "text": "BSN <BSN>"}]

    code, out, err = run(["redact", "--keep-fields", "id", str(jsonl(tmp_path / "b.jsonl", [RECORD]))], capsys)
    assert code == 0, err
    row = json.loads(out)
    assert row["id"] == "jan@example.nl" and row["n"] == "<BSN>" and list(row) == list(RECORD)


def test_a_field_in_both_lists_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = jsonl(tmp_path / "in.jsonl", [RECORD])
    code, _, err = run(["redact", "--fields", "text,id", "--keep-fields", "id", str(src)], capsys)
    assert code == 2 and err == "afscherm redact: --fields and --keep-fields both name 'id'\n"


def test_help_says_nothing_is_dropped_silently() -> None:
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    text = " ".join(sub.choices["redact"].format_help().split())
    assert "Every field of every record is kept, and every field is scanned" in text
    assert "never drops a field, or passes one unscanned, unless asked" in text


def test_redact_refuses_a_line_deeper_than_it_can_walk(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    deep = '{"id": "b", "text": "x", "meta": ' + "[" * 550 + "]" * 550 + "}"
    src.write_text(json.dumps(RECORD) + "\n" + deep + "\n", encoding="utf-8")
    code, _, err = run(["redact", str(src)], capsys)
    assert code == 2 and err.startswith(f"afscherm redact: {src}:2: JSON nested deeper than 500 levels")


# --- reveal keeps everything and reads every format --------------------------------------------------------


@pytest.fixture()
def encrypting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("AFSCHERM_ENCRYPTION_KEY", base64.b64encode(bytes(range(32))).decode())
    path = tmp_path / "policy.yaml"
    path.write_text("default: encrypt\n")
    return path


def test_reveal_keeps_every_field(tmp_path: Path, encrypting: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = jsonl(tmp_path / "in.jsonl", [RECORD, {"id": 7, "text": "geen", "x": None}])
    red = tmp_path / "red.jsonl"
    assert run(["redact", "--policy", str(encrypting), str(src), "-o", str(red)], capsys)[0] == 0
    assert "111222333" not in red.read_text() and "jan@example.nl" not in red.read_text()
    code, out, err = run(["reveal", "--policy", str(encrypting), str(red)], capsys)
    assert code == 0, err
    back = [json.loads(line) for line in out.splitlines()]
    assert back[0] == {**RECORD, "n": "111222333"}  # a redacted number comes back as its digits
    assert back[1] == {"id": 7, "text": "geen", "x": None}


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("a.json", json.dumps({"klant": RECORD, "jan@example.nl": "sleutel"}, indent=2)),
        ("b.json", json.dumps([RECORD, {"id": 2, "body": "bel 0612345678"}])),
        ("c.jsonl", json.dumps(RECORD) + "\n" + json.dumps({"x": "BSN 111222333"}) + "\n"),
        ("d.csv", "naam,bsn\njan@example.nl,111222333\npiet@example.nl,123456782\n"),
        ("e.txt", "Mijn BSN is 111222333.\nBel 0612345678 of mail jan@example.nl.\n"),
    ],
)
def test_reveal_reads_what_redact_file_wrote(
    tmp_path: Path, encrypting: Path, capsys: pytest.CaptureFixture[str], name: str, content: str
) -> None:
    src = tmp_path / name
    src.write_text(content, encoding="utf-8")
    red = tmp_path / f"red-{name}"
    code, _, err = run(["redact-file", "--policy", str(encrypting), str(src), str(red)], capsys)
    assert code == 0, err
    assert "111222333" not in red.read_text(encoding="utf-8")
    back = tmp_path / f"back-{name}"
    code, _, err = run(["reveal", "--policy", str(encrypting), str(red), "-o", str(back)], capsys)
    assert code == 0, err
    digits = content.replace("111222333,", '"111222333",')  # a redacted number comes back as its digits
    if name.endswith(".json"):
        assert json.loads(back.read_text(encoding="utf-8")) == json.loads(digits)
    elif name.endswith(".jsonl"):
        expected = [json.loads(line) for line in digits.splitlines()]
        assert [json.loads(line) for line in back.read_text(encoding="utf-8").splitlines()] == expected
    else:
        assert back.read_text(encoding="utf-8").replace("\r\n", "\n").replace('"', "") == content


def test_reveal_reads_parquet(tmp_path: Path, encrypting: Path, capsys: pytest.CaptureFixture[str]) -> None:
    table = pa.table(
        {
            "jan@example.nl": ["BSN 111222333", None],
            "blob": [b"mail piet@example.nl", b"ok"],
            "nested": [{"tel": "0612345678"}, None],
        },
        metadata={"owner": "jan@example.nl"},
    )
    src, red, back = tmp_path / "t.parquet", tmp_path / "red.parquet", tmp_path / "back.parquet"
    pq.write_table(table, src)
    assert run(["redact-file", "--policy", str(encrypting), str(src), str(red)], capsys)[0] == 0
    assert b"111222333" not in red.read_bytes() and b"jan@example.nl" not in red.read_bytes()
    code, _, err = run(["reveal", "--policy", str(encrypting), str(red)], capsys)
    assert code == 2 and "give -o OUTPUT" in err
    code, _, err = run(["reveal", "--policy", str(encrypting), str(red), "-o", str(back)], capsys)
    assert code == 0, err
    out = pq.read_table(back)
    assert out.to_pylist() == table.to_pylist() and out.schema.metadata == {b"owner": b"jan@example.nl"}
