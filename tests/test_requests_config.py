"""configs/retention.yaml and configs/processing.yaml: the shipped files load; mistakes name file and key."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from afscherm.detectors.config import ConfigError
from afscherm.discovery.request_config import Term, load_processing, load_retention

CONFIGS = Path(__file__).resolve().parent.parent / "afscherm" / "configs"


def test_shipped_retention_terms() -> None:
    cfg = load_retention(CONFIGS / "retention.yaml")
    assert str(cfg.categories["contact_forms"].keep) == "2 jaar"
    invoices = cfg.categories["invoices"]
    assert (invoices.keep.amount, invoices.keep.unit) == (7, "y")
    assert invoices.keep_types[0].entity_types == ["PERSON", "LOCATION"]
    assert (invoices.keep_types[0].keep.amount, invoices.keep_types[0].keep.unit) == (10, "y")
    contracts = cfg.categories["contracts"]
    assert contracts.start.field == "ended_at" and contracts.keep.amount == 3
    assert cfg.backups is not None and (cfg.backups.keep.amount, cfg.backups.keep.unit) == (60, "d")
    assert cfg.category_of("sample", "invoices/invoice-0001.txt")[0] == "invoices"
    assert cfg.category_of("sample", "chats/chat-0001.txt")[0] == "customer_contact"
    assert cfg.category_of("sample", "error_reports/x.txt") is None


def test_shipped_processing() -> None:
    cfg = load_processing(CONFIGS / "processing.yaml")
    assert cfg.category_of_type("IBAN_CODE") == "financial"
    assert cfg.recipients["newsletter_processor"].notify_on_erasure
    assert "contact" in cfg.purposes["newsletter"].categories


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2y", date(2024, 2, 29), date(2026, 2, 28)),
        ("60d", date(2026, 1, 1), date(2026, 3, 2)),
        ("1m", date(2026, 1, 31), date(2026, 2, 28)),
        ("2w", date(2026, 1, 1), date(2026, 1, 15)),
    ],
)
def test_terms(text: str, start: date, end: date) -> None:
    term = Term.parse(text)
    assert term.after(start) == end
    assert term.before(end) <= start


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("yaml_text", "key"),
    [
        ("categories:\n  x:\n    match: [{key: 'a/*'}]\n    keep: twee jaar\n", "categories.x.keep"),
        (
            "categories:\n  x:\n    match: [{key: 'a/*'}]\n    keep: 2y\n    after_term: shred\n",
            "categories.x.after_term",
        ),
        ("categories:\n  x:\n    match: []\n    keep: 2y\n", "categories.x.match"),
        (
            "categories:\n  x:\n    match: [{key: 'a'}]\n    keep: 2y\n"
            "    keep_types: [{entity_types: [NAME], keep: 3y}]\n",
            "categories.x.keep_types.0.entity_types",
        ),
        ("holds:\n  h:\n    match: [{key: a}]\n", "holds.h.reason"),
        ("categories: {}\nbogus: 1\n", "bogus"),
    ],
)
def test_retention_errors_name_file_and_key(tmp_path: Path, yaml_text: str, key: str) -> None:
    path = _write(tmp_path, "retention.yaml", yaml_text)
    with pytest.raises(ConfigError) as err:
        load_retention(path)
    assert str(path) in str(err.value) and f"'{key}'" in str(err.value)


def test_type_term_shorter_than_category_refused(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "retention.yaml",
        "categories:\n  x:\n    match: [{key: a}]\n    keep: 7y\n"
        "    keep_types: [{entity_types: [PERSON], keep: 2y}]\n",
    )
    with pytest.raises(ConfigError, match="shorter"):
        load_retention(path)


def test_processing_unknown_category_named(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "processing.yaml",
        "controller: {name: X}\n"
        "data_categories: {contact: {label: C, entity_types: [EMAIL_ADDRESS]}}\n"
        "purposes: {p: {label: P, basis: b, categories: [money]}}\n",
    )
    with pytest.raises(ConfigError) as err:
        load_processing(path)
    assert str(path) in str(err.value) and "purposes.p.categories.0" in str(err.value)


def test_missing_file_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_retention(tmp_path / "nope.yaml")
