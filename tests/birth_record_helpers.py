"""Shared by the tests of ``date_of_birth.birth_dates_in_records``: dates a record rule finds beside named persons."""

from __future__ import annotations

from afscherm.detectors.date_of_birth import birth_dates_in_records
from afscherm.detectors.findings import Finding


def person(text: str, name: str) -> Finding:
    """A PERSON finding over the first ``name`` in ``text``, as the name rules would give it."""
    start = text.index(name)
    return Finding(start, start + len(name), "PERSON", 0.9, "test")


def in_records(text: str, names: list[str]) -> list[str]:
    """The dates of birth ``birth_dates_in_records`` finds in ``text`` with ``names`` found as persons."""
    found = birth_dates_in_records(text, None, [person(text, n) for n in names])
    return [text[f.start : f.end] for f in found if f.entity_type == "DATE_OF_BIRTH"]
