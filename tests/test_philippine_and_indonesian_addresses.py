"""Issue 12, addresses of the Philippines and Indonesia as their people write them in a chat (tuning_122): a
barangay, a sitio or a purok is named by its kind's word ("Brgy. Bakilid", "Sitio Lawis", "Purok 3"), and on such a
line the city's four-digit postcode follows it ("Mandaue City 6014"); an Indonesian street is led by "Jl." or "Gg."
and its number by "No." ("Jl. H. Agus Salim No. 14"). Each part is a place, not a person's name; a city's name with a
year after it on another line is no postcode's."""

from __future__ import annotations

from afscherm.detectors import analyze


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[f.start : f.end], f.entity_type) for f in analyze([text])[0]]


def test_a_philippine_address_by_its_parts_names() -> None:
    text = "[20:41] Rhea: padala mo na lang sa Sitio Kamansi, Brgy. Tabok, Talisay City 6045 ha, salamat"
    found = _found(text)
    for part in ("Sitio Kamansi", "Brgy. Tabok", "Talisay City", "6045"):
        assert (part, "LOCATION") in found
    assert not [value for value, kind in found if kind == "PERSON" and value in "Sitio Kamansi Brgy. Tabok"]


def test_a_purok_by_its_number() -> None:
    assert ("Purok 5", "LOCATION") in _found("bahay ni lola: Purok 5, Brgy. Malinta, Tanauan")


def test_an_indonesian_street_led_by_its_kind_and_its_number_by_no() -> None:
    found = _found("kirim aja ke rumah ibu, Jl. Kartini Raya No. 27, Pekalongan ya")
    assert ("Jl. Kartini Raya No. 27", "LOCATION") in found
    assert ("Gg. Melati no. 8", "LOCATION") in _found("kosnya di Gg. Melati no. 8 dekat kampus")


def test_a_city_with_a_year_after_it_on_a_line_naming_no_barangay_is_no_postcode() -> None:
    text = "We waren in Quezon City 2019 op reis, mooi land"
    assert ("2019", "LOCATION") not in _found(text)
