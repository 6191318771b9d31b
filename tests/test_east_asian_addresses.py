"""Issue 12: an address in Japan or Korea as its own script writes it (a parent's address for a parcel or an
emergency contact): Japan's postcode after its mark, a Japanese address from its prefecture or city down to its block
numbers, a Korean one from its province or city down to its road and number; a word holding a unit's character
(市場, market) is none."""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.from_config(None)


def _places(analyzer: Analyzer, text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyzer.analyze([text])[0] if f.entity_type == "LOCATION"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("pakketje naar oma: 〒730-0011 広島市中区基町5-44 graag vóór kerst", "〒730-0011"),
        ("pakketje naar oma: 〒730-0011 広島市中区基町5-44 graag vóór kerst", "広島市中区基町5-44"),
        ("noodcontact: vader, 兵庫県西宮市, +81 798 33 1020", "兵庫県西宮市"),
        ("엄마 새 주소: 부산광역시 해운대구 센텀로 77 (48058)", "부산광역시 해운대구 센텀로 77"),
    ],
)
def test_an_address_in_japan_or_korea_is_a_place(analyzer: Analyzer, text: str, address: str) -> None:
    assert address in _places(analyzer, text)


@pytest.mark.parametrize("text", ["築地市場で魚を買った", "町内会の会議は8時から", "金曜日に市役所へ行く"])
def test_words_holding_a_units_character_are_no_address(analyzer: Analyzer, text: str) -> None:
    assert _places(analyzer, text) == []
