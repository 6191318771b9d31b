"""South African families' writing (issue 12, tuning_176): birthdays in isiZulu, isiXhosa, Sesotho and Setswana months
("14 uNhlolanja", "12 EyoMqungu 1948", "9 Phupjane 1961") and Afrikaans ones ("gebore 7 Julie 1954", "verjaar op 3
Mei", Julie being a given name too), Setswana's "letsatsi la matsalo" (birthday) before a date; the Afrikaans and Nguni
words for relatives named nobody ("my ouma is van ...") and led to the name after them ("Ntate Molefe"); a French
"depuis" ends a name ("Kodjo depuis Lomé", tuning_177); an institution named by its town holds the town ("Politie Ede",
"Rechtbank Goes": towns that are words too, found only after a cue)."""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import Analyzer
from afscherm.detectors.person_name import plausible_span


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.from_config(None)


def _found(analyzer: Analyzer, text: str, entity_type: str) -> list[str]:
    return [text[f.start : f.end] for f in analyzer.analyze([text])[0] if f.entity_type == entity_type]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("ons ouma verjaart 22 uNhlaba, bring koek saam", "22 uNhlaba"),
        ("Sipho Dlamini, gebore 3 EyoMdumba 1957 in Mthatha, ngiyabonga", "3 EyoMdumba 1957"),
        ("Thabo Mokoena, geb. 17 Mphalane 1983, woonachtig te Delft", "17 Mphalane 1983"),
        ("hy is gebore 19 Julie 1962 op die plaas by Worcester", "19 Julie 1962"),
        ("en ons klein Riaan verjaar op 8 Mei, kom julle?", "8 Mei"),
        ("Kagiso o re letsatsi la gagwe la matsalo ke 21 Moranang", "21 Moranang"),
    ],
)
def test_a_south_african_birth_date(analyzer: Analyzer, text: str, date: str) -> None:
    assert date in _found(analyzer, text, "DATE_OF_BIRTH")


def test_a_relative_word_is_no_name(analyzer: Analyzer) -> None:
    text = "ek kom Saterdag, my ouma is van Paarl en sy bak vir ons"
    assert "ouma" not in _found(analyzer, text, "PERSON")


def test_a_name_after_a_setswana_father(analyzer: Analyzer) -> None:
    text = "Ke utlwile. Ntate Kgosietsile o re romela aterese ya gago"
    people = _found(analyzer, text, "PERSON")
    assert any("Kgosietsile" in p for p in people)
    assert not any("Kgosietsile" in p for p in _found(analyzer, text, "LOCATION"))


def test_depuis_ends_a_name(analyzer: Analyzer) -> None:
    text = "c'est Kodjo depuis Lomé, je passe par Yao pour ma part"
    people = _found(analyzer, text, "PERSON")
    assert "Kodjo" in people
    assert not any("depuis" in p for p in people)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Politie Ede meldt dat de fiets is gevonden", "Ede"),
        ("Afzender: Rechtbank Goes, team toezicht", "Goes"),
    ],
)
def test_an_institution_named_by_its_town(analyzer: Analyzer, text: str, town: str) -> None:
    assert town in _found(analyzer, text, "LOCATION")


def test_a_preposition_cuts_a_models_name_before_a_listed_place() -> None:
    # the model's person runs on over a preposition: cut there when a listed place follows (the place rules cover it);
    # an unlisted one ("Teveren") stays covered inside the span (fail closed)
    text = "c'est Kodjo depuis Lomé, je passe"
    assert plausible_span(text, text.index("Kodjo"), text.index(",")) == (6, 11)
    text = "Abholung: Willi Laumen aus Teveren"
    assert plausible_span(text, text.index("Willi"), len(text)) == (text.index("Willi"), len(text))
