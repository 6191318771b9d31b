"""Another mention of a listed town a cue vouched for (place_names._other_mentions) is no place after a determiner:
"fietsen naar hoorn en dan een hoorn bij het strandje" (an ice-cream cone). Own sentences."""

from __future__ import annotations

from afscherm.detectors.place_names import PlaceNameRecognizer

REC = PlaceNameRecognizer()


def places(text: str) -> list[str]:
    return [text[f.start : f.end] for f in REC.find(text)]


def test_a_listed_town_after_a_determiner_is_a_thing() -> None:
    assert places("fietsen naar hoorn en dan een hoorn bij het strandje") == ["hoorn"]
    assert places("ik ga zo naar hoorn\nheb jij mijn hoorn nog?") == ["hoorn"]


def test_other_mentions_without_a_determiner_stay_places() -> None:
    assert places("we gaan naar hoorn. hoorn is mooi") == ["hoorn", "hoorn"]


def test_an_unlisted_stop_takes_its_article() -> None:
    # (a stop or a part of town a cue vouched for is named with an article as often: "bij de lammenschans")
    text = "de bus vanaf leiden cs of lammenschans\nbij de lammenschans is het sneller"
    assert places(text).count("lammenschans") == 2
