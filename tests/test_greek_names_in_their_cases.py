"""A Greek name in Greek letters in another case than the nominative the name lists hold (issue 12, tuning_141: Greek
and Cypriot families): the vocative or accusative without its -ς ("Μάκη, πλήρωσε", "ρε Βαγγέλη"), a feminine
name's genitive ("της γιαγιάς Φρόσως"), and ευ read "ef" before a voiceless consonant as the lists spell it
("Λευτέρη"); not a genitive in -ου, which a saint's feast and a month say as often. Names here are made up."""

from __future__ import annotations

import pytest

from tests.recognizer_helpers import found


@pytest.mark.parametrize(
    "text, name",
    [
        ("Τάκη, πλήρωσε σήμερα το τιμολόγιο", "Τάκη"),
        ("ρε Βαγγέλη σε ευχαριστώ πολύ", "Βαγγέλη"),
        ("στείλε φωτογραφίες του Λευτέρη από τη γιορτή", "Λευτέρη"),
        ("τα γενέθλια της γιαγιάς Ρούλας είναι αύριο", "Ρούλας"),
    ],
)
def test_a_greek_name_in_another_case(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


def test_a_saints_feast_and_a_month_in_the_genitive_are_no_names() -> None:
    assert found("γιορτάζει στις 21 Μαΐου (Κωνσταντίνου και Ελένης), και στις 27 Ιουλίου", "PERSON") == []
