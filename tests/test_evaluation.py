"""The scorer itself (detectors.evaluation) on tiny hand-made gold records and findings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from afscherm.detectors.evaluation import (
    GoldRecord,
    GoldSpan,
    char_leak,
    evaluate,
    format_side_by_side,
    format_type_by_kind,
    load_gold,
    overlap_counts,
    report_to_dict,
    score,
)
from afscherm.detectors.findings import Finding


def f(start: int, end: int, entity_type: str) -> Finding:
    return Finding(start, end, entity_type, 0.9, "test")


TEXT = "bel Anna de Vries op 0612345678"
#       0123456789012345678901234567890
NAME = GoldSpan(4, 17, "PERSON")
PHONE = GoldSpan(21, 31, "PHONE_NUMBER")
RECORD = GoldRecord("r1", TEXT, (NAME, PHONE), kind="chat")


def test_overlap_counts_split_name_is_one_found_span_and_two_correct_findings() -> None:
    counts = overlap_counts(RECORD, [f(4, 8, "PERSON"), f(12, 17, "PERSON")])
    person = counts["PERSON"]
    assert (person.gold, person.found, person.predicted, person.correct) == (1, 1, 2, 2)
    assert counts["PHONE_NUMBER"].found == 0 and counts["PHONE_NUMBER"].gold == 1


def test_overlap_of_another_type_is_a_miss_and_a_false_positive() -> None:
    counts = overlap_counts(RECORD, [f(21, 31, "NL_BSN")])
    assert counts["PHONE_NUMBER"].recall == 0.0
    assert counts["NL_BSN"].precision == 0.0 and counts["NL_BSN"].predicted == 1


def test_char_leak_counts_non_space_characters_covered_by_no_finding_of_any_type() -> None:
    # "Anna" covered, " de Vries" not: 7 non-space characters leaked of 11; the phone is covered by a finding
    # of another type, which still covers its characters.
    leaks = char_leak(RECORD, [f(4, 8, "PERSON"), f(21, 31, "NL_BSN")])
    assert (leaks["PERSON"].chars, leaks["PERSON"].leaked) == (11, 7)
    assert (leaks["PHONE_NUMBER"].chars, leaks["PHONE_NUMBER"].leaked) == (10, 0)


def test_mrz_sub_values_are_not_false_positives() -> None:
    text = "zone: P<NLDDE<VRIES<<ANNA<<<<\nXN01BC3D41NLD"
    mrz = GoldSpan(6, len(text), "MRZ")
    record = GoldRecord("m", text, (mrz,), kind="ocr")
    found = [f(6, len(text), "MRZ"), f(11, 25, "PERSON"), f(30, 39, "NL_ID_DOCUMENT"), f(0, 4, "PERSON")]
    counts = overlap_counts(record, found)
    assert counts["MRZ"].correct == 1
    assert counts["NL_ID_DOCUMENT"].predicted == 0  # inside the zone: a sub-value, not counted
    assert counts["PERSON"].predicted == 1 and counts["PERSON"].correct == 0  # "zone" is outside: a real FP
    exact = score([record], [found], mode="exact")
    assert [t for _, _, t in exact.false_positives] == ["zone"]


def test_evaluate_aggregates_overall_and_per_kind() -> None:
    other = GoldRecord("r2", "geen gegevens hier", (), kind="log")
    report = evaluate([RECORD, other], [[f(4, 17, "PERSON")], [f(0, 4, "LOCATION")]])
    assert report.overall.texts == 2
    micro = report.overall.micro
    assert (micro.gold, micro.found, micro.predicted, micro.correct) == (2, 1, 2, 1)
    assert micro.precision == 0.5 and micro.recall == 0.5
    assert report.overall.leak.chars == 21 and report.overall.leak.leaked == 10
    assert report.per_kind["chat"].leak.rate == pytest.approx(10 / 21)
    assert report.per_kind["log"].leak.chars == 0 and report.per_kind["log"].micro.precision == 0.0
    # exact one-to-one beside it: the whole name matches exactly
    assert report.overall.exact["PERSON"].tp == 1 and report.overall.exact["PHONE_NUMBER"].fn == 1


def test_exact_numbers_beside_overlap_differ_on_a_partial_span() -> None:
    report = evaluate([RECORD], [[f(4, 8, "PERSON"), f(21, 31, "PHONE_NUMBER")]])
    assert report.overall.per_type["PERSON"].recall == 1.0
    assert report.overall.exact["PERSON"].recall == 0.0
    assert report.overall.micro_exact.tp == 1


def test_formatting_and_json_name_every_set_and_kind() -> None:
    report = evaluate([RECORD], [[f(4, 17, "PERSON")]])
    table = format_side_by_side({"tuning": report, "held": report})
    assert "tuning" in table and "held" in table and "chat" in table and "PERSON" in table
    assert "47.62%" in table  # 10 of 21 characters leaked (the phone)
    assert "PHONE_NUMBER" in format_type_by_kind(report, "t")
    numbers = report_to_dict(report)
    assert numbers["overall"]["char_leak"] == pytest.approx(10 / 21)
    assert TEXT not in json.dumps(numbers)  # numbers only, never texts


def test_load_gold_reads_kind_and_optional_fields(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    rec = {"id": "x", "kind": "chat", "text": "hoi sanne", "spans": [{"start": 4, "end": 9, "entity_type": "PERSON"}]}
    path.write_text(json.dumps(rec) + "\n\n", encoding="utf-8")
    (record,) = load_gold(path)
    assert record.kind == "chat" and record.spans == (GoldSpan(4, 9, "PERSON"),) and record.negatives == ()


def test_negative_rates_count_each_negative_once_and_org_names_only_for_person() -> None:
    from afscherm.detectors.evaluation import negative_rates

    text = "bestel bij Bakkerij Jansen of Hotel De Wit, prijs 1024 MB"
    record = GoldRecord("n", text, (), ((11, 26, "org_name"), (30, 42, "org_name"), (51, 58, "unit")))
    found = [f(20, 26, "PERSON"), f(11, 26, "PERSON"), f(30, 42, "LOCATION"), f(51, 58, "LOCATION")]
    assert negative_rates([record], [found]) == {"org_name": (1, 2), "unit": (1, 1)}
