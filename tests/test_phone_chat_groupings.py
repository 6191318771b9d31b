"""Issue 12, chat phones: a Dutch mobile number in the groupings chats type it in. (1) Groups parted by a narrow
no-break or thin space (WhatsApp exports and phones' contact cards write those). (2) A mobile number in groups after
another number's word that does not label it (``stuur de rekening naar 0612 34 56 78``), while a label's number stays
no phone (``ordernummer: 0612 34 56 78``). (3) A mobile number led by 31 without its plus (``31612 34 56 78``), in
groups or after a phone word. The numbers are made up; phonenumbers decides that each is valid."""

from __future__ import annotations

import pytest

from afscherm.detectors.phone import PhoneNumberRecognizer

FIND = PhoneNumberRecognizer().find


def numbers(text: str) -> list[str]:
    return [text[f.start : f.end] for f in FIND(text)]


@pytest.mark.parametrize(
    "number",
    [
        "0612\u202f34\u202f56\u202f78",
        "06\u202f12\u202f34\u202f56\u202f78",
        "0612\u200934\u200956\u200978",
        "06\u202f1234\u202f5678",
    ],
)
def test_groups_parted_by_narrow_or_thin_spaces(number: str) -> None:
    text = f"12/3/24, 21:04 - Petra: {number}"
    assert numbers(text) == [number]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("stuur de rekening graag naar 0612 34 56 78, dan betaal ik", "0612 34 56 78"),
        ("factuur volgt morgen. 06-12 34 56 78 is mijn nummer", "06-12 34 56 78"),
        ("de bestelling is binnen hoor, app 06 1234 5678 maar", "06 1234 5678"),
    ],
)
def test_a_grouped_mobile_number_after_another_numbers_word_that_does_not_label_it(text: str, number: str) -> None:
    assert number in numbers(text)


@pytest.mark.parametrize(
    "text",
    [
        "ordernummer: 0612 34 56 78",
        "ordernr is 06-1234 5678",
        "mijn rekeningnummer is 0612 34 56 78",
        "order 0612345678",
    ],
)
def test_a_number_another_numbers_word_labels_is_no_phone(text: str) -> None:
    assert numbers(text) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("mijn oude nummer 31612 34 56 78, die werkt nog", "31612 34 56 78"),
        ("Petra: 31 6 12345678", "31 6 12345678"),
        ("bel 31612345678 even", "31612345678"),
        ("haar nummer: 316-12 34 56 78", "316-12 34 56 78"),
    ],
)
def test_a_mobile_number_led_by_31_without_its_plus(text: str, number: str) -> None:
    assert numbers(text) == [number]


@pytest.mark.parametrize(
    "text", ["referentie 31612345678", "id 2024-31612345678", "bedrag 31.612.345.678", "v31612 34 56 78"]
)
def test_eleven_digits_from_31_without_groups_or_a_phone_word_are_no_number(text: str) -> None:
    assert numbers(text) == []


def test_an_account_number_typed_in_lower_case_after_its_word_is_no_phone() -> None:
    assert numbers("rekeningnummer nl09 trio 0682 6722 26 oh wacht") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Bakkerij Jansen · Dorpsstraat 4 · 7411 AB Deventer · 57 1234", "57 1234"),
        ("Praktijk De Linde · Lindelaan 2 · 9401 AB Assen · tel. 35 1234 · info@praktijk.nl", "35 1234"),
        ("Schoenmakerij Bos • Markt 3 • 8261 GK Kampen • 312345", "312345"),
    ],
)
def test_a_short_local_number_after_a_postcode_and_place_in_a_letters_footer(text: str, number: str) -> None:
    assert numbers(text) == [number]


@pytest.mark.parametrize(
    "text",
    [
        "7411 AB Deventer · 2024 1234",
        "Jansen | Kerkstraat 1 | 1234 AB Ede | 412345",
        "postcode 7411 AB Deventer · 57 12",
        "Dorpsstraat 4 · Deventer · 57 1234",
    ],
)
def test_a_short_number_without_a_footers_postcode_and_place_is_no_phone(text: str) -> None:
    assert numbers(text) == []
