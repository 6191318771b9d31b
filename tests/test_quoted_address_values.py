"""An address abroad as machine output quotes it under its key ('"address": "Jūras iela 7, Pāvilosta, LV-3466"',
'address: "str. ..."'): the key says the value is an address, its closing quote ends it, and lower-case words of the
street's own language are no sentence (detectors/place_names.py, issue 12, fifty-first session). Streets, towns and
postcodes here are made up or not in the sets.
"""

from __future__ import annotations

from afscherm.detectors.analyzer import analyze_text


def places(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze_text(text) if f.entity_type == "LOCATION"]


def test_a_quoted_address_with_lower_case_street_words_is_read_part_by_part() -> None:
    found = places('{"id": 7, "address": "Liepu iela 14-3, Sabile, LV-3294", "status": "ok"}')
    assert {"Sabile", "LV-3294"} <= set(found)
    assert any(p.startswith("Liepu iela 14") for p in found)


def test_a_bare_key_with_its_value_quoted() -> None:
    found = places('contact: {address: "bd. Mircea cel Bătrân 31, ap. 4, MD-2044 Chișinău", phone: "+373 22 41 90"}')
    assert "MD-2044 Chișinău" in found or {"MD-2044", "Chișinău"} <= set(found)
    assert any(p.startswith("bd. Mircea cel Bătrân 31") for p in found)


def test_a_key_with_a_suffix_and_a_street_named_after_a_date() -> None:
    found = places('{"address_si": "Ulica 4. julija 8, 2250 Ptujska Gora", "hours": 38}')
    assert {"2250", "Ptujska Gora"} <= set(found) or "2250 Ptujska Gora" in found


def test_a_quoted_value_that_is_no_address() -> None:
    assert places('{"address": "zie bijlage 2", "status": "open"}') == []
    assert places('{"address": "unknown", "retries": 3}') == []
