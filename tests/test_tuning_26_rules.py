"""Issue 12, general rules for the chat misses of the hand-written tuning sets (retired_1..5, tuning_11..26): a street
named after a person in lower case with the first name written apart after its article (``bij de marie curieweg``,
``op de anne frankstraat 12``). The cases are written here, not copied from the sets."""

from __future__ import annotations

from afscherm.detectors.findings import Finding
from afscherm.detectors.location import LocationRecognizer


def spans(findings: list[Finding], text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in findings if f.entity_type == entity]


def locations(text: str) -> list[str]:
    return spans(LocationRecognizer().find(text), text, "LOCATION")


# --- a street named after a person, its first name apart, in lower case ---------------------------------------------


def test_a_lower_case_street_named_after_a_person_takes_its_first_name() -> None:
    # without a number: the road word after a first name and an article (the surname part a word too: steen)
    assert locations("de lekkage zit ergens onder de jan steenstraat") == ["jan steenstraat"]
    assert locations("parkeer maar bij de marie curieweg") == ["marie curieweg"]
    # with a number: the first name is the street's too, not left out
    assert locations("pakketje moet naar de anne frankstraat 17") == ["anne frankstraat 17"]


def test_a_first_name_without_an_article_or_a_kind_of_road_is_left_alone() -> None:
    # a person's name takes no article: here the name is a person's and the street starts after it
    assert locations("stuur sanne kerkstraat 4 even door") == ["kerkstraat 4"]
    # no first name before the road word: a kind of road
    assert locations("we namen de rondweg, sneller") == []
    # a first name before a word of another kind (a school named after a person)
    assert locations("ze zit op de anne frankschool") == []
