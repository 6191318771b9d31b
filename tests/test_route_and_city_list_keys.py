"""Issue 12, machine output: the stops of a journey under its key ("route", "bestemming", "destination") are places
when a place list knows them, and a machine's plural key for places ("cities", "prev_cities") names each item of its
list; a web route, a product or a warehouse under such a key is no place."""

from __future__ import annotations

from afscherm.detectors import analyze


def _places(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze([text])[0] if f.entity_type == "LOCATION"]


def test_listed_stops_of_a_route_are_places() -> None:
    text = '{"dossier": "V-2026-0412", "route": ["Grozny", "Minsk", "Kabul"], "entry_date": "2025-10-02"}'
    assert _places(text) == ["Grozny", "Minsk", "Kabul"]
    assert _places('{"klant": 4471, "bestemming": "Kathmandu", "vlucht": "QR 652"}') == ["Kathmandu"]


def test_every_city_of_a_plural_key_is_a_place() -> None:
    assert _places('{"id": 17, "prev_cities": ["Rustavi", "Zugdidi"]}') == ["Rustavi", "Zugdidi"]


def test_a_web_route_or_a_product_under_such_a_key_is_no_place() -> None:
    assert _places('{"method": "GET", "route": "/api/v1/klanten", "status": 200}') == []
    assert _places('{"route": "Express", "destination": "Warehouse", "stops": "Kantoor"}') == []
