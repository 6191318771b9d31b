"""Issue 12, chat names: (1) a line opened by a capitalised listed first name, a comma and a lower-case word
(``Joris, voor de nieuwe collega ...`` under a pasted message's header): the person addressed; not a common word or a
place (``Dag, tot morgen``, ``Ede, de stad``). (2) A capitalised listed first name right before a phone number in
brackets (``bel mij of Maarten (06-82 61 30 74)``): whose number it is; not after a capitalised word (``Bakkerij
Maarten (0341-412345)``: a firm), not a place (``Zwolle (038-4212345)``). The sentences are written here."""

from __future__ import annotations

import pytest

from tests.recognizer_helpers import names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kim Hoogland 13:02\nJoris, voor de nieuwe collega op de planning", "Joris"),
        ("Teamoverleg\nSanne, vergeet de notulen niet", "Sanne"),
    ],
)
def test_a_line_opened_by_a_first_name_and_a_comma_addresses_a_person(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text", ["Dag, tot morgen", "Ede, de stad waar het begon"])
def test_a_common_word_or_a_place_opening_a_line_is_no_name(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("bel mij of Maarten (06-82 61 30 74), of de buurvrouw", "Maarten"),
        ("neem contact op met Sanne (+31 6 12345678)", "Sanne"),
        ("contact: Maarten (06-12345678)", "Maarten"),
    ],
)
def test_a_first_name_before_a_bracketed_phone_number_is_a_person(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text", ["Bakkerij Maarten (0341-412345)", "Zwolle (038-4212345)"])
def test_a_firm_or_a_place_before_a_bracketed_number_is_no_name(text: str) -> None:
    assert names(text) == []
