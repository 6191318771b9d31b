"""Dates of birth in a person's record (issue 12): a date read out in words right after a person's name, as a call's
transcript writes it ("Mijn vrouw Esther, negen januari negentien zesentachtig."), is that person's birth date as a
written one is: far enough back. Cases written for these tests, all fictitious."""

from __future__ import annotations

from tests.birth_record_helpers import in_records


def test_a_spoken_date_right_after_a_name() -> None:
    text = "Klant: Mijn vrouw Esther, negen januari negentien zesentachtig. En de kinderen komen ook."
    assert in_records(text, ["Esther"]) == ["negen januari negentien zesentachtig"]
    text = "Klant: mijn broer Kees, twaalf maart negentien negentig, woont in Zwolle"
    assert in_records(text, ["Kees"]) == ["twaalf maart negentien negentig"]


def test_recent_or_not_after_a_name() -> None:
    assert in_records("Klant: Kees, twaalf maart tweeduizend vijfentwintig komt hij langs", ["Kees"]) == []
    text = "Klant: Kees belde, en op twaalf maart negentien negentig was de verbouwing"
    assert in_records(text, ["Kees"]) == []
