"""Names and places written with the Polynesian glottal stop, the ʻokina (U+02BB), inside a word or opening it
(issue 12, tuning_163): a place the lists write with an apostrophe ("Vava'u") is the same place written "Vavaʻu",
"Nuku‘alofa" or "Haʼapai"; a name with an ʻokina inside it is one word ("Taufaʻahau"), a name opening with one takes it
in ("ʻAnaseini"), and a full name with one inside is one name ("Kalolaine ʻAlisi Vunipola")."""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import Analyzer
from afscherm.detectors.place_names import normalise


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.from_config(None)


def _found(analyzer: Analyzer, text: str, kind: str) -> list[str]:
    return [text[f.start : f.end] for f in analyzer.analyze([text])[0] if f.entity_type == kind]


def test_every_apostrophe_is_one_in_a_place_name() -> None:
    assert normalise("Vavaʻu") == normalise("Vava‘u") == normalise("Vavaʼu") == normalise("Vava'u") == "vava'u"
    assert normalise("ʻEua") == "'eua"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("mijn oom woont nog op Vavaʻu, vlakbij de haven", "Vavaʻu"),
        ("we vliegen in juni via Auckland naar Nukuʻalofa", "Nukuʻalofa"),
        ("haar familie komt van Haʻapai en zit nu in Breda", "Haʻapai"),
        ("de kerk op ʻEua stuurde de brief door", "ʻEua"),
        ("opa is in Nuku‘alofa begraven", "Nuku‘alofa"),
    ],
)
def test_a_pacific_place_with_a_glottal_stop(analyzer: Analyzer, text: str, place: str) -> None:
    assert place in _found(analyzer, text, "LOCATION")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ik sprak gisteren met Sione Taufaʻahau over de huur", "Sione Taufaʻahau"),
        ("Kalolaine ʻAlisi Vunipola belde vanochtend over haar pas", "Kalolaine ʻAlisi Vunipola"),
        ("ʻAnaseini Kioa heeft de factuur betaald", "ʻAnaseini Kioa"),
    ],
)
def test_a_name_with_a_glottal_stop_is_one_name(analyzer: Analyzer, text: str, name: str) -> None:
    assert name in _found(analyzer, text, "PERSON")


def test_a_quote_before_a_name_is_no_glottal_stop(analyzer: Analyzer) -> None:
    # a typographic quote opening a quoted name stays outside the name, as it was
    text = "de klant schreef ‘Jan Smit’ op het formulier"
    assert "‘Jan Smit" not in _found(analyzer, text, "PERSON")
