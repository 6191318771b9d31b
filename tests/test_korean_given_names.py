"""Issue 12: Korean given names romanised with a hyphen (``Min-seo``, ``do-hyun``), alone or beside a Korean family
name in either order (``Kim Min-seo``, ``PARK Ji-hoon``, ``Seo-yeon Choi``), are names whatever their case; two
syllables that are one syllable twice or English words (``ha-ha``, ``pop-up``, ``to-do``) are not."""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.from_config(None)


def _persons(analyzer: Analyzer, text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyzer.analyze([text])[0] if f.entity_type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("stuur de uitnodiging ook naar Kim Min-seo aub", "Kim Min-seo"),
        ("naam_lat;geb\nPARK Ji-hoon;1979-03-02", "PARK Ji-hoon"),
        ("de nieuwe collega is Seo-yeon Choi, begint maandag", "Seo-yeon Choi"),
        ("ik kom zaterdag met do-hyun en de kinderen", "do-hyun"),
        ("Gefeliciteerd alvast voor Ji-woo!", "Ji-woo"),
    ],
)
def test_a_romanised_korean_given_name_is_found_with_its_family_name(analyzer: Analyzer, text: str, name: str) -> None:
    assert name in _persons(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "ha-ha dat was een goeie, so-so eigenlijk",
        "er kwam een pop-up en de to-do lijst was weg",
        "de set-up van het kantoor is klaar",
    ],
)
def test_hyphenated_words_that_are_no_korean_names_are_not_found(analyzer: Analyzer, text: str) -> None:
    assert _persons(analyzer, text) == []
