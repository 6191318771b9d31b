"""One finding per span: overlapping findings resolve to the most specific type."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

from afscherm.detectors.findings import Finding

# Higher is more specific: checksum-validated identifiers beat patterns, patterns beat NER.
SPECIFICITY: dict[str, int] = {
    "MRZ": 100,
    "IBAN_CODE": 90,
    "CREDIT_CARD": 86,
    "IMEI": 85,
    "NL_BSN": 80,
    "NL_ID_DOCUMENT": 75,
    "EMAIL_ADDRESS": 70,
    "IP_ADDRESS": 65,
    "PHONE_NUMBER": 60,
    "DATE_OF_BIRTH": 55,
    "LOCATION": 40,
    "PERSON": 30,
}
MRZ_RECOGNIZER = "MrzRecognizer"


def _rank(f: Finding) -> tuple[int, int, float, int]:
    # Between findings of one type the longer span wins: it covers what the shorter one covers
    # ("Kerkstraat 12" over the model's "Kerkstraat", "Jan de Vries" over "Jan").
    return (SPECIFICITY.get(f.entity_type, 0), f.end - f.start, f.score, -f.start)


class _Disjoint:
    """Kept spans, which never overlap one another: sorted by start they are sorted by end too, so one
    binary search answers "does this span overlap any of them?"."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, f: Finding) -> bool:
        # the last kept span starting before f ends is the only one that can reach into f
        i = bisect_left(self.starts, f.end) - 1
        return i >= 0 and self.ends[i] > f.start

    def add(self, f: Finding) -> None:
        i = bisect_left(self.starts, f.start)
        self.starts.insert(i, f.start)
        self.ends.insert(i, f.end)


def resolve_overlaps(findings: Iterable[Finding]) -> list[Finding]:
    """Keep, for every group of overlapping findings, the most specific one.

    The values an MRZ recogniser reports inside its zone (document number, BSN, date of birth,
    name) are kept in addition to the zone: redaction needs the zone, the discovery index needs
    the values. Anything else inside an MRZ zone is dropped.

    Findings only compete with findings they are chained to by overlaps, so each such cluster is
    resolved on its own: the same result as one pass over all of them, in O(n log n) for the hundreds of
    thousands of findings of a long text.
    """
    resolved: list[Finding] = []
    cluster: list[Finding] = []
    reach = 0
    for f in sorted((f for f in findings if f.end > f.start), key=lambda f: f.start):
        if cluster and f.start >= reach:
            resolved += _resolve_cluster(cluster)
            cluster = []
        reach = max(reach, f.end) if cluster else f.end
        cluster.append(f)
    resolved += _resolve_cluster(cluster)
    return sorted(resolved, key=lambda f: (f.start, -f.end, f.entity_type))


def _resolve_cluster(findings: list[Finding]) -> list[Finding]:
    if len(findings) == 1:  # alone it is kept, unless it is an MRZ value without its zone
        f = findings[0]
        return [] if f.recognizer == MRZ_RECOGNIZER and f.entity_type != "MRZ" else findings
    zones = [f for f in findings if f.entity_type == "MRZ"]
    mrz_values = [f for f in findings if f.recognizer == MRZ_RECOGNIZER and f.entity_type != "MRZ"]
    others = [f for f in findings if f.entity_type != "MRZ" and f.recognizer != MRZ_RECOGNIZER]

    kept: list[Finding] = []
    taken = _Disjoint()
    for f in sorted(zones, key=_rank, reverse=True):
        if not taken.overlaps(f):
            kept.append(f)
            taken.add(f)
    zones = list(kept)
    values = _best_per_span(v for v in mrz_values if any(z.start <= v.start and v.end <= z.end for z in zones))

    for f in sorted(others, key=_rank, reverse=True):
        if not taken.overlaps(f):
            kept.append(f)
            taken.add(f)
    return [*kept, *values]


def _best_per_span(findings: Iterable[Finding]) -> list[Finding]:
    best: dict[tuple[int, int], Finding] = {}
    for f in findings:
        key = (f.start, f.end)
        if key not in best or _rank(f) > _rank(best[key]):
            best[key] = f
    return list(best.values())
