"""Rules of the forty-ninth session (issue 12) from misses on the blind tuning set tuning_108; names, places and
numbers here are made up and none is in the sets.
"""

from __future__ import annotations

from afscherm.detectors.analyzer import analyze_text


def found(text: str, entity_type: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze_text(text) if f.entity_type == entity_type]


def test_village_after_a_thing_it_has_and_van() -> None:
    # a harbour, a jetty, a library, a beach of a village: the village after "van", in lower case too
    assert found("de boot ligt in het haventje van numansdorp, kom je?", "LOCATION") == ["numansdorp"]
    assert found("afspraak bij de veersteiger van moerdijk om 7", "LOCATION") == ["moerdijk"]
    assert found("Het spreekuur is in de bieb van Zuid-Beijerland.", "LOCATION") == ["Zuid-Beijerland"]


def test_van_after_a_thing_before_a_person_or_a_word_is_no_place() -> None:
    # a surname after "van" (a person's church, a firm's harbour) and a word that is also a village stay as they were
    assert found("de kerk van jan van dijk is dicht", "LOCATION") == []
    assert found("het strand van goede hoop", "LOCATION") == []


def test_a_dates_day_after_a_name_is_no_house_number() -> None:
    # "<name> 6 feb 2012": the number opens a date, not a house number after a surname with a street's ending
    text = "[02-05-26 14:12] noor.w: Lotte Westerhof 6 feb 2012 en mn zusje 19-02-2015"
    assert "Lotte Westerhof" in found(text, "PERSON")
    assert "6 feb 2012" in found(text, "DATE_OF_BIRTH")
    assert found("Sem Groenendijk 14 maart 2011 en Noor 3 mei 2015", "LOCATION") == []
    # a street and its number before a month without a year stays a street
    assert "Kerkstraat 6" in found("ik woon op de Kerkstraat 6 sinds mei", "LOCATION")
