"""A receipt's number right after its label ("Bon 0412-118830") is a till's count, not a phone number."""

from __future__ import annotations

import pytest

from afscherm.detectors.phone import PhoneNumberRecognizer


def _phones(text: str) -> list[str]:
    return [text[f.start : f.end] for f in PhoneNumberRecognizer().find(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Bon 0318-204417     Kassa 03     14-11-2026 10:12",
        "Kassabon nr: 0229-518803",
        "receipt #0572-330196",
    ],
)
def test_receipt_number_is_no_phone(text: str) -> None:
    assert _phones(text) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # near cases: a name that starts like the label, a mobile after it, the label word after a call word
        ("Bonnie 0318-204417", "0318-204417"),
        ("Bon: 06-48271106", "06-48271106"),
        ("Bel Bon 0318-204417 even terug", "0318-204417"),
        # (the phone word on the line above is the other number's)
        ("Tel 0318-204417\nBon 0229-518803", "0318-204417"),
    ],
)
def test_phone_near_the_label_stays(text: str, number: str) -> None:
    assert _phones(text) == [number]
