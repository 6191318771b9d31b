"""A form's label without a separator opens a cell after a wide gap too, as a card's or a table's row prints several
label-value pairs on one line (place_fields: "Geboortedatum  30 DEC 1979   Geboorteplaats  Kuala Lumpur"). Own
rows; every value is made up."""

from __future__ import annotations

import pytest

from afscherm.detectors.place_fields import address_field_findings


def values(text: str) -> list[str]:
    return [text[f.start : f.end] for f in address_field_findings(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Geboortedatum  30 DEC/DEC 1979   Geboorteplaats  Kuala Lumpur\nDocumentnr.  XK12", "Kuala Lumpur"),
        ("Voornamen  MEI LING   Woonplaats  Delft\n", "Delft"),
        ("Naam\tJansen\tWoonplaats\tZwolle\n", "Zwolle"),
    ],
)
def test_a_label_opening_a_cell_after_a_wide_gap(text: str, value: str) -> None:
    assert value in values(text)


@pytest.mark.parametrize(
    "text",
    [
        "ik ga   Woonplaats wijzigen",  # a sentence's word after the label: no place
        "het formulier   Plaats van geboorte onbekend",  # an unknown value
        "zie ook de woonplaats Rotterdam",  # mid-sentence, one space: no cell
    ],
)
def test_no_place_without_a_cell_or_a_value(text: str) -> None:
    assert values(text) == []
