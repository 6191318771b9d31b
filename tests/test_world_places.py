"""Cities of the world in lower case after a place cue (issue 12, tuning_43): a chat names where its writer or a
relative was born, lives or comes from, and no hand-written list holds every town of origin. The world's list
(``data/places/places_world.txt``, from GeoNames) holds no word, first name or family name, and is no evidence against
a person's name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from afscherm.detectors.analyzer import analyze_text
from afscherm.detectors.place_names import (
    PlaceNameRecognizer,
    abroad_only_places,
    build_world_places,
    world_only_places,
)


def _found(text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze_text(text) if f.entity_type == entity]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("wij zijn verhuisd vanuit bydgoszcz", "bydgoszcz"),
        ("hij komt oorspronkelijk uit kisumu", "kisumu"),
        ("ze is geboren in chernivtsi", "chernivtsi"),
    ],
)
def test_a_city_abroad_in_lower_case_after_a_place_cue(text: str, place: str) -> None:
    assert place in _found(text, "LOCATION")


def test_a_city_of_the_world_named_like_a_person_stays_a_person() -> None:
    # "Artëm" (Artyom) is a town of 100,000; "artem" a boy.
    assert "artem" in world_only_places()
    assert "artem" in _found("goedenavond, ik ben de moeder van artem, hij wil graag op judo", "PERSON")


def test_the_world_s_cities_are_read_only_after_a_cue() -> None:
    assert world_only_places() <= abroad_only_places()
    # (a club, a paper or a firm is named after a city as often: "Racing Santander"; the NER model may still read it)
    text = "Kisumu speelde gisteren gelijk tegen de thuisploeg, daarna trainde het in kisumu."
    assert [text[f.start : f.end] for f in PlaceNameRecognizer().find(text)] == ["kisumu"]


def test_the_list_leaves_out_words_names_dutch_places_and_small_towns(tmp_path: Path) -> None:
    cities = {
        "1": {"name": "Qingdao", "countrycode": "CN"},
        "2": {"name": "Keren", "countrycode": "ER"},  # "keren": a Dutch word
        "3": {"name": "Bath", "countrycode": "GB"},  # an English word
        "4": {"name": "Santos", "countrycode": "BR"},  # a family name
        "5": {"name": "Maria", "countrycode": "PH"},  # a first name
        "6": {"name": "Glanerbrug", "countrycode": "NL"},  # the BAG's and the districts' business
        "7": {"name": "Paramaribo", "countrycode": "SR"},  # already in places_abroad.txt
        "8": {"name": "Ube", "countrycode": "JP"},  # under four letters
    }
    source = tmp_path / "cities15000.json"
    source.write_text(json.dumps(cities), encoding="utf-8")
    dutch, english = tmp_path / "dutch", tmp_path / "english"
    dutch.write_text("keren\nKeren\nhuis\n", encoding="utf-8")
    english.write_text("bath\nQingdao\n", encoding="utf-8")  # capitalised: a name in the list, no word
    target = tmp_path / "places_world.txt"
    assert build_world_places(source, dutch, english, target) == 1
    assert [line for line in target.read_text(encoding="utf-8").splitlines() if not line.startswith("#")] == ["Qingdao"]


def test_a_capitalised_city_of_the_world_after_a_cue_a_firm_follows_is_left_to_the_model() -> None:
    # ("Carlton" is a town in Australia; here the television firm Granada wanted to buy: ned.testa's LOC F fell)
    assert [f for f in PlaceNameRecognizer().find("Granada overwoog een bod op Carlton uit te brengen")] == []
    assert [f for f in PlaceNameRecognizer().find("de spullen liggen nog op carlton, bij mijn oom")] != []
