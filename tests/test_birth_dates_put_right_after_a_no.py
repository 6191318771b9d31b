"""Dates of birth (issue 12): a birth date offered for confirmation and put right in the next turn after a no
("Nee, 19 januari.", "haha nee, dertien maart."), the reply's sentence ending with a full stop and more after it;
the right date written whole right after it too; a birth date asked of the one spoken to ("jij bent toch van ...").
Cases written for these tests, all fictitious."""

from __future__ import annotations

from tests.recognizer_helpers import births


def test_a_day_and_month_after_a_no_and_the_whole_date_after_it() -> None:
    text = (
        "[11-05-2025 10:02] Ineke: Voor de verzekering: opa is toch van 4 maart 1939?\n"
        "[11-05-2025 10:09] Wouter: Nee, 14 maart. 14-03-1939 staat op zijn pasje"
    )
    assert births(text) == ["4 maart 1939", "14 maart", "14-03-1939"]


def test_a_spoken_date_asked_of_the_one_spoken_to_and_put_right() -> None:
    text = (
        "bram: jij bent toch van negen mei negentien eenennegentig? dat weet ik zeker\n"
        "lies: haha nee, tien mei. ik check even"
    )
    assert births(text) == ["negen mei negentien eenennegentig", "tien mei"]


def test_a_date_that_goes_on_or_another_day_and_month_is_left_alone() -> None:
    offered = "Ineke: opa is toch van 4 maart 1939?\n"
    assert births(offered + "Wouter: nee, 4 maart komt de monteur") == ["4 maart 1939"]
    assert births(offered + "Wouter: nee, 9 juni. dan is de afspraak") == ["4 maart 1939"]  # shares neither
    assert births("je bent van 3 mei 2024 tot 10 mei op vakantie") == []  # a period
