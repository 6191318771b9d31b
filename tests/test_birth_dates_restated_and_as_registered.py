"""Dates of birth (issue 12): a birth date said again at once as a day and month ("Zeventien vijf zevenenvijftig.
Zeventien mei dus."), and the register's slip of it read out in the reply ("Ah, daar staat bij ons zeventien juli"),
sharing its day or month. Not another day and month, nor an appointment the register holds. Cases written for these
tests, all fictitious."""

from __future__ import annotations

from tests.recognizer_helpers import births


def test_restated_then_read_out_from_the_register() -> None:
    text = (
        "Agent: Dan heb ik uw geboortedatum nodig.\nKlant: Zeventien vijf zevenenvijftig. Zeventien mei dus.\n"
        "Agent: Ah, daar staat bij ons zeventien juli. Ik pas het aan."
    )
    assert births(text) == ["Zeventien vijf zevenenvijftig", "Zeventien mei", "zeventien juli"]


def test_other_writings() -> None:
    assert births("Agent: Uw geboortedatum?\nKlant: 12-03-1980. 12 maart dus.") == ["12-03-1980", "12 maart"]
    text = "Agent: Uw geboortedatum?\nKlant: 12-03-1980\nAgent: Ik heb hier 21 maart staan, ik pas het aan."
    assert births(text) == ["12-03-1980", "21 maart"]
    text = "Agent: Uw geboortedatum?\nKlant: 12-03-1980\nAgent: In het systeem stond 12 juni, dat klopt dus niet."
    assert births(text) == ["12-03-1980", "12 juni"]


def test_other_days_and_appointments_are_left_alone() -> None:
    text = "Agent: Uw geboortedatum?\nKlant: 12-03-1980\nAgent: Dank u. Ik heb hier een afspraak op 12 april staan."
    assert births(text) == ["12-03-1980"]
    assert births("Agent: Uw geboortedatum?\nKlant: 12-03-1980. 14 april dus.") == ["12-03-1980"]
    text = "Agent: Uw geboortedatum?\nKlant: 12-03-1980\nAgent: Ik zie hier 4 juli, is dat de levering?"
    assert births(text) == ["12-03-1980"]  # shares neither the day nor the month
