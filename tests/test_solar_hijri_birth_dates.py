"""Issue 12, birth dates in the Solar Hijri count: a tazkira or an Iranian passport gives the date year first
("1367/09/15"), and a register's column copies it beside the Gregorian one (tuning_121). Such a date, its year a
birth year in that count, is read in it; where the context makes a date a birth date, this one is.
A year-first date of those years elsewhere (a charter's, a building's) stays no birth date."""

from __future__ import annotations

from datetime import date

from afscherm.detectors import analyze
from afscherm.detectors.date_of_birth import _solar_hijri


def _births(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze([text])[0] if f.entity_type == "DATE_OF_BIRTH"]


def test_solar_hijri_dates_are_read_in_their_calendar() -> None:
    # (1 Farvardin is Nowruz, 21 March; 15 Azar 1367 is 6 December 1988; Mehr has 30 days)
    assert _solar_hijri(1362, 1, 1) == date(1983, 3, 21)
    assert _solar_hijri(1367, 9, 15) == date(1988, 12, 6)
    assert _solar_hijri(1362, 7, 31) is None


def test_a_solar_hijri_column_beside_the_gregorian_one_holds_birth_dates() -> None:
    text = (
        "dossier;achternaam;voornaam;geb_datum;geb_shamsi;bsn\n"
        "AZ-1120;Noori;Farida;1984-06-09;1363-03-19;246810972\n"
        "AZ-1121;Rahimi;Jawid;1979-12-25;1358-10-04;118266581"
    )
    births = _births(text)
    assert "1363-03-19" in births
    assert "1358-10-04" in births


def test_a_medieval_year_first_date_is_no_birth_date() -> None:
    assert _births("Het stadsrecht van Zwolle is bevestigd op 1370-05-01, zegt het archief.") == []
