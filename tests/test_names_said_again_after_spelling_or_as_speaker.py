"""A name said again (issue 12; ``name_consistency``): a surname spelled letter by letter is the same person where it
is said whole (``S-C-H-I-P-P-E-R-S`` ... ``Schippers, en uw voornaam?``), and a first name the training data knew only
inside organisations' names (``Joris``, ``Vincent``) spreads from its speaker label to its other mentions. A first
name said as a sentence of its own in a turn (``Klant: Van Dijk. Gerrit.``) is an answer giving a name."""

from __future__ import annotations

from afscherm.detectors import analyze
from afscherm.detectors.name_consistency import spelled_word


def _persons(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze([text])[0] if f.entity_type == "PERSON"]


def test_a_spelled_surname_said_whole() -> None:
    # (a surname that is also a word: said alone at a turn's start, only its spelling says it is the name)
    text = (
        "Agent: Kunt u uw achternaam spellen?\n"
        "Beller: S-C-H-I-P-P-E-R-S, met twee P's.\n"
        "Agent: Schippers, en uw voornaam?"
    )
    assert "Schippers" in _persons(text)


def test_spelled_word() -> None:
    assert spelled_word("K-L-O-O-S-T-E-R-M-A-N") == "kloosterman"
    assert spelled_word("Kloosterman") is None


def test_a_speakers_name_at_its_other_mention() -> None:
    text = "Joris: Gemeente Delft, Joris, zegt u het maar\nbeller: ja ik bel over de container"
    assert _persons(text).count("Joris") == 2


def test_a_first_name_said_as_a_sentence_of_its_own_in_a_turn() -> None:
    assert "Gerrit" in _persons("Medewerker: Dank u, meneer...?\nKlant: Van Dijk. Gerrit.")
    assert "Femke" in _persons("Medewerker: Dank u, mevrouw...?\nKlant: Bakker. Femke.")


def test_other_words_alone_in_a_turn_are_no_name() -> None:
    assert _persons("Medewerker: Alles goed zo?\nKlant: Prima. Dank. Top.") == []
