"""A number a caller reads out over two turns (issue 12): the first part ends the speaker's line, the second opens
the same speaker's next turn, another's short answer between them or none; read as one run.

Hand-written, fictitious examples; every expected value is written out, not computed by the code under test.
"""

from __future__ import annotations

import pytest

from afscherm.detectors.spoken_numbers import SpokenNumberRecognizer

FIND = SpokenNumberRecognizer().find


def found(text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, text[f.start : f.end]) for f in FIND(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Agent: Op welk nummer kan ik u bereiken?\nKlant: nul zes, twaalf, vierendertig\nAgent: ja\n"
         "Klant: zesenvijftig, achtenzeventig.",
         ("PHONE_NUMBER", "nul zes, twaalf, vierendertig\nAgent: ja\nKlant: zesenvijftig, achtenzeventig")),
        ("Agent: Uw BSN?\nKlant: een twee drie vier\nKlant: vijf zes zeven acht twee",
         ("NL_BSN", "een twee drie vier\nKlant: vijf zes zeven acht twee")),
        ("Medewerker: En uw telefoonnummer?\nBeller: nul zes twaalf vierendertig, eh\nMedewerker: ga door\n"
         "Beller: zesenvijftig achtenzeventig",
         ("PHONE_NUMBER", "nul zes twaalf vierendertig, eh\nMedewerker: ga door\nBeller: zesenvijftig achtenzeventig")),
        ("[10:02] Klant: mijn nummer is nul zes, één twee\n[10:02] Klant: drie vier vijf zes zeven acht",
         ("PHONE_NUMBER", "nul zes, één twee\n[10:02] Klant: drie vier vijf zes zeven acht")),
        ("S1: Burgerservicenummer graag.\nS2: een twee drie, vier vijf\nS1: mm\nS2: zes zeven acht twee",
         ("NL_BSN", "een twee drie, vier vijf\nS1: mm\nS2: zes zeven acht twee")),
    ],
)  # fmt: skip
def test_a_number_read_out_over_two_turns(text: str, expected: tuple[str, str]) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # two speakers' numbers: no one reads out one number
        "Agent: nul zes twaalf vierendertig\nKlant: zesenvijftig achtenzeventig",
        # amounts in two turns
        "Agent: hoeveel kost het?\nKlant: twaalf vierendertig\nAgent: ja\nKlant: zesenvijftig achtenzeventig",
        # a long answer between the turns
        "Klant: nul zes twaalf vierendertig\nAgent: dat heb ik genoteerd, en dan de rest van het nummer graag\n"
        "Klant: zesenvijftig achtenzeventig",
    ],
)
def test_parts_of_different_speakers_or_far_apart_are_no_number(text: str) -> None:
    assert all(entity != "PHONE_NUMBER" or "\n" not in value for entity, value in found(text))
