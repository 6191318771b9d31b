"""A German landline in a chat written in German, or naming the German phone (issue 12): ``Tel. zu Hause 02431 94
28 17`` after ``Und die Rechnung bitte an …``, ``haar oude Festnetz is 02562 99 81 24``. German area codes and
subscriber numbers vary in length, so the Dutch reading takes no part of them; German words (``Straße``, ``Festnetz``,
``und``, ``bitte``) say the text is German where no address under ``.de`` or ``+49`` does. A Dutch text's number
keeps its Dutch reading."""

from __future__ import annotations

import pytest

from afscherm.detectors import analyze


def _phones(text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze([text])[0] if f.entity_type == "PHONE_NUMBER"]


@pytest.mark.parametrize(
    "text, phone",
    [
        (
            "Jürgen: Und die Rechnung bitte an Am Lindenhof 22, 41812 Erkelenz. Tel. zu Hause 02431 94 28 17",
            "02431 94 28 17",
        ),
        ("Jetzt: Vaalser Straße 412a, 52074 Aachen. Tel 0241 8897 4410", "0241 8897 4410"),
        ("Jenneke: haar oude Festnetz is 02562 99 81 24, da geht keiner mehr ran", "02562 99 81 24"),
    ],
)
def test_the_german_number_is_found_whole(text: str, phone: str) -> None:
    assert _phones(text) == [phone]


def test_a_dutch_number_stays_dutch() -> None:
    assert _phones("Kees: bel me op tel 024 1889744 en daarna de rest") == ["024 1889744"]
