"""A date of birth said once is that date where the text says it again or puts it right (issue 12;
``repeats.repeated_birth_dates``): a parent correcting a school list, a caller correcting the year, an agent reading
the date back in digits. Other dates of the same story stay dates."""

from __future__ import annotations

from datetime import date

from afscherm.detectors import analyze
from afscherm.detectors.findings import Finding
from afscherm.detectors.repeats import BIRTH_DATE_REACH, repeated_birth_dates


def _dob(text: str, value: str) -> Finding:
    start = text.rindex(value)
    return Finding(start, start + len(value), "DATE_OF_BIRTH", 0.9, "DateOfBirthRecognizer")


def _added(text: str, known: str) -> list[str]:
    first = _dob(text, known)
    return [text[f.start : f.end] for f in repeated_birth_dates(text, None, [first]) if f is not first]


def test_a_corrected_day_and_month_in_the_same_year_is_the_birth_date() -> None:
    text = "ouder: zijn geboortedatum staat als 11-08-2014 in de app, moet 18-01-2014 zijn\nschool: ok wordt aangepast"
    assert _added(text, "11-08-2014") == ["18-01-2014"]


def test_a_corrected_year_and_a_read_back_in_another_writing_are_the_birth_date() -> None:
    text = (
        "Beller: ik ben van negen juni negentien vijfenzeventig.\n"
        "Agent: ik zie hier 09-06-1976 staan.\n"
        "Beller: dat is fout, echt 9 juni 1975."
    )
    assert _added(text, "negen juni negentien vijfenzeventig") == ["09-06-1976", "9 juni 1975"]


def test_other_dates_of_the_story_stay_dates() -> None:
    text = (
        "Beller: geboortedatum 30-05-1979.\n"
        "Agent: en sinds wanneer woont u daar?\n"
        "Beller: sinds 1 september 2011, en de polis loopt sinds 30-05-1999.\n"  # another day; 20 years off
        "Agent: en de geboortedatum van uw vader, 09-06-1957?"  # nor 1975's day, nor its year
    )
    assert _added(text, "30-05-1979") == []


def test_a_matching_date_too_far_away_is_left() -> None:
    text = "geboren 12-04-1988\n" + "bla " * (BIRTH_DATE_REACH // 4 + 5) + "\nbetaald op 03-07-1988"
    assert _added(text, "12-04-1988") == []
    near = "geboren 12-04-1988\nnee sorry, 03-07-1988"
    assert _added(near, "12-04-1988") == ["03-07-1988"]


def test_recent_dates_and_time_stamps_are_no_repeats() -> None:
    year = date.today().year - 1
    # a baby born last year: its birth leave and the chat's stamps of that day are no second birth date
    text = (
        f"[02-11-{year} 07:12] joost: ze is er! geboren 2 november {year}\n"
        f"[02-11-{year} 07:15] karin: gefeliciteerd!\n"
        f"verlof van 01-12-{year} t/m 28-02-{year + 1}"
    )
    assert _added(text, f"2 november {year}") == []
    old = "[14-03-1981 10:22] geboren 14-03-1981"  # a stamp, whatever its year
    assert _added(old, "14-03-1981") == []


def test_the_analyzer_finds_the_corrected_birth_date() -> None:
    text = "ouder: zijn geboortedatum staat als 11-08-2014 in de app, moet 18-01-2014 zijn\nschool: ok"
    found = {text[f.start : f.end] for f in analyze([text])[0] if f.entity_type == "DATE_OF_BIRTH"}
    assert found == {"11-08-2014", "18-01-2014"}
