"""A document number read out in a call, character by character (issue 12): letters alone or with the word that
spells them ("D van Dirk", "k als in karel", NATO's "Delta"), digits as digits or words, groups joined by "punt",
commas or pauses; read after a document word as the written number is.

Hand-written, fictitious examples; every expected value is written out, not computed by the code under test.
"""

from __future__ import annotations

import pytest

from afscherm.detectors.id_document import IdDocumentRecognizer
from afscherm.detectors.spoken_numbers import spelled_runs

FIND = IdDocumentRecognizer().find


def found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in FIND(text) if f.entity_type == "NL_ID_DOCUMENT"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Agent: Wat is uw documentnummer?\nKlant: N W punt acht F van Ferdinand, J drie, punt K zes een.",
         "N W punt acht F van Ferdinand, J drie, punt K zes een"),
        ("Medewerker: Het nummer van uw paspoort?\nKlant: Eh, I R K... zeven, L twee. P D vier.",
         "I R K... zeven, L twee. P D vier"),
        ("Klant: mijn paspoort, het nummer is s van simon p van pieter drie k van karel l twee negen acht vier",
         "s van simon p van pieter drie k van karel l twee negen acht vier"),
        ("Gemeente: En het documentnummer van de id-kaart?\nInwoner: T als in Teunis, R, vier vier, "
         "H zoals Hendrik, Delta, negen, X, twee.",
         "T als in Teunis, R, vier vier, H zoals Hendrik, Delta, negen, X, twee"),
        ("het documentnummer van mijn paspoort is B X negen P R vier D een drie", "B X negen P R vier D een drie"),
    ],
)  # fmt: skip
def test_a_number_spelled_out_after_a_document_word(text: str, expected: str) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # the same characters without a document word before them
        "Klant: N W punt acht F van Ferdinand, J drie, punt K zes een.",
        # a document word, but what is spelled has no document number's shape (an O, a postcode, a name)
        "Agent: uw paspoort? Klant: O van Otto, P, drie, K, L, twee, negen, acht, vier",
        "Klant: mijn paspoort ligt thuis, postcode twee vijf twee vijf G van Gerard K van Karel",
        "Klant: mijn rijbewijs staat op naam van J van Dijk, A van Dam en de kinderen",
    ],
)
def test_no_number_where_none_is_spelled_or_no_document_is_named(text: str) -> None:
    assert found(text) == []


def test_spelled_runs_read_letters_words_and_pairs() -> None:
    runs = spelled_runs("het is K van Karel, negenenveertig, punt, Z zoals Zacharias, x-ray 7")
    assert [[c for _, _, c in run] for run in runs] == [["K", "49", "Z", "X", "7"]]
    assert spelled_runs("het huis van Jan de Vries is mooi") == []
