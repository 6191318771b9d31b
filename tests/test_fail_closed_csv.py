"""Headerless CSV (issue 10, item 2): the first row is a header only when it looks like one and holds no
personal data; either way it is scanned and redacted like every other row."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from afscherm.detectors.analyzer import Analyzer, default_analyzer
from afscherm.redactors import parse_policy
from afscherm.redactors.files import redact_file
from afscherm.redactors.text import Redactor


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return default_analyzer()


@pytest.fixture()
def redactor(monkeypatch: pytest.MonkeyPatch) -> Redactor:
    monkeypatch.setenv("AFSCHERM_PSEUDONYM_KEY", "csv-kop-sleutel-0123456789")
    return Redactor(parse_policy({"columns": {"email": {"entity_type": "EMAIL_ADDRESS", "operator": "pseudonymise"}}}))


def redacted_rows(tmp_path: Path, text: str, redactor: Redactor, analyzer: Analyzer, encoding: str) -> list[list[str]]:
    src = tmp_path / "in.csv"
    src.write_bytes(text.encode(encoding))
    redact_file(src, tmp_path / "uit.csv", redactor, analyzer)
    return list(csv.reader(io.StringIO((tmp_path / "uit.csv").read_bytes().decode(encoding), newline="")))


ENCODINGS = ["utf-8", "cp1252"]  # Arrow's path and Python's csv module


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_a_headerless_first_row_is_redacted(
    tmp_path: Path, redactor: Redactor, analyzer: Analyzer, encoding: str
) -> None:
    text = "jan@example.nl,111222333,rekening NL91ABNA0417164300\npiet@example.nl,123456782,geen\n"
    rows = redacted_rows(tmp_path, text, redactor, analyzer, encoding)
    assert rows == [["<E-MAIL>", "<BSN>", "rekening <IBAN>"], ["<E-MAIL>", "<BSN>", "geen"]]


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_a_header_cell_with_personal_data_is_redacted(
    tmp_path: Path, redactor: Redactor, analyzer: Analyzer, encoding: str
) -> None:
    text = "id,jan@example.nl,notitie\n1,x,BSN 111222333\n"
    rows = redacted_rows(tmp_path, text, redactor, analyzer, encoding)
    assert rows == [["id", "<E-MAIL>", "notitie"], ["1", "x", "BSN <BSN>"]]


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_a_real_header_still_names_the_columns(
    tmp_path: Path, redactor: Redactor, analyzer: Analyzer, encoding: str
) -> None:
    text = "klant,email,telefoon\n1,jan@example.nl,612345678\n2,piet@example.nl,7\n"
    rows = redacted_rows(tmp_path, text, redactor, analyzer, encoding)
    assert rows[0] == ["klant", "email", "telefoon"]
    assert rows[1][1].startswith("EMAIL-") and rows[1][2] == "<TELEFOONNUMMER>"  # rule and field context
    assert rows[2] == ["2", rows[2][1], "7"] and rows[2][1].startswith("EMAIL-")


def test_header_sniffing(redactor: Redactor, analyzer: Analyzer) -> None:
    from afscherm.redactors.file_csv import is_header
    from afscherm.redactors.values import ValueRedactor

    values = ValueRedactor(redactor, analyzer)
    assert is_header(["id", "naam", "bedrag"], "id,naam,bedrag\n1,Jan,10\n2,Piet,12\n", values)
    assert not is_header(["1", "Jan", "10"], "1,Jan,10\n2,Piet,12\n3,Kees,14\n", values)
    assert is_header(["bsn", "telefoon"], "bsn,telefoon\nx,y\n", values)  # names that announce a field
    assert is_header(["bsn", "jan@example.nl"], "bsn,jan@example.nl\n1,2\n", values)  # still a header
    assert not is_header(["jan@example.nl", "x"], "jan@example.nl,x\np@example.nl,y\n", values)
