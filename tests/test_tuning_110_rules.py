"""Rules of the fiftieth session (issue 12) from misses on the blind tuning set tuning_110; names, places and numbers
here are made up and none is in the sets.
"""

from __future__ import annotations

from afscherm.detectors.analyzer import analyze_text


def found(text: str, entity_type: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze_text(text) if f.entity_type == entity_type]


def test_a_list_of_birthdays_with_the_day_before_each_name() -> None:
    text = (
        "[02-02-26 19:48:02] Aagje Verhoef: de verjaardagen van februari, voor de kaartjes:\n"
        "[02-02-26 19:48:30] Aagje Verhoef: 4 februari Hendrikje Sterk – 17 februari br. Gijsbert Neven"
        " – 26 februari Willemijntje Rijsdijk"
    )
    assert found(text, "DATE_OF_BIRTH") == ["4 februari", "17 februari", "26 februari"]
    # a rehearsal's day after the list's words names nobody
    rehearsal = "de verjaardagen volgen nog. Repetitie do 5 maart, we zingen om acht uur"
    assert found(rehearsal, "DATE_OF_BIRTH") == []


def test_an_ocr_damaged_landline_with_blanks_around_its_area_codes_dash() -> None:
    text = "Vragen over uw loonstrook? loon@dekkerbouw.example of O513 - 62 18 4O"
    assert found(text, "PHONE_NUMBER") == ["O513 - 62 18 4O"]


def test_a_mention_of_a_handle_joined_by_a_hyphen_or_an_underscore() -> None:
    assert found("naam en adres. @marie-fleur jij had die toch?", "PERSON") == ["marie-fleur"]
    assert found("haal hem op bij @Verhaeghe_Lotte, die woont om de hoek", "PERSON") == ["Verhaeghe_Lotte"]
    # a group's or a desk's handle names nobody
    assert found("@team-zuid en @klantenservice_nl: wie pakt dit op?", "PERSON") == []
