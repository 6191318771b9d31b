"""Issue 12, general rules for the misses of the hand-written tuning set of chats tuning_23: a role written with a
capital before a speaker's name (``Medewerker Jolanda:``); a day of one to nineteen written as a word before a
month's name and a year in digits after a birth cue (``geboren op vier april 1941``). The cases are written here,
not copied from the set."""

from __future__ import annotations

from afscherm.detectors.date_of_birth import DateOfBirthRecognizer
from afscherm.detectors.findings import Finding
from afscherm.detectors.person_name import PersonNameRecognizer


def spans(findings: list[Finding], text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in findings if f.entity_type == entity]


# --- a capitalised role before a speaker's name ------------------------------------------------------------------

CALL = "Klant: ik wil opzeggen\nMedewerker Annemiek: Dat kan. Uw klantnummer?\nKlant: 88123\nDocent Sanne: hoi\n"


def test_a_capitalised_role_before_a_listed_name_leaves_the_name() -> None:
    found = spans(PersonNameRecognizer().find(CALL), CALL, "PERSON")
    assert "Annemiek" in found
    assert "Sanne" in found
    assert not any("Medewerker" in f or "Docent" in f for f in found)


def test_a_role_before_a_word_is_no_name() -> None:
    text = "Medewerker Klantenservice: goedemiddag\nMedewerker: wat kan ik doen?\n"
    assert spans(PersonNameRecognizer().find(text), text, "PERSON") == []


# --- a day in a word, a month's name and a year in digits ---------------------------------------------------------


def test_a_day_in_a_word_before_a_month_and_a_year_after_born_is_a_birth_date() -> None:
    text = "Mijn vader is geboren op zeven maart 1952 in Tiel."
    assert spans(DateOfBirthRecognizer().find(text), text, "DATE_OF_BIRTH") == ["zeven maart 1952"]


def test_a_meeting_on_such_a_date_is_no_birth_date() -> None:
    text = "De ledenvergadering is op zeven maart 2027 in het dorpshuis."
    assert spans(DateOfBirthRecognizer().find(text), text, "DATE_OF_BIRTH") == []
