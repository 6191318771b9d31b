"""Lower-case names in chats after a verb of telling with ``het`` and after ``groeten aan`` (issue 12;
``person_name.not_a_person_here``, ``NAME_CUE``). Dutch puts no article before a person's name, but in ``vraag het
annelies`` the ``het`` is the thing asked, not an article; after ``groeten aan`` only a person or a group follows."""

from __future__ import annotations

import pytest

from afscherm.detectors import analyze


def _persons(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze([text])[0] if f.entity_type == "PERSON"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("bas: geen idee, vraag het marloes die weet dat", "marloes"),
        ("bas: dan vraag ik het floortje morgen wel", "floortje"),
        ("bas: zeg het maar tegen niemand, vertel het joyce zelf", "joyce"),
        ("bas: top, groeten aan priya sharma!", "priya sharma"),
    ],
)
def test_the_name_is_found(text: str, name: str) -> None:
    assert name in _persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "bas: het marloes-gevoel blijft",  # an article before a compound
        "bas: groeten aan iedereen thuis",  # a group
        "bas: doe de groeten aan je moeder",
    ],
)
def test_no_name_is_made(text: str) -> None:
    assert _persons(text) == ["bas"]
