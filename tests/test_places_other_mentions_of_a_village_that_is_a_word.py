"""Another mention of a listed village that is also a word (place_names._other_mentions), once a rule found it in lower
case: the village again only right after a town cue ("niet in monster bezorgen?? we wonen gewoon in monster,
choorstraat 12"). Own sentences; every address is made up."""

from __future__ import annotations

from afscherm.detectors.place_names import PlaceNameRecognizer

REC = PlaceNameRecognizer()


def spans(text: str) -> list[tuple[str, int]]:
    return [(text[f.start : f.end], f.start) for f in REC.find(text)]


def test_a_word_village_again_after_a_town_cue() -> None:
    text = "de bezorger komt niet in monster zei hij?? we wonen gewoon in monster, irisstraat 12"
    assert spans(text) == [("monster", 25), ("monster", 62)]


def test_the_word_elsewhere_stays_a_word() -> None:
    text = "we wonen gewoon in monster, irisstraat 12\nwat een monster van een taart, en het monster is op"
    assert [value for value, _ in spans(text)] == ["monster"]  # (with a determiner before it, or no cue)
    text = "naar kampen verhuisd, kampen is mooi. we kampen met stress"
    assert [value for value, _ in spans(text)] == ["kampen"]
