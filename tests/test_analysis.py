"""afscherm.discovery.analysis on a hand-built index: filters and push-down, one source of numbers, hot spots, special
identifiers outside their stores, the trend over scans and deletions, open requests, object tokens.

Fingerprints are random hex; no values exist anywhere in these tests.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pytest

from afscherm.detectors.config import ConfigError
from afscherm.discovery import analysis
from afscherm.discovery.analysis_config import AnalysisConfig, load_analysis_config
from afscherm.discovery.index import FindingsIndex
from afscherm.discovery.requests import RequestRegister

T0 = datetime(2026, 11, 2, 2, 0, tzinfo=UTC)
KEY = b"analysis-test-key-0123456789abcd"


def fp(*seed: object) -> str:
    return hashlib.sha256(repr(seed).encode()).hexdigest()


def append(idx: FindingsIndex, store: str, scan_id: str, at: datetime, objects: dict[str, list[str]]) -> None:
    """One batch: ``objects`` maps an object uri to the entity types of its findings (one finding each)."""
    obj_rows, find_rows = [], []
    for uri, types in objects.items():
        obj_rows.append({
            "scan_id": scan_id, "store": store, "object_uri": uri, "object_sha256": fp(uri, scan_id), "size": 10,
            "modified": at - timedelta(hours=1), "scanned_at": at, "status": "redacted" if types else "clean",
            "n_findings": len(types),
        })  # fmt: skip
        for i, entity_type in enumerate(types):
            find_rows.append({
                "object_uri": uri, "unit": f"line {i + 1}", "entity_type": entity_type, "start": i, "end": i + 9,
                "fingerprint": fp(uri, scan_id, i), "score": 0.9, "recognizer": "TestRecognizer", "found_at": at,
                "action": "replace",
            })  # fmt: skip
    idx.append(obj_rows, find_rows)


@pytest.fixture
def idx(tmp_path: Path) -> FindingsIndex:
    """Two scans of two stores, a rescan that changes an object, and a deletion after the second scan.

    scan-1 (T0):      chat a.txt [BSN, BSN, PERSON], chat b.txt [EMAIL]; logs e.log [BSN, IP]; logs f.png []
    scan-2 (T0+1 d):  chat a.txt [BSN] (changed), chat c.txt [PERSON ×3]; logs g.log [MRZ, NL_ID_DOCUMENT]
    deletion (T0+2 d): chat b.txt
    """
    index = FindingsIndex(tmp_path / "index")
    append(
        index,
        "chat",
        "scan-1",
        T0,
        {"file:///chat/a.txt": ["NL_BSN", "NL_BSN", "PERSON"], "file:///chat/b.txt": ["EMAIL_ADDRESS"]},
    )
    append(
        index,
        "logs",
        "scan-1",
        T0 + timedelta(minutes=5),
        {"file:///logs/e.log": ["NL_BSN", "IP_ADDRESS"], "file:///logs/f.png": []},
    )
    append(
        index,
        "chat",
        "scan-2",
        T0 + timedelta(days=1),
        {"file:///chat/a.txt": ["NL_BSN"], "file:///chat/c.txt": ["PERSON", "PERSON", "PERSON"]},
    )
    append(
        index, "logs", "scan-2", T0 + timedelta(days=1, minutes=5), {"file:///logs/g.log": ["MRZ", "NL_ID_DOCUMENT"]}
    )
    index.mark_deleted("chat", "file:///chat/b.txt", "retention rule chat-2y", scan_id="delete-1")
    return index


def counts_of(rows: list[dict[str, Any]]) -> dict[tuple[str, str], tuple[int, int]]:
    return {(r["store"], r["entity_type"]): (r["findings"], r["objects"]) for r in rows}


def test_load_findings_current_state_types_and_dtypes(idx: FindingsIndex) -> None:
    df = analysis.load_findings(idx.path)
    # a.txt's latest scan holds 1 finding (3 before), b.txt is deleted, c.txt 3, e.log 2, g.log 2
    assert len(df) == 8
    assert sorted(df.groupby("object_uri", observed=True).size().items()) == [
        ("file:///chat/a.txt", 1),
        ("file:///chat/c.txt", 3),
        ("file:///logs/e.log", 2),
        ("file:///logs/g.log", 2),
    ]
    for column in ("entity_type", "store", "recognizer", "action", "scan_id"):
        assert isinstance(df[column].dtype, pd.CategoricalDtype), column
    assert str(df["found_at"].dtype) == "datetime64[us, UTC]"
    assert df["found_at"].min() == pd.Timestamp(T0 + timedelta(minutes=5))


def test_load_findings_filters(idx: FindingsIndex) -> None:
    chat = analysis.load_findings(idx.path, stores=["chat"], columns=["store", "object_uri", "entity_type"])
    assert list(chat.columns) == ["store", "object_uri", "entity_type"]
    assert set(chat["store"]) == {"chat"} and len(chat) == 4
    bsn = analysis.load_findings(idx, types=["NL_BSN"])
    assert sorted(bsn["object_uri"]) == ["file:///chat/a.txt", "file:///logs/e.log"]
    scan1 = analysis.load_findings(idx, scan_id="scan-1")  # what scan-1 wrote, superseded rows included
    assert len(scan1) == 6 and set(scan1["scan_id"]) == {"scan-1"}
    both = analysis.load_findings(idx, scan_id=["scan-1", "scan-2"], stores=["logs"])
    assert len(both) == 4
    recent = analysis.load_findings(idx, since=T0 + timedelta(hours=12))
    assert set(recent["scan_id"]) == {"scan-2"} and len(recent) == 6
    assert len(analysis.load_findings(idx, history=True)) == 12
    assert analysis.load_findings(idx, types=[]).empty
    assert analysis.load_findings(idx, stores=["nowhere"]).empty
    with pytest.raises(ValueError, match="unknown column"):
        analysis.load_findings(idx, columns=["value"])


def test_current_findings_equal_the_index_reader(idx: FindingsIndex) -> None:
    cols = ["store", "object_uri", "batch_id", "unit", "entity_type", "fingerprint"]
    ours = analysis.load_findings(idx, columns=cols)
    theirs = idx.findings(columns=cols).to_pandas()
    key = lambda frame: sorted(map(tuple, frame.astype(str).to_numpy().tolist()))  # noqa: E731
    assert key(ours) == key(theirs)


@pytest.mark.parametrize("compacted", [False, True])
def test_a_scans_findings_are_the_rows_it_wrote_whole(idx: FindingsIndex, compacted: bool) -> None:
    """load_findings(scan_id=…) takes object_sha256 from the scan's object rows: every column must still be the
    row's own, in appended and in compacted (fingerprint-sorted) files."""
    if compacted:
        idx.compact()
    ours = analysis.load_findings(idx, scan_id="scan-1", stores=["chat", "logs"])
    table = idx.findings(history=True)
    theirs = table.filter(pa.compute.equal(table["scan_id"], "scan-1")).to_pandas()
    key = lambda frame: sorted(map(tuple, frame.astype(str).to_numpy().tolist()))  # noqa: E731
    assert list(ours.columns) == list(theirs.columns) and len(ours) == 6
    assert key(ours) == key(theirs)
    assert ours["object_sha256"].notna().all()


def test_a_store_filter_never_opens_other_stores_files(idx: FindingsIndex) -> None:
    # Corrupt every file of "logs": a load of "chat" must still work, so those files were not read.
    for path in (idx.path / "findings" / "store=logs").glob("part-*.parquet"):
        path.write_bytes(b"not parquet")
    assert len(analysis.load_findings(idx.path, stores=["chat"])) == 4
    with pytest.raises(Exception, match="(?i)parquet|magic|invalid"):
        analysis.load_findings(idx.path, stores=["logs"])


def test_type_store_counts_is_the_same_from_every_input(idx: FindingsIndex) -> None:
    df = analysis.load_findings(idx)
    from_frame = analysis.type_store_counts(df)
    assert counts_of(from_frame) == {
        ("chat", "PERSON"): (3, 1),
        ("chat", "NL_BSN"): (1, 1),
        ("logs", "NL_BSN"): (1, 1),
        ("logs", "MRZ"): (1, 1),
        ("logs", "NL_ID_DOCUMENT"): (1, 1),
        ("logs", "IP_ADDRESS"): (1, 1),
    }
    # sorted by store, then canonical type order (PERSON before NL_BSN before MRZ …)
    assert [(r["store"], r["entity_type"]) for r in from_frame][:2] == [("chat", "PERSON"), ("chat", "NL_BSN")]
    table = pa.Table.from_pandas(df, preserve_index=False)
    rows = df[["store", "entity_type", "object_uri"]].astype(str).to_dict("records")
    via_view = analysis.read_view(idx, lambda view: analysis.type_store_counts(view.findings()))
    assert analysis.type_store_counts(table) == from_frame
    assert analysis.type_store_counts(rows) == from_frame
    assert via_view == from_frame
    assert analysis.type_store_counts([]) == []
    scan2 = analysis.scan_counts(idx.path, "scan-2")
    assert counts_of(scan2) == {("chat", "PERSON"): (3, 1), ("chat", "NL_BSN"): (1, 1),
                                ("logs", "MRZ"): (1, 1), ("logs", "NL_ID_DOCUMENT"): (1, 1)}  # fmt: skip


def test_objects_count_distinct_objects_not_findings() -> None:
    rows = [{"store": "s", "entity_type": "NL_BSN", "object_uri": u} for u in ["a", "a", "b", "a"]]
    assert analysis.type_store_counts(rows) == [{"store": "s", "entity_type": "NL_BSN", "findings": 4, "objects": 2}]


def test_count_matrix(idx: FindingsIndex) -> None:
    matrix = analysis.count_matrix(analysis.type_store_counts(analysis.load_findings(idx)))
    assert list(matrix.columns) == ["chat", "logs"]
    assert list(matrix.index) == ["PERSON", "NL_BSN", "MRZ", "NL_ID_DOCUMENT", "IP_ADDRESS"]
    assert matrix.loc["PERSON", "chat"] == 3 and matrix.loc["PERSON", "logs"] == 0
    assert matrix.to_numpy().sum() == 8


def test_top_objects_by_number_and_by_variety(idx: FindingsIndex) -> None:
    df = analysis.load_findings(idx)
    top = analysis.top_objects(df, n=2)
    assert list(top["object_uri"]) == ["file:///chat/c.txt", "file:///logs/e.log"]  # 3 findings; then 2 (2 kinds)
    assert top.iloc[0]["breakdown"] == [("PERSON", 3)] and top.iloc[0]["types"] == 1
    by_types = analysis.top_objects(df, n=3, by="types")
    assert list(by_types["object_uri"]) == ["file:///logs/e.log", "file:///logs/g.log", "file:///chat/c.txt"]
    assert by_types.iloc[0]["breakdown"] == [("NL_BSN", 1), ("IP_ADDRESS", 1)]


def test_special_identifiers_outside_allowed_stores(idx: FindingsIndex) -> None:
    config = AnalysisConfig(special_identifiers={"NL_BSN": ["chat"], "MRZ": [], "ID_COPY": ["id_*"]})
    df = analysis.load_findings(idx)
    objects = analysis.load_objects(idx)
    out = analysis.special_outside_allowed(df, config, objects)
    assert out.to_dict("records") == [
        {"store": "logs", "object_uri": "file:///logs/e.log", "entity_type": "NL_BSN", "findings": 1},
        {"store": "logs", "object_uri": "file:///logs/g.log", "entity_type": "MRZ", "findings": 1},
        {"store": "logs", "object_uri": "file:///logs/f.png", "entity_type": "ID_COPY", "findings": 0},
    ]
    assert analysis.special_outside_allowed(df, config, objects, limit=2).equals(out.head(2))
    per, total, listed = analysis.special_outside_counts(df, config, objects, limit=2)
    assert per.to_dict("records") == [
        {"entity_type": "NL_BSN", "store": "logs", "objects": 1, "findings": 1},
        {"entity_type": "MRZ", "store": "logs", "objects": 1, "findings": 1},
        {"entity_type": "ID_COPY", "store": "logs", "objects": 1, "findings": 0},
    ]
    assert total == 3 and listed.equals(out.head(2))
    both = AnalysisConfig(special_identifiers={"MRZ": [], "NL_ID_DOCUMENT": []})  # g.log holds both: one object
    assert analysis.special_outside_counts(df, both)[1] == 1
    # allowed everywhere (patterns), or not special: nothing listed
    relaxed = AnalysisConfig(special_identifiers={"NL_BSN": ["*"], "ID_COPY": ["logs"]})
    nothing = analysis.special_outside_allowed(df, relaxed, objects)
    assert nothing.empty and list(nothing.columns) == ["store", "object_uri", "entity_type", "findings"]
    assert analysis.special_outside_counts(df, relaxed, objects)[1] == 0


def test_scans_and_trend_over_rescans_and_deletions(idx: FindingsIndex) -> None:
    runs = analysis.scans(idx)
    assert list(runs["scan_id"]) == ["scan-1", "scan-2", "delete-1"]
    assert list(runs["kind"]) == ["scan", "scan", "deletion"]
    assert list(runs["objects"]) == [4, 3, 1] and list(runs["findings"]) == [6, 6, 0]
    assert analysis.latest_scan(idx) == "scan-2"
    assert analysis.latest_scan(idx, stores=["logs"]) == "scan-2"
    tr = analysis.trend(idx).set_index(["scan_id", "entity_type"])
    current = tr["current"].to_dict()
    found = tr["found"].to_dict()
    assert current[("scan-1", "NL_BSN")] == 3 and current[("scan-2", "NL_BSN")] == 2  # a.txt 2 → 1
    assert current[("scan-1", "EMAIL_ADDRESS")] == 1 and current[("delete-1", "EMAIL_ADDRESS")] == 0
    assert current[("scan-2", "PERSON")] == 3  # a.txt's PERSON gone, c.txt's three added
    assert found[("scan-2", "PERSON")] == 3 and found[("scan-1", "PERSON")] == 1
    assert found[("scan-2", "IP_ADDRESS")] == 0 and current[("scan-2", "IP_ADDRESS")] == 1  # e.log unchanged
    # the state after the last scan is the current index, by the one counting function
    last = tr.xs("delete-1")["current"]
    per_type: dict[str, int] = {}
    for row in analysis.type_store_counts(analysis.load_findings(idx)):
        per_type[row["entity_type"]] = per_type.get(row["entity_type"], 0) + row["findings"]
    assert {t: n for t, n in last.items() if n} == per_type
    chat_only = analysis.trend(idx, stores=["chat"], types=["NL_BSN"])
    assert set(chat_only["entity_type"]) == {"NL_BSN"} and list(chat_only["current"]) == [2, 1, 1]


def test_empty_index(tmp_path: Path) -> None:
    index = FindingsIndex(tmp_path / "empty")
    assert analysis.load_findings(index).empty
    assert analysis.scans(index).empty and analysis.trend(index).empty
    assert analysis.type_store_counts(analysis.load_findings(index)) == []
    assert analysis.latest_scan(index) is None
    with pytest.raises(FileNotFoundError, match="not a findings index"):
        analysis.load_findings(tmp_path / "missing")


def test_open_requests_with_due_dates(idx: FindingsIndex) -> None:
    register = RequestRegister.for_index(idx.path)
    late = register.add("access", {}, received=date(2026, 10, 1))  # due 2026-11-01
    soon = register.add("erasure", {}, received=date(2026, 10, 20))  # due 2026-11-20
    later = register.add("access", {}, received=date(2026, 11, 10))  # due 2026-12-10
    done = register.add("access", {}, received=date(2026, 10, 2))
    register.close(done.id)
    table = analysis.open_requests(idx.path, today=date(2026, 11, 15))
    assert list(table["id"]) == [late.id, soon.id, later.id]
    assert list(table["flag"]) == ["overdue", "due_soon", ""]
    assert list(table["days_left"]) == [-14, 5, 25]
    assert list(table["kind"]) == ["access", "erasure", "access"]
    assert analysis.open_requests(idx.path / "nothing-here").empty


def test_object_tokens_are_keyed_and_resolvable(idx: FindingsIndex) -> None:
    uri = "file:///logs/e.log"
    token = analysis.object_token(uri, KEY)
    assert token.startswith("obj-") and len(token) == 16 and "e.log" not in token
    assert analysis.object_token(uri, KEY) == token
    assert analysis.object_token(uri, b"another-key-0123456789abcdefghij") != token
    assert analysis.resolve_tokens(idx, [token, "obj-000000000000"], KEY) == {token: uri}


def test_analysis_config_is_validated_with_file_and_key(tmp_path: Path) -> None:
    shipped = load_analysis_config(Path(__file__).resolve().parent.parent / "afscherm" / "configs" / "analysis.yaml")
    assert "NL_BSN" in shipped.special_identifiers and shipped.hot_spots == 20
    bad = tmp_path / "analysis.yaml"
    bad.write_text("special_identifiers:\n  NL_BSNN: [hr]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"analysis\.yaml: key 'special_identifiers': unknown type 'NL_BSNN'"):
        load_analysis_config(bad)
    bad.write_text("special_identifiers:\n  NL_BSN: ['hr/../x']\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"key 'special_identifiers\.NL_BSN\.0'"):
        load_analysis_config(bad)
    bad.write_text("hot_spots: 0\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"key 'hot_spots'"):
        load_analysis_config(bad)
    bad.write_text("hotspots: 3\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"key 'hotspots'"):
        load_analysis_config(bad)


def test_index_versions_give_the_same_numbers_as_finding_rows(idx: FindingsIndex) -> None:
    def work(view: analysis.IndexView) -> tuple[Any, ...]:
        current = analysis._versions(view, None).current()
        return (analysis.type_store_counts(current), analysis.top_objects(current, 10),
                analysis.object_counts(current))  # fmt: skip

    counts, top, per_object = analysis.read_view(idx, work)
    rows = analysis.load_findings(idx)
    assert counts == analysis.type_store_counts(rows)
    pd.testing.assert_frame_equal(top, analysis.top_objects(rows, 10))
    from_rows = analysis.object_counts(rows).reset_index(drop=True)
    # the index knows types no current object holds any more (b.txt's e-mail address): all-zero columns
    from_index = per_object.reset_index(drop=True)
    assert (from_index.drop(columns=from_rows.columns) == 0).all().all()
    pd.testing.assert_frame_equal(from_index[from_rows.columns], from_rows, check_dtype=False)
