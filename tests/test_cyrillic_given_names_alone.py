"""Issue 12: a capitalised Cyrillic word alone whose Latin reading is a listed first name is a name also when the
reading is a family name too (``Денис``: Denis, a Dutch family name as well; ``Сандра``, ``Раймонд``), as
Russian-speaking families address each other (tuning_127). Before, such a word counted only when no family name read
the same."""

from __future__ import annotations

import pytest

from tests.recognizer_helpers import found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ок, спроси у Дениса, а ключи отдай Денис вечером", "Денис"),
        ("привет, это Сандра из агентства", "Сандра"),
        ("завтра в шесть, Раймонд, не опаздывай", "Раймонд"),
    ],
)
def test_a_cyrillic_given_name_that_is_a_family_name_too_is_a_name(text: str, name: str) -> None:
    assert name in found(text, "PERSON")
