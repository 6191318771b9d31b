"""A person named right before an address is the person, the address starts after them (issue 12): a delivery form's
``Bezorgadres: Marco Lindhout, Kerkwetering 21`` names the addressee first (``place_fields.addressee``); ``bij Dirk
Kroes aan de Eperweg 50`` and ``met Henriëtte Plomp van de Sluisweg`` name someone and where they live
(``location._extend_prefix``, ``person_name.person_then_street``). A street named after someone (``Anna van
Burenstraat``, ``Jan van der Heijdenstraat``) or holding a preposition (``Park aan het Veer``) stays one street."""

from __future__ import annotations

import pytest

from afscherm.detectors import analyze


def _found(text: str) -> set[tuple[str, str]]:
    return {(text[f.start : f.end], f.entity_type) for f in analyze([text])[0]}


@pytest.mark.parametrize(
    "text, person, street",
    [
        ("Bezorgadres: Marco Lindhout, Kerkwetering 21, 3945 BG Cothen", "Marco Lindhout", "Kerkwetering 21"),
        ("Factuuradres: Dhr. L. Peeters-Hendrix, Postbus 44, 6070 AA Swalmen", "L. Peeters-Hendrix", "Postbus 44"),
        ("Bezorgadres: M. Yıldız, Kruisstraat 14 bis, 5612 CJ Eindhoven", "M. Yıldız", "Kruisstraat 14 bis"),
        ("[10:06] Hans: Super, meld je bij Dirk Kroes aan de Eperweg 50", "Dirk Kroes", "Eperweg 50"),
        ("u spreekt met Henriëtte Plomp van de Sluisweg in Woerden.", "Henriëtte Plomp", "Sluisweg"),
        ("Voicemail, 09:14: Ja hallo met Bert van de Schoolstraat, ik bel even", "Bert", "Schoolstraat"),
        ("verhuizing van dhr. Van Ommeren van Loolaan 211 naar Beekbergen", "Van Ommeren", "Loolaan 211"),
    ],
)
def test_the_person_and_the_address_apart(text: str, person: str, street: str) -> None:
    found = _found(text)
    assert (person, "PERSON") in found
    assert (street, "LOCATION") in found


@pytest.mark.parametrize(
    "text, street",
    [
        ("Adres: Anna van Burenstraat 6, 5224 AS 's-Hertogenbosch", "Anna van Burenstraat 6"),
        ("Klant: Ja, Rixt van Doniastraat 3.", "Rixt van Doniastraat 3"),
        ("we wonen op de Jan van der Heijdenstraat 44 in Amsterdam", "Jan van der Heijdenstraat 44"),
        ("Het adres is Park aan het Veer 12 in Zwolle", "Park aan het Veer 12"),
    ],
)
def test_a_street_named_after_someone_stays_whole(text: str, street: str) -> None:
    found = _found(text)
    assert (street, "LOCATION") in found
    assert not any(kind == "PERSON" for _, kind in found)
