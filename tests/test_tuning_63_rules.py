"""Rules from the blind tuning sets tuning_63 and tuning_64 (issue 12), each tried on examples written apart from the
sets: Lithuanian birth words and months, the year first. All names, places and numbers are made up."""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import default_analyzer


@pytest.fixture(scope="module")
def analyzer():  # noqa: ANN201
    return default_analyzer()


def _found(analyzer, text: str, entity: str) -> set[str]:  # noqa: ANN001
    return {text[f.start : f.end] for f in analyzer.analyze_one(text) if f.entity_type == entity}


def test_lithuanian_birth_words_and_months_the_year_first(analyzer) -> None:  # noqa: ANN001
    text = "Bezoeker: mano duomenys, gimimo data 1988 m. kovo 14 d., Vilnius"
    assert "1988 m. kovo 14 d." in _found(analyzer, text, "DATE_OF_BIRTH")
    text = "Tomas Kazlauskas  08:12\ngimęs 1990-06-02, bsn volgt"
    assert "1990-06-02" in _found(analyzer, text, "DATE_OF_BIRTH")


def test_a_lower_case_surname_after_english_mister(analyzer) -> None:  # noqa: ANN001
    text = "driver 14:02: i rang twice but no answer. neighbour mister bolhuis says they are on holiday"
    assert "bolhuis" in _found(analyzer, text, "PERSON")


def test_one_word_between_van_and_uit_a_listed_place(analyzer) -> None:  # noqa: ANN001
    text = "Wolter  09:05\nfactuur 7450 van tesfamariam uit annen is betaald"
    assert "tesfamariam" in _found(analyzer, text, "PERSON")
    # a thing, a brand or an institution is no one
    assert not _found(analyzer, "de brief van school uit annen is binnen, en het pakket van jumbo uit gieten", "PERSON")


def test_the_name_a_document_bears_quoted_in_capitals(analyzer) -> None:  # noqa: ANN001
    text = "Bezoeker: mag mijn vrouw het ophalen? op haar pas staat NGUYEN THI LAN, ze heet gewoon Lan"
    assert "NGUYEN THI LAN" in _found(analyzer, text, "PERSON")
    # what a card says that is no name
    assert not _found(analyzer, "op de kaart staat GEEN TOEGANG en op de pas staat NL EU", "PERSON")
