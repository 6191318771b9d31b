"""Birth dates in a conversation about someone's birth (issue 12): a line that names a birth or a birthday opens it,
and for a few lines a date in an answer's place is a birth date in any writing - said of a person ("bas is 3 juni
volgens mij", "opa was van 2 mei"), or, after a line that asks, opening a turn ("Karin: 14-7-58", "ik! 9 maart").
Not a date an event's word goes with, a time stamp, nor one too many lines on. Cases written for these tests, all
fictitious."""

from __future__ import annotations

from tests.recognizer_helpers import births


def test_a_turn_opening_with_the_date_answers_the_question() -> None:
    # a request for everyone's birth date answered in many writings, in a chat export's header format
    text = (
        "5/3/26, 10:02 - Joke: Voor de bustrip wil de touroperator van iedereen de geboortedatum\n"
        "5/3/26, 10:05 - Karin: 14-7-58 \U0001f44d\n"
        "5/3/26, 10:07 - Ad: 3 januari 1949 dan\n"
        "5/3/26, 10:09 - Wim: ik en Truus: 22/10/1950 en 1/2/1952\n"
    )
    assert births(text) == ["14-7-58", "3 januari 1949", "22/10/1950", "1/2/1952"]
    # a question who has a birthday, answered after a yes, an "ik!" and a month
    text = "**tim**: wie is er jarig in maart, we doen een quiz\n**sara**: ik! 9 maart\n**jop**: nee april, 2 apr"
    assert births(text) == ["9 maart", "2 apr"]


def test_a_date_said_of_a_person_some_turns_later() -> None:
    text = (
        "anna: weet jij wanneer bas jarig is?\n"
        "lies: geen idee\n"
        "anna: jammer\n"
        "lies: oh wacht, bas is 3 juni volgens mij\n"
    )
    assert births(text) == ["3 juni"]
    text = "ria: mies is geboren 2 mei 1940 te ede, klopt dat?\nkees: opa was van 4 mei hoor, niet 2"
    assert births(text) == ["2 mei 1940", "4 mei"]
    text = "jan: ze vroegen de geboortedatum voor het jaarboek\nfleur: die van Sanne is juist 12 mei 1988"
    assert births(text) == ["12 mei 1988"]


def test_two_answers_on_one_line() -> None:
    text = "oma: is lotte nu op de vijfde jarig of op de zesde?\nmam: 6 mei oma! 5 mei is sanne"
    assert births(text) == ["6 mei", "5 mei"]


def test_event_dates_in_the_conversation_are_left_alone() -> None:
    text = (
        "piet: wanneer is henk jarig?\n"
        "els: 9 oktober\n"
        "piet: en jullie zijn 12 mei 25 jaar getrouwd toch?\n"
        "els: ja, tot 1 juni zijn we weg\n"
        "piet: 3 juni de afspraak bij de notaris dan\n"
    )
    assert births(text) == ["9 oktober"]
    text = (
        "klant: mijn geboortedatum heeft u, wanneer kan ik komen?\nbalie: 3 december om 10 uur?\n"
        "klant: 3 december is goed"
    )
    assert births(text) == []


def test_time_stamps_and_lines_too_far_on_are_left_alone() -> None:
    text = "5/3/26, 10:02 - Joke: wie weet de geboortedatum van oma?\n5/3/26, 10:05 - Karin: weet ik niet"
    assert births(text) == []
    lines = ["anna: wanneer is bas jarig?"] + [f"lies: regel {n}" for n in range(6)] + ["lies: bas is 3 juni"]
    assert births("\n".join(lines)) == []


def test_recent_dates_and_another_question_end_it() -> None:
    asked = "agent: wat is uw geboortedatum?\n"
    assert births(asked + "klant: 4-5-1980\nagent: en de levering?\nklant: 23-10-2025") == ["4-5-1980"]
    assert births(asked + "klant: even kijken\nklant: 23-10-2024 denk ik") == []  # recent: a grown-up's is older
    # a child's however recent (past), and "en de vader?" asks on about a person
    text = (
        "juf: ik heb de geboortedatum van de kinderen nodig\nmam: 3-3-2021 en 9/8/2023\n"
        "juf: en de vader?\nmam: 2-2-1985"
    )
    assert births(text) == ["3-3-2021", "9/8/2023", "2-2-1985"]


def test_a_forms_other_date_field_is_left_alone() -> None:
    text = "Naam kind: Mees Bos     Geboortedatum kind: 02-02-2024\nHandtekening: J. Bos   Datum: 12-03-2024"
    assert births(text) == ["02-02-2024"]


def test_read_out_in_words_or_digit_by_digit() -> None:
    # a call: the date said digit by digit, then in words, then read back
    text = (
        "Agent: Mag ik uw geboortedatum?\n"
        "Beller: Drie, één, nul, vijf, zes, twee. Dus eenendertig mei tweeënzestig.\n"
        "Agent: 31 mei 1962, dank u. En uw postcode?\n"
    )
    assert births(text) == ["Drie, één, nul, vijf, zes, twee", "eenendertig mei tweeënzestig", "31 mei 1962"]
    text = (
        "Agent: uw geboortedatum graag\nKlant: nul vier, nul negen, acht zeven\nAgent: Vier september zevenentachtig."
    )
    assert births(text) == ["nul vier, nul negen, acht zeven", "Vier september zevenentachtig"]
    # a pause in "die is van ..." and the answer of a little brother's date, however recent
    text = "Bank: En de geboortedatum van uw man?\nKlant: Henk... die is van... zes juni vijftig."
    assert births(text) == ["zes juni vijftig"]
    text = "tim: wat is de geboortedatum van je broertje?\nsem: bram, twee twee tweeduizend negentien"
    assert births(text) == ["twee twee tweeduizend negentien"]


def test_numbers_said_that_are_no_date_are_left_alone() -> None:
    text = "Agent: uw geboortedatum?\nKlant: een twee drie vier vijf zes zeven acht\nKlant: dat is mijn pincode haha"
    assert births(text) == []
    text = "Agent: mag ik uw geboortedatum?\nKlant: 3-4-1970. En uw polisnummer? Twee twee nul vier nul drie"
    assert births(text) == ["3-4-1970"]


def test_a_date_registered_or_filled_in() -> None:
    text = "An: ze vroegen bij de bieb om je geboortedatum\nBo: ik heb 3 okt 1979 ingevuld\n"
    text += "Bo: en die van Mia staat op 5-6"
    assert births(text) == ["3 okt 1979", "5-6"]
    text = "Agent: En uw geboortedatum?\nKlant: 14 juni 1966.\nAgent: Ik zie hier 14-06-1969 staan, dat pas ik aan."
    assert births(text) == ["14 juni 1966", "14-06-1969"]
    # an age reached asks for the day too ("net vier geworden? wanneer ook alweer")
    assert births("a: is de tweeling nu vier geworden? wanneer ook alweer\nb: 9 juli, om 3 uur 's nachts") == ["9 juli"]


def test_things_registered_are_left_alone() -> None:
    text = "An: ze vroegen om je geboortedatum\nBo: de afspraak staat op 3 okt\nBo: ik heb 4 mei vrij"
    assert births(text) == []


def test_a_question_within_the_conversation_is_answered_too() -> None:
    # the birth announced, then asked for its date a turn later: a newborn's, however recent
    text = (
        "tom: hij is er!! daan is geboren om 03:40, 3650 gram\n"
        "opa: gefeliciteerd! welke datum komt op het geboortekaartje\n"
        "tom: 1 december 2026 natuurlijk haha, gisteren dus\n"
    )
    assert births(text) == ["1 december 2026"]
    # an appointment asked within it is no birth date's question
    text = "ik: wanneer is oma jarig?\njij: 3 mei\nik: en wanneer kan de monteur komen?\njij: 6 mei om 9 uur"
    assert births(text) == ["3 mei"]
