"""A capitalised listed first name that opens a message before a comma and a clause speaking to the person is the
person addressed (issue 12, chat recall); a month, place or word there is not."""

from __future__ import annotations

import pytest

from afscherm.detectors.person_name import PersonNameRecognizer


def persons(text: str) -> list[str]:
    return [text[f.start : f.end] for f in PersonNameRecognizer().find(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sandra Kuipers  09:02\nMilan, voor je contractverlenging mag ik je BSN nog even?", "Milan"),
        ("Anna: Sander, kun jij morgen de sleutel halen?", "Sander"),
        ("Dat is geregeld. Yvonne, wil u het formulier nog tekenen?", "Yvonne"),
        ("Teun, jullie zijn morgen om negen uur aan de beurt", "Teun"),
    ],
)
def test_the_person_addressed(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    "text",
    ["Juni, je weet hoe druk het dan is", "Utrecht, je kent het wel", "Klopt, je hebt gelijk"],
)
def test_no_name_addressed(text: str) -> None:
    assert "Juni" not in persons(text) and "Utrecht" not in persons(text) and "Klopt" not in persons(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("jens: en lien? die was toch van lokeren", "lien"),
        ("kim: is iedereen er\nsanne?", "sanne"),
        ("ok. en fenna?", "fenna"),
        ("[20:14] bas: of met ruben!", "ruben"),
    ],
)
def test_a_lower_case_name_alone_as_a_question(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize("text", ["mark: en morgen?", "kim: en jij?", "de appel? nee", "Hoe laat? En Jansen?"])
def test_no_lower_case_name_alone(text: str) -> None:
    assert [p for p in persons(text) if p.islower() and p not in ("mark", "kim")] == []
