"""A place's two names joined by a slash, as bilingual regions and their people write them (issue 12, tuning_158):
"Donostia/San Sebastián", "Bergen/Mons", "Aken/Aachen". Both names listed places, or one found and the other listed;
a place abroad needs no other cue then."""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.from_config(None)


def _places(analyzer: Analyzer, text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyzer.analyze([text])[0] if f.entity_type == "LOCATION"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("ez ez, Donostia/San Sebastián 😂 mijn ama vliegt over", ["Donostia", "San Sebastián"]),
        ("0412;Iñaki;1991-06-18;Donostia / San Sebastián;+31 6 41 80 27 95", ["Donostia", "San Sebastián"]),
        ("Aken/Aachen is dichtbij", ["Aken", "Aachen"]),
        ("adres: rue Haute 4, 7000 Bergen/Mons", ["Bergen", "Mons"]),
    ],
)
def test_both_names_of_a_place(analyzer: Analyzer, text: str, names: list[str]) -> None:
    found = _places(analyzer, text)
    assert all(name in found for name in names)


@pytest.mark.parametrize("text", ["Jan/Piet komen ook", "Naam/Surname: Jansen", "1 dag/Week", "Ja/Nee"])
def test_other_words_around_a_slash_are_no_places(analyzer: Analyzer, text: str) -> None:
    assert _places(analyzer, text) == []
