"""A Belgian postcode in a cell of its own between a street's cell and a place's (issue 12, tuning_157): a CSV or a
table's export parts the address over semicolons, pipes or tabs ("Chaussée de Boondael 212;1050;Ixelles")."""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.from_config(None)


def _places(analyzer: Analyzer, text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyzer.analyze([text])[0] if f.entity_type == "LOCATION"]


@pytest.mark.parametrize(
    ("row", "code"),
    [
        ("Kapinga;Mbombo;Dorcas;Chaussée de Boondael 212;1050;Ixelles;2;100", "1050"),
        ("Mutombo|Mado|Rue Ulens 9|1080|Molenbeek-Saint-Jean|3|50", "1080"),
        ("Ngoie\tMerveille\tKerkstraat 12\t2000\tAntwerpen\t4", "2000"),
    ],
)
def test_the_postcode_cell_after_a_street(analyzer: Analyzer, row: str, code: str) -> None:
    assert code in _places(analyzer, row)


@pytest.mark.parametrize(
    "row",
    [
        "Jansen;Piet;Kerkstraat 12;2000;3000;x",  # two numbers after the street: counts, no postcode and place
        "Jansen;Piet;Kerkstraat 12;2000;tweede verdieping",  # no capital after it
        "order;2000;Antwerpen",  # no street before it
    ],
)
def test_numbers_in_other_cells_are_no_postcode(analyzer: Analyzer, row: str) -> None:
    assert not any(p.isdigit() for p in _places(analyzer, row))
