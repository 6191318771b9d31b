"""Erasure and retention plans: holds, statutory terms, type terms, backups, outbox messages."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from afscherm.discovery.erasure import (
    backup_report,
    only_subject_findings,
    plan_erasure,
    plan_object,
    verify,
    write_notifications,
)
from afscherm.discovery.request_config import RetentionConfig, load_processing, load_retention
from afscherm.discovery.retention import apply_retention, plan_retention
from afscherm.discovery.subject import Location, ObjectMatch, SubjectResult

CONFIGS = Path(__file__).resolve().parent.parent / "afscherm" / "configs"
FP = "a" * 64
TODAY = date(2026, 6, 1)


def _retention(**holds: dict) -> RetentionConfig:
    cfg = load_retention(CONFIGS / "retention.yaml").model_dump()
    cfg["holds"] = holds
    return RetentionConfig.model_validate(cfg)


def _match(uri: str, modified: datetime, *types: str) -> ObjectMatch:
    locs = [Location("text", t, i, i + 1, None, FP) for i, t in enumerate(types or ("EMAIL_ADDRESS",))]
    return ObjectMatch("sample", uri, "0" * 64, "redacted", "strong", locs, modified)


def _dt(y: int, m: int = 1, d: int = 1) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


def test_invoice_within_seven_years_kept_with_rule_and_end() -> None:
    item = plan_object(
        _match("u", _dt(2024), "PERSON", "IBAN_CODE"),
        key="invoices/invoice-0001.txt",
        retention=_retention(),
        today=TODAY,
        only_subject=True,
    )
    assert item.action == "keep" and item.rule == "invoices" and item.until == "2031-01-01"
    assert "52 AWR" in item.basis


def test_old_invoice_name_and_address_stay_ten_years() -> None:
    item = plan_object(
        _match("u", _dt(2018), "PERSON", "LOCATION", "IBAN_CODE"),
        key="invoices/i.txt",
        retention=_retention(),
        today=TODAY,
        only_subject=True,
    )
    assert item.action == "redact" and item.held_types == ["LOCATION", "PERSON"] and item.until == "2028-01-01"
    only_name = plan_object(
        _match("u", _dt(2018), "PERSON"), key="invoices/i.txt", retention=_retention(), today=TODAY, only_subject=True
    )
    assert only_name.action == "keep" and only_name.held_types == ["PERSON"]
    very_old = plan_object(
        _match("u", _dt(2015), "PERSON", "IBAN_CODE"),
        key="invoices/i.txt",
        retention=_retention(),
        today=TODAY,
        only_subject=True,
    )
    assert very_old.action == "redact" and very_old.held_types == []  # on_erasure: redact


def test_contact_term_is_a_maximum_not_a_hold() -> None:
    mine = plan_object(
        _match("u", _dt(2026, 5), "EMAIL_ADDRESS"),
        key="chats/c.txt",
        retention=_retention(),
        today=TODAY,
        only_subject=True,
    )
    shared = plan_object(
        _match("u", _dt(2026, 5), "EMAIL_ADDRESS"),
        key="chats/c.txt",
        retention=_retention(),
        today=TODAY,
        only_subject=False,
    )
    assert (mine.action, shared.action) == ("delete", "redact")
    form = plan_object(
        _match("u", _dt(2026, 5)), key="contact/f.json", retention=_retention(), today=TODAY, only_subject=False
    )
    assert form.action == "delete"  # on_erasure: delete


def test_legal_hold_wins() -> None:
    cfg = _retention(claim={"match": [{"key": "chats/*"}], "until": "2027-12-31", "reason": "lopende procedure"})
    item = plan_object(_match("u", _dt(2026, 5)), key="chats/c.txt", retention=cfg, today=TODAY, only_subject=True)
    assert (item.action, item.rule, item.until) == ("keep", "claim", "2027-12-31")
    expired = plan_object(
        _match("u", _dt(2026, 5)), key="chats/c.txt", retention=cfg, today=date(2028, 1, 1), only_subject=True
    )
    assert expired.action == "delete"


def test_missing_object_and_plan_summary() -> None:
    result = SubjectResult(
        {"EMAIL_ADDRESS": [FP]}, [_match("a", _dt(2026, 5)), _match("b", _dt(2026, 5))], [], [], False
    )
    plan = plan_erasure(
        result,
        retention=_retention(),
        keys={"a": "chats/a.txt", "b": None},
        only_subject={"a": True},
        today=TODAY,
        request_id="AVG-2026-0001",
    )
    assert [i.action for i in plan.items] == ["delete", "missing"]
    assert plan.summary()["delete"] == 1 and plan.summary()["missing"] == 1


def test_only_subject_and_verify() -> None:
    rows = [
        {"object_uri": "a", "fingerprint": FP},
        {"object_uri": "b", "fingerprint": FP},
        {"object_uri": "b", "fingerprint": "b" * 64},
    ]
    assert only_subject_findings(rows, {FP}) == {"a": True, "b": False}
    item = plan_object(
        _match("b", _dt(2026, 5)), key="chats/b.txt", retention=_retention(), today=TODAY, only_subject=False
    )
    assert verify(item, [{"fingerprint": "b" * 64, "entity_type": "PERSON"}], {FP}).verified is True
    assert verify(item, [{"fingerprint": FP, "entity_type": "EMAIL_ADDRESS"}], {FP}).verified is False
    assert item.remaining == 1
    gone = plan_object(
        _match("a", _dt(2026, 5)), key="chats/a.txt", retention=_retention(), today=TODAY, only_subject=True
    )
    assert verify(gone, None, {FP}).verified is True


def test_outbox_messages_hold_no_plaintext(tmp_path: Path) -> None:
    processing = load_processing(CONFIGS / "processing.yaml")
    paths = write_notifications(
        tmp_path / "outbox",
        request_id="AVG-2026-0001",
        processing=processing,
        subject={"EMAIL_ADDRESS": [FP]},
        erased_types=["EMAIL_ADDRESS"],
        sealed_identifiers=["<ENC:EMAIL_ADDRESS:1234abcd:xyz>"],
    )
    assert [p.name for p in paths] == ["newsletter_processor.json"]
    msg = json.loads(paths[0].read_text())
    assert msg["request_id"] == "AVG-2026-0001" and msg["fingerprints"] == {"EMAIL_ADDRESS": [FP]}
    assert msg["categories"] == ["contact"] and msg["status"] == "pending"
    both = write_notifications(
        tmp_path / "outbox",
        request_id="AVG-2026-0002",
        processing=processing,
        subject={"EMAIL_ADDRESS": [FP], "IBAN_CODE": [FP]},
        erased_types=[],
    )
    assert sorted(p.name for p in both) == ["newsletter_processor.json", "payment_provider.json"]


@dataclass
class Obj:
    store: str
    key: str
    uri: str
    modified: datetime | None


def test_retention_plan() -> None:
    cfg = _retention(claim={"match": [{"key": "invoices/held.txt"}], "until": None, "reason": "procedure"})
    objects = [
        Obj("s", "chats/old.txt", "u1", _dt(2024, 5, 31)),  # 2 y ended 2026-05-31
        Obj("s", "chats/new.txt", "u2", _dt(2025, 1, 1)),
        Obj("s", "invoices/a.txt", "u3", _dt(2018, 1, 1)),  # past 7 y, within 10 y
        Obj("s", "invoices/b.txt", "u4", _dt(2015, 1, 1)),  # past 10 y
        Obj("s", "invoices/held.txt", "u5", _dt(2015, 1, 1)),
        Obj("s", "contracts/c1.json", "u6", _dt(2026, 1, 1)),
        Obj("s", "contracts/c2.json", "u7", _dt(2026, 1, 1)),
        Obj("s", "error_reports/e.txt", "u8", _dt(2000, 1, 1)),
        Obj("backups", "nightly-1.tar", "u9", _dt(2026, 3, 1)),
        Obj("backups", "nightly-2.tar", "u10", _dt(2026, 5, 1)),
    ]
    anchors = {"u6": "2022-05-01", "u7": None}
    plan = plan_retention(cfg, objects, today=TODAY, anchors=anchors)
    got = {i.key: (i.action, i.keep_types) for i in plan.items}
    assert got == {
        "chats/old.txt": ("delete", []),
        "invoices/a.txt": ("redact", ["LOCATION", "PERSON"]),
        "invoices/b.txt": ("delete", []),
        "invoices/held.txt": ("keep", []),
        "contracts/c1.json": ("delete", []),
        "nightly-1.tar": ("delete", []),
    }
    held = next(i for i in plan.items if i.action == "keep")
    assert (held.hold, held.would, held.hold_until) == ("claim", "delete", None)
    assert plan.no_category == 1 and plan.missing_anchor == 1 and plan.checked == 10


def test_apply_retention_deletes_redacts_and_keeps() -> None:
    cfg = _retention(claim={"match": [{"key": "chats/held.txt"}], "reason": "procedure"})
    objects = [
        Obj("s", "chats/a.txt", "u1", _dt(2020)),
        Obj("s", "chats/held.txt", "u2", _dt(2020)),
        Obj("s", "invoices/x.txt", "u3", _dt(2018)),
    ]

    class FakeStore:
        name = "s"
        deleted: list[str] = []

        def delete(self, key: str) -> None:
            self.deleted.append(key)

    class FakeIndex:
        calls: list[tuple] = []

        def drop_findings(self, store: str, uris: list[str]) -> None:
            self.calls.append(("drop", store, tuple(uris)))

        def mark_deleted(self, store: str, uri: str, reason: str) -> None:
            self.calls.append(("mark", store, uri, reason))

    redacted = []
    store, index = FakeStore(), FakeIndex()
    plan = apply_retention(
        plan_retention(cfg, objects, today=TODAY),
        stores={"s": store},
        redact=lambda item: redacted.append(item.key),
        index=index,
    )
    assert store.deleted == ["chats/a.txt"] and redacted == ["invoices/x.txt"]
    assert ("mark", "s", "u1", "retention:customer_contact") in index.calls
    assert [i.done for i in plan.items] == [True, False, True]


def test_backup_report() -> None:
    listing = [Obj("backups", "b1", "u1", _dt(2026, 3, 1)), Obj("backups", "b2", "u2", _dt(2026, 5, 20))]
    report = backup_report(_retention(), listing, erased_at=datetime(2026, 6, 1, tzinfo=UTC))
    assert [(r["expires"], r["overdue"]) for r in report] == [("2026-04-30", True), ("2026-07-19", False)]
