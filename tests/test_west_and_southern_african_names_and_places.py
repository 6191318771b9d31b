"""Given names, family names and places of Sierra Leonean, Liberian, Gambian, Zimbabwean, Zambian and Malawian families
(issue 12, tuning_164 and tuning_165), listed in the sixty-fifth session, and their kin words before a name ("Sis
Korto", "Hadja Oumou", "sekuru Runyararo", "gogo Esinati")."""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.from_config(None)


def _found(analyzer: Analyzer, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, text[f.start : f.end]) for f in analyzer.analyze([text])[0]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kadiatu en Yankuba komen zaterdag ook", "Yankuba"),
        ("vraag het maar aan tafadzwa, zij heeft de sleutel", "tafadzwa"),
        ("de factuur staat op naam van Mnangagwa", "Mnangagwa"),
        ("Chisomo stuurt morgen het formulier", "Chisomo"),
    ],
)
def test_a_listed_name(analyzer: Analyzer, text: str, name: str) -> None:
    assert ("PERSON", name) in _found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("bring him to Antwerpen, Sis Wuya cooking palm butter", "Wuya"),
        ("[18.03.2026 22:14] Hadja Kumbaya: ik doe de 20 euro", "Kumbaya"),
        ("wij wonen nu in tuindorp. sekuru Tamuka en ambuya Rudo", "Tamuka"),
    ],
)
def test_a_name_after_a_kin_word(analyzer: Analyzer, text: str, name: str) -> None:
    assert ("PERSON", name) in _found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("my uncle from magburaka sends the money", "magburaka"),
        ("she flew back to Janjanbureh last week", "Janjanbureh"),
        ("mijn tante in lunzu belde gisteren", "lunzu"),
        ("she grew up near chitungwiza and mbare", "chitungwiza"),
    ],
)
def test_a_listed_place_abroad(analyzer: Analyzer, text: str, place: str) -> None:
    assert ("LOCATION", place) in _found(analyzer, text)
