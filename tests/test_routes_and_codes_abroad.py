"""Issue 12, places: a route written with a dash between two listed places, as a booking, a timetable or a bus line
writes one ("Amsterdam – Kathmandu", "Holwerd – Nes"), names both; and a place abroad with its postcode after it, the
last part of an address written over commas ("Mohalla Eidgah, Kharian 50090"), is a place and a postcode. Two
people or two clubs on the sides of a dash are no route; five digits after a Dutch town are a count."""

from __future__ import annotations

from afscherm.detectors import analyze


def _places(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze([text])[0] if f.entity_type == "LOCATION"]


def test_both_stops_of_a_booked_route_with_a_dash_are_places() -> None:
    assert _places("Onderwerp: wijziging boeking 2026-QR-114 Eindhoven – Kathmandu (familie Adhikari)")[-2:] == [
        "Eindhoven",
        "Kathmandu",
    ]
    assert _places("we moved your ferry crossing Harlingen — Terschelling to Friday") == ["Harlingen", "Terschelling"]


def test_names_or_scores_on_the_sides_of_a_dash_are_no_route() -> None:
    assert _places("Uitslag zondag: Ajax - Feyenoord 2-1, en Jansen - de Vries won het dammen") == []


def test_a_place_abroad_with_its_postcode_after_it_closes_an_address() -> None:
    text = "14/03/2026, 22:53 - Farrukh: parcel yahan bhejo, Gali 7, Mohalla Sadiq, Gujrat 50700, Pakistan"
    assert _places(text)[-2:] == ["Gujrat", "50700"]
    assert _places("Kamala: ok, Ward 4, Lakeside, Pokhara 33700.")[-2:] == ["Pokhara", "33700"]


def test_five_digits_after_a_dutch_town_are_no_postcode() -> None:
    assert "80000" not in _places("Stand na de actie, Zwolle 80000, Kampen 12000 bezoekers.")
