"""A Belgian mobile number without a word before it (issue 12; ``phone.PhoneNumberRecognizer._belgian``): ten digits
from 045-049 that are no Dutch number are a Belgian mobile in any text, as ten digits from 06 are a Dutch one; a chat
export's next line (its time stamp) does not make the number part of a longer run. Another number's word still wins."""

from __future__ import annotations

import pytest

from afscherm.detectors import analyze


def _phones(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze([text])[0] if f.entity_type == "PHONE_NUMBER"]


@pytest.mark.parametrize(
    "text, number",
    [
        ("Wout: 0478 91 20 35", "0478 91 20 35"),
        ("3/10/26, 09:12 - Wout: 0496 12 88 40\n3/10/26, 09:13 - Els: merci!", "0496 12 88 40"),
        ("ge kunt hem bereiken op 0467/55.21.90 na vijven", "0467/55.21.90"),
    ],
)
def test_a_belgian_mobile_is_found_alone(text: str, number: str) -> None:
    assert _phones(text) == [number]


@pytest.mark.parametrize("text", ["ordernummer 0479316208 is verzonden", "factuurnr. 0478 91 20 35"])
def test_another_numbers_word_wins(text: str) -> None:
    assert _phones(text) == []
