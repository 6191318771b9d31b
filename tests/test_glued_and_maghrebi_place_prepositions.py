"""A place after a Maltese preposition and article glued to it ("mill-Xagħra", "tar-Rabat", "mill-Ħamrun") and after
Maghrebi Arabic's "f" (in) as chats write it ("14 jouilla 1971 f Azazga"; issue 12, tuning_166 and tuning_168); not
a word after such a prefix that no list holds as a place ("tal-parrinu", "il-Belt")."""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.from_config(None)


def _places(analyzer: Analyzer, text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyzer.analyze([text])[0] if f.entity_type == "LOCATION"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Happy birthday Żeppi!!! mill-Xagħra b'ħafna kisses", "Xagħra"),
        ("x'inhu l-indirizz eżatt tar-Rabat?", "Rabat"),
        ("tinsiex iċ-ċertifikat tal-parrinu mill-Ħamrun 🙏", "Ħamrun"),
        ("Fatiha Bouzid née Ameziane, 14 jouilla 1971 f Azazga", "Azazga"),
    ],
)
def test_a_place_after_a_glued_or_maghrebi_preposition(analyzer: Analyzer, text: str, place: str) -> None:
    assert place in _places(analyzer, text)


def test_a_word_after_the_prefix_is_no_place(analyzer: Analyzer) -> None:
    found = _places(analyzer, "tinsiex iċ-ċertifikat tal-parrinu, il-Belt hija sabiħa")
    assert "parrinu" not in found and "Belt" not in found
