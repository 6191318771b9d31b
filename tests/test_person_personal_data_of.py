"""Issue 12 (twenty-first session), whose personal data or family a sentence names: a listed first name after
``van`` and a noun of what a form asks of a person (``de geboortedatum van Milan``, ``het rekeningnummer van Yara``,
``de contributie van daan``) or a kin word (``de moeder van daan``) is a name, in capitals or in a chat's lower case,
a name that is also a word or a surname's core too. The sentences are written here, not copied from a gold set."""

from __future__ import annotations

import pytest

from afscherm.detectors.person_name import PersonNameRecognizer


def persons(text: str) -> list[str]:
    return [text[f.start : f.end] for f in PersonNameRecognizer()._personal_data_of(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mag ik de geboortedatum van Lotte nog even hebben?", "Lotte"),  # a first name that is a surname too
        ("Wilt u het IBAN van Noah doorgeven?", "Noah"),
        ("kun je het burgerservicenummer van sanne sturen", "sanne"),
        ("ik mis nog het lidnummer van bram, de rest is binnen", "bram"),
        ("Het bezorgadres van Fatima klopt niet meer.", "Fatima"),
        ("de cijfers van daan zijn binnen", "daan"),  # a first name the word lists hold as well
        ("het paspoort van Roos is verlopen", "Roos"),  # a word-like first name, a person's passport
        ("wat is het telefoonnummer van kees de jong?", "kees de jong"),  # a surname in lower case goes with it
        ("ik sprak de moeder van daan op het schoolplein", "daan"),  # kin: whose family it is
        ("De kinderen van Youssef spelen elke dag op het veld.", "Youssef"),
        ("de zoon van roos is jarig", "roos"),  # a word-like first name after a kin word
    ],
)
def test_a_first_name_whose_data_is_asked_for_is_a_name(text: str, name: str) -> None:
    assert persons(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "het adres van Albert Heijn in het centrum",  # a name going on: a chain, the name rules read it
        "de geboortedatum van Esmee Jansen graag",  # a full name: the name rules read it
        "de factuur van juni is betaald",  # a month
        "het telefoonnummer van de buren",  # no name
        "het kvk nummer van min bedrijf",  # a chat's word for "mijn"
        "het bezoekadres van Ede",  # a place
        "het huis van Daan is groot",  # no personal-data noun (another rule's case)
        "de kleur van roos",  # a flower's colour: no personal-data noun
        "de man van de verzekering belde",  # no name after the kin word
        "de vrouw van Mark Rutte",  # a full name: the name rules read it
    ],
)
def test_no_name_without_a_personal_data_noun_or_with_a_place_month_or_full_name(text: str) -> None:
    assert persons(text) == []


def test_the_whole_recogniser_finds_it() -> None:
    text = "Administratie: Geboortedatum van Jesse?\nOuder: drie maart tweeduizend achttien."
    found = [text[f.start : f.end] for f in PersonNameRecognizer().find(text)]
    assert "Jesse" in found
