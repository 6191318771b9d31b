"""Birth-date labels of forms a Dutch desk receives in Portuguese and Turkish (issue 12): ``data de nascimento:
03/03/1987``, ``doğum tarihi: 03.03.1987`` (also without the dotless letters, ``Dogum tarihi``). Another date under
a Turkish label (``sipariş tarihi``, an order's date) is none."""

from __future__ import annotations

import pytest

from afscherm.detectors import analyze


def _births(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze([text])[0] if f.entity_type == "DATE_OF_BIRTH"]


@pytest.mark.parametrize(
    "text, birth",
    [
        ("data de nascimento: 03/03/1987", "03/03/1987"),
        ("doğum tarihi: 03.03.1987", "03.03.1987"),
        ("Adı: Ayşe Demir  Dogum tarihi 14.07.1979", "14.07.1979"),
    ],
)
def test_the_date_is_the_birth(text: str, birth: str) -> None:
    assert _births(text) == [birth]


def test_an_order_date_is_none() -> None:
    assert _births("sipariş tarihi: 03.03.2026") == []
