"""Dates of birth in a person's record (issue 12): a date read out in words right after a person's name, as a call's
transcript writes it ("Mijn vrouw Esther, negen januari negentien zesentachtig."), is that person's birth date as a
written one is: far enough back. Cases written for these tests, all fictitious."""

from __future__ import annotations

from afscherm.detectors.date_of_birth import birth_dates_in_records
from afscherm.detectors.findings import Finding


def person(text: str, name: str) -> Finding:
    start = text.index(name)
    return Finding(start, start + len(name), "PERSON", 0.9, "test")


def in_records(text: str, names: list[str]) -> list[str]:
    found = birth_dates_in_records(text, None, [person(text, n) for n in names])
    return [text[f.start : f.end] for f in found if f.entity_type == "DATE_OF_BIRTH"]


def test_a_spoken_date_right_after_a_name() -> None:
    text = "Klant: Mijn vrouw Esther, negen januari negentien zesentachtig. En de kinderen komen ook."
    assert in_records(text, ["Esther"]) == ["negen januari negentien zesentachtig"]
    text = "Klant: mijn broer Kees, twaalf maart negentien negentig, woont in Zwolle"
    assert in_records(text, ["Kees"]) == ["twaalf maart negentien negentig"]


def test_recent_or_not_after_a_name() -> None:
    assert in_records("Klant: Kees, twaalf maart tweeduizend vijfentwintig komt hij langs", ["Kees"]) == []
    text = "Klant: Kees belde, en op twaalf maart negentien negentig was de verbouwing"
    assert in_records(text, ["Kees"]) == []
