"""Bare lower-case names in chats and OCR-noisy name labels (issue 12): mentions, a form of address before a
surname that is also a word, a chat name's other lower-case mentions — and the common words that must stay
words. Phone numbers in pairs belong to the same chat style. Texts are written for these tests; expected
spans come from ``str.index``.
"""

from __future__ import annotations

import pytest

from afscherm.detectors.analyzer import analyze_text
from afscherm.detectors.findings import Finding
from afscherm.detectors.name_consistency import propagate_names
from afscherm.detectors.person_name import PersonNameRecognizer
from afscherm.detectors.phone import PhoneNumberRecognizer

NAMES = PersonNameRecognizer()


def names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in NAMES.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("@piet kun jij dit oppakken?", ["piet"]),
        ("cc @daan @mees", ["daan", "mees"]),
        ("@Sanne zie je dit?", ["Sanne"]),
        ("vraag het @femke de vries maar", ["femke de vries"]),
    ],
)
def test_mentions(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "mail naar piet@example.nl",  # an e-mail address's local part is the e-mail recogniser's
        "zie @home.nl voor de status",  # a domain
        "@team de release is klaar",  # no listed name
    ],
)
def test_no_mention(text: str) -> None:
    assert names(text) == []


def test_form_of_address_before_a_surname_that_is_also_a_word() -> None:
    assert names("goedemorgen meneer bakker, uw afspraak staat vrijdag") == ["bakker"]
    assert names("dank u wel mevrouw smit!") == ["smit"]
    # the word goes on as a sentence: a verb after the form of address, no surname
    assert names("meneer wacht al een uur op zijn pakket") == []


def test_ocr_damaged_name_labels() -> None:
    text = "Naarn JACOBS\nVoornarnen THIJS\n"
    assert names(text) == ["JACOBS", "THIJS"]


def finding(text: str, value: str, start: int = 0) -> Finding:
    i = text.index(value, start)
    return Finding(i, i + len(value), "PERSON", 0.7, "PersonNameRecognizer")


def test_a_chat_names_other_lower_case_mentions() -> None:
    text = "sanne: ben er om 5\nfleur: ok, zeg tegen sanne dat ze brood meeneemt"
    out = propagate_names(text, None, [finding(text, "sanne")])
    second = text.index("sanne", 5)
    assert [(f.start, f.end) for f in out if f.entity_type == "PERSON"] == [(0, 5), (second, second + 5)]


def test_word_like_names_do_not_spread_in_lower_case() -> None:
    # "roos" (a rose) and "hoop" (hope) are names only where a rule vouches for each mention
    text = "roos: de roos in de tuin bloeit, er is hoop"
    out = propagate_names(text, None, [finding(text, "roos")])
    assert [(f.start, f.end) for f in out if f.entity_type == "PERSON"] == [(0, 4)]


def test_model_names_do_not_seed_lower_case_mentions() -> None:
    text = "Daan belde. daan is ook een woord in dit verzonnen dialect"
    model = Finding(0, 4, "PERSON", 0.85, "SpacyNer")
    out = propagate_names(text, None, [model])
    assert all(f.start < 5 for f in out if f.entity_type == "PERSON")


def test_chat_in_the_analyzer() -> None:
    text = "sanne: hoi @piet, heb je meneer visser nog gebeld?\npiet: nee, sanne doet dat morgen"
    found = {(f.start, text[f.start : f.end]) for f in analyze_text(text) if f.entity_type == "PERSON"}
    for value, start in (("sanne", 0), ("piet", 0), ("visser", 0), ("piet", 40), ("sanne", 60)):
        i = text.index(value, start)
        assert (i, value) in found, value


@pytest.mark.parametrize("written", ["06-12-34-56-78", "06.12.34.56.78", "06 12 34 56 78"])
def test_mobile_numbers_in_pairs(written: str) -> None:
    text = f"tel='{written}'"
    assert [text[f.start : f.end] for f in PhoneNumberRecognizer().find(text)] == [written]


def test_a_date_is_still_no_phone_number() -> None:
    assert PhoneNumberRecognizer().find("geleverd op 06-12-34") == []
