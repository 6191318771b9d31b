"""Accuracy targets on the labelled Dutch gold set (bench/gold/detect_gold.jsonl).

A change that lowers recall on a checksum-validated type fails here.
"""

from __future__ import annotations

import pytest

from afscherm.detectors import default_analyzer
from afscherm.detectors.evaluation import Report, load_gold, score

CHECKSUM_TYPES = ("NL_BSN", "IBAN_CODE", "IMEI", "MRZ", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD")
RECALL_97_TYPES = ("PHONE_NUMBER", "NL_ID_DOCUMENT", "DATE_OF_BIRTH")


@pytest.fixture(scope="module")
def report() -> Report:
    records = load_gold()
    assert len(records) >= 300
    predictions = default_analyzer().analyze(r.text for r in records)
    return score(records, predictions, mode="exact")


@pytest.mark.parametrize("entity", CHECKSUM_TYPES)
def test_checksum_types_precision_and_recall(report: Report, entity: str) -> None:
    s = report.per_type[entity]
    assert s.tp >= 20, f"too few {entity} spans in the gold set to measure"
    missed = [t for _, g, t in report.misses if g.entity_type == entity][:5]
    wrong = [t for _, f, t in report.false_positives if f.entity_type == entity][:5]
    assert s.recall >= 0.99, f"{entity} recall {s.recall:.3f}; misses: {missed}"
    assert s.precision >= 0.99, f"{entity} precision {s.precision:.3f}; false positives: {wrong}"


@pytest.mark.parametrize("entity", RECALL_97_TYPES)
def test_recall_targets(report: Report, entity: str) -> None:
    s = report.per_type[entity]
    missed = [t for _, g, t in report.misses if g.entity_type == entity][:5]
    assert s.tp >= 20
    assert s.recall >= 0.97, f"{entity} recall {s.recall:.3f}; misses: {missed}"


@pytest.mark.parametrize("subtype", ["address", "postcode"])
def test_location_addresses_and_postcodes(report: Report, subtype: str) -> None:
    s = report.per_subtype[("LOCATION", subtype)]
    assert s.tp + s.fn >= 20
    assert s.recall >= 0.95, f"LOCATION/{subtype} recall {s.recall:.3f}"


def test_no_findings_on_hard_negatives(report: Report) -> None:
    assert report.negatives_total >= 100
    assert report.negative_violations == []
