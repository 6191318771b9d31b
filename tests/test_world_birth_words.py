"""Dates of birth said in other languages' words for "born", "birthday" and "date of birth" (issue 12, tuning_93 and
earlier blind sets: Romanian "data nașterii", Macedonian "роден", Uzbek "tug'ilgan kun", Estonian "sünniaeg"), read from
a lexicon of the world's birth words (``data/lexicons/birth_words_world.tsv``). Written with names and places no
gold set holds."""

from __future__ import annotations

import pytest

from afscherm.detectors.date_of_birth import DateOfBirthRecognizer

DOB = DateOfBirthRecognizer()


def _dates(text: str) -> list[str]:
    return [text[f.start : f.end] for f in DOB.find(text)]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("[09:14] Mirela Ungureanu\nbuna ziua. data nașterii 3 aprilie 1979, Bălți.", "3 aprilie 1979"),
        ("07-02-2026 18:40 - Teodor: мојот брат е роден 2 октомври 1985 во Струга", "2 октомври 1985"),
        ("Jasur · 4 mrt. 09:12: tug'ilgan kun 05.06.1990 edi", "05.06.1990"),
        ("[11:02] Kertu: ema sünniaeg 21.09.1958, palun lisa", "21.09.1958"),
        ("Eriona: vëllai im ka lindur më 03.11.2001 në Durrës", "03.11.2001"),
        # (Cebuano, added after tuning_97)
        ("[10:02] Rhodalyn: natawo ko 21 Agosto 1990 sa Danao", "21 Agosto 1990"),
    ],
)
def test_a_date_after_a_birth_word_of_another_language_is_a_date_of_birth(text: str, date: str) -> None:
    assert date in _dates(text)


def test_a_birthday_word_before_this_years_date_names_the_party() -> None:
    # (a birthday word names the day it is kept, as "verjaardag" does; a birth word before an old date still counts)
    text = "Arbër: ditëlindja e gjyshes sivjet bie më 14.02.2026, ajo ka lindur më 14.02.1941"
    assert _dates(text) == ["14.02.1941"]


def test_a_message_headers_date_and_clock_are_no_date_of_birth() -> None:
    # Telegram's copy heads each message "name, [date time]"; a forum's "name · date. time: message"
    text = (
        "Darya Kovalchuk, [14.03.2026 20:14]\nмам, дата народження для страховки?\nМама, [14.03.2026 20:31]\n12.04.1961"
    )
    assert _dates(text) == ["12.04.1961"]
    text = "Ivana Perić · 14.03.2026. 20:14: datum rođenja je 26.07.1983.\nMarko Perić · 14.03.2026. 20:15: hvala"
    assert _dates(text) == ["26.07.1983"]


def test_a_birth_dates_day_and_month_said_again_beside_it() -> None:
    # in words, in brackets or after "dus", on its line, no year after it
    assert "9 augustus" in _dates("Data de nascimento 09/08/1988 (9 augustus, niet september!). Dank je")
    assert "21 maart" in _dates("geboortedatum 1979-03-21 (LT formaat, dus 21 maart). rijbewijs volgt")
    # another day, or the same day on another line, is none
    assert "10 augustus" not in _dates("Data de nascimento 09/08/1988 (10 augustus vertrek ik)")
    assert "9 augustus" not in _dates("geboortedatum 09/08/1988\n\n\nop 9 augustus is de borrel")
