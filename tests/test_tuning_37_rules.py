"""Issue 12, general rules from the kinds of miss the blind tuning set tuning_37 showed: birthdays without a year in a
table's birthday column, and a caller's first name before 'van' and an organisation whose name the model cut short."""

from __future__ import annotations

import pytest

from afscherm.detectors import analyze


def _found(text: str) -> set[tuple[str, str]]:
    return {(text[f.start : f.end], f.entity_type) for f in analyze([text])[0]}


@pytest.mark.parametrize("cell", ["12 juni", "3 okt", "28-02", "30/12"])
def test_a_birthday_without_a_year_under_a_birthday_column(cell: str) -> None:
    text = f'nr;naam;woonplaats;verjaardag;telefoon\n1187;"Kruithof, Anneke";"Sommelsdijk";"{cell}";"0187-482211"'
    assert (cell, "DATE_OF_BIRTH") in _found(text)


def test_a_day_and_month_under_another_column_are_no_birthday() -> None:
    text = 'nr;naam;afspraak;telefoon\n1187;"Kruithof, Anneke";"12 juni";"0187-482211"'
    assert not any(t == "DATE_OF_BIRTH" for _, t in _found(text))


@pytest.mark.parametrize(
    "text",
    [
        "Medewerker: Goedemorgen, met Ilona van Zorggroep Rivierenland. Ik bel over de intake.",
        "Wijkverpleegkundige: Goedemiddag, met Annelies van Zorggroep Voorne. Ik bel voor de intake van uw man.",
    ],
)
def test_a_caller_s_first_name_before_van_and_an_organisation_is_the_person(text: str) -> None:
    found = _found(text)
    assert any(t == "PERSON" and v in ("Ilona", "Annelies") for v, t in found)
    assert not any(t == "PERSON" and "Zorggroep" in v for v, t in found)


def test_a_town_in_capitals_with_ocr_s_l_for_i_is_the_town() -> None:
    text = "SERVlCE APOTHEEK SPlJKENlSSE  -  AFLEVERBON"
    assert ("SPlJKENlSSE", "LOCATION") in _found(text)
    assert not any(t == "LOCATION" for _, t in _found("KLANTNR 2231 - AFLEVERBON ALLES GOED"))
