"""Issue 12 (organisations taken for people): a money-transfer service families abroad are paid through (``via
Western Union naar mama``, ``met MoneyGram``) and a bank abroad named with its language's word for bank (``Banco
Popular``, ``Banca Transilvania``) are no persons; a person who shares a service's first word is still one."""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.from_config(None)


def _persons(analyzer: Analyzer, text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyzer.analyze([text])[0] if f.entity_type == "PERSON"]


@pytest.mark.parametrize(
    "text",
    [
        "ik heb het geld gisteren via Western Union naar mama gestuurd",
        "le mandé los reales por Western Union, ya llegó",
        "mijn oom heeft een rekening bij Banco Popular in Santo Domingo",
        "salariul vine prin Banca Transilvania, nu prin ING",
    ],
)
def test_money_transfer_services_and_banks_abroad_are_no_persons(analyzer: Analyzer, text: str) -> None:
    assert _persons(analyzer, text) == []


def test_a_person_sharing_a_first_word_is_still_found(analyzer: Analyzer) -> None:
    assert "Ria de Boer" in _persons(analyzer, "Ria de Boer belde over haar verhuizing")
