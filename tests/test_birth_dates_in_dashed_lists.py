"""Dates of birth in a person's record (issue 12): a list's row written with dashes between spaces ("Miranda Smulders
- Boxtel - 07-08-1981", en and em dashes too) is a record as a comma-separated one is: a date in it far enough back is
the named person's birth date. A date's own dashes, a hyphenated place, a recent date or a row without a person are
no such record. Cases written for these tests, all fictitious."""

from __future__ import annotations

from tests.birth_record_helpers import in_records


def test_name_place_and_date_between_spaced_dashes() -> None:
    text = "Anja: reünielijst klas van 1998:\nAnja: Miranda Smulders - Boxtel - 07-08-1981"
    assert in_records(text, ["Miranda Smulders"]) == ["07-08-1981"]
    text = "Yvonne (nu Van Grinsven) - Sint-Michielsgestel - 02-12-1981"
    assert in_records(text, ["Yvonne"]) == ["02-12-1981"]


def test_en_and_em_dashes_and_month_names() -> None:
    text = "Ledenlijst\n1. Kees van Dam \u2013 Zwolle \u2013 3 maart 1975\n"
    text += "2. Anouk Bos \u2014 Deventer \u2014 14-11-1990"
    assert in_records(text, ["Kees van Dam", "Anouk Bos"]) == ["3 maart 1975", "14-11-1990"]


def test_no_record_without_two_spaced_dashes_or_a_person() -> None:
    # one spaced dash only (a date's and a place's hyphens do not count)
    assert in_records("Miranda Smulders uit Sint-Michielsgestel - 07-08-1981 verhuisd", ["Miranda Smulders"]) == []
    # the same row with no person in it
    assert in_records("Bestelling - Boxtel - 07-08-1981", []) == []


def test_a_recent_date_in_a_dashed_row_is_no_birth_date() -> None:
    assert in_records("Miranda Smulders - Boxtel - 07-08-2024", ["Miranda Smulders"]) == []
