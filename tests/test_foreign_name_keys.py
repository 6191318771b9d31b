"""Name fields keyed in other languages and writings: Nordic, Finnish, Flemish and Central European column and key
names (``fornavn;efternamn``, ``etunimi,sukunimi``, ``familienaam``), and a name key naming the script or language of
its value (``hebrew_name``, ``name_ar``); a field label after a postcode is no place (detectors/field_context.py,
location.py). Issue 12, fifty-third session.
Written for this test; people made up.
"""

from __future__ import annotations

from afscherm.detectors.analyzer import analyze_text


def found(text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze_text(text) if f.entity_type == entity]


def test_nordic_and_finnish_column_names() -> None:
    text = "medlemsnr;fornavn;efternamn;fodselsdato\n311;Gudrun;Kvarnbäckström;12.3.1988\n312;Aslak;Øyhovden;\n"
    assert {"Kvarnbäckström", "Øyhovden"} <= set(found(text, "PERSON"))
    text = "id,etunimi,sukunimi,kaupunki\n7,Aino,Väänänenkoski,Espoo\n"
    assert "Väänänenkoski" in found(text, "PERSON")


def test_flemish_and_central_european_keys() -> None:
    text = '{"familienaam": "Verhelstraete", "voornaam": "Lotte", "woonplaats": "Gent"}'
    assert "Verhelstraete" in found(text, "PERSON")
    text = "jméno=Radka; příjmení=Zdražilová; obec=Brno"
    assert "Zdražilová" in found(text, "PERSON")


def test_a_name_key_naming_its_script() -> None:
    text = '{"name_en": "Laila Haddad", "name_ar": "ليلى حداد", "city": "Utrecht"}'
    assert "ليلى حداد" in found(text, "PERSON")
    text = '{"surname": "TAL", "hebrew_name": "אורית טל", "birth_date": "1979-02-05"}'
    assert "אורית טל" in found(text, "PERSON")


def test_a_script_s_name_is_no_person() -> None:
    assert found("2026-03-01 12:00:01 INFO script_name=backup_nightly exit=0", "PERSON") == []


def test_a_field_label_after_a_postcode_is_no_place() -> None:
    text = "Adres: Zeilmakerslaan 9   Postcode: 1183 KD   Startdatum: 24-08-2026   Groep: 2"
    assert found(text, "LOCATION") == ["Zeilmakerslaan 9", "1183 KD"]
