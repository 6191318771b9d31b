"""Names (issue 12): a name label written as a sentence, its verb between label and value ("Contactpersoon is
Marian"): the name is the value, without the verb; a lower-case word after the verb names no one. Cases written for
these tests, all fictitious."""

from __future__ import annotations

import pytest

from tests.recognizer_helpers import persons


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Storing kassa. Contactpersoon is Hanneke, 0413 24 55 10.", ["Hanneke"]),
        ("Betreft: kassa\nContactpersoon was Gert-Jan Bosman.", ["Gert-Jan Bosman"]),
        ("Contactpersoon: Hanneke Smeets", ["Hanneke Smeets"]),  # the label's colon as before
    ],
)
def test_the_name_after_the_labels_verb_without_the_verb(text: str, expected: list[str]) -> None:
    assert persons(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Contactpersoon is niet bereikbaar tot maandag",
        "Contactpersoon wordt nog bepaald",
    ],
)
def test_a_lower_case_word_after_the_verb_is_no_name(text: str) -> None:
    assert persons(text) == []
