"""Dates of birth (issue 12): a date answering a request for the birth date after a courtesy ("Geen probleem:
30-11-1996" under "... heb ik je geboortedatum nodig"), and the next one asked of someone else answered with whose
it is first ("en voor lisa?" / "die is van 17-11-'92"). Cases written for these tests, all fictitious."""

from __future__ import annotations

from tests.recognizer_helpers import births


def test_a_courtesy_before_the_date_that_answers_a_request() -> None:
    text = (
        "Vos, Anke 14:02\nVoor je pasje heb ik je geboortedatum nodig, de administratie mist hem\n"
        "Lammers, Tim 14:05\nTuurlijk: 07-02-1993. Kom ik morgen langs?"
    )
    assert births(text) == ["07-02-1993"]


def test_the_next_one_asked_and_answered_with_whose_it_is() -> None:
    text = "[09:12] pim: geb 5/6/88\n[09:13] oma: en voor noor?\n[09:14] pim: die is van 21-1-'91. tot zondag"
    assert births(text) == ["5/6/88", "21-1-'91"]


def test_a_courtesy_before_another_sentence_or_no_request_is_left_alone() -> None:
    asked = "Vos, Anke 14:02\nVoor je pasje heb ik je geboortedatum nodig\nLammers, Tim 14:05\n"
    assert births(asked + "Tuurlijk, de afspraak is 07-02-2025") == []
    assert births("Vos, Anke 14:02\nVoor je pasje heb ik een foto nodig\nLammers, Tim 14:05\nPrima: 07-02-1993") == []
