"""Rules from the blind tuning set tuning_62 (issue 12), each tried on examples written apart from the set: Slovak,
Czech and Bosnian months; an English birthday by the age turned; a listed street read out after the place and a
comma; the word "postcode" between a street read out and its postcode; someone else's name given in English. All
names, places and numbers are made up."""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import default_analyzer


@pytest.fixture(scope="module")
def analyzer():  # noqa: ANN201
    return default_analyzer()


def _found(analyzer, text: str, entity: str) -> set[str]:  # noqa: ANN001
    return {text[f.start : f.end] for f in analyzer.analyze_one(text) if f.entity_type == entity}


def test_slovak_czech_and_bosnian_months_in_a_birth_date(analyzer) -> None:  # noqa: ANN001
    assert "3. júna 1990" in _found(analyzer, "Zuzana: ja som sa narodila 3. júna 1990 v Košiciach", "DATE_OF_BIRTH")
    assert "14. března 1979" in _found(analyzer, "Narozen: 14. března 1979, Brno", "DATE_OF_BIRTH")
    assert "9 maj 1988" in _found(analyzer, "Edin: ik ben van 9 maj 1988 haha, 9 mei dus", "DATE_OF_BIRTH")


def test_an_english_birthday_by_the_age_turned(analyzer) -> None:  # noqa: ANN001
    text = "Visitor: can the cake be ready friday? my dad turns 65 on 11 march, we celebrate saturday"
    assert "11 march" in _found(analyzer, text, "DATE_OF_BIRTH")
    # a price is no age
    assert not _found(analyzer, "the rent turns 650 on 1 march, so we move", "DATE_OF_BIRTH")


def test_a_listed_street_read_out_after_the_place_and_a_comma(analyzer) -> None:  # noqa: ANN001
    text = "Medewerker: En u woont in Eersel?\nBeller: Nee, in Knegsel, Kerkakkers negen. Sinds de zomer."
    assert "Kerkakkers negen" in _found(analyzer, text, "LOCATION")


def test_the_word_postcode_between_a_street_and_its_postcode_read_out(analyzer) -> None:  # noqa: ANN001
    text = "Beller: wij wonen nu in Knegsel, Kerkakkers twaalf, postcode vijf vijf zeven twee, K, L. Tot dan."
    assert {"Kerkakkers twaalf", "vijf vijf zeven twee, K, L"} <= _found(analyzer, text, "LOCATION")


def test_someone_elses_name_given_in_english(analyzer) -> None:  # noqa: ANN001
    text = "Visitor: my cousin picks it up tomorrow, her name Folake Adeyemi, she has the receipt"
    assert "Folake Adeyemi" in _found(analyzer, text, "PERSON")
    # a farm's or a firm's name is no person's
    assert not _found(analyzer, "Visitor: the shop? its name is Spring Valley Farm", "PERSON")
