"""Names (issue 12): the name on a door or a parcel in a chat - after "bel aan bij", "aanbellen bij" and a bare
"naam" - a listed lower-case surname with its particle (an Arabic one too: "el amrani"); not a word that is no
surname ("de buren"), nor the name of something ("naam van de winkel"). Cases written for these tests, all
fictitious."""

from __future__ import annotations

import pytest

from tests.recognizer_helpers import persons


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("lotte: dorpsstraat 14 in gouda, bel aan bij de graaf", ["lotte", "de graaf"]),
        ("sem: je moet even aanbellen bij el amrani, 2e bel", ["sem", "el amrani"]),
        ("koerier: pakket afgegeven op nummer 6. naam de bruijn", ["de bruijn"]),
        ("koerier: pakket afgegeven op nummer 6. naam el idrissi", ["el idrissi"]),
    ],
)
def test_a_surname_on_the_door_or_the_parcel(text: str, expected: list[str]) -> None:
    assert persons(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "bel aan bij de buren als ik er niet ben",
        "bel aan bij nummer 12",
        "de naam van de winkel weet ik niet meer",
        "welke naam staat erop? naam onbekend",
    ],
)
def test_a_word_a_number_or_the_name_of_a_thing_is_left_alone(text: str) -> None:
    assert persons(text) == []
