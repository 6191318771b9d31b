"""German capitalises every noun, so the model, which reads a capital mid-sentence as a name, takes German nouns and
phrases for people and places (issue 12; ``name_consistency.german_nouns``). On a German line (two words only German
writes, or one in a text with five), its findings lose the German words they open with (``Meine Frau Brigitte``:
``Brigitte``; ``Grüße aus Aachen-Vaalserquartier``: the place), and a lone word an article leads (``meine Karte``,
``im Stau``) is dropped, as is a lone person no list knows; a lone place no list knows is kept (a German street or
district would leak). Dutch lines keep the model's findings."""

from __future__ import annotations

from afscherm.detectors import analyze


def _found(text: str) -> set[tuple[str, str]]:
    return {(text[f.start : f.end], f.entity_type) for f in analyze([text])[0]}


CAMPING = (
    "[22.07.26, 18:02] Camping 't Geuldal: Willkommen Familie Brandt! Ihr Platz ist Nr. 48, Code per SMS.\n"
    "[22.07.26, 18:10] Jürgen Brandt: Danke! Wir stehen noch im Stau bei Heerlen, ankommen ca. 20 Uhr\n"
    "[22.07.26, 18:11] Camping 't Geuldal: Kein Problem. Rezeption bis 21 Uhr, sonst rufen Sie an.\n"
    "[22.07.26, 20:47] Jürgen Brandt: Sind da! Schöner Platz. Meine Frau Brigitte fragt: einen Bäcker in Gulpen?\n"
    "[23.07.26, 09:33] Camping 't Geuldal: Herzlichen Glückwunsch! Schönen Urlaub!"
)


def test_german_nouns_and_phrases_are_no_names() -> None:
    found = {value for value, _ in _found(CAMPING)}
    for noun in (
        "Stau",
        "Bäcker",
        "Kein Problem",
        "Schöner Platz",
        "Herzlichen Glückwunsch",
        "Schönen Urlaub",
    ):
        assert noun not in found


def test_the_names_and_places_stay() -> None:
    found = _found(CAMPING)
    assert ("Brigitte", "PERSON") in found
    assert ("Jürgen Brandt", "PERSON") in found
    assert ("Gulpen", "LOCATION") in found


def test_a_place_after_a_greeting_from_it() -> None:
    text = "Klaus Offermann: Danke, bis Samstag! Wir sind noch nicht da. Grüße aus Aachen-Vaalserquartier"
    assert ("Aachen-Vaalserquartier", "LOCATION") in _found(text)


def test_a_dutch_line_keeps_the_models_names() -> None:
    text = "Wij hebben gisteren Karel Doorman gesproken over de verhuizing."
    assert ("Karel Doorman", "PERSON") in _found(text)
