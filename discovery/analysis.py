"""Findings analysis: the questions privacy officers ask of the index, as DataFrames and plain rows.

Where does personal data pile up (counts per type × store, hot-spot objects), how does it change from scan to
scan (trend), what must be fixed first (special identifiers in stores not allowed to hold them), and which
data-subject requests are running out of time. Used by ``notebooks/findings.ipynb`` and ``afscherm report``.

Reads are DuckDB over the index's committed Parquet files (the same files and snapshot rules as
``discovery.index``): filters go into the Parquet scan (stores choose directories; types, scan ids and times
are compared in the scan, so row groups whose statistics rule them out are skipped) and only the columns asked
for are read. Helpers take a pandas DataFrame, a pyarrow Table or a lazy DuckDB relation (``IndexView``), so
the notebook works on loaded frames and the report aggregates 10 million findings without loading them.

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
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from detectors.findings import ENTITY_TYPES
from discovery.analysis_config import ID_COPY, AnalysisConfig
from discovery.index import FINDINGS_SCHEMA, OBJECTS_SCHEMA, FindingsIndex

if TYPE_CHECKING:
    import duckdb

T = TypeVar("T")
# Low-cardinality text columns become pandas categoricals (memory, and groupby keeps every category).
CATEGORICAL = ("scan_id", "store", "entity_type", "recognizer", "action", "status")
TYPE_ORDER = {t: i for i, t in enumerate(ENTITY_TYPES)}

# THE per-type × per-store numbers ("one source of numbers"): the scan summary, its Prefect artifact, the
# notebook and the report all count with this expression, so they can never disagree.
_COUNT_EXPR = "store::VARCHAR AS store, entity_type::VARCHAR AS entity_type, " \
              "count(*) AS findings, count(DISTINCT object_uri) AS objects"  # fmt: skip


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
    findings_files: list[str]
    objects_files: list[str]

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
        cols = _checked(columns, FINDINGS_SCHEMA)
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
        if not history:
            params["objects"] = self.objects_files
            source += f" JOIN ({_LATEST_SQL}) l ON f.store = l.store AND f.object_uri = l.object_uri " \
                      "AND f.batch_id = l.scan_batch"  # fmt: skip
            where.append("l.last_status <> 'deleted'")
        sql = f"SELECT {select} FROM {source}" + (f" WHERE {' AND '.join(where)}" if where else "")
        return self.db.sql(sql, params=params)

    def objects(self, *, latest: bool = True, columns: Sequence[str] | None = None) -> duckdb.DuckDBPyRelation:
        """Object rows (lazy); ``latest``: one row per object, its latest (deleted ones included)."""
        cols = _checked(columns, OBJECTS_SCHEMA)
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

    Compaction may remove parts while we read; the index's own reader notices (its generation token changed)
    and runs ``work`` again on a fresh snapshot, so ``work`` must only read. The snapshot comes from
    ``FindingsIndex._read``: the same commit and supersession rules as every other reader of the index.
    """
    idx = _ensure_index(index)
    store_list = None if stores is None else sorted(set(stores))
    db = _connect(memory_limit, threads)
    try:
        def run(snap: Any) -> T:  # noqa: ANN401 - discovery.index._Snapshot
            return work(IndexView(db, snap.findings_files(), snap.objects_files()))

        return idx._read(run, store_list)
    finally:
        db.close()


def _checked(columns: Sequence[str] | None, schema: pa.Schema) -> list[str]:
    if columns is None:
        return list(schema.names)
    unknown = [c for c in columns if c not in schema.names]
    if unknown:
        raise ValueError(f"unknown column(s) {unknown}; known: {schema.names}")
    return list(dict.fromkeys(columns))


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
    cols = _checked(columns, FINDINGS_SCHEMA)

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
    """The id of the most recent scan (by its latest object row) of ``stores``; deletion marks are no scan."""
    table = scans(index, stores)
    real = table[table["kind"] == "scan"]
    return None if real.empty else str(real.iloc[-1]["scan_id"])


# ---------------------------------------------------------------------------------------------------------
# The one source of numbers


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


def _with_db(findings: Any, work: Callable[[duckdb.DuckDBPyConnection], T]) -> T:  # noqa: ANN401
    import duckdb

    if isinstance(findings, duckdb.DuckDBPyRelation):
        return work(None)  # type: ignore[arg-type] - a relation carries its own connection
    db = _connect()
    try:
        return work(db)
    finally:
        db.close()


def _type_key(entity_type: str) -> tuple[int, str]:
    return (TYPE_ORDER.get(entity_type, len(TYPE_ORDER)), entity_type)


def type_store_counts(findings: Any) -> list[dict[str, Any]]:  # noqa: ANN401 - DataFrame | Table | relation | rows
    """Findings and distinct objects per (store, entity type): ``[{"store", "entity_type", "findings",
    "objects"}]``, sorted by store, then entity type in canonical order (``detectors.findings.ENTITY_TYPES``).

    ``findings``: a DataFrame or pyarrow Table with columns ``store``, ``entity_type``, ``object_uri`` (e.g.
    ``load_findings(idx, scan_id=..., columns=["store", "entity_type", "object_uri"])``), a DuckDB relation with
    them (``IndexView.findings()``), or an iterable of mappings with those keys (the scan's finding rows).
    The CLI scan summary, the scan's Prefect artifact, the notebook and the report all count with this.
    """

    def work(db: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
        rel = _relation(findings, db, ("store", "entity_type", "object_uri"))
        rows = rel.aggregate(_COUNT_EXPR, "store, entity_type").fetchall()
        out = [{"store": s, "entity_type": t, "findings": int(n), "objects": int(o)} for s, t, n, o in rows]
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

    def work(db: duckdb.DuckDBPyConnection) -> pd.DataFrame:
        rel = _relation(findings, db, ("store", "object_uri", "entity_type"))
        per_type = rel.aggregate(
            "store::VARCHAR AS store, object_uri, entity_type::VARCHAR AS entity_type, count(*) AS n",
            "store, object_uri, entity_type",
        )
        top = per_type.aggregate(
            "store, object_uri, sum(n)::BIGINT AS findings, count(*) AS types, "
            "list(struct_pack(t := entity_type, n := n)) AS breakdown",
            "store, object_uri",
        ).order(f"{order}, store, object_uri").limit(int(n))
        frame = top.to_df()
        frame["breakdown"] = [
            sorted(((item["t"], int(item["n"])) for item in items), key=lambda p: (-p[1], _type_key(p[0])))
            for items in frame["breakdown"]
        ]
        return frame.astype({"findings": "int64", "types": "int64"})

    return _with_db(findings, work)


def special_outside_allowed(
    findings: Any,  # noqa: ANN401 - DataFrame | Table | relation | rows (current findings)
    config: AnalysisConfig,
    objects: Any = None,  # noqa: ANN401 - latest object rows (DataFrame/Table/relation): for ID copies
) -> pd.DataFrame:
    """Objects holding a special identifier in a store ``config`` does not allow for it: store, object_uri,
    entity_type (``ID_COPY`` for copies of identity documents, found by file suffix among ``objects``),
    findings (0 for ID copies: the image path records none), sorted by store, type, most findings first."""
    kinds = [k for k in config.special_identifiers if k != ID_COPY]
    columns = ["store", "object_uri", "entity_type", "findings"]

    def work(db: duckdb.DuckDBPyConnection) -> pd.DataFrame:
        parts = []
        if kinds:
            rel = _relation(findings, db, ("store", "object_uri", "entity_type"))
            rel = rel.filter(" OR ".join(f"entity_type = '{k}'" for k in kinds))  # kinds are validated names
            per = rel.aggregate("store::VARCHAR AS store, object_uri, entity_type::VARCHAR AS entity_type, "
                                "count(*) AS findings", "store, object_uri, entity_type").to_df()
            keep = [not config.allowed(t, s) for s, t in zip(per["store"], per["entity_type"], strict=True)]
            parts.append(per.loc[pd.Series(keep, index=per.index, dtype=bool)])
        if ID_COPY in config.special_identifiers and objects is not None:
            rel = _relation(objects, db, ("store", "object_uri", "status"))
            suffixes = " OR ".join(f"lower(object_uri) LIKE '%{s}'" for s in config.id_copy_suffixes)
            rel = rel.filter(f"status::VARCHAR <> 'deleted' AND ({suffixes or 'FALSE'})")
            copies = rel.project("store::VARCHAR AS store, object_uri").to_df()
            keep = [not config.allowed(ID_COPY, s) for s in copies["store"]]
            copies = copies.loc[pd.Series(keep, index=copies.index, dtype=bool)]
            parts.append(copies.assign(entity_type=ID_COPY, findings=0))
        if not parts:
            return pd.DataFrame({c: pd.Series(dtype="int64" if c == "findings" else "str") for c in columns})
        out = pd.concat(parts, ignore_index=True)[columns].astype({"findings": "int64"})
        rank = out["entity_type"].map(lambda t: _type_key(t) if t != ID_COPY else (len(TYPE_ORDER) + 1, t))
        out = out.assign(_rank=rank).sort_values(["store", "_rank", "findings", "object_uri"],
                                                 ascending=[True, True, False, True])  # fmt: skip
        return out.drop(columns="_rank").reset_index(drop=True)

    return _with_db(findings, work)


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


def _trend(view: IndexView, types: Sequence[str] | None) -> pd.DataFrame:
    columns = ["rank", "scan_id", "started", "kind", "entity_type", "found", "current"]
    runs = _scans(view)
    if runs.empty or not view.findings_files:
        return pd.DataFrame(columns=columns)
    params: dict[str, Any] = {"objects": view.objects_files, "findings": view.findings_files}
    type_filter = f"WHERE {_in_list('entity_type', sorted(set(types)), 't', params)}" if types else ""
    # Each object version (one object row) holds its findings from its scan until the object's next row (a
    # rescan or a deletion mark). The state after scan k = Σ versions active at k: +n at the version's scan,
    # −n at the next row's scan, summed cumulatively. Unchanged objects are not rescanned, so they stay counted.
    sql = f"""
        WITH o AS (
            SELECT store, object_uri, batch_id, scan_id, scanned_at
            FROM read_parquet($objects, hive_partitioning=false)
        ),
        r AS (
            SELECT scan_id, row_number() OVER (ORDER BY min(scanned_at), scan_id) AS rank FROM o GROUP BY scan_id
        ),
        v AS (
            SELECT o.store, o.object_uri, o.batch_id, r.rank,
                   lead(r.rank) OVER (PARTITION BY o.store, o.object_uri ORDER BY o.scanned_at, o.batch_id) AS next
            FROM o JOIN r USING (scan_id)
        ),
        c AS (
            SELECT store, object_uri, batch_id, entity_type, count(*) AS n
            FROM read_parquet($findings, hive_partitioning=false) {type_filter}
            GROUP BY store, object_uri, batch_id, entity_type
        ),
        cv AS (SELECT v.rank, v.next, c.entity_type, c.n FROM c JOIN v USING (store, object_uri, batch_id))
        SELECT rank, entity_type, sum(n)::BIGINT AS found, sum(n)::BIGINT AS delta FROM cv GROUP BY ALL
        UNION ALL
        SELECT next AS rank, entity_type, 0 AS found, -sum(n)::BIGINT AS delta FROM cv WHERE next IS NOT NULL
        GROUP BY ALL
    """
    deltas = view.db.sql(sql, params=params).to_df()
    found_types = sorted(set(deltas["entity_type"]), key=_type_key)
    grid = pd.MultiIndex.from_product([runs["rank"], found_types], names=["rank", "entity_type"])
    per = deltas.groupby(["rank", "entity_type"])[["found", "delta"]].sum().reindex(grid, fill_value=0)
    per["current"] = per.groupby(level="entity_type")["delta"].cumsum()
    out = per.reset_index().merge(runs[["rank", "scan_id", "started", "kind"]], on="rank")
    return out[columns].astype({"found": "int64", "current": "int64"})


def trend(
    index: FindingsIndex | str | os.PathLike[str],
    stores: Iterable[str] | None = None,
    types: Sequence[str] | None = None,
) -> pd.DataFrame:
    """Per scan (oldest first) and entity type: ``found`` (findings that scan recorded, in new or changed
    objects) and ``current`` (findings in the index right after it: unchanged objects keep counting, rescanned
    ones count their new findings, deleted ones none). Long format: rank, scan_id, started, kind, entity_type,
    found, current."""
    return read_view(index, lambda view: _trend(view, types), stores)


# ---------------------------------------------------------------------------------------------------------
# Requests, object tokens


def open_requests(index_dir: str | os.PathLike[str], today: date | None = None) -> pd.DataFrame:
    """Open data-subject requests of the index's register (earliest deadline first): id, kind, received,
    deadline, days_left, flag (``overdue``, ``due_soon``: within 7 days, or empty), extended. No identifiers:
    the register holds fingerprints only, and they are not shown."""
    from discovery.requests import RequestRegister

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


def resolve_tokens(
    index: FindingsIndex | str | os.PathLike[str], tokens: Iterable[str], key: bytes
) -> dict[str, str]:
    """token → object URI for the objects of ``index`` whose ``object_token`` is among ``tokens``."""
    wanted = set(tokens)
    uris = load_objects(index, columns=["object_uri"])["object_uri"]
    return {t: u for u in uris if (t := object_token(u, key)) in wanted}
