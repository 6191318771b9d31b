"""Arab parents called by their child's name, "Abu Khaled", "Umm Rami" (the teknonym is half the name: the word is
no longer left outside the finding), and Levantine months in Latin letters with their article ("27 tishrin el-tani
2004", "8 aab 2004"; issue 12, tuning_168 and tuning_170)."""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.from_config(None)


def _found(analyzer: Analyzer, text: str, kind: str) -> list[str]:
    return [text[f.start : f.end] for f in analyzer.analyze([text])[0] if f.entity_type == kind]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ik heb gisteren Abu Khaled gesproken over de huur", "Abu Khaled"),
        ("[09-04-26 20:14:02] Umm Rami: ok, de bsn volgt", "Umm Rami"),
        ("Umm Samir zegt dat het pakket er is", "Umm Samir"),
    ],
)
def test_a_teknonym_is_one_name(analyzer: Analyzer, text: str, name: str) -> None:
    assert name in _found(analyzer, text, "PERSON")


def test_dutch_om_before_a_name_stays_outside(analyzer: Analyzer) -> None:
    text = "ik ga om Sanne op te halen naar het station"
    assert not any(p.startswith("om") for p in _found(analyzer, text, "PERSON"))


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("nour.saadeh_: Nour Saadeh, 27 tishrin el-tani 2004 sorry", "27 tishrin el-tani 2004"),
        ("nieuwe speler: Majd Barakat, mijn neef. geb 8 aab 2004 voor de knvb", "8 aab 2004"),
        ("geboortedatum: 3 kanun al-awwal 1961", "3 kanun al-awwal 1961"),
    ],
)
def test_a_levantine_month_with_its_article(analyzer: Analyzer, text: str, date: str) -> None:
    assert date in _found(analyzer, text, "DATE_OF_BIRTH")
