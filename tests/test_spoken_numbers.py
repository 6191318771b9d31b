"""SpokenNumberRecognizer: BSNs, phone numbers and IBANs read out digit by digit in call transcripts."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from stdnum import iban as stdnum_iban
from stdnum.nl import bsn as stdnum_bsn

from afscherm.detectors.spoken_numbers import SpokenNumberRecognizer

RECOGNIZER = SpokenNumberRecognizer()


def found(text: str) -> list[tuple[int, int, str]]:
    return [(f.start, f.end, f.entity_type) for f in RECOGNIZER.find(text)]


def at(text: str, literal: str, entity: str) -> tuple[int, int, str]:
    start = text.index(literal)
    return start, start + len(literal), entity


# (words before, the spoken number, words after, entity)
LITERALS = [
    ("mijn nummer is ", "nul zes, twee acht een twee drie vier vijf zes", ".", "PHONE_NUMBER"),
    ("bsn is ", "één twee drie vier punt vijf zes punt zeven acht twee", ", klopt", "NL_BSN"),
    ("", "Eén twee drie vier vijf zes zeven acht twee", "", "NL_BSN"),
    ("", "EEN TWEE DRIE STREEPJE VIER VIJF ZES STREEPJE ZEVEN ACHT TWEE", "", "NL_BSN"),
    ("", "06 twee acht 12 34 56", " toch?", "PHONE_NUMBER"),
    ("", "nul 6 twee acht 12 34 56", "", "PHONE_NUMBER"),
    ("", "nul zes 12 34 56 78", "", "PHONE_NUMBER"),
    ("bel ", "plus drie een zes twee acht een twee drie vier vijf zes", "", "PHONE_NUMBER"),
    ("het is ", "nul zes, eh, twee acht een twee drie vier vijf zes", " oké", "PHONE_NUMBER"),
    ("nul twintig? nee: ", "nul twee nul een twee drie vier vijf zes zeven", "", "PHONE_NUMBER"),
    ("iban ", "NL 91 ABNA nul vier één zeven één zes vier drie nul nul", "", "IBAN_CODE"),
    ("", "N L negen één A B N A nul vier één zeven één zes vier drie nul nul", ".", "IBAN_CODE"),
    ("", "NL91 ABNA 0417 een zes vier drie nul nul", "", "IBAN_CODE"),
]


@pytest.mark.parametrize(("before", "literal", "after", "entity"), LITERALS)
def test_spoken_numbers_with_exact_span(before: str, literal: str, after: str, entity: str) -> None:
    text = before + literal + after
    assert found(text) == [at(text, literal, entity)]


def test_leading_and_trailing_words_are_left_out_of_the_span() -> None:
    text = "dat is een nul zes twee acht een twee drie vier vijf zes een twee"
    assert found(text) == [at(text, "nul zes twee acht een twee drie vier vijf zes", "PHONE_NUMBER")]


def test_a_bsn_and_a_phone_in_one_run() -> None:
    text = "één twee drie vier vijf zes zeven acht twee nul zes twee acht een twee drie vier vijf zes"
    assert found(text) == [
        at(text, "één twee drie vier vijf zes zeven acht twee", "NL_BSN"),
        at(text, "nul zes twee acht een twee drie vier vijf zes", "PHONE_NUMBER"),
    ]


@pytest.mark.parametrize(
    ("prefix", "entity"),
    [("bsn: ", "NL_BSN"), ("burgerservicenummer ", "NL_BSN"), ("telefoonnummer ", "PHONE_NUMBER")],
)
def test_context_raises_the_score(prefix: str, entity: str) -> None:
    spoken = (
        "één twee drie vier vijf zes zeven acht twee"
        if entity == "NL_BSN"
        else "nul zes een twee drie vier vijf zes zeven acht"
    )
    bare = RECOGNIZER.find(f"ok {spoken}")
    with_context = RECOGNIZER.find(f"{prefix}{spoken}")
    assert [f.entity_type for f in bare] == [f.entity_type for f in with_context] == [entity]
    assert with_context[0].score > bare[0].score


NEGATIVES = [
    "een twee drie vier vijf zes zeven acht negen",  # fails the 11-proef
    "Ik heb een twee en een drie",
    "0612345678",
    "123456782",
    "bsn 1234 56 782",
    "nul 612345678",  # one spoken digit word: the digit recognisers' job
    "een 0612345678",
    "nul zes twee acht",
    "NL 91 ABNA nul vier één zeven één zes vier drie nul één",  # mod-97 fails
    "drie keer vier is twaalf, vijf en zes",
    "",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_hard_negatives(text: str) -> None:
    assert RECOGNIZER.find(text) == []


# -- properties: valid BSNs and phone numbers rendered as spoken digits ------------------------------

SPOKEN = {
    "0": ["nul", "Nul"],
    "1": ["een", "één", "eén", "Een", "EEN"],
    "2": ["twee"],
    "3": ["drie"],
    "4": ["vier", "Vier"],
    "5": ["vijf"],
    "6": ["zes"],
    "7": ["zeven"],
    "8": ["acht"],
    "9": ["negen", "NEGEN"],
}
SEPARATORS = [" ", " ", ", ", " punt ", " - ", " streepje ", "  "]


def _bsn_from(first_eight: str) -> str | None:
    """The 11-proef written out: the ninth digit is the weighted sum (9..2) of the first eight, mod 11."""
    check = sum(w * int(d) for w, d in zip(range(9, 1, -1), first_eight, strict=True)) % 11
    return None if check == 10 else first_eight + str(check)


bsns = st.builds(
    lambda first, rest: _bsn_from(first + rest),
    st.sampled_from("123456789"),
    st.text(alphabet="0123456789", min_size=7, max_size=7),
).filter(lambda b: b is not None)


@st.composite
def spoken(draw: st.DrawFn, digits: str) -> str:
    words = [draw(st.sampled_from(SPOKEN[d])) for d in digits]
    out = words[0]
    for word in words[1:]:
        out += draw(st.sampled_from(SEPARATORS)) + word
    return out


def _spoken_ipv4(words: str) -> bool:
    groups = words.split(" punt ")
    digit = {w.lower(): d for d, ws in SPOKEN.items() for w in ws}
    values = ["".join(digit.get(w.strip(",-").lower(), "") for w in g.split()) for g in groups]
    return len(groups) == 4 and all(v and int(v) <= 255 for v in values)


templates = st.sampled_from(["{}", "mijn nummer is {}.", "Ja, {}, dat klopt", "ok {}\nvolgende", "(dus {})"])


@settings(max_examples=200, deadline=None)
@given(bsns, st.data(), templates)
def test_spoken_valid_bsn_is_found(bsn: str, data: st.DataObject, template: str) -> None:
    assert stdnum_bsn.is_valid(bsn)
    words = data.draw(spoken(bsn))
    # (nine digits read in four groups parted by "punt", each at most 255, are a spoken IPv4 address as much: "een nul
    # nul punt twee twee twee punt een punt twee twee" is 100.222.1.22, and the IP reading stands)
    assume(not _spoken_ipv4(words))
    text = template.format(words)
    assert found(text) == [at(text, words, "NL_BSN")]


@settings(max_examples=200, deadline=None)
@given(bsns, st.integers(min_value=0, max_value=8), st.integers(min_value=1, max_value=9), st.data())
def test_spoken_bsn_with_one_wrong_digit_is_not_reported(
    bsn: str, position: int, shift: int, data: st.DataObject
) -> None:
    wrong = str((int(bsn[position]) + shift) % 10)
    if position == 0 and wrong == "0":
        wrong = "1" if bsn[0] != "1" else "2"  # keep nine significant digits
    corrupted = bsn[:position] + wrong + bsn[position + 1 :]
    assert not stdnum_bsn.is_valid(corrupted)  # the oracle rejects it
    text = f"mijn bsn is {data.draw(spoken(corrupted))} toch"
    # No BSN without the 11-proef. A valid phone number inside the digits may still be found (hypothesis
    # met "twee | nul acht nul nul twee twee twee zes": 0800-2226 is a real number format).
    assert [f for f in RECOGNIZER.find(text) if f.entity_type == "NL_BSN"] == []


mobiles = st.builds(
    lambda first, rest: "06" + first + rest,
    st.sampled_from("12345"),
    st.text(alphabet="0123456789", min_size=7, max_size=7),
)


@settings(max_examples=200, deadline=None)
@given(mobiles, st.sampled_from(["spoken", "06 first", "plus"]), st.data(), templates)
def test_spoken_valid_mobile_is_found(number: str, style: str, data: st.DataObject, template: str) -> None:
    assert phonenumbers.is_valid_number(phonenumbers.parse(number, "NL"))
    if style == "spoken":
        words = data.draw(spoken(number))
    elif style == "06 first":
        words = "06 " + data.draw(spoken(number[2:]))
    else:
        words = "plus drie een " + data.draw(spoken(number[1:]))
    text = template.format(words)
    assert found(text) == [at(text, words, "PHONE_NUMBER")]


def test_spoken_iban_is_validated_by_mod_97() -> None:
    assert stdnum_iban.is_valid("NL91ABNA0417164300")
    text = "rekeningnummer NL negen één ABNA nul vier één zeven één zes vier drie nul nul"
    findings = RECOGNIZER.find(text)
    assert [(f.start, f.end, f.entity_type) for f in findings] == [
        at(text, "NL negen één ABNA nul vier één zeven één zes vier drie nul nul", "IBAN_CODE")
    ]
    without_context = RECOGNIZER.find("ok " + text[len("rekeningnummer ") :])
    assert len(without_context) == 1
    assert findings[0].score > without_context[0].score
