"""``afscherm redact`` / ``reveal`` / ``redact-file``: the DESIGN contract and one-line errors."""

from __future__ import annotations

import base64
import csv
import io
import json
import re
from pathlib import Path

import pytest

from afscherm.flows.cli import main

AES_A = base64.b64encode(bytes(range(32))).decode()
AES_B = base64.b64encode(bytes(range(1, 33))).decode()
TEXT = "😀 Mijn BSN is 1112.22.333, IBAN NL91 ABNA 0417 1643 00, mail fenna@example.nl"


def write_jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture()
def policy(tmp_path: Path) -> Path:
    path = tmp_path / "policy.yaml"
    path.write_text("default: replace\nentities:\n  NL_BSN: encrypt\n  EMAIL_ADDRESS: pseudonymise\n")
    return path


@pytest.fixture()
def keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AFSCHERM_PSEUDONYM_KEY", "cli-test-sleutel-0123456789")
    monkeypatch.setenv("AFSCHERM_ENCRYPTION_KEY", AES_A)


def test_redact_contract_with_the_shipped_policy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": TEXT}, {"id": "b", "text": "niets"}])
    code, out, err = run(["redact", str(src)], capsys)
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows == [
        {"id": "a", "text": "😀 Mijn BSN is <BSN>, IBAN **** **** **** **43 00, mail <E-MAIL>"},
        {"id": "b", "text": "niets"},
    ]


def test_redact_writes_output_file_only_when_complete(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": TEXT}) + "\n{kapot\n", encoding="utf-8")
    target = tmp_path / "out.jsonl"
    code, _, err = run(["redact", str(src), "-o", str(target)], capsys)
    assert code == 2
    assert re.fullmatch(r"afscherm redact: .*in\.jsonl:2: malformed JSON.*\n", err)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]


def test_missing_key_is_one_clear_line(
    tmp_path: Path, policy: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("AFSCHERM_ENCRYPTION_KEY", raising=False)
    monkeypatch.setenv("AFSCHERM_PSEUDONYM_KEY", "cli-test-sleutel-0123456789")
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": TEXT}])
    code, out, err = run(["redact", "--policy", str(policy), str(src)], capsys)
    assert (code, out) == (2, "")
    assert err == (
        f"afscherm redact: {policy}: the encryption key is missing: set AFSCHERM_ENCRYPTION_KEY "
        "(or name a Prefect Secret block in keys.encryption.prefect_secret)\n"
    )


def test_redact_then_reveal_round_trips(
    tmp_path: Path, policy: Path, keys: None, capsys: pytest.CaptureFixture[str]
) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": TEXT}, {"id": "b", "text": TEXT}])
    redacted = tmp_path / "redacted.jsonl"
    assert run(["redact", "--policy", str(policy), str(src), "-o", str(redacted)], capsys)[0] == 0
    rows = [json.loads(line) for line in redacted.read_text(encoding="utf-8").splitlines()]
    assert all("1112.22.333" not in r["text"] and "fenna@" not in r["text"] for r in rows)
    assert rows[0]["text"] != rows[1]["text"]  # fresh nonce per encryption …
    email_tokens = [re.search(r"EMAIL-[0-9a-f]{16}", r["text"]).group() for r in rows]
    assert email_tokens[0] == email_tokens[1]  # … but the same pseudonym

    code, out, err = run(["reveal", "--policy", str(policy), str(redacted)], capsys)
    assert code == 0, err
    revealed = [json.loads(line)["text"] for line in out.splitlines()]
    assert [t.replace(email_tokens[0], "fenna@example.nl") for t in revealed] == [
        t.replace("NL91 ABNA 0417 1643 00", "<IBAN>") for t in (TEXT, TEXT)
    ]


def test_reveal_with_a_wrong_key_or_a_tampered_token_fails(
    tmp_path: Path,
    policy: Path,
    keys: None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": "rec-1", "text": "BSN 111222333"}])
    redacted = tmp_path / "redacted.jsonl"
    assert run(["redact", "--policy", str(policy), str(src), "-o", str(redacted)], capsys)[0] == 0
    line = json.loads(redacted.read_text(encoding="utf-8"))
    payload = re.search(r"<ENC2:NL_BSN:[0-9a-f]{8}:([A-Za-z0-9_-]+)>", line["text"]).group(1)
    changed = "A" if payload[20] != "A" else "B"  # a character in the middle carries 6 payload bits
    swapped = payload[:20] + changed + payload[21:]
    tampered = write_jsonl(tmp_path / "t.jsonl", [{"id": "rec-1", "text": line["text"].replace(payload, swapped)}])
    code, out, err = run(["reveal", "--policy", str(policy), str(tampered)], capsys)
    assert (code, out) == (2, "")
    assert err == f"afscherm reveal: {tampered}:1: NL_BSN token #1 in record 'rec-1', field /text failed " \
                  "authentication: it was changed, moved from another place, or is incomplete\n"  # fmt: skip

    monkeypatch.setenv("AFSCHERM_ENCRYPTION_KEY", AES_B)
    code, out, err = run(["reveal", "--policy", str(policy), str(redacted)], capsys)
    assert (code, out) == (2, "")
    assert re.fullmatch(r"afscherm reveal: .*redacted\.jsonl:1: token was encrypted with another key .*\n", err)


def test_redact_file_reports_and_fails_closed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "klanten.csv"
    src.write_text("id,notitie\n1,BSN 111222333\n", encoding="utf-8")
    target = tmp_path / "schoon.csv"
    code, out, err = run(["redact-file", str(src), str(target)], capsys)
    assert code == 0, err
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8"), newline="")))
    assert rows == [["id", "notitie"], ["1", "BSN <BSN>"]]
    assert out.startswith(f"{src} -> {target}: 1 records/rows")

    bad = tmp_path / "export.xlsx"
    bad.write_bytes(b"PK\x03\x04")
    code, _, err = run(["redact-file", str(bad), str(tmp_path / "uit.xlsx")], capsys)
    assert code == 2
    assert err.startswith(f"afscherm redact-file: {bad}: unknown format '.xlsx'") and err.count("\n") == 1
    assert not (tmp_path / "uit.xlsx").exists()
