"""Places with a Finnish, Estonian or Sámi case ending glued to them (issue 12, tuning_167): "Groningenissa",
"Oulusta", "Delftis", "Tallinnast", "rotterdamissa", "Groningenii"; not Dutch adjectives of places ("Amsterdams peil",
"Limburgs"), nor words of other languages ("Adresse"), nor a Finnish word in lower case ("passissa")."""

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
        ("asun nyt Groningenissa, äiti on vielä Oulusta kotoisin", "Groningenissa"),
        ("asun nyt Groningenissa, äiti on vielä Oulusta kotoisin", "Oulusta"),
        ("kiitos, olen rotterdamissa huomenna koko päivän", "rotterdamissa"),
        ("ta elab nüüd Delftis ja tema ema Viljandis", "Delftis"),
        ("ta elab nüüd Delftis ja tema ema Viljandis", "Viljandis"),
        ("buorre eahket Groningenii! muistakaa áddjá", "Groningenii"),
    ],
)
def test_a_place_with_a_case_ending(analyzer: Analyzer, text: str, place: str) -> None:
    assert place in _places(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "het Amsterdams peil stond hoog en het Limburgs is een mooie taal",
        "Neue Adresse ab Montag: bitte notieren",
        "onko se passissa vai ei, kysy virkailijalta",
    ],
)
def test_no_place_where_the_ending_is_a_words(analyzer: Analyzer, text: str) -> None:
    found = _places(analyzer, text)
    assert not any(w in found for w in ("Amsterdams", "Limburgs", "Adresse", "passissa"))


def test_a_finnish_thanks_at_a_messages_start_is_no_name(analyzer: Analyzer) -> None:
    # "Kiitos" reads as an OCR-damaged "Klitos", a Cypriot given name: a chat's thanks is no name
    text = "Aino K. (16 mrt 20:53): Kiitos! De mokken zijn trouwens heel mooi geworden"
    found = [text[f.start : f.end] for f in analyzer.analyze([text])[0] if f.entity_type == "PERSON"]
    assert "Kiitos" not in found
