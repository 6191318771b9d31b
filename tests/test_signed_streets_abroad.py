"""A street abroad whose house number follows a number sign ("#", "n°", "nr.": Latin America, the French-speaking and
Romanian world; detectors/address_lines.py, issue 12, fiftieth session). Streets, towns and numbers here are made up
or not in the sets.
"""

from __future__ import annotations

from afscherm.detectors.analyzer import analyze_text


def places(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze_text(text) if f.entity_type == "LOCATION"]


def test_latin_american_streets_with_a_hash() -> None:
    assert "Carrera 52 # 71-08" in places("mándalo a Carrera 52 # 71-08, Itagüí porfa")
    assert "calle 9 #214 e/ Martí y Céspedes" in places("vive en calle 9 #214 e/ Martí y Céspedes, Bayamo")
    assert "Cra. 15 # 103-44, apto 1201" in places("la dirección: Cra. 15 # 103-44, apto 1201, Chía")


def test_french_and_romanian_streets_with_a_number_sign() -> None:
    found = places("envoyer au rue Abou Kacem Chebbi n°27, 4051 Sousse svp")
    assert found[:3] == ["rue Abou Kacem Chebbi n°27", "4051", "Sousse"]
    assert "Str. Vasile Lupu nr. 18, bl. C4, ap. 12" in places("adresa: Str. Vasile Lupu nr. 18, bl. C4, ap. 12, Iași")
    assert "str. Ștefan Luchian nr. 5" in places("mama sta pe str. Ștefan Luchian nr. 5, Botoșani")


def test_a_race_a_ticket_or_a_dutch_sentence_is_no_street() -> None:
    assert places("de carrera de 10 km was zwaar, zie ticket #5512") == []
    assert places("la carrera termina en la meta n°3 del parque") == []
