"""Issue 12, Balkan families' chats (tuning_124): Bosnian, Serbian, Croatian, Macedonian and Albanian name a place in
its grammatical case after their own prepositions ("u Zenici", "iz Kraljeva", "prej Gjakovës"), in Cyrillic ("у
Зрењанину"), or unchanged after a preposition the place rules do not read ("od Prilep", "n Prizren"). The place is the
gazetteer's in its dictionary form; a person after such a preposition ("kod Asmira") is no place."""

from __future__ import annotations

import pytest

from afscherm.detectors import analyze


def _places(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze([text])[0] if f.entity_type == "LOCATION"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("sestra radi u Zenici od marta, plata je ok", "Zenici"),  # Zenica
        ("tetka je stigla iz Kraljeva sinoć, umorna", "Kraljeva"),  # Kraljevo
        ("dajë, kur vini prej Gjakovës me autobus?", "Gjakovës"),  # Gjakova
        ("брат живее во Битола од лани", "Битола"),  # Bitola, Macedonian Cyrillic
        ("мама је у Зрењанину код тетке", "Зрењанину"),  # Zrenjanin, Serbian Cyrillic
        ("kumovi dolaze od Prilep, tri auta", "Prilep"),
        ("babi osht n Prizren deri të dielën", "Prizren"),
        ("sutra letimo u amsterdamu pa dalje", "amsterdamu"),
    ],
)
def test_a_place_in_its_case_after_a_balkan_preposition(text: str, place: str) -> None:
    assert place in _places(text)


def test_a_person_in_the_genitive_after_kod_is_no_place() -> None:
    text = "brate, dolazim kod Asmira u petak, on ima ključeve"
    assert "Asmira" not in _places(text)
