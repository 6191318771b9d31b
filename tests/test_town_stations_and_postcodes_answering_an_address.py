"""A town's station named by the town, however common a word its name is ("bij station Best"), and a postcode in
capitals given as the answer to an address asked for in the lines above, its letters also a unit or a country ("ja,
3851 BE."): issue 12, tuning_135 (Moluccan families in Vught, Capelle, Culemborg, Bovensmilde and Wierden)."""

from __future__ import annotations

from tests.recognizer_helpers import found


def test_a_towns_station_named_by_a_town_that_is_a_word() -> None:
    assert found("bij station Best uitstappen, dan lopen", "LOCATION") == ["Best"]
    assert found("het station Goes ligt aan de Stationsweg", "LOCATION")[0] == "Goes"
    assert found("het station zonder lift", "LOCATION") == []  # no town: a word after station


def test_a_postcode_answering_an_address_asked_above() -> None:
    text = "adres is nog Kerkweg 12 toch?\n[10:02] Sanne: ja, 3851 BE. tot morgen"
    assert found(text, "LOCATION") == ["Kerkweg 12", "3851 BE"]
    # no street above: a number and a word
    assert found("[10:02] Sanne: ja, 3851 BE. tot morgen", "LOCATION") == []
