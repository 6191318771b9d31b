"""A Catalan, Basque or Galician association's table names its columns in its own language (issue 12, tuning_158):
nom, cognom1, cognom2, naixement, poble, ciutat; izena, abizena1, jaioteguna, herria; apelidos, data_nacemento,
concello. Its rows' names, birth dates and towns are read as under Dutch or Spanish keys."""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.from_config(None)


def _found(analyzer: Analyzer, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, text[f.start : f.end]) for f in analyzer.analyze([text])[0]]


def test_a_catalan_insert(analyzer: Analyzer) -> None:
    text = (
        "INSERT INTO `socis` (`id`,`nom`,`cognom1`,`cognom2`,`naixement`,`poble`,`telefon`) VALUES\n"
        "(211,'Jordina','Vidal','Roura','1984-05-30','Vic','06-38 12 90 55'),\n"
        "(212,'Josep','Bosch','Soler','1969-06-15','Figueres','06-11 22 33 44');"
    )
    found = _found(analyzer, text)
    for expected in [
        ("PERSON", "Roura"),
        ("PERSON", "Soler"),
        ("DATE_OF_BIRTH", "1984-05-30"),
        ("DATE_OF_BIRTH", "1969-06-15"),
        ("LOCATION", "Vic"),
        ("LOCATION", "Figueres"),
    ]:
        assert expected in found


def test_a_galician_csv(analyzer: Analyzer) -> None:
    text = "nome,apelidos,data_nacemento,concello\nSabela,Barreiro Castro,1996-02-11,Betanzos\n"
    found = _found(analyzer, text)
    assert ("DATE_OF_BIRTH", "1996-02-11") in found
    assert ("LOCATION", "Betanzos") in found


@pytest.mark.parametrize("key", ["izena", "abizena1", "cognom2"])
def test_the_name_keys(key: str) -> None:
    from afscherm.detectors.field_context import names_person

    assert names_person(key)
