"""Scoring findings against a labelled gold set: precision/recall/F1 per entity type.

Gold records (``bench/gold/detect_gold.jsonl``): ``{"id", "text", "spans": [{"start", "end",
"entity_type", "subtype"?}], "negatives": [{"start", "end", "kind"}]}``. A finding matches a gold
span of the same type exactly (``exact``) or by any overlap (``overlap``). A negative is violated
by a finding that overlaps it without matching a gold span.

Findings that lie inside a gold MRZ span and match no gold span are MRZ sub-values (document number,
BSN, date of birth, name: the analyzer reports them in addition to the zone) and count neither way.

``evaluate`` adds the numbers for comparing gold sets of different origin (tuning and held-out):
precision/recall per type under the *any-overlap* rule (a gold span is found when a finding of its
type overlaps it; a finding is correct when it overlaps a gold span of its type, so a name found in
two pieces is one found span and two correct findings), exact one-to-one numbers beside them, and the
**character leak rate**: the share of gold non-space characters covered by no finding of any type.
All three overall, per entity type and per text kind (``kind`` of the record).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from afscherm.detectors.findings import Finding

Mode = Literal["exact", "overlap"]
GOLD_PATH = Path(__file__).resolve().parents[2] / "bench" / "gold" / "detect_gold.jsonl"


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


def _mrz_sub_value(f: Finding, record: GoldRecord) -> bool:
    """A finding inside a gold MRZ zone that matches no gold span of its own type (by overlap)."""
    if f.entity_type == "MRZ":
        return False
    inside = any(g.entity_type == "MRZ" and g.start <= f.start and f.end <= g.end for g in record.spans)
    return inside and not any(_matches(f, g, "overlap") for g in record.spans)


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
        gold = [g for g in record.spans if wanted is None or g.entity_type in wanted]
        found = [f for f in found if (wanted is None or f.entity_type in wanted) and not _mrz_sub_value(f, record)]
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


# --- comparison across gold sets: any-overlap P/R, exact numbers beside them, character leak ---------------


@dataclass
class OverlapScore:
    """Any-overlap counts: recall over gold spans, precision over findings (see the module docstring)."""

    gold: int = 0
    found: int = 0  # gold spans overlapped by a finding of their type
    predicted: int = 0
    correct: int = 0  # findings overlapping a gold span of their type

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: OverlapScore) -> None:
        self.gold += other.gold
        self.found += other.found
        self.predicted += other.predicted
        self.correct += other.correct


@dataclass
class Leak:
    """Gold non-space characters, and how many of them no finding (of any type) covers."""

    chars: int = 0
    leaked: int = 0

    @property
    def rate(self) -> float:
        return self.leaked / self.chars if self.chars else 0.0

    def add(self, other: Leak) -> None:
        self.chars += other.chars
        self.leaked += other.leaked


@dataclass
class Bucket:
    """Scores of a group of records (a whole set or one kind)."""

    texts: int = 0
    per_type: dict[str, OverlapScore] = field(default_factory=lambda: defaultdict(OverlapScore))
    exact: dict[str, TypeScore] = field(default_factory=lambda: defaultdict(TypeScore))
    leak_per_type: dict[str, Leak] = field(default_factory=lambda: defaultdict(Leak))

    @property
    def micro(self) -> OverlapScore:
        total = OverlapScore()
        for s in self.per_type.values():
            total.add(s)
        return total

    @property
    def micro_exact(self) -> TypeScore:
        return TypeScore(
            sum(s.tp for s in self.exact.values()),
            sum(s.fp for s in self.exact.values()),
            sum(s.fn for s in self.exact.values()),
        )

    @property
    def leak(self) -> Leak:
        total = Leak()
        for s in self.leak_per_type.values():
            total.add(s)
        return total


@dataclass
class SetReport:
    overall: Bucket = field(default_factory=Bucket)
    per_kind: dict[str, Bucket] = field(default_factory=lambda: defaultdict(Bucket))


def overlap_counts(record: GoldRecord, found: Sequence[Finding]) -> dict[str, OverlapScore]:
    """Any-overlap counts of one record per entity type; MRZ sub-values are left out."""
    counts: dict[str, OverlapScore] = defaultdict(OverlapScore)
    for g in record.spans:
        s = counts[g.entity_type]
        s.gold += 1
        s.found += any(_matches(f, g, "overlap") for f in found)
    for f in found:
        if _mrz_sub_value(f, record):
            continue
        s = counts[f.entity_type]
        s.predicted += 1
        s.correct += any(_matches(f, g, "overlap") for g in record.spans)
    return counts


def char_leak(record: GoldRecord, found: Sequence[Finding]) -> dict[str, Leak]:
    """Per gold type: non-space characters of its spans, and those covered by no finding at all."""
    covered = bytearray(len(record.text))
    for f in found:
        covered[max(f.start, 0) : max(f.end, 0)] = b"\x01" * (min(f.end, len(record.text)) - max(f.start, 0))
    leaks: dict[str, Leak] = defaultdict(Leak)
    for g in record.spans:
        leak = leaks[g.entity_type]
        for i in range(g.start, g.end):
            if not record.text[i].isspace():
                leak.chars += 1
                leak.leaked += not covered[i]
    return leaks


def evaluate(records: Sequence[GoldRecord], predictions: Iterable[Sequence[Finding]]) -> SetReport:
    """Any-overlap P/R, exact one-to-one P/R and character leak, overall and per record kind."""
    report = SetReport()
    for record, found in zip(records, predictions, strict=True):
        counts = overlap_counts(record, found)
        leaks = char_leak(record, found)
        exact = score([record], [found], mode="exact").per_type
        for bucket in (report.overall, report.per_kind[record.kind or "-"]):
            bucket.texts += 1
            for t, c in counts.items():
                bucket.per_type[t].add(c)
            for t, leak in leaks.items():
                bucket.leak_per_type[t].add(leak)
            for t, e in exact.items():
                b = bucket.exact[t]
                b.tp, b.fp, b.fn = b.tp + e.tp, b.fp + e.fp, b.fn + e.fn
    return report


def format_side_by_side(reports: dict[str, SetReport]) -> str:
    """Per type and per kind tables, the gold sets as column groups (type rows) or row groups (kinds)."""
    names = list(reports)
    types = sorted({t for r in reports.values() for t in r.overall.per_type})
    lines = ["== character leak: share of gold non-space characters covered by no finding =="]
    lines.append(f"{'':<16}" + "".join(f"{n:>22}" for n in names))
    rows: list[tuple[str, dict[str, Leak]]] = [("ALL", {n: reports[n].overall.leak for n in names})]
    rows += [(t, {n: reports[n].overall.leak_per_type.get(t, Leak()) for n in names}) for t in types]
    for label, per_set in rows:
        cells = "".join(f"{_pct(v.rate):>8} of {v.chars:>6} ch  " for v in per_set.values())
        lines.append(f"{label:<16}{cells}")
    lines.append("")
    lines.append("== per type: any-overlap P / R / F1 (n gold spans); exact one-to-one F1 beside ==")
    lines.append(f"{'':<16}" + "".join(f"{n:>36}" for n in names))
    lines.append(f"{'':<16}" + f"{'P':>7}{'R':>7}{'F1':>7}{'n':>6}{'exF1':>7}  " * len(names))
    for t in [*types, "micro"]:
        cells = ""
        for n in names:
            b = reports[n].overall
            s = b.micro if t == "micro" else b.per_type.get(t, OverlapScore())
            e = b.micro_exact if t == "micro" else b.exact.get(t, TypeScore())
            cells += f"{s.precision:7.3f}{s.recall:7.3f}{s.f1:7.3f}{s.gold:6d}{e.f1:7.3f}  "
        lines.append(f"{t:<16}{cells}")
    lines.append("")
    lines.append("== per kind: micro any-overlap P / R / F1, exact F1, PERSON recall, character leak ==")
    lines.append(
        f"{'set':<14}{'kind':<14}{'texts':>6}{'spans':>6}{'P':>7}{'R':>7}{'F1':>7}{'exF1':>7}{'PER-R':>7}{'leak':>8}"
    )
    for n in names:
        for kind, b in sorted(reports[n].per_kind.items()):
            m, person = b.micro, b.per_type.get("PERSON", OverlapScore())
            lines.append(
                f"{n:<14}{kind:<14}{b.texts:6d}{m.gold:6d}{m.precision:7.3f}{m.recall:7.3f}{m.f1:7.3f}"
                f"{b.micro_exact.f1:7.3f}{person.recall:7.3f}{_pct(b.leak.rate):>8}"
            )
    return "\n".join(lines)


def format_type_by_kind(report: SetReport, title: str) -> str:
    """Recall (any overlap) per type × kind, 'n/a' where a kind has no span of the type."""
    kinds = sorted(report.per_kind)
    types = sorted(report.overall.per_type)
    lines = [title, f"{'recall':<16}" + "".join(f"{k[:9]:>10}" for k in kinds)]
    for t in types:
        cells = ""
        for k in kinds:
            s = report.per_kind[k].per_type.get(t)
            cells += f"{s.recall:10.3f}" if s and s.gold else f"{'n/a':>10}"
        lines.append(f"{t:<16}{cells}")
    return "\n".join(lines)


def _pct(rate: float) -> str:
    return f"{100 * rate:.2f}%"


def report_to_dict(report: SetReport) -> dict[str, Any]:
    """Plain numbers for a JSON record of a run (no texts)."""

    def bucket(b: Bucket) -> dict[str, Any]:
        m = b.micro
        return {
            "texts": b.texts,
            "micro": {"precision": m.precision, "recall": m.recall, "f1": m.f1, "exact_f1": b.micro_exact.f1},
            "char_leak": b.leak.rate,
            "per_type": {
                t: {
                    "precision": s.precision,
                    "recall": s.recall,
                    "f1": s.f1,
                    "gold": s.gold,
                    "exact_f1": b.exact.get(t, TypeScore()).f1,
                    "char_leak": b.leak_per_type.get(t, Leak()).rate,
                }
                for t, s in sorted(b.per_type.items())
            },
        }

    return {"overall": bucket(report.overall), "per_kind": {k: bucket(b) for k, b in sorted(report.per_kind.items())}}


# Hard-negative kinds that only findings of some types violate: an organisation named after a person
# ("Bakkerij Jansen") must not be a PERSON; a LOCATION on it is another question.
NEGATIVE_KIND_TYPES = {"org_name": frozenset({"PERSON"})}


def negative_rates(
    records: Sequence[GoldRecord], predictions: Iterable[Sequence[Finding]]
) -> dict[str, tuple[int, int]]:
    """Per hard-negative kind: (negatives with a finding on them that matches no gold span, negatives)."""
    rates: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for record, found in zip(records, predictions, strict=True):
        for start, end, kind in record.negatives:
            types = NEGATIVE_KIND_TYPES.get(kind)
            hit = any(
                f.start < end
                and start < f.end
                and (types is None or f.entity_type in types)
                and not any(_matches(f, g, "overlap") for g in record.spans)
                for f in found
            )
            rates[kind][0] += hit
            rates[kind][1] += 1
    return {k: (v[0], v[1]) for k, v in sorted(rates.items())}
