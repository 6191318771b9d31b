"""Dates of birth (issue 12): a date its own line labels as another date (an ID copy's issue date under
the birth date's line) is no birth date. Cases written for these tests, all fictitious."""

from __future__ import annotations

from tests.recognizer_helpers import births


def test_an_issue_date_on_its_own_line_under_the_birth_date_is_no_birth_date() -> None:
    text = (
        "Achternaam: VERHOEF\nGeboortedatum: 09 MRT/MAR 1972   Geboorteplaats: ZWOLLE\n"
        "Datum afgifte: 14 06 2019   Autoriteit: Burg. v. Kampen"
    )
    assert births(text) == ["09 MRT/MAR 1972"]


def test_a_birth_date_under_its_label_or_beside_an_expiry_stays() -> None:
    assert births("Geboortedatum:\n09-03-1972") == ["09-03-1972"]
    assert births("Geboortedatum: 09-03-1972, geldig tot 01-01-2031") == ["09-03-1972"]
