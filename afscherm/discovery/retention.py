"""Retention: which stored objects are past their term (``configs/retention.yaml``), what a hold keeps.

Plain functions over object listings; ``flows`` lists the stores, reads date fields when a category counts from
one (a contract's end), applies the plan through the stores and re-scans what it redacted.

Per object of a category, with ``anchor`` the modification date (or the date field):

- before ``anchor + keep``: nothing to do (not in the plan);
- past ``keep`` but within a longer ``keep_types`` term: ``redact`` every finding except those types;
- past every term: the category's ``after_term`` (``delete``, default, or ``redact`` everything);
- a category counting from a date field whose value is empty (a contract still running): nothing to do;
- an active legal hold turns any action into ``keep``, reported with the hold's name, end and reason.

Backups (stores named under ``backups.stores``) are deleted once older than ``backups.keep``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from typing import Any, Protocol

from afscherm.discovery.request_config import AnchorField, Category, RetentionConfig

DELETE, REDACT, KEEP = "delete", "redact", "keep"


class ListedObject(Protocol):
    """What a store listing gives (``flows.stores.ObjectInfo``)."""

    store: str
    key: str
    uri: str
    modified: datetime | None


@dataclass
class RetentionItem:
    store: str
    key: str
    uri: str
    category: str
    action: str  # delete | redact | keep
    basis: str
    anchor: str | None  # ISO date the term counts from
    term_ended: str | None  # ISO date the category's term ended
    keep_types: list[str] = field(default_factory=list)  # for redact: types that stay (a longer term)
    keep_types_until: str | None = None
    hold: str | None = None  # for keep: the hold's name
    hold_until: str | None = None
    hold_reason: str | None = None
    would: str | None = None  # for keep: what would have happened without the hold
    done: bool = False
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class RetentionPlan:
    today: str
    items: list[RetentionItem] = field(default_factory=list)
    checked: int = 0  # objects looked at
    no_category: int = 0  # objects no category covers (left alone)
    missing_anchor: int = 0  # objects whose date field is empty or unreadable (left alone)
    store_errors: list[str] = field(default_factory=list)  # stores that could not be listed

    def by_action(self, action: str) -> list[RetentionItem]:
        return [i for i in self.items if i.action == action]

    def summary(self) -> dict[str, int]:
        return {
            "checked": self.checked,
            "delete": len(self.by_action(DELETE)),
            "redact": len(self.by_action(REDACT)),
            "keep": len(self.by_action(KEEP)),
            "no_category": self.no_category,
            "missing_anchor": self.missing_anchor,
            "store_errors": len(self.store_errors),
        }


def as_date(value: Any) -> date | None:  # noqa: ANN401 - datetime, date, ISO text, None
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC).date()
    if isinstance(value, date):
        return value
    try:
        return datetime.fromisoformat(str(value)).date()
    except ValueError:
        return None


def needs_field(cfg: RetentionConfig, store: str, key: str) -> str | None:
    """The date field an object's term counts from, if its category names one (flows then reads the object)."""
    found = cfg.category_of(store, key)
    if found and isinstance(found[1].start, AnchorField):
        return found[1].start.field
    return None


def decide(cat: Category, anchor: date, today: date) -> tuple[str | None, date, list[str], date | None]:
    """(action or None, end of the category's term, types kept, end of the longest type term)."""
    end = cat.keep.after(anchor)
    if today < end:
        return None, end, [], None
    live = [(tt, tt.keep.after(anchor)) for tt in cat.keep_types]
    live = [(tt, until) for tt, until in live if today < until]
    if live:
        types = sorted({t for tt, _ in live for t in tt.entity_types})
        return REDACT, end, types, max(until for _, until in live)
    return cat.after_term, end, [], None


def plan_retention(
    cfg: RetentionConfig,
    objects: Iterable[ListedObject],
    *,
    today: date | None = None,
    anchors: Mapping[str, Any] | Callable[[ListedObject, str], Any] | None = None,
) -> RetentionPlan:
    """The retention plan for ``objects`` (streamed). ``anchors`` gives the date field's value of an object
    whose category counts from one: a mapping uri → value, or a function (object, field name) → value."""
    today = today or date.today()
    plan = RetentionPlan(today.isoformat())
    backup_stores = set(cfg.backups.stores) if cfg.backups else set()
    for obj in objects:
        plan.checked += 1
        if obj.store in backup_stores:
            item = _backup_item(cfg, obj, today)
        else:
            item = _object_item(cfg, obj, today, anchors, plan)
        if item is None:
            continue
        holds = cfg.holds_on(obj.store, obj.key, today)
        if holds:
            name, hold = holds[0]
            item.would, item.action = item.action, KEEP
            item.hold, item.hold_reason = name, hold.reason
            item.hold_until = hold.until.isoformat() if hold.until else None
        plan.items.append(item)
    return plan


def _backup_item(cfg: RetentionConfig, obj: ListedObject, today: date) -> RetentionItem | None:
    assert cfg.backups is not None
    made = as_date(obj.modified)
    if made is None or today < cfg.backups.keep.after(made):
        return None
    return RetentionItem(
        obj.store,
        obj.key,
        obj.uri,
        "backups",
        DELETE,
        f"back-ups {cfg.backups.keep} bewaard",
        made.isoformat(),
        cfg.backups.keep.after(made).isoformat(),
    )


def _object_item(
    cfg: RetentionConfig,
    obj: ListedObject,
    today: date,
    anchors: Any,
    plan: RetentionPlan,  # noqa: ANN401
) -> RetentionItem | None:
    found = cfg.category_of(obj.store, obj.key)
    if found is None:
        plan.no_category += 1
        return None
    name, cat = found
    if isinstance(cat.start, AnchorField):
        raw = anchors(obj, cat.start.field) if callable(anchors) else (anchors or {}).get(obj.uri)
        anchor = as_date(raw)
    else:
        anchor = as_date(obj.modified)
    if anchor is None:
        plan.missing_anchor += 1
        return None
    action, end, types, types_until = decide(cat, anchor, today)
    if action is None:
        return None
    return RetentionItem(
        obj.store,
        obj.key,
        obj.uri,
        name,
        action,
        cat.basis,
        anchor.isoformat(),
        end.isoformat(),
        types,
        types_until.isoformat() if types_until else None,
    )


class DeletingStore(Protocol):
    name: str

    def delete(self, key: str) -> None: ...


def apply_retention(
    plan: RetentionPlan,
    *,
    stores: Mapping[str, DeletingStore],
    redact: Callable[[RetentionItem], None],
    index: Any = None,  # noqa: ANN401 - discovery.index.FindingsIndex: deleted objects are marked there
) -> RetentionPlan:
    """Carry out ``plan``: deletes through the stores, redactions through ``redact`` (flows: re-read, redact all
    findings but ``keep_types``, write back, re-scan). Each item records ``done`` or its ``error``; one failure
    does not stop the others."""
    for item in plan.items:
        if item.action == KEEP:
            continue
        try:
            if item.action == DELETE:
                stores[item.store].delete(item.key)
                if index is not None:
                    mark_deleted(index, item.store, item.uri, f"retention:{item.category}")
            else:
                redact(item)
            item.done = True
        except Exception as exc:  # noqa: BLE001 - reported per item; the run goes on
            item.error = f"{type(exc).__name__}: {' '.join(str(exc).split())[:200]}"
    return plan


def mark_deleted(index: Any, store: str, uri: str, reason: str) -> None:  # noqa: ANN401
    """The index forgets a deleted object: its findings (fingerprints) dropped, the object marked deleted."""
    index.drop_findings(store, [uri])
    index.mark_deleted(store, uri, reason)
