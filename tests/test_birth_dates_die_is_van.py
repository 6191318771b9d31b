"""Dates of birth (issue 12): "die is van <date>" said of the one asked about ("Uw partner staat ook op de polis?" /
"Ja, die is van 28 februari 1989"), as "die is <date>" already was: in a text about birth dates, the clause ending
after the date, the date long past. Cases written for these tests, all fictitious."""

from __future__ import annotations

from tests.recognizer_helpers import births


def test_die_is_van_a_spoken_date() -> None:
    text = (
        "Medewerker: Mag ik uw geboortedatum?\nKlant: nul zeven, nul drie, negen een.\n"
        "Medewerker: Uw partner staat ook op de polis, Erik?\n"
        "Klant: Ja, die is van achtentwintig februari negentienhonderd negenentachtig."
    )
    # (the answer read out digit by digit is one too: the conversation's rule, test_birth_dates_in_birth_talk.py)
    assert births(text) == ["nul zeven, nul drie, negen een", "achtentwintig februari negentienhonderd negenentachtig"]


def test_hij_is_van_a_written_date_then_a_remark() -> None:
    text = "Agent: wat is de geboortedatum van uw man?\nAgent: even afronden.\nKlant: oh hij is van 4-9-1971 denk ik"
    assert births(text) == ["4-9-1971"]


def test_recent_or_going_on_is_left_alone() -> None:
    base = "Klant: mijn geboortedatum weet ik niet uit mijn hoofd.\nAgent: geen probleem. En de brief?\n"
    # a recent date: a thing's date more often than a birth
    assert births(base + "Klant: die is van 3 maart 2024.") == []
    # the clause goes on ("... in de kast gelegd"): no date of a person
    assert births(base + "Klant: die is van 3 maart 1980 in de kast gelegd") == []
    assert births(base + "Klant: die is van 3 maart 1980.") == ["3 maart 1980"]  # (the rule, for contrast)
