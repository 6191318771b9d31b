"""Addresses and saints of tuning_166 ... tuning_169 (issue 12): a Finnish or Swedish staircase and flat after the
house number ("Kalevankatu 31 A 7, 00100 Helsinki"), a Finnish street word in lower case ("Hatanpään valtatie 26"),
a Maltese street's word with its article ("Triq il-Karmnu 27"); a date's year before a word is no Dutch postcode
("12 mars 1968 fi Sfax", read as "1968 FI" before a listed town); and a name after Syriac "Mor"/"Mar" is a saint's
("de kerk mor Afrem")."""

from __future__ import annotations

import pytest

from afscherm.detectors.address_lines import address_lines_abroad
from afscherm.detectors.analyzer import Analyzer
from afscherm.detectors.person_name import PersonNameRecognizer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.from_config(None)


def _found(analyzer: Analyzer, text: str, kind: str) -> list[str]:
    return [text[f.start : f.end] for f in analyzer.analyze([text])[0] if f.entity_type == kind]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("uusi osoite: Kalevankatu 31 A 7, 00100 Helsinki", "Kalevankatu 31 A 7"),
        ("asun nyt Kaunispääntie 3 B 12, 99800 Ivalo", "Kaunispääntie 3 B 12"),
        ("paketti: Hatanpään valtatie 26 B 14, 33100 Tampere", "Hatanpään valtatie 26 B 14"),
        ("mum lives at Triq il-Karmnu 27, 1402 Żurrieq", "Triq il-Karmnu 27"),
    ],
)
def test_an_address_abroad_with_its_flat_or_article(text: str, street: str) -> None:
    found = [text[f.start : f.end] for f in address_lines_abroad(text, None, [])]
    assert street in found
    assert not any(f in ("A 7", "B 12", "B 14") for f in found)


def test_a_dates_year_before_a_word_is_no_postcode(analyzer: Analyzer) -> None:
    text = "16-09-2026 20:05 - +216 97 305 118: ana mawlouda 12 mars 1968 fi Sfax ya bnayti"
    assert "12 mars 1968" in _found(analyzer, text, "DATE_OF_BIRTH")
    assert not any("1968" in place for place in _found(analyzer, text, "LOCATION"))
    # a Dutch postcode in lower case after an address is one still
    text = "adres: kerkstraat 3, 1234 ab zwolle"
    assert "1234 ab" in _found(analyzer, text, "LOCATION")


def test_a_name_after_a_syriac_saints_word_is_no_person() -> None:
    names = PersonNameRecognizer()
    text = "ledenadministratie parochie Mor Gabriel Aydin, export 2026-04-10"
    assert [text[f.start : f.end] for f in names._first_last(text)] == []
    # "mar" in lower case is Flemish "maar": the name after it is a name
    text = "mar Jan Aydin komt ook"
    assert [text[f.start : f.end] for f in names._first_last(text)] == ["Jan Aydin"]
