"""Birthdays as Portuguese-speaking families write them (issue 12, tuning_179): "faz anos" (has a birthday), with the
age or without ("a avó faz 80 anos a 4 de setembro", "eu faço anos a 9 de junho"), a party after it too, and a
choir's list of birthdays with its items apart by middle dots ("irmã Celeste 5 de maio · irmão Abílio 20 de junho ·
mana Luzia 9 de outubro"). Not a birthday: a year's anniversary of a firm ("a loja faz 10 anos" with no date)."""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.from_config(None)


def _births(analyzer: Analyzer, text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyzer.analyze([text])[0] if f.entity_type == "DATE_OF_BIRTH"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("diz-lhe, a avó faz 80 anos a 4 de setembro e o médico pergunta", "4 de setembro"),
        ("a Kiala faz 9 anos a 14 de março e já quer festa em Tilburg", "14 de março"),
    ],
)
def test_faz_anos(analyzer: Analyzer, text: str, date: str) -> None:
    assert date in _births(analyzer, text)


def test_a_list_of_birthdays_apart_by_middle_dots(analyzer: Analyzer) -> None:
    text = (
        "lista de aniversários do grupo, confirmem\n"
        "irmã Celeste 5 de maio · irmão Abílio 20 de junho · mana Luzia 9 de outubro"
    )
    assert {"5 de maio", "20 de junho", "9 de outubro"} <= set(_births(analyzer, text))


def test_no_date_no_birthday(analyzer: Analyzer) -> None:
    assert _births(analyzer, "a loja faz 10 anos em Antuérpia, parabéns") == []
