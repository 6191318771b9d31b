"""Issue 12 (twenty-first session), congratulations addressed to someone: a listed first name after ``gefeliciteerd``
or ``proficiat`` (a radio host's "Gefeliciteerd Harrie!", a chat's "proficiat marloes") is a name, as after a
greeting. The lines are written here, not copied from a gold set."""

from __future__ import annotations

import pytest

from afscherm.detectors.person_name import PersonNameRecognizer


def greeted(text: str) -> list[str]:
    return [text[f.start : f.end] for f in PersonNameRecognizer()._greeting(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Presentator: Gefeliciteerd Wietske! Wat wil je horen?", "Wietske"),
        ("proficiat marloes, wat een mooie baby", "marloes"),
        ("Gefeliciteerd, Henk Vermeulen, met uw pensioen", "Henk Vermeulen"),  # a surname follows
        ("gefeliciteerd Roos!!", "Roos"),  # a first name that is a word, capitalised
    ],
)
def test_a_first_name_after_congratulations_is_a_name(text: str, name: str) -> None:
    assert greeted(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Gefeliciteerd met je verjaardag!",
        "gefeliciteerd allemaal, wat een uitslag",
        "Proficiat Ajax met het kampioenschap",  # a club: no listed first name
    ],
)
def test_congratulations_to_no_listed_name_find_none(text: str) -> None:
    assert greeted(text) == []
