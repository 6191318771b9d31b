"""Long texts (issue 10, item 7): one line over spaCy's 1,000,000-character limit is analysed in overlapping
windows; a value at or across a seam is found once, whole.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from afscherm.detectors.analyzer import WINDOW_CHARS, WINDOW_OVERLAP, analyze_text, default_analyzer
from afscherm.detectors.findings import Finding
from afscherm.detectors.ner_gate import MAX_PIECE, Covered, gate
from afscherm.detectors.overlap import MRZ_RECOGNIZER, SPECIFICITY, _rank, _resolve_cluster, resolve_overlaps
from afscherm.flows.cli import main

FILLER = "de klant vraagt of het pakket morgen komt en wat de kosten zijn. "
# "Zonnebloem" is a capitalised word no recogniser claims: the model always reads the record's piece.
RECORD = (
    "de familie Vermeulen uit Zwolle van de Zonnebloem belt over bsn 111222333 en NL91ABNA0417164300, mail "
    "jan.jansen@example.nl of bel 06-12345678."
)
LENGTH = 1_200_000


def filler(n: int) -> str:
    return (FILLER * (n // len(FILLER) + 1))[:n]


def planted_text(positions: list[int], record: str = RECORD, length: int = LENGTH) -> str:
    """``length`` characters of filler with ``record`` written over it at each position (sorted, apart)."""
    parts, pos = [], 0
    for p in positions:
        parts += [filler(p - pos), record]
        pos = p + len(record)
    parts.append(filler(length - pos))
    return "".join(parts)


def seam_positions() -> list[int]:
    """Record starts straddling every window start, every window end and the middle of every overlap."""
    step = WINDOW_CHARS - WINDOW_OVERLAP
    half = len(RECORD) // 2
    positions = []
    for k in range(1, LENGTH // step + 1):
        for seam in (k * step, k * step + WINDOW_OVERLAP // 2, k * step + WINDOW_OVERLAP):
            positions += [seam - half, seam - 3]  # centred on the seam, and with the seam just inside
    positions += [0, LENGTH - len(RECORD) - 1]
    spaced = []
    for p in sorted(set(positions)):
        if 0 <= p <= LENGTH - len(RECORD) and (not spaced or p >= spaced[-1] + len(RECORD) + 40):
            spaced.append(p)
    return spaced


def expected(positions: list[int], record: str = RECORD) -> list[tuple[str, int, int]]:
    one = [(f.entity_type, f.start, f.end) for f in analyze_text(filler(300) + record + filler(300))]
    return sorted((t, p + s - 300, p + e - 300) for p in positions for t, s, e in one)


def test_the_record_has_values_for_the_recognisers_and_a_word_for_the_model() -> None:
    text = filler(300) + RECORD + filler(300)
    types = {f.entity_type for f in analyze_text(text)}
    assert {"EMAIL_ADDRESS", "IBAN_CODE", "LOCATION", "NL_BSN", "PERSON", "PHONE_NUMBER"} <= types
    recognised = default_analyzer()._recognize(text, None)
    assert "Zonnebloem" in gate(text, [(f.start, f.end) for f in recognised]).text


def test_values_at_and_across_window_seams_are_found_once_and_whole() -> None:
    positions = seam_positions()
    assert len(positions) > 30
    text = planted_text(positions)
    assert len(text) == LENGTH
    got = sorted((f.entity_type, f.start, f.end) for f in analyze_text(text))
    assert got == expected(positions)


def test_up_to_a_million_characters_the_model_reads_in_windows_and_names_spread_over_the_whole_text() -> None:
    # a record every 1,000 characters: the model reads ~400,000 characters of selected lines, 100,000 at a time
    length = 400_000
    positions = list(range(1_000, length - 2_000, 1_000))
    text = planted_text(positions, length=length)
    got = sorted((f.entity_type, f.start, f.end) for f in analyze_text(text))
    assert got == expected(positions)
    # "De Vries" alone is a name only because "Jan de Vries" was found 300,000 characters earlier
    mention = "het dossier van De Vries is dicht. "
    text = "meneer Jan de Vries belt. " + filler(300_000) + mention + filler(300_000)
    start = text.index("De Vries")
    assert ("PERSON", start, start + len("De Vries")) in {(f.entity_type, f.start, f.end) for f in analyze_text(text)}


def test_a_long_text_dense_with_values() -> None:
    # a value every ~300 characters: thousands of findings across a dozen windows
    positions = list(range(100, LENGTH - 400, 300))
    record = "bsn 111222333 mail jan.jansen@example.nl"
    text = planted_text(positions, record)
    got = sorted((f.entity_type, f.start, f.end) for f in analyze_text(text))
    assert got == expected(positions, record)


def test_detect_cli_reads_a_line_longer_than_spacys_limit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = planted_text([500_000, 1_000_050])
    src = tmp_path / "long.jsonl"
    src.write_text(json.dumps({"id": "long", "text": text}) + "\n", encoding="utf-8")
    code = main(["detect", str(src)])
    out, err = capsys.readouterr()
    assert code == 0, err
    findings = json.loads(out)["findings"]
    assert sorted((f["entity_type"], f["start"], f["end"]) for f in findings) == expected([500_000, 1_000_050])


def test_the_gate_reads_only_the_pieces_of_a_long_line_that_hold_a_candidate() -> None:
    line = filler(50_000) + "de familie Vermeulen uit Zwolle belt. " + filler(50_000)
    gated = gate(line)
    assert 0 < len(gated.text) <= MAX_PIECE
    assert "Vermeulen uit Zwolle" in gated.text
    start = gated.text.index("Vermeulen")
    assert gated.to_original(start, start + len("Vermeulen")) == (50_000 + 11, 50_000 + 20)


@settings(max_examples=300)
@given(st.lists(st.tuples(st.integers(0, 400), st.integers(1, 30), st.sampled_from(sorted(SPECIFICITY))), max_size=60))
def test_overlap_resolution_matches_the_pairwise_rule(spans: list[tuple[int, int, str]]) -> None:
    findings = [Finding(s, s + n, t, 0.5 + (s % 5) / 10, "X") for s, n, t in spans]
    kept: list[Finding] = []
    for f in sorted(findings, key=_rank, reverse=True):  # the rule, written out pairwise
        if not any(f.start < k.end and k.start < f.end for k in kept):
            kept.append(f)
    assert resolve_overlaps(findings) == sorted(kept, key=lambda f: (f.start, -f.end, f.entity_type))


SPANS = st.lists(st.tuples(st.integers(0, 200), st.integers(0, 40)), max_size=40)


@given(SPANS, st.integers(0, 240), st.integers(1, 40))
def test_covered_spans_answer_like_the_pairwise_check(spans: list[tuple[int, int]], start: int, length: int) -> None:
    pairs = [(s, s + n) for s, n in spans]
    end = start + length
    assert Covered(pairs).contains(start, end) == any(s <= start and end <= e for s, e in pairs)


@settings(max_examples=300)
@given(
    st.lists(
        st.tuples(st.integers(0, 300), st.integers(1, 60), st.sampled_from(sorted(SPECIFICITY)), st.booleans()),
        max_size=50,
    )
)
def test_resolving_cluster_by_cluster_is_resolving_all_at_once(spans: list[tuple[int, int, str, bool]]) -> None:
    findings = [
        Finding(s, s + n, t, 0.5 + (s % 7) / 10, MRZ_RECOGNIZER if from_mrz else "X") for s, n, t, from_mrz in spans
    ]
    at_once = sorted(_resolve_cluster([f for f in findings]), key=lambda f: (f.start, -f.end, f.entity_type))
    assert resolve_overlaps(findings) == at_once
