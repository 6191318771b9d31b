"""Dates of birth from field and record context (issue 12): keys and labels as machines, forms and OCR write
them, foreign date writings, and dates that share a record (SQL tuple, CSV row, comma list) with a person's
name or BSN. Expected spans come from ``str.index`` on the literal texts.
"""

from __future__ import annotations

import datetime as dt

import pytest

from afscherm.detectors.analyzer import analyze_text
from afscherm.detectors.date_of_birth import DateOfBirthRecognizer, birth_dates_in_records
from afscherm.detectors.findings import Finding

DOB = DateOfBirthRecognizer()


def dobs(text: str) -> list[str]:
    return [text[f.start : f.end] for f in DOB.find(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('{"user": {"birth_date": "1999-12-01"}}', "1999-12-01"),
        ("kyc.check birth_date=1985-07-30 result=pass", "1985-07-30"),
        ('{"dateOfBirth": "1990-01-02"}', "1990-01-02"),
        ("user.date_of_birth: 02/03/1971", "02/03/1971"),
        ("Geboortedaturn 21 JUL 1976", "21 JUL 1976"),  # OCR: rn for m
        ("Geb0ortedatum: 12-03-1985", "12-03-1985"),  # OCR: 0 for o
        ("Geboortedatum\n01 02 2001", "01 02 2001"),  # ID-card OCR: spaces, label on the line above
        ("Date of birth: March 4, 1990", "March 4, 1990"),
        ("Né le 12 mars 1979 à Lille", "12 mars 1979"),
        ("Geburtsdatum: 3. Mai 1985", "3. Mai 1985"),
        ("dob\t1968/04/09", "1968/04/09"),
    ],
)
def test_birth_labels_and_writings(text: str, value: str) -> None:
    assert dobs(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        '{"created_at": "1999-12-01"}',  # a date under another key
        "Date of delivery: March 4, 1990",
        "geboortedatum 01 13 2001",  # month 13
        "bestelling 12 03 2024 verzonden",  # spaced digits without a label
    ],
)
def test_dates_without_birth_context(text: str) -> None:
    assert dobs(text) == []


def person(text: str, name: str) -> Finding:
    start = text.index(name)
    return Finding(start, start + len(name), "PERSON", 0.9, "test")


def bsn(text: str, number: str) -> Finding:
    start = text.index(number)
    return Finding(start, start + len(number), "NL_BSN", 0.9, "test")


def added(text: str, findings: list[Finding]) -> list[str]:
    found = birth_dates_in_records(text, None, findings)
    return [text[f.start : f.end] for f in found if f.entity_type == "DATE_OF_BIRTH"]


def test_date_in_an_sql_tuple_with_a_name() -> None:
    text = "INSERT INTO patient VALUES (4411, 'Greet Kuipers', '1949-08-16', '0612345678');"
    assert added(text, [person(text, "Greet Kuipers")]) == ["1949-08-16"]
    assert added(text, []) == []  # no holder in the record: just a date


def test_sql_column_list_names_the_date() -> None:
    text = "INSERT INTO k (naam, aangemaakt) VALUES ('Eva de Wit', '2001-05-04');"
    assert added(text, [person(text, "Eva de Wit")]) == []  # the column says it is a creation date
    text = "INSERT INTO k (naam, gebdatum) VALUES ('Eva de Wit', '2001-05-04');"
    assert added(text, [person(text, "Eva de Wit")]) == ["2001-05-04"]


def test_csv_rows_under_a_birth_header() -> None:
    text = (
        "naam;bsn;geboren;plaats\n"
        "Sven Hoekstra;107246387;03-11-1979;Leeuwarden\n"
        "N. Idrissi;238976270;19-06-1994;Tilburg"
    )
    assert added(text, [bsn(text, "107246387"), bsn(text, "238976270")]) == ["03-11-1979", "19-06-1994"]


def test_csv_column_of_another_date_is_left_alone() -> None:
    text = "naam,besteldatum,product\nSven Hoekstra,03-11-1979,fiets"
    assert added(text, [person(text, "Sven Hoekstra")]) == []


def test_recent_dates_and_prose_are_no_birth_dates() -> None:
    text = f"Eva de Wit, {dt.date.today().year - 3}-05-04, Zwolle"
    assert added(text, [person(text, "Eva de Wit")]) == []  # too recent to be the holder's birth date
    text = "Eva de Wit belde op 1981-03-14 over haar pakket."  # no record: one sentence
    assert added(text, [person(text, "Eva de Wit")]) == []


def test_comma_list_of_own_details() -> None:
    text = "mijn gegevens: Eva de Wit, 1981-03-14, Zwolle"
    assert added(text, [person(text, "Eva de Wit")]) == ["1981-03-14"]


def test_the_analyzer_runs_the_record_rule() -> None:
    text = '"Yara Hendriks","970662841","1996-02-29","Breda"'
    found = {(text[f.start : f.end], f.entity_type) for f in analyze_text(text)}
    assert ("1996-02-29", "DATE_OF_BIRTH") in found
    assert ("970662841", "NL_BSN") in found
