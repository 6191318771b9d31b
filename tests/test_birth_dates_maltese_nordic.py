"""Birth dates of Maltese, Finnish, Estonian, Swedish and Sámi families (issue 12, tuning_166 and tuning_167): Maltese
"ta'" between the day and the month ("5 ta' Frar 1957"), the Northern Sámi months ("8. borgemánnu"), a Nordic
birthday on which someone turns an age ("mormor fyller 75 den 9 juli"); and an app's version inside a JSON value is no
date of birth, however near a name it stands ("app": "idcheck-kiosk 2.3.11")."""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.from_config(None)


def _births(analyzer: Analyzer, text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyzer.analyze([text])[0] if f.entity_type == "DATE_OF_BIRTH"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("geboortedatum: 5 ta' Frar 1957, twelid f'Għawdex", "5 ta' Frar 1957"),
        ("nanna twieldet 22 ta Settembru 1939 u għadha b'saħħitha", "22 ta Settembru 1939"),
        ("data tat-twelid 14 ta’ Marzu 1961", "14 ta’ Marzu 1961"),
        ("áddjá riegádanbeaivi lea 8. borgemánnu, son deavdá 80", "8. borgemánnu"),
        ("riegádan 3. cuoŋománnu 1968 Ohcejogas", "3. cuoŋománnu 1968"),
        ("mormor fyller 75 den 9 juli, vi åker till Jakobstad då", "9 juli"),
        ("farfar fyller 90 på 12 mars, alla kommer hem", "12 mars"),
    ],
)
def test_a_maltese_or_nordic_birth_date(analyzer: Analyzer, text: str, date: str) -> None:
    assert date in _births(analyzer, text)


def test_fyller_without_an_age_is_no_birthday(analyzer: Analyzer) -> None:
    # "fyller" before a day is a turning age only with an age's number ("we fill the tank on 9 July")
    assert _births(analyzer, "tanken fyller vi den 9 juli igen") == []


def test_an_apps_version_in_a_json_value_is_no_birth_date(analyzer: Analyzer) -> None:
    text = (
        '{"scan_id": "IDS-20260317-0093", "app": "idcheck-kiosk 2.3.11", "operator": "r.jansen@klus.nl",'
        ' "client": "Jan de Vries", "bsn": "111222333"}'
    )
    assert _births(analyzer, text) == []
    # the record's own birth date value stays one
    text = '{"client": "Jan de Vries", "bsn": "111222333", "dob": "02.03.1961"}'
    assert _births(analyzer, text) == ["02.03.1961"]


def test_a_headers_clock_written_with_a_dot_is_no_birthday(analyzer: Analyzer) -> None:
    text = (
        "[14.3.2026 21.09] Biret: giitu! syntymäaika 19.1.2001 ne tietää jo\n"
        "[14.3.2026 21.12] Ánde: buorre eahket! muistakaa et áddjá riegádanbeaivi lea 8. borgemánnu, son deavdá 80"
    )
    births = _births(analyzer, text)
    assert "19.1.2001" in births and "8. borgemánnu" in births
    assert "21.09" not in births and "21.12" not in births


def test_a_house_number_before_its_postcode_is_no_birthday(analyzer: Analyzer) -> None:
    # the message answering a question with a birth's word gives its day, not the address's number
    text = (
        "grete.saar · 22:10 pidin sünniaja panema: 03.05.2004 õige?\n"
        "kadri.lepik · 22:18 õige 👍 ja saada mulle pakk, mu ema aadress on nüüd Rüütli 8-3, 51007 Tartu"
    )
    births = _births(analyzer, text)
    assert "03.05.2004" in births and "8-3" not in births


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("u tinsiex li ħuk Roderick għandu birthday fl-14 ta' Marzu", "14 ta' Marzu"),
        ("Ċensu, tiftakar li għeluq sninek 27 ta' April? 38 sena!", "27 ta' April"),
        ("my birthday is 2 ta' Awwissu, no party this year", "2 ta' Awwissu"),
    ],
)
def test_a_maltese_birthday_without_its_year(analyzer: Analyzer, text: str, date: str) -> None:
    assert date in _births(analyzer, text)
