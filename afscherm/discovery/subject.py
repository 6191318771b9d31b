"""Subject look-up: a data subject's identifiers → every object and location in the index that holds them.

The identifiers are normalised and fingerprinted exactly as the scanner does (``discovery.fingerprint``), so
the index is searched by keyed fingerprint only (predicate push-down on the ``fingerprint`` column); the
plaintext never leaves this function's caller.

Match strength: an object is a *strong* match when it holds one of the subject's unique identifiers (e-mail,
phone, BSN, IBAN, document number, card, IMEI, MRZ) — or both their name and their date of birth. A name alone,
or a date of birth alone, is a *weak* match: many people share a name, so such objects are reported apart and
are not exported or erased unless the caller says so.

Identifiers that occur together with the subject's in the strong-matched objects are offered as *candidates*
with their evidence (in how many of the subject's objects, of which type, where first) — never merged into the
subject silently: someone confirms them (``RequestRegister.add_fingerprints``) or they stay someone else's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

# Identifiers that point at one person.
STRONG_TYPES = frozenset(
    {"EMAIL_ADDRESS", "PHONE_NUMBER", "NL_BSN", "IBAN_CODE", "NL_ID_DOCUMENT", "CREDIT_CARD", "IMEI", "MRZ"}
)
# Shared by many people: only together (name + date of birth) do they point at one.
WEAK_TYPES = frozenset({"PERSON", "DATE_OF_BIRTH", "LOCATION", "IP_ADDRESS"})
# Object states whose findings still describe what is stored.
LIVE_STATUSES = frozenset({"clean", "redacted", "quarantined"})
FINDING_COLUMNS = [
    "store",
    "object_uri",
    "object_sha256",
    "unit",
    "entity_type",
    "start",
    "end",
    "page",
    "fingerprint",
    "action",
]
OBJECT_COLUMNS = ["store", "object_uri", "object_sha256", "status", "scanned_at", "modified", "clean_uri"]

# The query's fields and the entity types they are fingerprinted as.
QUERY_TYPES = {
    "email": "EMAIL_ADDRESS",
    "phone": "PHONE_NUMBER",
    "bsn": "NL_BSN",
    "iban": "IBAN_CODE",
    "name": "PERSON",
    "date_of_birth": "DATE_OF_BIRTH",
    "document": "NL_ID_DOCUMENT",
}


@dataclass(frozen=True)
class SubjectQuery:
    """What the requester gave us. Plaintext: kept in memory only, never written."""

    email: tuple[str, ...] = ()
    phone: tuple[str, ...] = ()
    bsn: tuple[str, ...] = ()
    iban: tuple[str, ...] = ()
    name: tuple[str, ...] = ()
    date_of_birth: tuple[str, ...] = ()
    document: tuple[str, ...] = ()

    def values(self) -> Iterable[tuple[str, str]]:
        """(entity type, value) for every non-empty identifier."""
        for attr, etype in QUERY_TYPES.items():
            for value in getattr(self, attr):
                if value and value.strip():
                    yield etype, value.strip()

    def is_empty(self) -> bool:
        return not any(True for _ in self.values())


def subject_fingerprints(query: SubjectQuery, key: bytes) -> dict[str, list[str]]:
    """entity type → fingerprints of the query's identifiers, as the index computes them."""
    from afscherm.discovery.fingerprint import fingerprint

    out: dict[str, set[str]] = defaultdict(set)
    for etype, value in query.values():
        out[etype].add(fingerprint(etype, value, key))
    return {t: sorted(v) for t, v in sorted(out.items())}


def is_weak_key(subject: Mapping[str, Sequence[str]]) -> bool:
    """True when no identifier of the subject points at one person (a name, a date of birth)."""
    return not any(t in STRONG_TYPES for t, fps in subject.items() if fps)


@dataclass(frozen=True, slots=True)
class Location:
    unit: str
    entity_type: str
    start: int
    end: int
    page: int | None
    fingerprint: str


@dataclass
class ObjectMatch:
    store: str
    object_uri: str
    object_sha256: str
    status: str
    strength: str  # "strong" | "weak"
    locations: list[Location] = field(default_factory=list)  # the subject's findings in this object
    modified: Any = None  # noqa: ANN401 - datetime | None from the index
    clean_uri: str | None = None

    @property
    def types(self) -> list[str]:
        return sorted({loc.entity_type for loc in self.locations})


@dataclass
class Candidate:
    """An identifier seen together with the subject's: evidence only, never merged by itself."""

    entity_type: str
    fingerprint: str
    objects: int  # in how many of the subject's objects
    first_object: str
    first_unit: str
    first_start: int
    first_end: int


@dataclass
class SubjectResult:
    subject: dict[str, list[str]]  # entity type -> fingerprints
    objects: list[ObjectMatch]  # strong matches
    weak_objects: list[ObjectMatch]  # name-only (or date-of-birth-only) matches
    candidates: list[Candidate]
    weak_key: bool  # the subject was given by name (and date of birth) only

    @property
    def fingerprints(self) -> set[str]:
        return {fp for fps in self.subject.values() for fp in fps}

    def selected(self, include_weak: bool = False) -> list[ObjectMatch]:
        return self.objects + (self.weak_objects if include_weak else [])

    def summary(self) -> dict[str, int]:
        return {
            "objects": len(self.objects),
            "weak_objects": len(self.weak_objects),
            "candidates": len(self.candidates),
            "locations": sum(len(o.locations) for o in self.objects),
        }


def latest_objects(rows: Iterable[Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """object_uri → the object row of its latest scan (what the index says is stored now)."""
    latest: dict[str, dict[str, Any]] = {}
    for row in rows:
        prev = latest.get(row["object_uri"])
        if prev is None or row["scanned_at"] >= prev["scanned_at"]:
            latest[row["object_uri"]] = dict(row)
    return latest


def current_rows(findings: Iterable[Mapping[str, Any]], latest: Mapping[str, Mapping[str, Any]]) -> list[dict]:
    """Findings of the content that is stored now: same hash as the object's latest row, object not deleted."""
    out = []
    for row in findings:
        obj = latest.get(row["object_uri"])
        if obj is None or obj["status"] not in LIVE_STATUSES or obj["object_sha256"] != row["object_sha256"]:
            continue
        out.append(dict(row))
    return out


def match_objects(
    rows: Iterable[Mapping[str, Any]], subject: Mapping[str, Sequence[str]], latest: Mapping[str, Mapping[str, Any]]
) -> tuple[list[ObjectMatch], list[ObjectMatch]]:
    """Group the subject's current findings by object; (strong matches, weak matches), each sorted by uri."""
    wanted = {fp: t for t, fps in subject.items() for fp in fps}
    by_object: dict[str, list[Location]] = defaultdict(list)
    for row in rows:
        if wanted.get(row["fingerprint"]) != row["entity_type"]:
            continue
        by_object[row["object_uri"]].append(
            Location(
                row["unit"], row["entity_type"], int(row["start"]), int(row["end"]), row.get("page"), row["fingerprint"]
            )
        )
    strong, weak = [], []
    for uri in sorted(by_object):
        locs = sorted(set(by_object[uri]), key=lambda loc: (loc.unit, loc.start, loc.end, loc.entity_type))
        types = {loc.entity_type for loc in locs}
        is_strong = bool(types & STRONG_TYPES) or {"PERSON", "DATE_OF_BIRTH"} <= types
        obj = latest[uri]
        match = ObjectMatch(
            obj["store"],
            uri,
            obj["object_sha256"],
            obj["status"],
            "strong" if is_strong else "weak",
            locs,
            obj.get("modified"),
            obj.get("clean_uri"),
        )
        (strong if is_strong else weak).append(match)
    return strong, weak


def co_occurring(
    rows: Iterable[Mapping[str, Any]], subject_fps: set[str], objects: Sequence[ObjectMatch]
) -> list[Candidate]:
    """Other identifiers in the subject's objects, with evidence; most objects first."""
    keep = {(o.object_uri, o.object_sha256) for o in objects}
    seen: dict[tuple[str, str], Candidate] = {}
    where: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in sorted(rows, key=lambda r: (r["object_uri"], r["unit"], r["start"])):
        if (row["object_uri"], row["object_sha256"]) not in keep or row["fingerprint"] in subject_fps:
            continue
        k = (row["entity_type"], row["fingerprint"])
        where[k].add(row["object_uri"])
        if k not in seen:
            seen[k] = Candidate(k[0], k[1], 0, row["object_uri"], row["unit"], int(row["start"]), int(row["end"]))
    for k, cand in seen.items():
        cand.objects = len(where[k])
    return sorted(
        seen.values(), key=lambda c: (-c.objects, c.entity_type not in STRONG_TYPES, c.entity_type, c.fingerprint)
    )


def _table_rows(table: Any) -> list[dict[str, Any]]:  # noqa: ANN401 - pyarrow.Table or list of dicts
    return table.to_pylist() if hasattr(table, "to_pylist") else list(table)


def lookup(index: Any, subject: Mapping[str, Sequence[str]], *, candidates: bool = True) -> SubjectResult:  # noqa: ANN401
    """Every object of ``index`` (a ``discovery.index.FindingsIndex``) holding the subject's fingerprints.

    ``candidates`` reads every finding of the matched objects (a scan by object URI, which the fingerprint-sorted
    index cannot prune: seconds at 10 M findings); without it only the subject's own rows are read."""
    fps = sorted({fp for v in subject.values() for fp in v})
    hits = _table_rows(index.findings(fingerprints=fps, columns=FINDING_COLUMNS)) if fps else []
    stores = sorted({r["store"] for r in hits})
    uris = sorted({r["object_uri"] for r in hits})
    latest = (
        latest_objects(_table_rows(index.objects(stores=stores, object_uris=uris, columns=OBJECT_COLUMNS, latest=True)))
        if uris
        else {}
    )
    hits = current_rows(hits, latest)
    strong, weak = match_objects(hits, subject, latest)
    basis = strong or weak
    context = _findings_of(index, basis) if basis and candidates else []
    found = co_occurring(current_rows(context, latest), set(fps), basis)
    return SubjectResult({t: sorted(v) for t, v in subject.items() if v}, strong, weak, found, is_weak_key(subject))


def _findings_of(index: Any, objects: Sequence[ObjectMatch]) -> list[dict[str, Any]]:  # noqa: ANN401
    """All findings of ``objects`` (for co-occurrence): pushed down by object uri."""
    uris = sorted({o.object_uri for o in objects})
    stores = sorted({o.store for o in objects})
    return _table_rows(index.findings(stores=stores, object_uris=uris, columns=FINDING_COLUMNS))
