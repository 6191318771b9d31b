"""Column rules are for scalar values (issue 10, item 3): ``scan: false`` or an entity-type rule on a key
never hides the lists and objects stored under it; those are walked and scanned."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from afscherm.detectors.analyzer import Analyzer, default_analyzer
from afscherm.redactors import parse_policy
from afscherm.redactors.files import redact_file
from afscherm.redactors.text import Redactor

RULES = {
    "columns": {
        "created_at": {"scan": False},
        "labels": {"scan": False},
        "email": {"entity_type": "EMAIL_ADDRESS"},
    }
}


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return default_analyzer()


@pytest.fixture()
def redactor() -> Redactor:
    return Redactor(parse_policy(RULES, "test-policy"))


@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_json_subtrees_under_a_rule_are_scanned(
    tmp_path: Path, redactor: Redactor, analyzer: Analyzer, suffix: str
) -> None:
    doc = {
        "created_at": {"by": "jan@example.nl", "bsn": "111222333", "when": "2025-01-01"},
        "updated_at": "2025-01-02",
        "labels": ["bel 0612345678", {"iban": "NL91ABNA0417164300"}],
        "email": {"werk": "piet@example.nl", "notitie": "geen"},
        "meta": {"created_at": "111222333"},  # a scalar under a rule, at any depth: the rule
    }
    src = tmp_path / f"doc{suffix}"
    src.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    redact_file(src, tmp_path / f"uit{suffix}", redactor, analyzer)
    out = json.loads((tmp_path / f"uit{suffix}").read_text(encoding="utf-8"))
    assert out["created_at"] == {"by": "<E-MAIL>", "bsn": "<BSN>", "when": "2025-01-01"}
    assert out["labels"] == ["bel <TELEFOONNUMMER>", {"iban": "<IBAN>"}]
    assert out["email"] == {"werk": "<E-MAIL>", "notitie": "geen"}
    assert out["meta"] == {"created_at": "111222333"} and out["updated_at"] == "2025-01-02"


def test_parquet_nested_columns_under_scan_false_are_scanned(
    tmp_path: Path, redactor: Redactor, analyzer: Analyzer
) -> None:
    table = pa.table(
        {
            "created_at": pa.array(
                [{"by": "jan@example.nl", "n": 111222333}, None],
                pa.struct([("by", pa.string()), ("n", pa.int64())]),
            ),
            "labels": pa.array([["bel 0612345678", "vip"], []], pa.list_(pa.string())),
            "email": ["piet@example.nl", ""],
        }
    )
    src = tmp_path / "t.parquet"
    pq.write_table(table, src)
    redact_file(src, tmp_path / "u.parquet", redactor, analyzer)
    out = pq.read_table(tmp_path / "u.parquet")
    assert out["created_at"].to_pylist() == [{"by": "<E-MAIL>", "n": None}, None]
    assert out["labels"].to_pylist() == [["bel <TELEFOONNUMMER>", "vip"], []]
    assert out["email"].to_pylist() == ["<E-MAIL>", ""]
