"""Places in a Czech or Slovak case after the languages' "in" and "from" (issue 12, ``inflected_places``; tuning_133):
"v Tilburgu", "ve Waalwijku", "z Přerova", "v Ostravě"; a Dutch surname after "v" stays none."""

from __future__ import annotations

from tests.recognizer_helpers import found


def test_dutch_and_czech_places_in_czech_cases() -> None:
    text = "pracuju v Tilburgu a bydlím ve Waalwijku, mamka je z Přerova a táta v Ostravě"
    assert {"Tilburgu", "Waalwijku", "Přerova", "Ostravě"} <= set(found(text, "LOCATION"))


def test_a_surname_after_a_lone_v_is_no_place() -> None:
    assert found("gesprek met v Dijk over de planning", "LOCATION") == []
