"""Address fields named in the languages of the exports a Dutch firm receives (issue 12; ``place_fields``): a German
payroll's ``Straße``/``PLZ``/``Ort``, a Polish agency's ``miejsce_urodzenia``, a Turkish HR export's ``dogum_yeri``.
A table's header row is no label with its value, OCR's digit inside a word names no field (``PASP0ORT`` holds no
``ort``), and a place's bracketed addition is no part of it."""

from __future__ import annotations

import pytest

from afscherm.detectors.place_fields import address_field_findings, address_kind


def _values(text: str) -> list[str]:
    return [text[f.start : f.end] for f in address_field_findings(text)]


def test_a_german_table_by_its_column_names() -> None:
    text = (
        "Nr\tNachname\tVorname\tStraße\tPLZ\tOrt\tEintritt\n118\tBecker\tJonas\tIm Winkel 4\t47533\tKleve\t01.04.2021\n"
    )
    assert _values(text) == ["Im Winkel 4", "47533", "Kleve"]


def test_a_polish_export_names_the_place_of_birth() -> None:
    text = "imie;nazwisko;data_urodzenia;miejsce_urodzenia;status\nJan;Nowak;1990-02-03;Gniezno;aktywny\n"
    assert _values(text) == ["Gniezno"]


def test_a_turkish_key_names_the_place_of_birth() -> None:
    text = '{"ad": "Emre", "dogum_tarihi": "03.04.1988", "dogum_yeri": "Kayseri", "sube": "ALM"}'
    assert _values(text) == ["Kayseri"]


@pytest.mark.parametrize(
    "name, kind",
    [("Straße", "street"), ("miejscowość", "place"), ("kod_pocztowy", "postcode"), ("ciudad", "place")],
)
def test_foreign_field_names(name: str, kind: str) -> None:
    assert address_kind(name) == kind


def test_ocr_digits_inside_a_word_name_no_field() -> None:
    assert address_kind("PASP0ORT") is None
    assert _values("PASP0ORT   KONINKRIJK DER NEDERLANDEN\n") == []


def test_a_place_without_its_bracketed_addition() -> None:
    assert _values("Woonplaats: Kleve (Duitsland)\n") == ["Kleve"]
