"""Birthdays without a year (issue 12): a person by first name who "is toch van" a day and month ("pim is toch van 15
november?"), an adverb between as with a year; and the day put right in the next turn by whose it is ("nee die is van
15 oktober sufferd"), the sentence going on after it. Not a period ("van 3 juni tot 10 juni"), nor a thing. Cases
written for these tests, all fictitious."""

from __future__ import annotations

from tests.recognizer_helpers import births


def test_a_first_name_is_toch_van_a_day_and_its_correction() -> None:
    text = (
        "Noor: hebben jullie al ingeschreven voor het toernooi op 15 november?\n"
        "Rik: ja, ik en pim. pim is toch van 15 november? dan kan hij zijn verjaardag daar vieren\n"
        "Noor: nee die is van 15 oktober sufferd"
    )
    assert births(text) == ["15 november", "15 oktober"]


def test_other_adverbs_and_pronouns() -> None:
    assert births("sanne is echt van 3 mei, ik weet het zeker") == ["3 mei"]
    assert births("Rik: sanne is toch van 3 mei?\nNoor: nee, ze is van 3 juni haha") == ["3 mei", "3 juni"]


def test_periods_and_things_are_left_alone() -> None:
    assert births("de vakantie is toch van 3 mei tot 10 mei") == []
    assert births("het pakket is wel van 3 mei, niet van vandaag") == []
    assert births("Rik: sanne is toch van 3 mei?\nNoor: nee hij is van 3 juni tot 10 juni op vakantie") == ["3 mei"]
