"""Names by the kin words and honorifics around them, stations and stops by their names, and a Telegram copy's
speakers (issue 12; tuning_112, _131, _132): a French or Lingala uncle, older sibling or pastor before a name, an
Urdu, Hindi or Bengali word of respect after one, the name after "station" or "halte", and a speaker's label with
the date and time in brackets after a comma."""

from __future__ import annotations

from tests.recognizer_helpers import found


def test_a_french_uncle_and_a_lingala_older_sister_before_their_names() -> None:
    text = "maman dit que tonton Floribert a envoyé les 150 euro pr yaya Christelle"
    assert {"Floribert", "Christelle"} <= set(found(text, "PERSON"))


def test_a_name_before_an_urdu_or_bengali_word_of_respect() -> None:
    assert "Adeel" in found("lidnr 118274 pe, tnv Cricketclub. Adeel bhai tu online bhej de", "PERSON")
    assert "Debashish" in found("noted. karo kache Debashish kaku r notun number ache?", "PERSON")


def test_a_greeting_before_a_word_of_respect_is_no_name() -> None:
    assert found("thanks bhai, salam khala, ok apu, shukriya baji", "PERSON") == []


def test_the_name_of_a_metro_station_and_of_a_stop() -> None:
    assert "Maashaven" in found("mijn pas is gestolen, in de metro, station Maashaven. Er is al € 480 weg", "LOCATION")
    assert "reigersbos" in found("bet. pickup bij station reigersbos? vrijdag 16 jan na les", "LOCATION")


def test_what_follows_station_is_no_stop_when_it_is_a_word() -> None:
    assert found("ik stond zonder telefoon op het station zonder bereik, bushalte van lijn 22", "LOCATION") == []


def test_a_telegram_copys_speakers_with_the_date_in_brackets() -> None:
    text = (
        "Zeynep K, [05.04.26 11:02]: hoi allemaal, wie komt er zaterdag helpen\n"
        "Ruud, [05.04.26 11:30]: ik kom om tien uur\n"
        "Zeynep K, [05.04.26 11:44]: top, dank je"
    )
    assert {"Zeynep K", "Ruud"} <= set(found(text, "PERSON"))
