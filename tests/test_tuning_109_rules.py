"""Rules of the fiftieth session (issue 12) from misses on the blind tuning set tuning_109; names, places and numbers
here are made up and none is in the sets.
"""

from __future__ import annotations

from afscherm.detectors.analyzer import analyze_text


def found(text: str, entity_type: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze_text(text) if f.entity_type == entity_type]


def test_a_first_name_that_is_also_a_salutation_speaks_as_a_name() -> None:
    # "Lieve" is a Flemish first name and the Dutch "dear": as a turn's label that speaks twice in a chat of names
    text = (
        "[3/5/26, 7:15:22 AM] Lieve: moeke is naar het ziekenhuis\n"
        "[3/5/26, 7:16:40 AM] Joris Verstraete: welk ziekenhuis?\n"
        "[3/5/26, 7:18:03 AM] Lieve: ZorgSaam, kamer 12\n"
        "[3/5/26, 7:19:30 AM] Joris Verstraete: ik kom na het werk"
    )
    assert found(text, "PERSON").count("Lieve") == 2
    # the word itself, greeting a chat, stays a word
    assert "Lieve" not in found("Lieve allemaal, de vergadering is verzet naar dinsdag.", "PERSON")


def test_a_call_labels_the_one_answering_by_such_a_first_name_beside_the_callers_role() -> None:
    text = (
        "Lieve: Loonbedrijf Cappelle, goedemiddag.\n"
        "Beller: ja hallo, het gaat over de factuur.\n"
        "Lieve: welk nummer staat erop?\n"
        "Beller: F-2026-0417.\n"
        "Lieve: ik zie hem, dank u."
    )
    assert found(text, "PERSON").count("Lieve") == 3


def test_a_practice_names_its_person_by_the_surname_on_the_door() -> None:
    assert found("afspraak wo 6 mei 10:15 bij tandarts Vanhaecke. Verzetten?", "PERSON") == ["Vanhaecke"]
    assert found("de orthodontist Deprez zegt dat het beugeltje eruit mag", "PERSON") == ["Deprez"]


def test_an_issuing_authoritys_place_with_ocrs_m_for_rn() -> None:
    # "Barneveld" in the BAG; OCR reads its "rn" as "m" on a card's issuing authority
    text = "Documentnr. NXR4KT7P2\nAfgegeven 12-02-2021   Burgerneester van Bameveld"
    assert "Bameveld" in found(text, "LOCATION")


def test_a_kins_unlisted_name_before_turning_an_age() -> None:
    # the name ends as a verb may ("-et"); turning an age after it says it is a person
    assert found("andere vraag: oma jikket wordt 90 op 2 januari!", "PERSON") == ["jikket"]
    assert found("zondag koffie bij mij, opa hendrikus-jan wordt bijna 85", "PERSON") == ["hendrikus-jan"]
    # a thing that turns a number is no person
    assert found("de app wordt 3 jaar oud, de site wordt 10", "PERSON") == []


def test_a_village_after_its_health_insurers_office_and_van() -> None:
    assert found("de mutualiteit van wachtebeke belt morgen terug", "LOCATION") == ["wachtebeke"]
