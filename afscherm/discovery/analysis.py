"""Findings analysis: the questions privacy officers ask of the index, as DataFrames and plain rows.

Where does personal data pile up (counts per type × store, hot-spot objects), how does it change from scan to
scan (trend), what must be fixed first (special identifiers in stores not allowed to hold them), and which
data-subject requests are running out of time. Used by ``notebooks/findings.ipynb`` and ``afscherm report``.

Reads are DuckDB over the index's committed Parquet files (the same files and snapshot rules as
``discovery.index``): filters go into the Parquet scan (stores choose directories; types, scan ids and times
are compared in the scan, so row groups whose statistics rule them out are skipped) and only the columns asked
for are read. Helpers take a pandas DataFrame, a pyarrow Table, rows, or a lazy DuckDB relation, so the
notebook works on loaded frames and the report aggregates 10 million findings without loading them.

One source of numbers: every count (per type × store, hot spots, special identifiers) is computed from one
intermediate, ``ObjectCounts`` (findings per object, per type), by the functions below — built either from
finding rows or, at scale, from the index's object versions (``IndexView`` / ``_versions``): the count
summaries the index writes beside each findings file (one row per object version instead of one per finding),
and the rows themselves of findings files without one.

Nothing here reads a value: the index holds none. Object URIs are shown as they are in the notebook (its users
can read the stores anyway); reports meant to be forwarded show ``object_token`` instead (see
``discovery.report``).

"Current" findings are those of each object's latest scan, without objects whose latest row says ``deleted``
(the default of ``FindingsIndex.findings``); ``history=True`` gives every committed row.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from afscherm.detectors.findings import ENTITY_TYPES
from afscherm.discovery.analysis_config import ID_COPY, AnalysisConfig
from afscherm.discovery.index import (
    FINDINGS_SCHEMA,
    OBJECTS_SCHEMA,
    FindingsIndex,
    IndexSnapshot,
    checked_columns,
    is_rewrite,
)

if TYPE_CHECKING:
    import duckdb

T = TypeVar("T")
# Low-cardinality text columns become pandas categoricals (memory, and groupby keeps every category).
CATEGORICAL = ("scan_id", "store", "entity_type", "recognizer", "action", "status")
TYPE_ORDER = {t: i for i, t in enumerate(ENTITY_TYPES)}


def _ensure_index(index: FindingsIndex | str | os.PathLike[str]) -> FindingsIndex:
    if isinstance(index, FindingsIndex):
        return index
    path = Path(index)
    if not (path / "objects").is_dir():
        raise FileNotFoundError(f"{path}: not a findings index (no objects/ folder)")
    return FindingsIndex(path, readonly=True)


def _connect(memory_limit: str = "1GB", threads: int | None = None) -> duckdb.DuckDBPyConnection:
    import duckdb

    db = duckdb.connect(":memory:")
    db.execute("SET TimeZone = 'UTC'")
    db.execute(f"SET memory_limit = '{memory_limit}'")
    if threads:
        db.execute(f"SET threads = {int(threads)}")
    db.execute("SET parquet_metadata_cache = true")
    return db


def _in_list(column: str, values: Sequence[Any], prefix: str, params: dict[str, Any]) -> str:
    """``column IN ($p0, $p1, …)``: a constant list (unlike ``IN (SELECT unnest(…))``) is compared with the
    row groups' min/max statistics, so groups without any of the values are never read."""
    names = []
    for i, value in enumerate(values):
        params[f"{prefix}{i}"] = value
        names.append(f"${prefix}{i}")
    return f"{column} IN ({', '.join(names)})"


def _utc(moment: datetime | date) -> datetime:
    if not isinstance(moment, datetime):
        moment = datetime(moment.year, moment.month, moment.day)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


# ---------------------------------------------------------------------------------------------------------
# A consistent view of the index


@dataclass
class IndexView:
    """DuckDB relations over one snapshot of the index's committed files (see ``read_view``)."""

    db: duckdb.DuckDBPyConnection
    snapshot: IndexSnapshot

    @property
    def findings_files(self) -> list[str]:
        return self.snapshot.findings_files()

    @property
    def objects_files(self) -> list[str]:
        return self.snapshot.objects_files()

    def findings(
        self,
        *,
        types: Iterable[str] | None = None,
        since: datetime | date | None = None,
        scan_ids: Iterable[str] | None = None,
        columns: Sequence[str] | None = None,
        history: bool = False,
    ) -> duckdb.DuckDBPyRelation:
        """Findings (lazy); current ones unless ``history`` (``scan_ids`` given: the rows those scans wrote)."""
        cols = checked_columns(columns, FINDINGS_SCHEMA)
        params: dict[str, Any] = {}
        where = []
        type_list = None if types is None else sorted(set(types))
        scan_list = None if scan_ids is None else sorted(set(scan_ids))
        if not self.findings_files or type_list == [] or scan_list == []:
            return self.db.from_arrow(FINDINGS_SCHEMA.empty_table().select(cols))
        if type_list is not None:
            where.append(_in_list("f.entity_type", type_list, "t", params))
        if scan_list is not None:
            where.append(_in_list("f.scan_id", scan_list, "s", params))
            history = True
        if since is not None:
            where.append("f.found_at >= $since")
            params["since"] = _utc(since)
        params["findings"] = self.findings_files
        select = ", ".join(f"f.{_quote(c)}" for c in cols)
        source = "read_parquet($findings, hive_partitioning=false) f"
        compacted = any(p.findings is not None and is_rewrite(p.batch_id) for p in self.snapshot.parts)
        if scan_list is not None and "object_sha256" in cols and compacted:
            # A finding's object_sha256 is its object row's (the index checks that on append), and in a compacted
            # file, sorted by fingerprint, it is nearly one distinct 64-character string per row: decoding that
            # column for whole row groups to keep a scan's tenth of them costs more than the rest of the read.
            # The few object rows of the scans give it instead; (batch_id, object_uri) is one row of them.
            # (Appended files hold few distinct values per file: read directly, they cost less than the join.)
            params["objects"] = self.objects_files
            scans = _in_list("scan_id", scan_list, "o", params)
            source += (" LEFT JOIN (SELECT batch_id, object_uri, object_sha256 FROM read_parquet($objects, "
                       f"hive_partitioning=false) WHERE {scans}) s ON s.batch_id = f.batch_id "
                       "AND s.object_uri = f.object_uri")  # fmt: skip
            select = ", ".join("s.object_sha256" if c == "object_sha256" else f"f.{_quote(c)}" for c in cols)
        if not history:
            params["objects"] = self.objects_files
            source += f" JOIN ({_LATEST_SQL}) l ON f.store = l.store AND f.object_uri = l.object_uri " \
                      "AND f.batch_id = l.scan_batch"  # fmt: skip
            where.append("l.last_status <> 'deleted'")
        sql = f"SELECT {select} FROM {source}" + (f" WHERE {' AND '.join(where)}" if where else "")
        return self.db.sql(sql, params=params)

    def objects(self, *, latest: bool = True, columns: Sequence[str] | None = None) -> duckdb.DuckDBPyRelation:
        """Object rows (lazy); ``latest``: one row per object, its latest (deleted ones included)."""
        cols = checked_columns(columns, OBJECTS_SCHEMA)
        if not self.objects_files:
            return self.db.from_arrow(OBJECTS_SCHEMA.empty_table().select(cols))
        sql = f"SELECT {', '.join(_quote(c) for c in cols)} FROM read_parquet($objects, hive_partitioning=false)"
        if latest:
            sql += " QUALIFY row_number() OVER (PARTITION BY store, object_uri ORDER BY scanned_at DESC, " \
                   "batch_id DESC) = 1"  # fmt: skip
        return self.db.sql(sql, params={"objects": self.objects_files})


# Each object's latest committed row: the batch whose findings are current, and whether it was deleted since.
# Same rule as FindingsIndex._current (latest by scanned_at, then batch id).
_LATEST_SQL = """
    SELECT store, object_uri,
           max_by(batch_id, (scanned_at, batch_id)) FILTER (WHERE status <> 'deleted') AS scan_batch,
           max_by(status, (scanned_at, batch_id)) AS last_status
    FROM read_parquet($objects, hive_partitioning=false) GROUP BY store, object_uri
"""


def read_view(
    index: FindingsIndex | str | os.PathLike[str],
    work: Callable[[IndexView], T],
    stores: Iterable[str] | None = None,
    *,
    memory_limit: str = "1GB",
    threads: int | None = None,
) -> T:
    """``work(view)`` over one consistent snapshot of ``index`` (only ``stores``' files, if given).

    Compaction may remove parts while we read; the index's reader notices and runs ``work`` again on a fresh
    snapshot, so ``work`` must only read (``FindingsIndex.read``: the same commit and supersession rules as
    every other reader of the index).
    """
    idx = _ensure_index(index)
    db = _connect(memory_limit, threads)
    try:
        return idx.read(lambda snap: work(IndexView(db, snap)), stores)
    finally:
        db.close()


# ---------------------------------------------------------------------------------------------------------
# Loading into pandas


def to_frame(table: pa.Table) -> pd.DataFrame:
    """pandas with categoricals for the low-cardinality text columns and timestamps as UTC datetimes."""
    for name in CATEGORICAL:
        if name in table.column_names and not pa.types.is_dictionary(table.schema.field(name).type):
            i = table.schema.get_field_index(name)
            table = table.set_column(i, name, pc.dictionary_encode(table.column(name)))
    frame = table.to_pandas()
    if "page" in frame.columns:  # nullable: pandas' own nullable integer, not float with NaN
        frame["page"] = frame["page"].astype("Int32")
    return frame


def load_findings(
    index: FindingsIndex | str | os.PathLike[str],
    since: datetime | date | None = None,
    stores: Iterable[str] | None = None,
    types: Iterable[str] | None = None,
    scan_id: str | Iterable[str] | None = None,
    columns: Sequence[str] | None = None,
    *,
    history: bool = False,
) -> pd.DataFrame:
    """Findings as a DataFrame, reading only what the filters need.

    ``stores`` picks the stores' folders; ``types`` (entity types), ``scan_id`` (one id or several: the rows
    those scans wrote) and ``since`` (``found_at >=``; a date is midnight UTC) are compared inside the Parquet
    scan; ``columns`` (default: all) are the only columns read. Without ``scan_id`` the current findings are
    returned (each object's latest scan, deleted objects left out) unless ``history``.
    """
    scans = [scan_id] if isinstance(scan_id, str) else (None if scan_id is None else list(scan_id))
    cols = checked_columns(columns, FINDINGS_SCHEMA)

    def work(view: IndexView) -> pa.Table:
        rel = view.findings(types=types, since=since, scan_ids=scans, columns=cols, history=history)
        return rel.to_arrow_table()

    table = read_view(index, work, stores)
    return to_frame(table.cast(pa.schema([FINDINGS_SCHEMA.field(c) for c in cols])))


def load_objects(
    index: FindingsIndex | str | os.PathLike[str],
    stores: Iterable[str] | None = None,
    *,
    latest: bool = True,
    columns: Sequence[str] | None = None,
) -> pd.DataFrame:
    """Object rows (``latest``: one per object, its latest row, deletions included) as a DataFrame."""
    idx = _ensure_index(index)
    return to_frame(idx.objects(stores=stores, columns=columns, latest=latest))


def latest_scan(index: FindingsIndex | str | os.PathLike[str], stores: Iterable[str] | None = None) -> str | None:
    """The id of the most recent scan of ``stores`` (the last row of ``scans``: by when it started); deletion
    marks are no scan."""

    def work(view: IndexView) -> str | None:
        if not view.objects_files:
            return None
        found = view.db.sql(
            "SELECT scan_id FROM read_parquet($objects, hive_partitioning=false) GROUP BY scan_id "
            "HAVING NOT bool_and(status = 'deleted') ORDER BY min(scanned_at) DESC, scan_id DESC LIMIT 1",
            params={"objects": view.objects_files}).fetchall()  # fmt: skip
        return str(found[0][0]) if found else None

    return read_view(index, work, stores)


# ---------------------------------------------------------------------------------------------------------
# Object counts: the one intermediate every number is made from


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def type_column(entity_type: str) -> str:
    """The (quoted) column of ``entity_type``'s count in an ``ObjectCounts`` relation."""
    return _quote(f"n:{entity_type}")


@dataclass(frozen=True)
class ObjectCounts:
    """One row per object: ``store``, ``object_uri``, ``findings`` (how many it holds) and, for each entity type
    in ``types``, a column ``n:<TYPE>`` (``type_column``) with that type's count.

    Every number of this module is computed from this shape — per type × store, hot spots, special identifiers
    — so they agree whatever the input was: finding rows (``object_counts``), or the index itself
    (``IndexView.versions().current()``, which builds it without grouping 10 million URIs as strings)."""

    relation: duckdb.DuckDBPyRelation
    types: tuple[str, ...]

    def columns(self) -> list[str]:
        return [type_column(t) for t in self.types]


def _relation(findings: Any, db: duckdb.DuckDBPyConnection, columns: Sequence[str]) -> duckdb.DuckDBPyRelation:  # noqa: ANN401
    """A DuckDB relation over ``findings`` (DataFrame, Table, relation, or rows as mappings)."""
    import duckdb

    if isinstance(findings, duckdb.DuckDBPyRelation):
        return findings
    if isinstance(findings, pd.DataFrame):
        missing = [c for c in columns if c not in findings.columns]
        if missing:
            raise ValueError(f"findings: missing column(s) {missing}")
        return db.from_df(findings[list(columns)])
    if isinstance(findings, pa.Table):
        missing = [c for c in columns if c not in findings.column_names]
        if missing:
            raise ValueError(f"findings: missing column(s) {missing}")
        return db.from_arrow(findings.select(list(columns)))
    rows = [{c: row[c] for c in columns} for row in findings]
    schema = pa.schema([FINDINGS_SCHEMA.field(c) for c in columns])
    return db.from_arrow(pa.Table.from_pylist(rows, schema=schema))


def _object_counts(findings: Any, db: duckdb.DuckDBPyConnection) -> ObjectCounts:  # noqa: ANN401
    if isinstance(findings, ObjectCounts):
        return findings
    rel = _relation(findings, db, ("store", "object_uri", "entity_type"))
    types = tuple(sorted((t for (t,) in rel.aggregate("entity_type::VARCHAR", "entity_type").fetchall()),
                         key=_type_key))  # fmt: skip
    per_type = "".join(f", count(*) FILTER (WHERE entity_type::VARCHAR = {_literal(t)}) AS {type_column(t)}"
                       for t in types)  # fmt: skip
    counts = rel.aggregate(f"store::VARCHAR AS store, object_uri::VARCHAR AS object_uri, count(*) AS findings"
                           f"{per_type}", "store, object_uri")  # fmt: skip
    return ObjectCounts(counts, types)


def _with_db(findings: Any, work: Callable[[duckdb.DuckDBPyConnection], T]) -> T:  # noqa: ANN401
    import duckdb

    if isinstance(findings, duckdb.DuckDBPyRelation | ObjectCounts):
        return work(None)  # type: ignore[arg-type] - a relation carries its own connection
    db = _connect()
    try:
        return work(db)
    finally:
        db.close()


def _type_key(entity_type: str) -> tuple[int, str]:
    return (TYPE_ORDER.get(entity_type, len(TYPE_ORDER)), entity_type)


def object_counts(findings: Any) -> pd.DataFrame:  # noqa: ANN401 - DataFrame | Table | relation | rows
    """Findings per object, in total and per entity type (columns ``n:<TYPE>``), as a DataFrame."""
    return _with_db(findings, lambda db: _object_counts(findings, db).relation.order("store, object_uri").to_df())


# ---------------------------------------------------------------------------------------------------------
# The one source of numbers


def type_store_counts(findings: Any) -> list[dict[str, Any]]:  # noqa: ANN401 - DataFrame | Table | relation | rows
    """Findings and distinct objects per (store, entity type): ``[{"store", "entity_type", "findings",
    "objects"}]``, sorted by store, then entity type in canonical order (``detectors.findings.ENTITY_TYPES``);
    pairs without findings are left out.

    ``findings``: a DataFrame or pyarrow Table with columns ``store``, ``entity_type``, ``object_uri`` (e.g.
    ``load_findings(idx, scan_id=..., columns=["store", "entity_type", "object_uri"])``), a DuckDB relation with
    them, an iterable of mappings with those keys (the scan's finding rows), or an ``ObjectCounts``.
    The CLI scan summary, the scan's Prefect artifact, the notebook and the report all count with this.
    """

    def work(db: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
        counts = _object_counts(findings, db)
        if not counts.types:
            return []
        per_type = ", ".join(f"sum({c})::BIGINT, count(*) FILTER (WHERE {c} > 0)" for c in counts.columns())
        out = []
        for store, *values in counts.relation.aggregate(f"store, {per_type}", "store").fetchall():
            for i, entity_type in enumerate(counts.types):
                n, objects = values[2 * i], values[2 * i + 1]
                if n:
                    out.append({"store": store, "entity_type": entity_type, "findings": int(n),
                                "objects": int(objects)})  # fmt: skip
        return sorted(out, key=lambda r: (r["store"], _type_key(r["entity_type"])))

    return _with_db(findings, work)


def scan_counts(index: FindingsIndex | str | os.PathLike[str], scan_id: str) -> list[dict[str, Any]]:
    """``type_store_counts`` of the rows one scan wrote (the scan summary's and artifact's table)."""
    return type_store_counts(load_findings(index, scan_id=scan_id, columns=["store", "entity_type", "object_uri"]))


def count_matrix(counts: Sequence[Mapping[str, Any]], value: str = "findings") -> pd.DataFrame:
    """``type_store_counts`` rows as a table: entity types (canonical order) × stores, zeros filled."""
    if not counts:
        return pd.DataFrame(dtype="int64")
    frame = pd.DataFrame(list(counts))
    matrix = frame.pivot_table(index="entity_type", columns="store", values=value, aggfunc="sum", fill_value=0)
    matrix = matrix.loc[sorted(matrix.index, key=_type_key)]
    matrix.columns.name, matrix.index.name = "store", "entity_type"
    return matrix.astype("int64")


# ---------------------------------------------------------------------------------------------------------
# Hot spots, special identifiers


def top_objects(findings: Any, n: int = 20, by: str = "findings") -> pd.DataFrame:  # noqa: ANN401
    """The ``n`` objects with the most findings (``by="findings"``, ties: more kinds first) or the most kinds
    of findings (``by="types"``, ties: more findings first): store, object_uri, findings, types, breakdown
    (``[(entity_type, count)]``, largest first, ties in canonical type order)."""
    if by not in ("findings", "types"):
        raise ValueError("by must be 'findings' or 'types'")
    order = "findings DESC, types DESC" if by == "findings" else "types DESC, findings DESC"
    columns = ["store", "object_uri", "findings", "types", "breakdown"]

    def work(db: duckdb.DuckDBPyConnection) -> pd.DataFrame:
        counts = _object_counts(findings, db)
        if not counts.types:
            return pd.DataFrame({c: pd.Series(dtype="str" if c in ("store", "object_uri") else "int64")
                                 for c in columns[:-1]}).assign(breakdown=pd.Series(dtype=object))  # fmt: skip
        kinds = " + ".join(f"({c} > 0)::BIGINT" for c in counts.columns())
        top = (
            counts.relation.project(
                f"store, object_uri, findings::BIGINT AS findings, ({kinds}) AS types, {', '.join(counts.columns())}"
            )
            .order(f"{order}, store, object_uri")
            .limit(int(n))
            .to_df()
        )
        top["breakdown"] = [
            sorted(((t, int(row[f"n:{t}"])) for t in counts.types if row[f"n:{t}"]),
                   key=lambda p: (-p[1], _type_key(p[0])))
            for row in top.to_dict("records")
        ]  # fmt: skip
        return top[columns].astype({"findings": "int64", "types": "int64"})

    return _with_db(findings, work)


def _special_rules(counts: ObjectCounts, config: AnalysisConfig, objects: Any, db: duckdb.DuckDBPyConnection  # noqa: ANN401
                   ) -> tuple[list[tuple[str, str]], duckdb.DuckDBPyRelation | None]:  # fmt: skip
    """What is outside its allowed stores: per special entity type in ``counts``, the SQL condition on an
    ``ObjectCounts`` row (type counted, store not allowed); and the ID copies among ``objects`` in stores not
    allowed to hold them (store, object_uri), or None."""
    rules = []
    kinds = [k for k in counts.types if k in config.special_identifiers]
    stores = [s for (s,) in counts.relation.aggregate("store", "store").fetchall()] if kinds else []
    for kind in kinds:
        banned = [s for s in stores if not config.allowed(kind, s)]
        if banned:
            rules.append((kind, f"({type_column(kind)} > 0 AND store IN ({', '.join(_literal(s) for s in banned)}))"))
    copies = None
    if ID_COPY in config.special_identifiers and objects is not None and config.id_copy_suffixes:
        # One case-insensitive regular expression: several times cheaper than lower-casing every URI. Suffixes
        # are '.' and letters or digits (analysis_config), so escaping the dot is all they need.
        suffixes = "|".join(s.replace(".", "\\.") for s in config.id_copy_suffixes)
        # Few objects are images: found once and held in a table of the objects' connection, then judged.
        found = _relation(objects, db, ("store", "object_uri", "status")).filter(
            f"status::VARCHAR <> 'deleted' AND regexp_matches(object_uri::VARCHAR, '(?i)(?:{suffixes})$')"
        ).project("store::VARCHAR AS store, object_uri::VARCHAR AS object_uri")  # fmt: skip
        name = f"id_copies_{uuid.uuid4().hex[:12]}"
        found.to_table(name)
        held = found.query("unused", f"SELECT store, object_uri FROM {name}")
        banned = [s for (s,) in held.aggregate("store", "store").fetchall() if not config.allowed(ID_COPY, s)]
        if banned:
            copies = held.filter(f"store IN ({', '.join(_literal(s) for s in banned)})")
    return rules, copies


def _special_union(counts: ObjectCounts, rules: list[tuple[str, str]], copies: duckdb.DuckDBPyRelation | None
                   ) -> duckdb.DuckDBPyRelation | None:  # fmt: skip
    parts = [
        counts.relation.filter(condition).project(
            f"store::VARCHAR AS store, object_uri::VARCHAR AS object_uri, {_literal(kind)} AS entity_type, "
            f"{type_column(kind)}::BIGINT AS findings, {_type_key(kind)[0]} AS type_rank"
        )
        for kind, condition in rules
    ]
    if copies is not None:
        parts.append(copies.project(f"store, object_uri, {_literal(ID_COPY)} AS entity_type, 0::BIGINT AS findings, "
                                    f"{len(TYPE_ORDER) + 1} AS type_rank"))  # fmt: skip
    if not parts:
        return None
    union = parts[0]
    for part in parts[1:]:
        union = union.union(part)  # UNION ALL
    return union


def _special(findings: Any, config: AnalysisConfig, objects: Any, db: duckdb.DuckDBPyConnection  # noqa: ANN401
             ) -> duckdb.DuckDBPyRelation | None:  # fmt: skip
    """The objects outside their allowed stores as one relation (store, object_uri, entity_type, findings,
    type_rank), or None when there can be none."""
    counts = _object_counts(findings, db)
    return _special_union(counts, *_special_rules(counts, config, objects, db))


_SPECIAL_ORDER = "store, type_rank, entity_type, findings DESC, object_uri"


def special_outside_allowed(
    findings: Any,  # noqa: ANN401 - DataFrame | Table | relation | rows | ObjectCounts (current findings)
    config: AnalysisConfig,
    objects: Any = None,  # noqa: ANN401 - latest object rows (DataFrame/Table/relation): for ID copies
    *,
    limit: int | None = None,
) -> pd.DataFrame:
    """Objects holding a special identifier in a store ``config`` does not allow for it: store, object_uri,
    entity_type (``ID_COPY`` for copies of identity documents, found by file suffix among ``objects``),
    findings (0 for ID copies: the image path records none); sorted by store, type, most findings first;
    the first ``limit`` rows if given."""
    columns = ["store", "object_uri", "entity_type", "findings"]

    def work(db: duckdb.DuckDBPyConnection) -> pd.DataFrame:
        union = _special(findings, config, objects, db)
        if union is None:
            return pd.DataFrame({c: pd.Series(dtype="int64" if c == "findings" else "str") for c in columns})
        ordered = union.order(_SPECIAL_ORDER)
        frame = (ordered.limit(int(limit)) if limit is not None else ordered).project(", ".join(columns)).to_df()
        return frame.astype({"findings": "int64"})

    return _with_db(findings, work)


def special_outside_counts(
    findings: Any,
    config: AnalysisConfig,
    objects: Any = None,
    *,
    limit: int = 0,  # noqa: ANN401
) -> tuple[pd.DataFrame, int, pd.DataFrame]:
    """Outside the allowed stores: objects and findings per (entity type, store); the number of distinct objects
    concerned (an object holding a BSN and an MRZ counts once); and the first ``limit`` rows of
    ``special_outside_allowed`` — all from one evaluation (the report's three views)."""
    columns = ["store", "object_uri", "entity_type", "findings"]

    def work(db: duckdb.DuckDBPyConnection) -> tuple[pd.DataFrame, int, pd.DataFrame]:
        counts = _object_counts(findings, db)
        rules, copies = _special_rules(counts, config, objects, db)
        union = _special_union(counts, rules, copies)
        if union is None:
            listed = pd.DataFrame({c: pd.Series(dtype="int64" if c == "findings" else "str") for c in columns})
            return pd.DataFrame(columns=["entity_type", "store", "objects", "findings"]), 0, listed
        # One pass over the object counts for every type's objects and findings per store, and the objects holding
        # any special type (an object is one row, so no DISTINCT over URIs is needed); ID copies come apart.
        rows: list[tuple[str, str, int, int]] = []
        flagged_total = 0
        if rules:
            cells = ", ".join(f"count(*) FILTER (WHERE {c}), sum({type_column(k)}) FILTER (WHERE {c})"
                              for k, c in rules)  # fmt: skip
            any_rule = " OR ".join(c for _, c in rules)
            for store, *values, flagged in counts.relation.aggregate(
                    f"store, {cells}, count(*) FILTER (WHERE {any_rule})", "store").fetchall():  # fmt: skip
                flagged_total += int(flagged)
                for i, (kind, _) in enumerate(rules):
                    if values[2 * i]:
                        rows.append((kind, store, int(values[2 * i]), int(values[2 * i + 1])))
        if copies is not None:
            per_store = copies.aggregate("store, count(*)", "store").fetchall()
            rows += [(ID_COPY, store, int(n), 0) for store, n in per_store]
            if per_store and rules:  # ID copies that also hold a special type were counted already
                flagged = counts.relation.filter(any_rule).project("store, object_uri")
                both = copies.join(flagged, "store, object_uri", how="semi")
                flagged_total -= both.aggregate("count(*)").fetchall()[0][0]
            flagged_total += sum(int(n) for _, n in per_store)
        order = {kind: _type_key(kind)[0] if kind != ID_COPY else len(TYPE_ORDER) + 1 for kind, *_ in rows}
        rows.sort(key=lambda r: (order[r[0]], r[0], r[1]))
        per = pd.DataFrame(rows, columns=["entity_type", "store", "objects", "findings"])
        listed = union.order(_SPECIAL_ORDER).limit(int(limit)).project(", ".join(columns)).to_df()
        return (per.astype({"objects": "int64", "findings": "int64"}), int(flagged_total),
                listed.astype({"findings": "int64"}))  # fmt: skip

    return _with_db(findings, work)


# ---------------------------------------------------------------------------------------------------------
# Object versions over the whole index: current counts and the trend without loading findings


@dataclass(frozen=True)
class Versions:
    """The object versions of the index (a version: one object row — a scan of the object, or its deletion mark),
    arranged so that nothing is worked out per version that need not be.

    ``table``: one row per version with findings — store, object_uri, ``rank`` (its scan's, oldest first),
    ``next_rank`` (the rank of the object's next row, a rescan or deletion mark; null for its latest), findings
    and the ``ObjectCounts`` columns — read once from the count summaries. ``history``: every row of the objects
    that have more than one (store, object_uri, batch_id, status, next_rank): only those versions can be anything
    but current, every other version is its object's only row. ``objects``: every object row (lazy).
    ``rows`` / ``live_rows``: object rows in all, and those not marking a deletion."""

    db: duckdb.DuckDBPyConnection
    table: str
    history: str
    objects: duckdb.DuckDBPyRelation  # store, object_uri, batch_id, status
    rows: int
    live_rows: int
    types: tuple[str, ...]

    def _sums(self) -> str:
        return ", ".join(f"sum({type_column(t)})::BIGINT AS {type_column(t)}" for t in self.types)

    def current(self) -> ObjectCounts:
        """The current objects with findings: each object's latest version, unless a deletion mark followed it."""
        columns = ", ".join(["store", "object_uri", "findings", *(type_column(t) for t in self.types)])
        return ObjectCounts(self.db.sql(f"SELECT {columns} FROM {self.table} WHERE next_rank IS NULL AND findings > 0"),
                            self.types)  # fmt: skip

    def latest_objects(self) -> duckdb.DuckDBPyRelation:
        """Each object's latest row (store, object_uri, status; deletion marks included)."""
        superseded = self.db.sql(f"SELECT batch_id, object_uri FROM {self.history} WHERE next_rank IS NOT NULL")
        return self.objects.join(superseded, "batch_id, object_uri", how="anti").project("store, object_uri, status")

    def live_objects(self) -> int:
        """Objects in the index now: their latest row is not a deletion mark."""
        rows_live, latest_live = self.db.sql(
            f"SELECT count(*) FILTER (WHERE status <> 'deleted'), "
            f"count(*) FILTER (WHERE status <> 'deleted' AND next_rank IS NULL) FROM {self.history}"
        ).fetchall()[0]
        return self.live_rows - int(rows_live or 0) + int(latest_live or 0)

    def added(self) -> duckdb.DuckDBPyRelation:
        """Per scan rank: the findings (per type) its versions recorded."""
        return self.db.sql(f"SELECT rank, {self._sums()} FROM {self.table} GROUP BY rank")

    def removed(self) -> duckdb.DuckDBPyRelation:
        """Per scan rank: the findings (per type) of versions that rank's rescans and deletion marks replaced."""
        return self.db.sql(f"SELECT next_rank AS rank, {self._sums()} FROM {self.table} "
                           f"WHERE next_rank IS NOT NULL GROUP BY next_rank")  # fmt: skip


def _version_counts(view: IndexView, types: Sequence[str] | None) -> tuple[str, dict[str, Any], tuple[str, ...]]:
    """SQL for the findings of each object version (store, scan_id, batch_id, object_uri, findings, ``n:<TYPE>``…
    for the entity types present, canonical order), its parameters, and those types.

    Read from the index's count summaries (about a tenth of the rows: one per object version, not per finding);
    findings files without a summary are counted from their rows. A version lives in exactly one findings file,
    so the two parts never count the same version."""
    db = view.db
    wanted = None if types is None else set(types)
    summaries = view.snapshot.summary_files()
    rows = view.snapshot.unsummarised_findings_files()
    params: dict[str, Any] = {}
    summary_types: set[str] = set()
    if summaries:
        params["summaries"] = summaries
        names = db.sql("SELECT * FROM read_parquet($summaries, union_by_name=true, hive_partitioning=false) LIMIT 0",
                       params=params).columns  # fmt: skip
        summary_types = {c[2:] for c in names if c.startswith("n:") and (wanted is None or c[2:] in wanted)}
    row_filter, row_types = "", set()
    if rows:
        params["rows"] = rows
        if wanted is not None:
            row_filter = f"WHERE {_in_list('entity_type', sorted(wanted), 't', params)}"
        only_rows = {k: v for k, v in params.items() if k != "summaries"}  # DuckDB refuses unused parameters
        row_types = {
            t
            for (t,) in db.sql(
                f"SELECT DISTINCT entity_type FROM read_parquet($rows, hive_partitioning=false) {row_filter}",
                params=only_rows,
            ).fetchall()
        }
    present = tuple(sorted(summary_types | row_types, key=_type_key))
    keys = "store, scan_id, batch_id, object_uri"
    parts = []
    if summaries:
        cells = [f"coalesce({type_column(t)}, 0)" if t in summary_types else "0" for t in present]
        total = "findings" if wanted is None else (" + ".join(cells) or "0")
        columns = "".join(f", {c}::BIGINT AS {type_column(t)}" for c, t in zip(cells, present, strict=True))
        parts.append(f"SELECT {keys}, ({total})::BIGINT AS findings{columns} "
                     f"FROM read_parquet($summaries, union_by_name=true, hive_partitioning=false)")  # fmt: skip
    if rows:
        columns = "".join(f", count(*) FILTER (WHERE entity_type = {_literal(t)}) AS {type_column(t)}" for t in present)
        parts.append(
            f"SELECT {keys}, count(*) AS findings{columns} "
            f"FROM read_parquet($rows, hive_partitioning=false) {row_filter} GROUP BY {keys}"
        )
    if not parts:
        return (f"SELECT {', '.join(f'NULL::VARCHAR AS {k}' for k in keys.split(', '))}, 0::BIGINT AS findings "
                f"LIMIT 0", {}, ())  # fmt: skip
    return " UNION ALL ".join(parts), params, present


def _versions(view: IndexView, types: Sequence[str] | None) -> Versions:
    db = view.db
    found_sql, params, present = _version_counts(view, types)
    table, history, ranks = (f"{kind}_{uuid.uuid4().hex[:12]}" for kind in ("versions", "history", "ranks"))
    objects = {"objects": view.objects_files}
    source = "read_parquet($objects, hive_partitioning=false)"
    if view.objects_files:
        rows_of = db.sql(f"SELECT store, object_uri, batch_id, status FROM {source}", params=objects)
        db.execute(f"CREATE TEMP TABLE {ranks} AS SELECT scan_id, row_number() OVER (ORDER BY min(scanned_at), "
                   f"scan_id) AS rank, count(*) AS n, count(*) FILTER (WHERE status <> 'deleted') AS live "
                   f"FROM {source} GROUP BY scan_id", objects)  # fmt: skip
        # Objects with more than one row, found by a 64-bit hash of (store, uri): grouping integers is much cheaper
        # than grouping a million URIs, and a collision only adds a single-row object here, where its row is
        # ordered among its own (the window partitions by the strings) and so stays its object's latest.
        db.execute(f"""
            CREATE TEMP TABLE {history} AS
            WITH o AS (SELECT store, object_uri, batch_id, scan_id, scanned_at, status FROM {source}),
            multi AS (SELECT hash(store, object_uri) AS h FROM o GROUP BY h HAVING count(*) > 1)
            SELECT o.store, o.object_uri, o.batch_id, o.status, lead(r.rank) OVER w AS next_rank
            FROM o JOIN {ranks} r USING (scan_id)
            WHERE hash(o.store, o.object_uri) IN (SELECT h FROM multi)
            WINDOW w AS (PARTITION BY o.store, o.object_uri ORDER BY o.scanned_at, o.batch_id)
        """, objects)  # fmt: skip
    else:
        db.execute(f"CREATE TEMP TABLE {ranks} (scan_id VARCHAR, rank BIGINT, n BIGINT, live BIGINT)")
        db.execute(f"CREATE TEMP TABLE {history} (store VARCHAR, object_uri VARCHAR, batch_id VARCHAR, "
                   f"status VARCHAR, next_rank BIGINT)")  # fmt: skip
        rows_of = db.sql(f"SELECT store, object_uri, batch_id, status FROM {history}")
    rows, live_rows = db.sql(f"SELECT sum(n), sum(live) FROM {ranks}").fetchall()[0]
    per_type = "".join(f", f.{type_column(t)}" for t in present)
    db.execute(f"""
        CREATE TEMP TABLE {table} AS
        WITH f AS ({found_sql})
        SELECT f.store, f.object_uri, r.rank, h.next_rank, f.findings{per_type}
        FROM f JOIN {ranks} r USING (scan_id)
        LEFT JOIN (SELECT batch_id, object_uri, next_rank FROM {history} WHERE next_rank IS NOT NULL) h
               ON h.batch_id = f.batch_id AND h.object_uri = f.object_uri
    """, params)  # fmt: skip
    return Versions(db, table, history, rows_of, int(rows or 0), int(live_rows or 0), present)


# ---------------------------------------------------------------------------------------------------------
# Scans and trend


_SCANS_SQL = """
    SELECT scan_id::VARCHAR AS scan_id, min(scanned_at) AS started, max(scanned_at) AS finished,
           string_agg(DISTINCT store::VARCHAR, ', ' ORDER BY store::VARCHAR) AS stores,
           count(*) AS objects, sum(n_findings)::BIGINT AS findings,
           CASE WHEN bool_and(status = 'deleted') THEN 'deletion' ELSE 'scan' END AS kind
    FROM read_parquet($objects, hive_partitioning=false) GROUP BY scan_id
"""


def _scans(view: IndexView) -> pd.DataFrame:
    if not view.objects_files:
        return pd.DataFrame(columns=["rank", "scan_id", "started", "finished", "stores", "objects", "findings",
                                     "kind"])  # fmt: skip
    rel = view.db.sql(_SCANS_SQL, params={"objects": view.objects_files})
    frame = rel.order("started, scan_id").to_df()
    frame.insert(0, "rank", range(1, len(frame) + 1))
    return frame


def scans(index: FindingsIndex | str | os.PathLike[str], stores: Iterable[str] | None = None) -> pd.DataFrame:
    """One row per scan (oldest first): rank, scan_id, started, finished, stores, objects (scanned, i.e. new or
    changed), findings (recorded), kind (``scan``, or ``deletion`` for erasure/retention marks)."""
    return read_view(index, _scans, stores)


def _trend(view: IndexView, versions: Versions, runs: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per scan and type: ``found`` (recorded by that scan) and ``current`` (in the index right after it).

    Each object version holds its findings from its scan until the object's next row (a rescan or a deletion
    mark): +n at the version's rank, −n at the next row's, summed cumulatively. Unchanged objects are not
    rescanned, so they keep counting."""
    columns = ["rank", "scan_id", "started", "kind", "entity_type", "found", "current"]
    runs = _scans(view) if runs is None else runs  # ``_scans(view)``, when the caller has it already
    if runs.empty or not versions.types:
        return pd.DataFrame(columns=columns)
    added = versions.added().to_df().set_index("rank")
    removed = versions.removed().to_df().set_index("rank")
    ranks = pd.Index(runs["rank"], name="rank")
    added = added.reindex(ranks, fill_value=0).rename(columns=lambda c: c[2:])
    removed = removed.reindex(ranks, fill_value=0).rename(columns=lambda c: c[2:])
    current = (added - removed).cumsum()
    long = pd.DataFrame({
        "found": added.stack(), "current": current.stack(),
    }).rename_axis(["rank", "entity_type"]).reset_index()  # fmt: skip
    out = long.merge(runs[["rank", "scan_id", "started", "kind"]], on="rank")
    out = out.assign(_t=out["entity_type"].map(_type_key)).sort_values(["rank", "_t"]).drop(columns="_t")
    return out[columns].astype({"found": "int64", "current": "int64"}).reset_index(drop=True)


def trend(
    index: FindingsIndex | str | os.PathLike[str],
    stores: Iterable[str] | None = None,
    types: Sequence[str] | None = None,
) -> pd.DataFrame:
    """Per scan (oldest first) and entity type: ``found`` (findings that scan recorded, in new or changed
    objects) and ``current`` (findings in the index right after it: unchanged objects keep counting, rescanned
    ones count their new findings, deleted ones none). Long format: rank, scan_id, started, kind, entity_type,
    found, current."""
    return read_view(index, lambda view: _trend(view, _versions(view, types)), stores)


# ---------------------------------------------------------------------------------------------------------
# Requests, object tokens


def open_requests(index_dir: str | os.PathLike[str], today: date | None = None) -> pd.DataFrame:
    """Open data-subject requests of the index's register (earliest deadline first): id, kind, received,
    deadline, days_left, flag (``overdue``, ``due_soon``: within 7 days, or empty), extended. No identifiers:
    the register holds fingerprints only, and they are not shown."""
    from afscherm.discovery.requests import RequestRegister

    today = today or datetime.now(UTC).date()
    rows = [
        {"id": r.id, "kind": r.kind, "received": date.fromisoformat(r.received), "deadline": r.deadline,
         "days_left": r.days_left(today), "flag": r.flag(today), "extended": r.extended_due is not None}
        for r in RequestRegister.for_index(index_dir).list(open_only=True)
    ]  # fmt: skip
    columns = ["id", "kind", "received", "deadline", "days_left", "flag", "extended"]
    return pd.DataFrame(rows, columns=columns)


def object_token(uri: str, key: bytes) -> str:
    """A short keyed name for an object (``obj-`` + 12 hex digits of HMAC-SHA256(index key, uri)).

    URIs can hold identifiers (a customer number as a file name, a BSN as a SQL primary key), and a plain hash
    of one can be reversed by trying every BSN; a keyed one cannot without the index key. Whoever holds the key
    finds the object again with ``resolve_tokens``.
    """
    return "obj-" + hmac.new(key, b"object_uri\x1f" + uri.encode("utf-8"), hashlib.sha256).hexdigest()[:12]


def resolve_tokens(index: FindingsIndex | str | os.PathLike[str], tokens: Iterable[str], key: bytes) -> dict[str, str]:
    """token → object URI for the objects of ``index`` whose ``object_token`` is among ``tokens``."""
    wanted = set(tokens)
    uris = load_objects(index, columns=["object_uri"])["object_uri"]
    return {t: u for u in uris if (t := object_token(u, key)) in wanted}
