"""Issue 12, machine output: under a field that names a place or street (a vCard's ADR components, a JSON "city"), a
value written in a script without capitals (Hangul, Japanese, Georgian) is judged as a capitalised one is, a vCard's
region is a place, and a British or Canadian postcode a postcode; a Latin value in lower case still has to be a listed
place."""

from __future__ import annotations

from afscherm.detectors import analyze


def _places(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze([text])[0] if f.entity_type == "LOCATION"]


def test_a_vcard_address_in_hangul_is_read_by_its_components() -> None:
    text = (
        "BEGIN:VCARD\nVERSION:4.0\nN:박;미숙;;;\nFN:이모 🌸\nTEL;TYPE=cell:+82 10 4471 2093\n"
        "ADR;TYPE=home:;;중앙대로 214번길 9;수영구;부산광역시;48213;대한민국\nEND:VCARD"
    )
    found = _places(text)
    assert "수영구" in found and "부산광역시" in found and "48213" in found


def test_json_place_fields_in_japanese_and_georgian_are_places() -> None:
    assert _places('{"klant": 4471, "city": "仙台市", "land": "JP"}') == ["仙台市"]
    assert _places('{"klant": 4472, "woonplaats": "ქუთაისი", "land": "GE"}') == ["ქუთაისი"]


def test_a_lower_case_latin_word_under_a_place_field_is_no_place() -> None:
    assert _places('{"klant": 4473, "city": "onbekend", "land": "NL"}') == []


def test_a_british_or_canadian_postcode_under_a_postcode_field_is_a_postcode() -> None:
    text = "BEGIN:VCARD\nFN:Aunty Grace\nADR;TYPE=home:;;14 Elm Grove;Leeds;;LS6 2AB;United Kingdom\nEND:VCARD"
    assert "LS6 2AB" in _places(text)
    assert _places('{"klant": 4474, "postcode": "M4C 1B5", "land": "CA"}') == ["M4C 1B5"]
    assert _places('{"klant": 4475, "postcode": "ABC 123"}') == []
