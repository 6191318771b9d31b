"""A chat copy that writes the day, the month and the time between the speaker and the colon ("Cata 24 mrt 21:43:"),
and a place after Spanish "en", "desde" (issue 12, tuning_130)."""

from __future__ import annotations

from tests.recognizer_helpers import found

SIGNAL = (
    "Signal · Cata ↔ Marijn\n"
    "Cata 24 mrt 21:43: pasaporte colombiano, ya te lo mando\n"
    "Marijn 24 mrt 21:44: haha ja ja\n"
    "Cata 24 mrt 21:45: bogota no más\n"
    "Cata 24 mrt 21:53: noooo borra eso"
)


def test_a_speaker_before_the_day_month_and_time_is_a_name() -> None:
    assert found(SIGNAL, "PERSON").count("Cata") >= 3


def test_places_after_spanish_cues() -> None:
    text = "[20:15] Sebas: llego y de ahí a donde la abuela en itagüí\n[20:16] Sebas: yo desde amadora"
    assert {"itagüí", "amadora"} <= set(found(text, "LOCATION"))


def test_dutch_en_before_a_word_is_no_place() -> None:
    assert found("kaas en brood en dan gaan we naar huis", "LOCATION") == []
