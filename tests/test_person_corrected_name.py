"""Issue 12 (twenty-first session), a letter that corrects a name: the value it quotes under a person's name label
(``achternaam``, ``voornaam``, ``naam``), a misspelling no list knows or one led by its particle (``Uw achternaam stond
als "Bruinsmaa"``, ``als "van der Pool"``), and both sides of ``X in plaats van Y``. The letters are written here, not
copied from a gold set."""

from __future__ import annotations

import pytest

from afscherm.detectors.person_name import PersonNameRecognizer


def corrected(text: str) -> list[str]:
    return [text[f.start : f.end] for f in PersonNameRecognizer()._name_as_quoted(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ('Uw achternaam stond bij ons als "Bruinsmaa" geregistreerd.', ["Bruinsmaa"]),  # unlisted: a misspelling
        ("Mijn voornaam staat in uw systeem als 'Jolanta', dat moet Jolanda zijn.", ["Jolanta"]),
        ('In het dossier stond uw achternaam als "van der Pool".', ["van der Pool"]),  # led by its particle
        ("Uw naam was verkeerd geschreven: Hoekstraa in plaats van Hoekstra.", ["Hoekstraa", "Hoekstra"]),
    ],
)
def test_a_name_a_letter_corrects_is_a_name(text: str, names: list[str]) -> None:
    assert corrected(text) == names


@pytest.mark.parametrize(
    "text",
    [
        'Uw naam stond vermeld als "Onbekend".',  # a placeholder
        'De naam staat als "Installatiebedrijf" in het register.',  # an organisation word
        'De bedrijfsnaam stond als "Kroezeman" op de factuur.',  # a firm's name label
        "Uw naam staat op de lijst in plaats van de oude.",  # no name on either side
    ],
)
def test_no_name_without_a_person_label_or_with_a_placeholder(text: str) -> None:
    assert corrected(text) == []
