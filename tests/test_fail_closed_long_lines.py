"""``afscherm detect`` on very long lines in bounded memory (issue 10, item 7 and its target: peak RSS ≤ 1 GB on
one 100 MB line, measured by ``bench/bench_long_text.py``).

What the bench measures end to end is held here as behaviour, with ``tracemalloc`` (allocations, not time):
a row with a great many findings is written piece by piece, never as one string or as all its dicts at once,
and a long line lives once, as its decoded text, while it is analysed.
"""

from __future__ import annotations

import json
import tracemalloc
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

import afscherm.flows.cli as cli
from afscherm.detectors.findings import Finding
from afscherm.flows.detect_workers import FINDINGS_PER_PIECE, output_line, output_pieces
from afscherm.flows.jsonl_input import JsonPieces, Record, parse_line, process_records

MB = 1_000_000


def many_findings(n: int) -> list[Finding]:
    kinds = [("NL_BSN", 0.95, "BsnRecognizer"), ("PERSON", 0.85, "SpacyNer"), ("EMAIL_ADDRESS", 1.0, "Email")]
    return [Finding(70 * i, 70 * i + 9, *kinds[i % 3]) for i in range(n)]


def row_as_json(record_id: str, findings: Iterable[Finding]) -> str:
    """The output contract (README): {"id", "findings": [{entity_type, start, end, score, recognizer}]}."""
    found = [
        {"entity_type": f.entity_type, "start": f.start, "end": f.end, "score": f.score, "recognizer": f.recognizer}
        for f in findings
    ]
    return json.dumps({"id": record_id, "findings": found}, ensure_ascii=False) + "\n"


@pytest.mark.parametrize("n", [0, 1, FINDINGS_PER_PIECE - 1, FINDINGS_PER_PIECE, 2 * FINDINGS_PER_PIECE + 1])
def test_a_row_in_pieces_is_the_row_as_json_character_for_character(n: int) -> None:
    findings = many_findings(n)
    record_id = 'a😀 "quoted" \\ ü'
    pieces = list(output_pieces(record_id, findings))
    assert "".join(pieces) == row_as_json(record_id, findings)
    assert output_line(record_id, findings) == row_as_json(record_id, findings)
    assert len(pieces) == 2 + -(-n // FINDINGS_PER_PIECE)  # head, one piece per FINDINGS_PER_PIECE, tail


class ManyFindings:
    """Stands in for the analyzer: every text has the same (prebuilt) findings."""

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = findings

    def analyze(self, texts: Iterable[str], entities: object = None) -> list[list[Finding]]:
        return [self.findings for _ in texts]


def test_detect_writes_a_row_of_many_findings_without_holding_it_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    findings = many_findings(200_000)  # about 19 MB of JSON: a 15 MB line of support text has as many
    monkeypatch.setattr(cli, "_analyzer", lambda config: ManyFindings(findings))
    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text('{"id": "long", "text": "een tekst"}\n', encoding="utf-8")
    tracemalloc.start()
    try:
        code = cli.main(["detect", "--workers", "1", str(src), "-o", str(dst)])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert code == 0
    written = dst.read_text(encoding="utf-8")
    assert written == row_as_json("long", findings)
    # all dicts plus the whole line would be over 60 MB; in pieces only a few thousand findings at a time (about 4.9 MB
    # alone; a pytest-xdist worker's own thread allocates beside it while tracemalloc traces, once seen at 5.1 MB: the
    # bound leaves that room, still far below the 19 MB line held whole)
    assert len(written) > 18 * MB
    assert peak < 6 * MB, f"peak {peak / MB:.1f} MB of Python allocations while writing"


def test_a_long_line_lives_once_while_it_is_analysed(tmp_path: Path) -> None:
    """The raw bytes of a line are dropped once it is parsed, and a batch once it is written: what is alive
    while a record is analysed, or while the next line is read, is one text, not two."""
    size = 8 * MB
    src = tmp_path / "in.jsonl"
    src.write_text("".join(f'{{"id": "{i}", "text": "{c * size}"}}\n' for i, c in enumerate("ab")), encoding="utf-8")
    alive_while_analysed: list[int] = []
    alive_while_read: list[int] = []

    def parse(raw: bytes, line_no: int, name: str) -> Record:
        alive_while_read.append(tracemalloc.get_traced_memory()[0])
        return parse_line(raw, line_no, name)

    def handle(batch: list[Record]) -> Iterator[JsonPieces]:
        alive_while_analysed.append(tracemalloc.get_traced_memory()[0])
        for record in batch:
            yield JsonPieces(iter([json.dumps({"id": record.id, "n": len(record.text)}) + "\n"]))

    with (tmp_path / "out.jsonl").open("w", encoding="utf-8") as out:
        tracemalloc.start()
        try:
            process_records(str(src), "detect", lambda: handle, out, batch_size=1, parse=parse)
        finally:
            tracemalloc.stop()
    written = (tmp_path / "out.jsonl").read_text(encoding="utf-8")
    assert written == '{"id": "0", "n": 8000000}\n{"id": "1", "n": 8000000}\n'
    assert len(alive_while_analysed) == 2 and len(alive_while_read) == 2
    # one line's text (8 MB) or raw bytes (8 MB), plus small change; two of them would be 16 MB
    assert max(alive_while_analysed) < 1.5 * size, alive_while_analysed
    assert max(alive_while_read) < 1.5 * size, alive_while_read
