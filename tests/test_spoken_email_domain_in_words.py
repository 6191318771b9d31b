"""An e-mail address read out whose domain label speech recognition wrote as two or three words (issue 12):
"bibliotheek oss punt nl" is bibliotheekoss.nl.

Hand-written, fictitious examples; every expected value is written out, not computed by the code under test.
"""

from __future__ import annotations

import pytest

from afscherm.detectors.spoken_email import SpokenEmailRecognizer, written

FIND = SpokenEmailRecognizer().find


def found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in FIND(text)]


@pytest.mark.parametrize(
    ("text", "expected", "address"),
    [
        ("Beller: m punt brouwers apenstaartje bibliotheek oss punt nl.",
         "m punt brouwers apenstaartje bibliotheek oss punt nl", "m.brouwers@bibliotheekoss.nl"),
        ("stuur naar info apenstaartje gemeente sint michielsgestel punt nl graag",
         "info apenstaartje gemeente sint michielsgestel punt nl", "info@gemeentesintmichielsgestel.nl"),
        ("mijn mail is jan punt de vries apenstaartje gmail punt com",
         "jan punt de vries apenstaartje gmail punt com", "jan.devries@gmail.com"),
        ("Klant: sanne apenstaartje bakkerij de hoop punt nl",
         "sanne apenstaartje bakkerij de hoop punt nl", "sanne@bakkerijdehoop.nl"),
        ("het is p punt smit apenstaartje zorg groep noord punt nl, klopt",
         "p punt smit apenstaartje zorg groep noord punt nl", "p.smit@zorggroepnoord.nl"),
    ],
)  # fmt: skip
def test_a_domain_label_in_words(text: str, expected: str, address: str) -> None:
    assert found(text) == [expected]
    assert written(expected) == address


def test_a_domain_of_four_words_or_without_a_domain_ending_is_none() -> None:
    assert found("stuur naar info apenstaartje de vier woorden hier punt nl") == []
    assert found("mijn apenstaartje is kapot gegaan bij het typen") == []
