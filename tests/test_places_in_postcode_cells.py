"""A town in a CSV row's cell right after its postcode's cell is the town, where the model read it as a person: a
listed place that is a family name too ("…;Chaussée de Gand 210;1080;Molenbeek", tuning_168); not a first name
there, nor a name in the row's other cells (issue 12)."""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import Analyzer
from afscherm.detectors.ner_guard import model_entity_type

ROWS = (
    "id;nom;prenom;date_naissance;lieu_naissance;parent;gsm_parent;adresse;cp;commune\n"
    "2201;HAMDI;Yanis;2014-02-11;Anderlecht;Samir Hamdi;0478 22 41 90;Rue Heyvaert 17;1080;Molenbeek\n"
    "2202;BENALI;Lina;2015-07-30;Jette;Nadia Benali;0486 12 77 03;Chaussée de Gand 210;1080;Molenbeek\n"
)


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.from_config(None)


def test_the_town_after_its_postcode_cell_is_a_place(analyzer: Analyzer) -> None:
    found = [(f.entity_type, ROWS[f.start : f.end]) for f in analyzer.analyze([ROWS])[0]]
    assert [kind for kind, value in found if value == "Molenbeek"] == ["LOCATION", "LOCATION"]
    assert ("PERSON", "Samir Hamdi") in found


def test_the_model_person_after_a_postcode_cell_is_retyped_only_when_a_listed_place() -> None:
    row = "2203;1080;Molenbeek;x\n2204;1080;Jansen;x"
    at = row.index("Molenbeek")
    assert model_entity_type(row, at, at + len("Molenbeek"), "PERSON") == "LOCATION"
    at = row.index("Jansen")
    assert model_entity_type(row, at, at + len("Jansen"), "PERSON") == "PERSON"
    # not after any other cell
    row = "2203;Rue Heyvaert 17;Molenbeek"
    at = row.index("Molenbeek")
    assert model_entity_type(row, at, at + len("Molenbeek"), "PERSON") == "PERSON"
