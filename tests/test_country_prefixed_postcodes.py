"""A postcode led by its country's letters and a hyphen, as letters abroad are addressed ("FO-100 Tórshavn", "DK-9000
Aalborg", "CH-8001 Zürich"; issue 12, tuning_161): the code and the listed place after it."""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.from_config(None)


def _places(analyzer: Analyzer, text: str) -> str:
    return " | ".join(text[f.start : f.end] for f in analyzer.analyze([text])[0] if f.entity_type == "LOCATION")


@pytest.mark.parametrize(
    ("text", "code", "place"),
    [
        ("nýggj adressa: Dalavegur 9, FO-100 Tórshavn, Føroyar", "FO-100", "Tórshavn"),
        ("stuur het naar Vesterbro 12, DK-9000 Aalborg graag", "DK-9000", "Aalborg"),
        ("Bahnhofstrasse 3, CH-8001 Zürich", "CH-8001", "Zürich"),
    ],
)
def test_the_code_and_its_place(analyzer: Analyzer, text: str, code: str, place: str) -> None:
    found = _places(analyzer, text)
    assert code in found and place in found


@pytest.mark.parametrize("text", ["bestelnummer FO-100 Items", "I-2000 stuks besteld", "type CH-8001 Zwart"])
def test_a_code_before_no_listed_place_is_none(analyzer: Analyzer, text: str) -> None:
    assert _places(analyzer, text) == ""
