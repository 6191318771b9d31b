"""Issue 12: Central and Eastern Europe write a date's month as a Roman numeral ("2.VIII.1946" in a Macedonian chat,
tuning_124; "15 IX 1980" in Polish, "12. XI 1975" in Croatian). Under a birth label or in a sentence of birth such a
date is a date of birth; I, V and X alone count only between dots or dashes, as "10 X 2000" is a product."""

from __future__ import annotations

import pytest

from afscherm.detectors import analyze


def _births(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze([text])[0] if f.entity_type == "DATE_OF_BIRTH"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Geboortedatum: 4.VII.1952", "4.VII.1952"),
        ("data urodzenia 21 III 1987, miejsce: Lublin", "21 III 1987"),
        ("datum rođenja: 9. XII 1964.", "9. XII 1964"),
        ("deda je rođen 3.X.1939 u selu", "3.X.1939"),
    ],
)
def test_a_birth_date_with_a_roman_month(text: str, value: str) -> None:
    assert value in _births(text)


def test_a_single_roman_letter_between_blanks_is_no_month() -> None:
    assert not _births("geboortedatum volgt; bestelling 10 X 2000 gram suiker")
