"""An IP address typed loosely after a word that names it (issue 12; ``ip_address._loosely_written``): spaces around
its dots (``mijn ip is 84 . 241 . 12 . 9``), a form's leading zeros (``ip: 084.241.012.009``), commas for dots
(``het ip-adres 84,241,12,9``). Four small numbers apart by commas without such a word are a list."""

from __future__ import annotations

import pytest

from afscherm.detectors import analyze


def _addresses(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze([text])[0] if f.entity_type == "IP_ADDRESS"]


@pytest.mark.parametrize(
    "text, address",
    [
        ("klant: mijn ip is 84 . 241 . 12 . 9 zegt de router", "84 . 241 . 12 . 9"),
        ("IP: 084.241.012.009", "084.241.012.009"),
        ("het ip-adres 84,241,12,9 staat in de mail", "84,241,12,9"),
    ],
)
def test_the_address_is_found(text: str, address: str) -> None:
    assert _addresses(text) == [address]


@pytest.mark.parametrize(
    "text",
    ["de scores waren 12, 14, 18, 20 deze week", "scores 12, 14, 18, 20 bij de ip-les van 2024 en ook 3 . 4 . 5"],
)
def test_a_list_of_numbers_is_no_address(text: str) -> None:
    assert _addresses(text) == []
