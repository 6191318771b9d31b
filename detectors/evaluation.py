"""Scoring findings against a labelled gold set: precision/recall/F1 per entity type.

Gold records (``bench/gold/detect_gold.jsonl``): ``{"id", "text", "spans": [{"start", "end",
"entity_type", "subtype"?}], "negatives": [{"start", "end", "kind"}]}``. A finding matches a gold
span of the same type exactly (``exact``) or by any overlap (``overlap``). A negative is violated
by a finding that overlaps it without matching a gold span.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from detectors.findings import Finding

Mode = Literal["exact", "overlap"]
GOLD_PATH = Path(__file__).resolve().parent.parent / "bench" / "gold" / "detect_gold.jsonl"


@dataclass(frozen=True, slots=True)
class GoldSpan:
    start: int
    end: int
    entity_type: str
    subtype: str = ""


@dataclass(frozen=True, slots=True)
class GoldRecord:
    id: str
    text: str
    spans: tuple[GoldSpan, ...]
    negatives: tuple[tuple[int, int, str], ...] = ()
    kind: str = ""


@dataclass
class TypeScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    per_type: dict[str, TypeScore] = field(default_factory=lambda: defaultdict(TypeScore))
    # recall per (entity type, subtype), e.g. ("LOCATION", "postcode")
    per_subtype: dict[tuple[str, str], TypeScore] = field(default_factory=lambda: defaultdict(TypeScore))
    negative_violations: list[tuple[str, str, Finding]] = field(default_factory=list)
    negatives_total: int = 0
    misses: list[tuple[str, GoldSpan, str]] = field(default_factory=list)
    false_positives: list[tuple[str, Finding, str]] = field(default_factory=list)


def load_gold(path: Path = GOLD_PATH) -> list[GoldRecord]:
    records = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                records.append(_record(json.loads(line)))
    return records


def _record(obj: dict[str, Any]) -> GoldRecord:
    spans = tuple(GoldSpan(s["start"], s["end"], s["entity_type"], s.get("subtype", "")) for s in obj["spans"])
    negatives = tuple((n["start"], n["end"], n["kind"]) for n in obj.get("negatives", []))
    return GoldRecord(obj["id"], obj["text"], spans, negatives, obj.get("kind", ""))


def _matches(f: Finding, g: GoldSpan, mode: Mode) -> bool:
    if f.entity_type != g.entity_type:
        return False
    if mode == "exact":
        return f.start == g.start and f.end == g.end
    return f.start < g.end and g.start < f.end


def score(
    records: Sequence[GoldRecord],
    predictions: Iterable[Sequence[Finding]],
    mode: Mode = "exact",
    types: Iterable[str] | None = None,
) -> Report:
    """Compare predictions (one list per record, same order) with the gold spans."""
    wanted = set(types) if types is not None else None
    report = Report()
    for record, found in zip(records, predictions, strict=True):
        found = [f for f in found if wanted is None or f.entity_type in wanted]
        gold = [g for g in record.spans if wanted is None or g.entity_type in wanted]
        matched_pred: set[int] = set()
        for g in gold:
            hit = next((i for i, f in enumerate(found) if i not in matched_pred and _matches(f, g, mode)), None)
            sub = report.per_subtype[(g.entity_type, g.subtype)]
            if hit is None:
                report.per_type[g.entity_type].fn += 1
                sub.fn += 1
                report.misses.append((record.id, g, record.text[g.start : g.end]))
            else:
                matched_pred.add(hit)
                report.per_type[g.entity_type].tp += 1
                sub.tp += 1
        for i, f in enumerate(found):
            if i not in matched_pred:
                report.per_type[f.entity_type].fp += 1
                report.false_positives.append((record.id, f, record.text[f.start : f.end]))
        report.negatives_total += len(record.negatives)
        for start, end, kind in record.negatives:
            for i, f in enumerate(found):
                if f.start < end and start < f.end and i not in matched_pred:
                    report.negative_violations.append((record.id, kind, f))
    return report


def format_report(report: Report, title: str = "") -> str:
    lines = [title] if title else []
    lines.append(f"{'entity type':<16} {'prec':>6} {'recall':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")
    for t in sorted(report.per_type):
        s = report.per_type[t]
        lines.append(f"{t:<16} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:5d} {s.fp:5d} {s.fn:5d}")
    subs = [(k, v) for k, v in sorted(report.per_subtype.items()) if k[1]]
    if subs:
        lines.append("")
        lines.append(f"{'recall by subtype':<36} {'recall':>6} {'n':>5}")
        for (t, sub), s in subs:
            lines.append(f"{t + ' / ' + sub:<36} {s.recall:6.3f} {s.tp + s.fn:5d}")
    lines.append("")
    kinds = Counter(kind for _, kind, _ in report.negative_violations)
    lines.append(
        f"hard negatives: {report.negatives_total} planted, {len(report.negative_violations)} findings on them"
        + (f" ({dict(kinds)})" if kinds else "")
    )
    return "\n".join(lines)
