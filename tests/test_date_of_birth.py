"""DateOfBirthRecognizer: real dates, reported only right after a birth label; the span is the date."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from afscherm.detectors.date_of_birth import DateOfBirthRecognizer

RECOGNIZER = DateOfBirthRecognizer()


def spans(text: str) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in RECOGNIZER.find(text)]


def at(text: str, literal: str) -> list[tuple[int, int]]:
    start = text.index(literal)
    return [(start, start + len(literal))]


POSITIVES = [
    ("geboren op 12-03-1985 te Utrecht", "12-03-1985"),
    ("Geboortedatum: 12-3-1985", "12-3-1985"),
    ("geb. 12/3/85.", "12/3/85"),
    ("geb: 12.03.1985", "12.03.1985"),
    ("Zij is geboren op 12 maart 1985 in Delft.", "12 maart 1985"),
    ("geb 12 mrt 1985", "12 mrt 1985"),
    ("geboren 12 mrt. 1985", "12 mrt. 1985"),
    ("Jan is geboren op 1 januari 2001.", "1 januari 2001"),
    ("DOB: 1985-03-12", "1985-03-12"),
    ("Date of birth 12 MAR 1985", "12 MAR 1985"),
    ("Geboortedatum 12 MAA 1985", "12 MAA 1985"),
    ("Geboortedatum / Date of birth\n12 MAA/MAR 1985", "12 MAA/MAR 1985"),
    ("Geboortedatum / Date of birth  Geboorteplaats / Place of birth\n12 MRT/MAR 1985  AMSTERDAM", "12 MRT/MAR 1985"),
    ("Naam: J. Jansen, geb. 29-02-2000", "29-02-2000"),
    ("d.o.b. 3 okt 1990", "3 okt 1990"),
    ("birth date 31.12.1999", "31.12.1999"),
]


@pytest.mark.parametrize(("text", "literal"), POSITIVES)
def test_dates_after_a_birth_label(text: str, literal: str) -> None:
    findings = RECOGNIZER.find(text)
    assert [(f.start, f.end) for f in findings] == at(text, literal)
    assert findings[0].entity_type == "DATE_OF_BIRTH"


NEGATIVES = [
    "Datum: 12-03-1985",
    "Factuurdatum 12 maart 1985",
    "Het gebouw is op 12-03-1985 geopend",
    "aangemeld op 1985-03-12",
    "geboren op 32 januari 1985",
    "geboren op 12 foo 1985",
    "geboren in 1985",
    "wordt geboren op 12 maart",  # a due date (a birth day and month without the year is a birth date)
    "geboren op 12-03-2985",  # in the future
    "geboren in Utrecht. Later verhuisd naar Amsterdam, daar gewerkt tot de zomer en toen op 12-03-1985 vertrokken",
    "geboren\n\n\n12-03-1985",  # label three lines up belongs to something else
    "versie 1.12.03.1985",
    "12-03-19856 geboren",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_other_dates_are_never_reported(text: str) -> None:
    assert RECOGNIZER.find(text) == []


def test_a_label_reaches_only_the_first_date_after_it() -> None:
    text = "geboren op 1-2-1980, overleden op 3-4-2020"
    assert spans(text) == at(text, "1-2-1980")


def test_two_people_two_birth_dates() -> None:
    text = "Piet, geboren 1-2-1980; Marie, geboren 3-4-1982"
    assert spans(text) == at(text, "1-2-1980") + at(text, "3-4-1982")


# -- properties: any real date in any writing, with and without a label ---------------------------

MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
             "november", "december"]  # fmt: skip
MONTHS_ABBR = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
MONTHS_CARD = ["JAN", "FEB", "MAA", "APR", "MEI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEC"]


def render(d: date, style: int) -> str:
    return [
        f"{d.day:02d}-{d.month:02d}-{d.year}",
        f"{d.day}-{d.month}-{d.year}",
        f"{d.day}/{d.month}/{d.year % 100:02d}",
        f"{d.day:02d}.{d.month:02d}.{d.year}",
        f"{d.day} {MONTHS_NL[d.month - 1]} {d.year}",
        f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year}",
        f"{d.day:02d} {MONTHS_CARD[d.month - 1]} {d.year}",
        d.isoformat(),
    ][style]


birth_dates = st.dates(min_value=date(1930, 1, 1), max_value=date(2020, 12, 31))
labels = st.sampled_from(["geboren op ", "Geboortedatum: ", "geb. ", "DOB ", "Date of birth / Geboortedatum\n"])


@settings(max_examples=200, deadline=None)
@given(birth_dates, st.integers(min_value=0, max_value=7), labels)
def test_any_date_after_a_label_is_found(d: date, style: int, label: str) -> None:
    written = render(d, style)
    text = f"Klant {label}{written}, woont in Utrecht."
    assert spans(text) == at(text, written)


@settings(max_examples=200, deadline=None)
@given(birth_dates, st.integers(min_value=0, max_value=7))
def test_any_date_without_a_label_is_not_found(d: date, style: int) -> None:
    assert RECOGNIZER.find(f"Afspraak op {render(d, style)} om 10 uur.") == []


def test_a_version_number_after_birth_context_is_not_a_date() -> None:
    text = "Geboren op 3.9.1985.\nDe app geeft een foutmelding, versie 3.9.16"
    assert [text[f.start : f.end] for f in DateOfBirthRecognizer().find(text)] == ["3.9.1985"]
