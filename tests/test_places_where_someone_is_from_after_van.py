""" "van" and a listed place where a verb of being or coming says where someone is from, the phrase ending there
(place_names._origin): "die was toch van lokeren", "ik ben van gent, jij?". Own sentences; every name is made up."""

from __future__ import annotations

import pytest

from afscherm.detectors.place_names import PlaceNameRecognizer

REC = PlaceNameRecognizer()


def places(text: str) -> list[str]:
    return [text[f.start : f.end] for f in REC.find(text)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("jens: en lien? die was toch van lokeren\nbart: ja", "lokeren"),
        ("ik ben van gent, jij?", "gent"),
        ("hij komt oorspronkelijk van goes hoor", "goes"),
        ("Zij is van Sneek.", "Sneek"),
    ],
)
def test_where_someone_is_from(text: str, place: str) -> None:
    assert place in places(text)


@pytest.mark.parametrize(
    "text",
    [
        "dat is van Dijk",  # a surname's particle
        "ze is van Goor.",  # a listed place that is a family name, capitalised
        "het is van best kwaliteit",  # a word going on
        "het boek is van Linde.",  # a first name
        "die was van lokeren gekomen op de fiets",  # the phrase goes on
    ],
)
def test_van_before_a_name_or_a_word_stays(text: str) -> None:
    assert places(text) == []
