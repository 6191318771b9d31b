"""Issue 12: a Dutch document number after the Russian word for passport (``паспорт``, ``pasport``) or the Lithuanian
and Latvian one in its cases (``pasas``, ``paso``, ``pasą``, ``pase``), as Baltic and Russian-speaking families write
to each other (tuning_127/128). The Lithuanian word only whole: ``Pasen``, ``pasop`` or Spanish ``pasar`` before a code
of that shape make it no document number."""

from __future__ import annotations

import pytest

from tests.recognizer_helpers import found


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("dukra turi olandu paso, nr. RT4KX82P1, galioja iki 2031", "RT4KX82P1"),
        ("номер паспорта дочки: NX5RK82T3, действителен", "NX5RK82T3"),
        ("vajag tavu pase numuru: BH7LM2QX4", "BH7LM2QX4"),
    ],
)
def test_a_document_number_after_a_baltic_or_russian_passport_word(text: str, number: str) -> None:
    assert number in found(text, "NL_ID_DOCUMENT")


@pytest.mark.parametrize("text", ["met Pasen komt pakket AB12345C6 binnen", "pasop, code AB12345C6 vervalt"])
def test_words_that_hold_the_letters_are_no_passport(text: str) -> None:
    assert found(text, "NL_ID_DOCUMENT") == []
