"""Issue 12, places in chats: a traffic jam or an accident on the road says where a driver is (``in de file bij
Hoevelaken``, ``afslag na Voorthuizen``): the place after "file/ongeluk/afslag/afrit bij/voor/na/tussen" is read as
after a place cue, also a listed village that is a family name too or one typed in lower case. A person or a thing
after the same words is not (``file bij de kassa``, ``file bij Jansen de bakker``). The cases are written here, not
copied from any set; every name is made up."""

from __future__ import annotations

from tests.recognizer_helpers import places


def test_a_village_that_is_a_family_name_after_a_traffic_jam() -> None:
    assert "Hoevelaken" in places("Sta nog in de file bij Hoevelaken, ben er om half 10")


def test_a_village_that_is_a_family_name_after_an_exit() -> None:
    assert "Voorthuizen" in places("neem de afslag na Voorthuizen en dan links")


def test_a_village_that_is_a_family_name_after_an_accident() -> None:
    assert "Scherpenzeel" in places("ongeluk bij Scherpenzeel, ik ben later")


def test_a_queue_at_a_till_is_no_place() -> None:
    assert places("de file bij de kassa was lang vandaag") == []


def test_a_surname_after_a_traffic_jam_is_no_place() -> None:
    assert "Jansen" not in places("weer file bij Jansen de bakker om de hoek")
