"""Issue 12, OCR text: a scanned form's labels as OCR damages them. ``Narn`` (``Naam`` with ``rn`` for ``m`` and an
``a`` dropped) opens a name field like ``Naam`` and ``Naarn``; a label such as ``Geboortedaturn`` or ``Personeelsnr.``
is never a place or a person, whatever the model makes of its capital. Cases written here (fictitious people); each
with a near case left alone."""

from __future__ import annotations

from afscherm.detectors.ner_guard import is_plausible_entity
from tests.recognizer_helpers import found, persons


def test_narn_label_opens_a_name_field_on_an_id_card() -> None:
    text = "IDENTITEITSKAART\nNarn  ÖZTÜRK\nVoornarnen  SELIN\nGeslacht V"
    assert persons(text) == ["ÖZTÜRK", "SELIN"]
    # a surname with its particle after a single space
    assert "EL BOUZIANI" in persons("IDENTITY CARD\nNarn EL BOUZIANI\nVoornarnen YASMINA")


def test_the_verb_nam_is_no_damaged_label() -> None:
    # only the OCR writing with "rn" is read as the label, not "Nam" (a verb) at a line's start
    assert persons("Nam de bus was te laat vandaag") == []


def test_ocr_damaged_labels_are_no_entities() -> None:
    text = "Geboortedaturn 14 10 2006\nPersoneelsnr. 4471"
    assert not is_plausible_entity(text, 0, len("Geboortedaturn"), "LOCATION")
    at = text.index("Personeelsnr")
    assert not is_plausible_entity(text, at, at + len("Personeelsnr"), "LOCATION")
    assert not is_plausible_entity("Docurnentnr  XR4T9BK27", 0, len("Docurnentnr"), "PERSON")


def test_a_place_or_a_name_beside_a_label_stays() -> None:
    text = "Geboorteplaats  Harderwijk"
    at = text.index("Harderwijk")
    assert is_plausible_entity(text, at, len(text), "LOCATION")
    assert is_plausible_entity("Dirk Gerritsen", 0, 14, "PERSON")


def test_whole_analyzer_reports_no_label_on_a_scanned_card() -> None:
    text = "PASPOORT\nNarn  VAN DER KROFT\nVoornarnen  TEUN\nGeboortedaturn  03 AUG/AUG 1971"
    assert found(text, "LOCATION") == []
    assert set(found(text, "PERSON")) >= {"VAN DER KROFT", "TEUN"}
