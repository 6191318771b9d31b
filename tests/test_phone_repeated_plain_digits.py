"""A phone number found once is that number again where the same plain digits stand alone elsewhere in the text."""

from __future__ import annotations

from afscherm.detectors.analyzer import default_analyzer
from afscherm.detectors.findings import Finding
from afscherm.detectors.repeats import repeated_numbers


def _phone_texts(text: str) -> list[str]:
    return sorted(
        text[f.start : f.end] for f in default_analyzer().analyze_one(text) if f.entity_type == "PHONE_NUMBER"
    )


def test_bare_repeat_in_a_radius_log_is_found() -> None:
    text = (
        "Auth: Login OK: [p.devries] (via nas-02 cli 31687215490)\n"
        'Info: Calling-Station-Id = "31687215490", NAS-Port = "7"'
    )
    assert _phone_texts(text) == ["31687215490", "31687215490"]


def test_repeat_takes_every_standalone_occurrence() -> None:
    text = "mobiel=0687215490 ; later gebeld door 0687215490."
    first = Finding(7, 17, "PHONE_NUMBER", 0.95, "FieldContext")
    spans = [(text[f.start : f.end], f.start) for f in repeated_numbers(text, None, [first])]
    assert spans == [("0687215490", 7), ("0687215490", 38)]


def test_digits_inside_a_longer_token_are_no_repeat() -> None:
    # near case: the same digits inside a longer number or a word are another identifier
    text = "mobiel=0687215490 ; zending 90687215490 en ref X0687215490"
    first = Finding(7, 17, "PHONE_NUMBER", 0.95, "FieldContext")
    assert repeated_numbers(text, None, [first]) == [first]


def test_short_phone_finding_is_not_repeated() -> None:
    # near case: a municipality's short number (five digits) repeats in too many other numbers to be followed
    text = "bel 14020, postbus 14020"
    first = Finding(4, 9, "PHONE_NUMBER", 0.95, "PhoneNumberRecognizer")
    assert repeated_numbers(text, None, [first]) == [first]
