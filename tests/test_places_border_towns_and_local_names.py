"""Places the lists now hold: the German border region's smaller towns (places_be_de.txt) and more local writings of
Dutch towns (local_names_nl.tsv: Limburgish names, a town's short name without where it lies). Own sentences."""

from __future__ import annotations

import pytest

from afscherm.detectors.place_names import PlaceNameRecognizer, local_names, lookup, normalise

REC = PlaceNameRecognizer()


def places(text: str) -> list[str]:
    return [text[f.start : f.end] for f in REC.find(text)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("we vliegen vanaf weeze naar faro", "weeze"),
        ("tanken doen we altijd in Kranenburg", "Kranenburg"),
        ("met de krokus skiën in winterberg", "winterberg"),
        ("hij werkt in Bad Bentheim bij een fabriek", "Bad Bentheim"),
        ("kom jij ook naar de vastelaovend in Zitterd?", "Zitterd"),
        ("ze woont in venroj sinds de zomer", "venroj"),
        ("feestje bij hem thuis in capelle, neem wat mee", "capelle"),
        ("we zijn verhuisd naar Krimpen", "Krimpen"),
    ],
)
def test_a_border_town_or_a_local_writing_after_a_cue(text: str, place: str) -> None:
    assert place in places(text)


def test_local_writings_map_to_their_bag_names() -> None:
    assert local_names()["Zitterd"] == "Sittard"
    assert local_names()["Capelle"] == "Capelle aan den IJssel"
    assert lookup("Zöstere") is not None and normalise("Zöstere") == "zostere"


@pytest.mark.parametrize(
    "text",
    [
        "mevrouw Capelle belt terug",  # a family name after a title
        "de bruggen in Düsseldorf",  # "Brüggen" is left out: a Dutch word folded
        "hoe lang duren de lessen",  # "Düren" too
    ],
)
def test_a_name_or_a_word_is_no_new_place(text: str) -> None:
    assert not any(v.lower() in ("capelle", "bruggen", "duren") for v in places(text))
