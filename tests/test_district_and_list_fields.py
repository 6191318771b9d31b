"""Machine output naming a town's district under a lower-case key ("wijk=Zuilen", "district": "stevenshof") and a
list of values under a place's key ('"woonplaats":["Putte","Hoogerheide"]', a change log's old and new value):
detectors/place_fields.py, issue 12, fifty-first session. The districts are real (the shipped district list); people
and streets are made up.
"""

from __future__ import annotations

from afscherm.detectors.analyzer import analyze_text


def places(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze_text(text) if f.entity_type == "LOCATION"]


def test_a_district_under_its_key_in_any_case() -> None:
    assert "Overvecht" in places('huurder="Noor Azzouzi" adres="Bernadottelaan 7" wijk=Overvecht tel=0301234567')
    assert "kralingen" in places('{"address": "Hoflaan 3", "district": "kralingen", "email": "n@x.nl"}')


def test_a_capitalised_wijk_cell_in_a_row_is_a_surname_not_a_key() -> None:
    text = "voornaam;tussenvoegsel;achternaam;woonplaats\nKarin;van;Wijk;Utrecht\nPim;de;Kok;Houten\n"
    found = places(text)
    assert "Houten" in found and "Kok" not in found


def test_every_value_of_a_list_under_a_place_key() -> None:
    text = 'diff={"adres":["Dorpsweg 7","Molenstraat 112"],"woonplaats":["ossendrecht","hoogerheide"]}'
    assert {"ossendrecht", "hoogerheide"} <= set(places(text))
