"""PhoneNumberRecognizer: Dutch and international numbers in their common writings, and what is not a phone."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from afscherm.detectors.phone import PhoneNumberRecognizer

RECOGNIZER = PhoneNumberRecognizer()


def spans(text: str) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in RECOGNIZER.find(text)]


def expected(text: str, literal: str) -> list[tuple[int, int]]:
    start = text.index(literal)
    return [(start, start + len(literal))]


POSITIVES = [
    ("Bel me op 06-12345678.", "06-12345678"),
    ("Mijn mobiel: 06 1234 5678", "06 1234 5678"),
    ("nummer 06 12 34 56 78, graag terugbellen", "06 12 34 56 78"),
    ("0612345678", "0612345678"),
    ("Tel. +31 6 12345678 (werk)", "+31 6 12345678"),
    ("Telefoon: +31 (0)20 123 4567", "+31 (0)20 123 4567"),
    ("WhatsApp +31(0)6-12345678!", "+31(0)6-12345678"),
    ("vanuit het buitenland 0031 6 12345678.", "0031 6 12345678"),
    ("Kantoor 020-1234567, ma-vr", "020-1234567"),
    ("bel 020 123 4567 voor een afspraak", "020 123 4567"),
    ("Secretariaat (010) 123 45 67.", "(010) 123 45 67"),
    ("Gratis: 0800-1234", "0800-1234"),
    ("Brussel: +32 2 555 12 34", "+32 2 555 12 34"),
    ("Berlijn +49 30 1234567;", "+49 30 1234567"),
    ("Londen (+44 20 7946 0958)", "+44 20 7946 0958"),
    ("tel:0612345678", "0612345678"),
    ("Tel.0612345678", "0612345678"),
    ("06-nummer: 06-1234 5678.", "06-1234 5678"),
    ("Zie 10 0612345678", "0612345678"),
]


@pytest.mark.parametrize(("text", "literal"), POSITIVES)
def test_writings_are_found_with_exact_span(text: str, literal: str) -> None:
    findings = RECOGNIZER.find(text)
    assert [(f.start, f.end) for f in findings] == expected(text, literal)
    assert findings[0].entity_type == "PHONE_NUMBER"
    assert findings[0].recognizer == "PhoneNumberRecognizer"


def test_two_numbers_in_one_line_are_two_findings() -> None:
    text = "06 12345678 of 06 87654321 en 020 1234567 06 11223344"
    assert spans(text) == (
        expected(text, "06 12345678")
        + expected(text, "06 87654321")
        + expected(text, "020 1234567")
        + expected(text, "06 11223344")
    )


@pytest.mark.parametrize("word", ["tel", "telefoon", "telefoonnummer", "mobiel", "bel", "gebeld", "nummer"])
def test_context_raises_the_score(word: str) -> None:
    bare = RECOGNIZER.find("Het is 06-12345678.")
    with_context = RECOGNIZER.find(f"Mijn {word} is 06-12345678.")
    assert len(bare) == len(with_context) == 1
    assert with_context[0].score > bare[0].score


NEGATIVES = [
    "geboren op 12-03-1985",
    "op 01-02-1985 ingeschreven",
    "datum 05-06-2023 12:30",
    "log 2023-10-12 14:33:12 start",
    "epoch 1700000000 seconden",
    "bedrag € 1.234,56 voldaan",
    "prijs € 0,50 per stuk",
    "KvK 12345678",
    "kvk-nummer 01234567",
    "versie 1.0.0612345678",
    "v0.6.1234567",
    "versie 0.6.12345678",
    "ORD-0612345678",
    "ordernummer 0612345678",
    "bestelnummer: 020 1234567",
    "bsn 123456782",
    "123456782",
    "IBAN NL91 ABNA 0417 1643 00",
    "NL91ABNA0417164300",
    "IMEI 01 234567 890123 4",
    "0612345678abc",
    "ref 06123456789012",
    "06 1234",
    "0612345",
    "hash a0612345678",
    "020-1234567-3",
    "mail 0612345678@example.org",
    "+31 6 123",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_hard_negatives_are_not_phone_numbers(text: str) -> None:
    assert RECOGNIZER.find(text) == []


def test_span_excludes_trailing_punctuation_and_includes_opening_parenthesis() -> None:
    text = "Bellen naar (020) 123 45 67."
    assert spans(text) == expected(text, "(020) 123 45 67")


# -- properties: valid Dutch mobiles (06 1-5 + 7 digits, per the Dutch numbering plan) in every writing


def _writings(subscriber: str) -> list[str]:
    """``subscriber``: the 8 digits after ``06``."""
    s = subscriber
    return [
        f"06{s}",
        f"06-{s}",
        f"06 {s}",
        f"06 {s[:4]} {s[4:]}",
        f"06 {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}",
        f"06-{s[:4]} {s[4:]}",
        f"+316{s}",
        f"+31 6 {s}",
        f"+31 6 {s[:4]} {s[4:]}",
        f"+31 (0)6 {s}",
        f"+31(0)6-{s}",
        f"0031 6 {s}",
        f"0031 6{s}",
    ]


mobile_subscribers = st.builds(
    lambda first, rest: first + rest,
    st.sampled_from("12345"),
    st.text(alphabet="0123456789", min_size=7, max_size=7),
)
templates = st.sampled_from(
    ["{}", "Bel me op {}.", "Mijn nummer: {}, groet", "({})", "tel {}\nvolgende regel", "zie {}!", "x {} y"]
)


@settings(max_examples=200, deadline=None)
@given(mobile_subscribers, st.integers(min_value=0, max_value=12), templates)
def test_valid_mobiles_are_found_in_every_writing(subscriber: str, style: int, template: str) -> None:
    number = _writings(subscriber)[style]
    assert phonenumbers.is_valid_number(phonenumbers.parse(number, "NL"))  # the oracle agrees
    text = template.format(number)
    assert spans(text) == expected(text, number)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789", min_size=8, max_size=8).filter(lambda s: s[0] != "0"))
def test_eight_digit_numbers_without_trunk_zero_are_never_phones(digits: str) -> None:
    # KvK numbers, order numbers, 8-digit dates: a Dutch number has ten digits with the leading 0
    assert RECOGNIZER.find(f"nummer {digits} en {digits[:2]}-{digits[2:4]}-{digits[4:]}") == []


# -- a number typed over two chat lines ----------------------------------------------------------------


def test_number_broken_over_two_chat_lines_is_one_finding() -> None:
    text = "[21:39] Bezoeker: bel me maar op 06 31 06\n06 80\n[21:41] Bezoeker: of vast nummer"
    assert spans(text) == expected(text, "06 31 06\n06 80")


@pytest.mark.parametrize(
    ("text", "literals"),
    [
        ("bel me op 06 12345678\n06 87654321", ["06 12345678", "06 87654321"]),  # each line complete
        ("bel 0612345678\n12 keer geprobeerd", ["0612345678"]),
        ("mijn nummer is 06-1234\n5678", ["06-1234\n5678"]),
    ],
)
def test_a_line_break_joins_only_an_incomplete_number(text: str, literals: list[str]) -> None:
    assert spans(text) == [span for literal in literals for span in expected(text, literal)]


@pytest.mark.parametrize(
    "text",
    [
        "06 31 06\n06 80",  # no phone word: digit rows in a table stay apart
        "nummer\n06 31 06\n06 80",  # the phone word is not on the number's line
        "bel me op 06 31 06\n06 80 of later",  # the second line goes on: not the rest of the number
        "bel me op 06 31\n06\n06 80",  # two line breaks
        "bel 12 06 31 06\n06 80",  # other digits before it on its line
        "tel IBAN NL91 ABNA 0417\n1643 00",
    ],
)
def test_line_break_guards(text: str) -> None:
    assert RECOGNIZER.find(text) == []


def test_joined_digits_must_be_a_valid_number() -> None:
    number = "06 01 23\n45 67"
    assert not phonenumbers.is_valid_number(phonenumbers.parse(number.replace("\n", " "), "NL"))
    assert RECOGNIZER.find(f"bel me op {number}") == []


@settings(max_examples=200, deadline=None)
@given(mobile_subscribers, st.integers(min_value=1, max_value=3))
def test_mobile_in_pairs_broken_after_any_pair(subscriber: str, cut: int) -> None:
    pairs = ["06", *(subscriber[k : k + 2] for k in range(0, 8, 2))]
    number = " ".join(pairs[: cut + 1]) + "\n" + " ".join(pairs[cut + 1 :])
    assert phonenumbers.is_valid_number(phonenumbers.parse(number.replace("\n", " "), "NL"))
    text = f"[08:17] Klant: bel me maar op {number}\n[08:19] Medewerker: dank je"
    assert spans(text) == expected(text, number)
