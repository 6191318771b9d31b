"""Request register: Art. 12(3) deadlines, extension rules, flags, history, atomic fingerprint-only storage."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from afscherm.discovery.requests import RequestError, RequestRegister, add_months

FP_A = "a1" * 32
FP_B = "b2" * 32


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (date(2026, 1, 12), date(2026, 2, 12)),
        (date(2026, 1, 31), date(2026, 2, 28)),  # end of month clamped
        (date(2028, 1, 31), date(2028, 2, 29)),  # leap year
        (date(2026, 3, 31), date(2026, 4, 30)),
        (date(2026, 12, 15), date(2027, 1, 15)),  # over the year end
    ],
)
def test_due_one_calendar_month_later(tmp_path: Path, received: date, due: date) -> None:
    req = RequestRegister(tmp_path / "r.json").add("access", {"EMAIL_ADDRESS": [FP_A]}, received=received)
    assert date.fromisoformat(req.due) == due
    assert req.deadline == due


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 1, 1)), st.integers(0, 36))
def test_add_months_properties(day: date, n: int) -> None:
    later = add_months(day, n)
    assert (later.year * 12 + later.month) - (day.year * 12 + day.month) == n
    assert later.day == day.day or later.day < day.day and add_months(later, 0).day == later.day
    assert later >= day


def test_extension_two_more_months_once_within_first_month(tmp_path: Path) -> None:
    reg = RequestRegister(tmp_path / "r.json")
    req = reg.add("erasure", {"NL_BSN": [FP_A]}, received=date(2026, 1, 31))
    with pytest.raises(RequestError, match="Art. 12"):
        reg.extend(req.id, "busy", today=date(2026, 2, 1))
    extended = reg.extend(req.id, "complexity", today=date(2026, 2, 20))
    assert extended.extended_due == "2026-04-30"
    assert extended.deadline == date(2026, 4, 30)
    with pytest.raises(RequestError, match="already extended"):
        reg.extend(req.id, "complexity", today=date(2026, 2, 20))
    late = reg.add("access", {"NL_BSN": [FP_A]}, received=date(2026, 1, 1))
    with pytest.raises(RequestError, match="within it"):
        reg.extend(late.id, "number_of_requests", today=date(2026, 2, 2))
    events = [h["event"] for h in reg.get(req.id).history]
    assert events == ["registered", "extended"]


def test_flags_overdue_and_due_soon(tmp_path: Path) -> None:
    reg = RequestRegister(tmp_path / "r.json")
    overdue = reg.add("access", {"EMAIL_ADDRESS": [FP_A]}, received=date(2026, 1, 1))  # due 2026-02-01
    soon = reg.add("access", {"EMAIL_ADDRESS": [FP_B]}, received=date(2026, 1, 20))  # due 2026-02-20
    fine = reg.add("access", {"EMAIL_ADDRESS": [FP_B]}, received=date(2026, 2, 10))  # due 2026-03-10
    today = date(2026, 2, 14)
    flags = {r.id: r.flag(today) for r in reg.list(open_only=True)}
    assert flags == {overdue.id: "overdue", soon.id: "due_soon", fine.id: ""}
    assert overdue.flag(date(2026, 2, 1)) == "due_soon"  # the due day itself is still in time
    reg.close(overdue.id)
    assert overdue.id not in {r.id for r in reg.list(open_only=True)}
    assert reg.get(overdue.id).flag(today) == ""


def test_ids_unique_and_sequential(tmp_path: Path) -> None:
    reg = RequestRegister(tmp_path / "r.json")
    ids = [reg.add("access", {}, received=date(2026, 5, 1)).id for _ in range(3)]
    assert ids == ["AVG-2026-0001", "AVG-2026-0002", "AVG-2026-0003"]


def test_closed_requests_cannot_change(tmp_path: Path) -> None:
    reg = RequestRegister(tmp_path / "r.json")
    req = reg.add("access", {}, received=date(2026, 5, 1))
    reg.close(req.id, "withdrawn")
    with pytest.raises(RequestError, match="withdrawn"):
        reg.record(req.id, "exported")
    with pytest.raises(RequestError):
        reg.get("AVG-2026-9999")


def test_register_holds_fingerprints_never_plaintext(tmp_path: Path) -> None:
    reg = RequestRegister(tmp_path / "r.json")
    with pytest.raises(RequestError, match="fingerprints"):
        reg.add("access", {"EMAIL_ADDRESS": ["jan@example.com"]})
    req = reg.add("access", {"EMAIL_ADDRESS": [FP_A]}, received=date(2026, 5, 1))
    with pytest.raises(RequestError, match="identifier"):
        reg.close(req.id, note="mail van jan@example.com")
    with pytest.raises(RequestError, match="identifier"):
        reg.close(req.id, note="BSN 111222333")
    data = json.loads((tmp_path / "r.json").read_text())
    assert data["requests"][0]["subject"] == {"EMAIL_ADDRESS": [FP_A]}
    assert not list(tmp_path.glob(".*part*"))


def test_unknown_kind(tmp_path: Path) -> None:
    with pytest.raises(RequestError, match="kind"):
        RequestRegister(tmp_path / "r.json").add("delete-everything", {})
