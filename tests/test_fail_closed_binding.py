"""Encrypted tokens are bound to their place (issue 10, item 10): a token moved to another record, swapped
with another field's token or moved inside its value fails authentication in ``reveal``, which names the
place; tokens of the first, unbound format are refused."""

from __future__ import annotations

import base64
import csv
import io
import json
import re
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from afscherm.detectors.findings import Finding
from afscherm.flows.cli import main
from afscherm.redactors import parse_policy
from afscherm.redactors.encryption import Place, RevealError, associated_data, decrypt_token, encrypt_token, reveal_text
from afscherm.redactors.operators import KeyRing
from afscherm.redactors.text import Redactor

AES = bytes(range(32))
TOKEN = re.compile(r"<ENC2:[A-Z_]+:[0-9a-f]{8}:[A-Za-z0-9_-]+>")
PHONE, BSN, BSN2 = "0612345678", "111222333", "123456782"


@pytest.fixture()
def policy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("AFSCHERM_ENCRYPTION_KEY", base64.b64encode(AES).decode())
    path = tmp_path / "policy.yaml"
    path.write_text("default: replace\nentities:\n  NL_BSN: encrypt\n  PHONE_NUMBER: encrypt\n")
    return path


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


# --- the associated data ------------------------------------------------------------------------------------


def test_the_associated_data_is_documented_json() -> None:
    assert associated_data("NL_BSN", "r1", "/text", 0) == b'["afscherm-enc-2","NL_BSN","r1","/text",0]'
    assert associated_data("PERSON", "ü", "", 3) == '["afscherm-enc-2","PERSON","ü","",3]'.encode()


def test_a_token_only_opens_in_its_place() -> None:
    token = encrypt_token(AES, "NL_BSN", BSN, Place("r1", "/text"))
    assert decrypt_token(AES, token, Place("r1", "/text")) == BSN
    for other in (Place("r2", "/text"), Place("r1", "/note"), Place("r1", "/text", count=1)):
        with pytest.raises(RevealError, match="failed authentication"):
            decrypt_token(AES, token, other)


def test_swapping_two_tokens_inside_one_text_fails() -> None:
    text = f"tel {PHONE} en bsn {BSN}"
    findings = [Finding(4, 14, "PHONE_NUMBER", 1, "t"), Finding(22, 31, "NL_BSN", 1, "t")]
    r = Redactor(parse_policy({"default": "encrypt"}), KeyRing(encryption=AES))
    out = r.redact(text, findings, Place("r1", "/text"))
    assert reveal_text(AES, out, Place("r1", "/text")) == text
    a, b = TOKEN.findall(out)
    swapped = out.replace(a, "\0").replace(b, a).replace("\0", b)
    with pytest.raises(RevealError, match=r"NL_BSN token #1 in record 'r1', field /text failed authentication"):
        reveal_text(AES, swapped, Place("r1", "/text"))


def test_unbound_tokens_of_the_first_format_are_refused() -> None:
    old = "bsn <ENC:NL_BSN:12345678:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA>"
    with pytest.raises(RevealError, match=r"first format .*not bound to its record and field"):
        reveal_text(AES, old)


# --- JSON lines through the CLI ------------------------------------------------------------------------------


def redact_jsonl(tmp_path: Path, policy: Path, capsys: pytest.CaptureFixture[str]) -> list[dict]:
    src = tmp_path / "in.jsonl"
    records = [
        {"id": "r1", "text": f"tel {PHONE} bsn {BSN}", "note": f"bsn {BSN}"},
        {"id": "r2", "text": f"bsn {BSN2}", "note": "niets"},
    ]
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert run(["redact", "--policy", str(policy), str(src), "-o", str(out)], capsys)[0] == 0
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def reveal_rows(tmp_path: Path, policy: Path, rows: list[dict], capsys: pytest.CaptureFixture[str]) -> tuple:
    path = tmp_path / "changed.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return run(["reveal", "--policy", str(policy), str(path)], capsys)


def test_intact_jsonl_reveals(tmp_path: Path, policy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = redact_jsonl(tmp_path, policy, capsys)
    code, out, err = reveal_rows(tmp_path, policy, rows, capsys)
    assert code == 0, err
    assert [json.loads(line) for line in out.splitlines()][0]["text"] == f"tel {PHONE} bsn {BSN}"


@pytest.mark.parametrize("move", ["swap-in-field", "other-record", "other-field"])
def test_a_moved_jsonl_token_fails_naming_its_place(
    tmp_path: Path, policy: Path, capsys: pytest.CaptureFixture[str], move: str
) -> None:
    rows = redact_jsonl(tmp_path, policy, capsys)
    phone, bsn = TOKEN.findall(rows[0]["text"])
    if move == "swap-in-field":
        rows[0]["text"] = f"tel {bsn} bsn {phone}"
        expected = r"changed\.jsonl:1: NL_BSN token #1 in record 'r1', field /text"
    elif move == "other-record":
        rows[1]["text"] = f"bsn {bsn}"
        expected = r"changed\.jsonl:2: NL_BSN token #1 in record 'r2', field /text"
    else:
        rows[0]["note"] = f"bsn {bsn}"
        expected = r"changed\.jsonl:1: NL_BSN token #1 in record 'r1', field /note"
    code, out, err = reveal_rows(tmp_path, policy, rows, capsys)
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err
    assert re.search(expected + " failed authentication", err), err
    assert BSN2 not in out


# --- CSV and Parquet through redact-file -----------------------------------------------------------------------


def test_csv_tokens_are_bound_to_row_and_column(
    tmp_path: Path, policy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "k.csv"
    src.write_text(f"klant,bsn,tel\n1,{BSN},{PHONE}\n2,{BSN2},0201234567\n", encoding="utf-8")
    red = tmp_path / "k-schoon.csv"
    assert run(["redact-file", "--policy", str(policy), str(src), str(red)], capsys)[0] == 0
    code, out, err = run(["reveal", "--policy", str(policy), str(red)], capsys)
    assert code == 0, err
    assert list(csv.reader(io.StringIO(out))) == list(csv.reader(io.StringIO(src.read_text())))

    rows = list(csv.reader(io.StringIO(red.read_text(encoding="utf-8"))))
    swapped = [rows[0], [rows[1][0], rows[2][1], rows[1][2]], [rows[2][0], rows[1][1], rows[2][2]]]
    bad = tmp_path / "swapped.csv"
    with bad.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(swapped)
    code, _, err = run(["reveal", "--policy", str(policy), str(bad)], capsys)
    assert code == 2
    assert "row 2: NL_BSN token #1 in record 'row 2', field column 2 failed authentication" in err


def test_parquet_tokens_are_bound_to_row_and_column(
    tmp_path: Path, policy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "k.parquet"
    table = pa.table({"bsn": [BSN, BSN2], "notities": [[f"bel {PHONE}"], []]})
    pq.write_table(table, src)
    red, back = tmp_path / "schoon.parquet", tmp_path / "terug.parquet"
    assert run(["redact-file", "--policy", str(policy), str(src), str(red)], capsys)[0] == 0
    code, _, err = run(["reveal", "--policy", str(policy), str(red), "-o", str(back)], capsys)
    assert code == 0, err
    assert pq.read_table(back).to_pylist() == table.to_pylist()

    redacted = pq.read_table(red)
    swapped = redacted.set_column(0, "bsn", pa.array(list(reversed(redacted["bsn"].to_pylist()))))
    pq.write_table(swapped, tmp_path / "swapped.parquet")
    code, _, err = run(["reveal", "--policy", str(policy), str(tmp_path / "swapped.parquet"), "-o", str(back)], capsys)
    assert code == 2 and "record 'row 1', field /bsn failed authentication" in err
