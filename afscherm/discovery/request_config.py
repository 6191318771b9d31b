"""``configs/processing.yaml`` (purposes, recipients, data categories) and ``configs/retention.yaml`` (terms,
holds, backups), validated on load; every error names the file and the key."""

from __future__ import annotations

import fnmatch
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, model_validator

from afscherm.detectors.config import ConfigError, config_dir, read_yaml
from afscherm.detectors.findings import ENTITY_TYPES
from afscherm.discovery.requests import add_months

_TERM = re.compile(r"(\d+)\s*([ymwd])")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# ---------------------------------------------------------------------------------------------- terms ---
class Term(_Strict):
    """A period written ``10y``, ``18m``, ``6w`` or ``60d`` (calendar years/months, end-of-month clamped)."""

    amount: int = Field(ge=0)
    unit: Literal["y", "m", "w", "d"]

    @classmethod
    def parse(cls, text: str) -> Term:
        m = _TERM.fullmatch(str(text).strip())
        if not m:
            raise ValueError(f"{text!r} is not a term like '2y', '18m', '6w' or '60d'")
        return cls(amount=int(m.group(1)), unit=m.group(2))  # type: ignore[arg-type]

    def after(self, start: date) -> date:
        if self.unit == "y":
            return add_months(start, 12 * self.amount)
        if self.unit == "m":
            return add_months(start, self.amount)
        return start + timedelta(days=self.amount * (7 if self.unit == "w" else 1))

    def before(self, end: date) -> date:
        """The earliest start whose term has ended by ``end`` (inverse of :meth:`after`, for cut-offs)."""
        if self.unit == "y":
            return add_months(end, -12 * self.amount)
        if self.unit == "m":
            return add_months(end, -self.amount)
        return end - timedelta(days=self.amount * (7 if self.unit == "w" else 1))

    def __str__(self) -> str:
        names = {"y": ("jaar", "jaar"), "m": ("maand", "maanden"), "w": ("week", "weken"), "d": ("dag", "dagen")}
        one, many = names[self.unit]
        return f"{self.amount} {one if self.amount == 1 else many}"


def _term(value: Any) -> Term:  # noqa: ANN401 - YAML value
    if isinstance(value, Term):
        return value
    return Term.model_validate(value) if isinstance(value, dict) else Term.parse(value)


class Match(_Strict):
    """Which objects: a store name and a key pattern (shell-style ``*``/``?``; ``*`` spans folders)."""

    store: str = "*"
    key: str = "*"

    def covers(self, store: str, key: str) -> bool:
        return fnmatch.fnmatchcase(store, self.store) and fnmatch.fnmatchcase(key, self.key)


def _entity_types(values: list[str]) -> list[str]:
    unknown = [v for v in values if v not in ENTITY_TYPES]
    if unknown:
        raise ValueError(f"unknown entity type(s) {', '.join(unknown)} (known: {', '.join(ENTITY_TYPES)})")
    return values


TermField = Annotated[Term, BeforeValidator(_term)]
EntityTypes = Annotated[list[str], Field(min_length=1), AfterValidator(_entity_types)]


# ------------------------------------------------------------------------------------------ retention ---
class AnchorField(_Strict):
    field: str = Field(min_length=1)  # a JSON key of the object (a SQL row's column): e.g. contract end date


class TypeTerm(_Strict):
    """Some types of a category kept longer: name and address on invoices for 10 years."""

    entity_types: EntityTypes
    keep: TermField
    basis: str = ""
    statutory: bool = False  # a legal duty to keep these types: holds against an erasure request


class Category(_Strict):
    description: str = ""
    match: list[Match] = Field(min_length=1)
    keep: TermField
    # Age counted from the object's modification time, or from a date field inside it (contract end).
    start: Literal["modified"] | AnchorField = "modified"
    basis: str = ""  # the law or reason, shown in plans and exports
    # A legal duty to keep (fiscal records): the term holds against erasure requests. Without it the term is a
    # maximum (delete after), and an erasure request is honoured at once.
    statutory: bool = False
    after_term: Literal["delete", "redact"] = "delete"
    keep_types: list[TypeTerm] = Field(default_factory=list)
    # How an erasure request treats objects of this category once no term holds them: delete the object,
    # redact only the subject's data in place, or decide per object (delete when it holds nobody else's data).
    on_erasure: Literal["delete", "redact", "auto"] = "auto"

    @model_validator(mode="after")
    def _longer_type_terms(self) -> Category:
        for i, tt in enumerate(self.keep_types):
            if tt.keep.after(date(2000, 1, 1)) < self.keep.after(date(2000, 1, 1)):
                raise ValueError(f"keep_types.{i}.keep ({tt.keep}) is shorter than the category's keep ({self.keep})")
        return self


class Hold(_Strict):
    """A legal hold: matching objects are kept whatever their term, until ``until`` (open-ended if null)."""

    match: list[Match] = Field(min_length=1)
    until: date | None = None
    reason: str = Field(min_length=1)

    def active(self, today: date) -> bool:
        return self.until is None or today <= self.until


class Backups(_Strict):
    keep: TermField
    stores: list[str] = Field(default_factory=list)


class RetentionConfig(_Strict):
    backups: Backups | None = None
    categories: dict[str, Category] = Field(default_factory=dict)
    holds: dict[str, Hold] = Field(default_factory=dict)

    def category_of(self, store: str, key: str) -> tuple[str, Category] | None:
        """The first category (in file order) whose match covers the object."""
        for name, cat in self.categories.items():
            if any(m.covers(store, key) for m in cat.match):
                return name, cat
        return None

    def holds_on(self, store: str, key: str, today: date) -> list[tuple[str, Hold]]:
        return [
            (name, h)
            for name, h in self.holds.items()
            if h.active(today) and any(m.covers(store, key) for m in h.match)
        ]


# ----------------------------------------------------------------------------------------- processing ---
class DataCategory(_Strict):
    label: str
    entity_types: EntityTypes


class Purpose(_Strict):
    label: str
    basis: str  # lawful basis, e.g. "art. 6 lid 1 sub b AVG (overeenkomst)"
    categories: list[str] = Field(min_length=1)


class Recipient(_Strict):
    label: str
    kind: Literal["processor", "third_party", "internal"] = "processor"
    categories: list[str] = Field(min_length=1)
    country: str = "NL"
    notify_on_erasure: bool = False
    # How a notification leaves: a JSON message in the outbox folder, or a webhook payload written to the
    # outbox for a delivery job to POST (the URL comes from an environment variable, never this file).
    delivery: Literal["outbox", "webhook"] = "outbox"
    webhook_url_env: str | None = None


class Controller(_Strict):
    name: str
    contact: str = ""  # the privacy desk's address (the company's, not a person's)


class ProcessingConfig(_Strict):
    controller: Controller
    data_categories: dict[str, DataCategory] = Field(min_length=1)
    purposes: dict[str, Purpose] = Field(default_factory=dict)
    recipients: dict[str, Recipient] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _known_categories(self) -> ProcessingConfig:
        known = set(self.data_categories)
        for section, items in (("purposes", self.purposes), ("recipients", self.recipients)):
            for name, item in items.items():
                for i, cat in enumerate(item.categories):
                    if cat not in known:
                        raise ValueError(f"{section}.{name}.categories.{i}: unknown data category {cat!r}")
        return self

    def category_of_type(self, entity_type: str) -> str | None:
        for name, cat in self.data_categories.items():
            if entity_type in cat.entity_types:
                return name
        return None


M = TypeVar("M", bound=BaseModel)


def _validate(model: type[M], path: Path) -> M:
    try:
        return model.model_validate(read_yaml(path))
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in err["loc"]) or "(top level)"
        msg = str(err["msg"]).removeprefix("Value error, ")
        raise ConfigError(f"{path}: key '{key}': {msg}") from exc


def load_retention(path: Path | None = None) -> RetentionConfig:
    return _validate(RetentionConfig, path or config_dir() / "retention.yaml")


def load_processing(path: Path | None = None) -> ProcessingConfig:
    return _validate(ProcessingConfig, path or config_dir() / "processing.yaml")
