"""LocationRecognizer: postcodes, street + house number, and the place after a postcode."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detectors.location import KNOWN_PLACES, LocationRecognizer

RECOGNIZER = LocationRecognizer()


def found(text: str) -> list[str]:
    """The texts of all findings, in order; spans are checked through ``spans`` where it matters."""
    return [text[f.start : f.end] for f in RECOGNIZER.find(text)]


def spans(text: str) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in RECOGNIZER.find(text)]


def at(text: str, literal: str) -> tuple[int, int]:
    start = text.index(literal)
    return start, start + len(literal)


def test_street_postcode_and_city_are_three_findings() -> None:
    text = "Adres: Kerkstraat 12a, 1234 AB Amsterdam."
    findings = RECOGNIZER.find(text)
    assert [(f.start, f.end) for f in findings] == [
        at(text, "Kerkstraat 12a"),
        at(text, "1234 AB"),
        at(text, "Amsterdam"),
    ]
    assert {f.entity_type for f in findings} == {"LOCATION"}
    assert {f.recognizer for f in findings} == {"LocationRecognizer"}


POSTCODE_AND_PLACE = [
    ("1234 AB Amsterdam", "1234 AB", "Amsterdam"),
    ("1234AB  AMSTERDAM", "1234AB", "AMSTERDAM"),
    ("Postbus 10, 2511 CV Den Haag", "2511 CV", "Den Haag"),
    ("5211 AB 's-Hertogenbosch", "5211 AB", "'s-Hertogenbosch"),
    ("2400 AB Alphen aan den Rijn\nNederland", "2400 AB", "Alphen aan den Rijn"),
    ("4611 AB Bergen op Zoom, NL", "4611 AB", "Bergen op Zoom"),
    ("2901 AB Capelle aan den IJssel", "2901 AB", "Capelle aan den IJssel"),
    ("3511 AB, Utrecht", "3511 AB", "Utrecht"),
    ("7511 AB Enschede Nederland", "7511 AB", "Enschede"),
    ("1234 AB Kleindorp", "1234 AB", "Kleindorp"),  # unknown capitalised place
    ("1234 AB Nieuw Kleindorp aan de Vaart", "1234 AB", "Nieuw Kleindorp aan de Vaart"),
    ("ik woon in 1234ab amsterdam", "1234ab", "amsterdam"),  # chat: lowercase known place
]


@pytest.mark.parametrize(("text", "postcode", "place"), POSTCODE_AND_PLACE)
def test_postcode_and_following_place(text: str, postcode: str, place: str) -> None:
    assert spans(text) == [at(text, postcode), at(text, place)]


@pytest.mark.parametrize(
    ("text", "postcode"),
    [
        ("postcode 1234 AB", "1234 AB"),
        ("Postcode: 9999ZZ.", "9999ZZ"),
        ("mijn postcode is 1234ab", "1234ab"),
        ("postcode 1234 ab", "1234 ab"),
        ("adres: 1234 ab", "1234 ab"),
        ("1234 AB", "1234 AB"),
        ("1234 ab woonplaats onbekend", None),
        ("1234 ab", None),
    ],
)
def test_postcodes_alone(text: str, postcode: str | None) -> None:
    assert spans(text) == ([at(text, postcode)] if postcode else [])


@pytest.mark.parametrize(
    ("text", "postcode"),
    [
        ("1234ab gaat niet door", "1234ab"),
        ("postcode 1234 AB Wij komen morgen", "1234 AB"),
        ("1234 AB Tel 020", "1234 AB"),
    ],
)
def test_word_after_postcode_that_is_not_a_place(text: str, postcode: str) -> None:
    assert spans(text) == [at(text, postcode)]


STREETS = [
    ("Ik woon op de Kerkstraat 12.", "Kerkstraat 12"),
    ("Kerkstraat 12a", "Kerkstraat 12a"),
    ("Kerkstraat 12-2", "Kerkstraat 12-2"),
    ("Kerkstraat 12 bis", "Kerkstraat 12 bis"),
    ("Kerkstraat 12 III", "Kerkstraat 12 III"),
    ("Kerkstraat 12 hs, Amsterdam", "Kerkstraat 12 hs"),
    ("Kerkstraat 12-A", "Kerkstraat 12-A"),
    ("Woont aan de Van Woustraat 12 sinds mei", "Van Woustraat 12"),
    ("Burgemeester de Withstraat 5", "Burgemeester de Withstraat 5"),
    ("Laan van Meerdervoort 120, Den Haag", "Laan van Meerdervoort 120"),
    ("Oude Gracht 12 in Utrecht", "Oude Gracht 12"),
    ("Prins Hendrikkade 3", "Prins Hendrikkade 3"),
    ("P.C. Hooftstraat 35", "P.C. Hooftstraat 35"),
    ("In de Kerkstraat 12 woont hij", "Kerkstraat 12"),
    ("Nieuwe Binnenweg 100", "Nieuwe Binnenweg 100"),
    ("Coolsingel 40", "Coolsingel 40"),
    ("Museumplein 6", "Museumplein 6"),
    ("'s-Gravendijkwal 12", "'s-Gravendijkwal 12"),
    ("ik woon kerkstraat 12 hoor", "kerkstraat 12"),
    ("stuur het naar dorpsweg 3a", "dorpsweg 3a"),
]


@pytest.mark.parametrize(("text", "street"), STREETS)
def test_street_with_house_number(text: str, street: str) -> None:
    assert spans(text) == [at(text, street)]


def test_address_context_raises_the_score() -> None:
    bare = RECOGNIZER.find("Kerkstraat 12")
    with_context = RECOGNIZER.find("Woonadres: Kerkstraat 12")
    assert len(bare) == len(with_context) == 1
    assert with_context[0].score > bare[0].score


NEGATIVES = [
    "weg 2",
    "straat 5",
    "de weg 2 keer",
    "Weg 2",
    "onderweg 2 uur",
    "de supermarkt 3 keer per week",
    "Aflevering 5",
    "Vergadering 12",
    "Hoofdstuk 12",
    "Windows 10",
    "Snelweg 12 km",
    "kerkstraat 3 keer",
    "G. van Dijk 33",
    "F. Disselhof 35 jaar",
    "1024 MB",
    "2048 KB",
    "1000 GB vrij",
    "om 1130 AM",
    "1130 PM",
    "in 2023 EN daarna",
    "1024mb",
    "2048 kb",
    "1234 SA Amsterdam",
    "1234 SD",
    "1234 SS",
    "0123 AB",
    "12345 AB",
    "1234 ABC",
    "A1234 AB",
    "1234-AB",
    "Kerkstraat",
    "straat 12 en de weg 13",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_hard_negatives(text: str) -> None:
    assert RECOGNIZER.find(text) == []


def test_unit_letters_are_a_postcode_when_a_known_place_follows() -> None:
    text = "1011 DE Amsterdam"
    assert spans(text) == [at(text, "1011 DE"), at(text, "Amsterdam")]


def test_place_stays_on_the_postcode_line() -> None:
    text = "1234 AB\nAmsterdam"
    assert spans(text) == [at(text, "1234 AB")]


def test_known_places_list_is_compact_and_has_the_large_municipalities() -> None:
    assert 150 <= len(KNOWN_PLACES) <= 400
    for place in ("amsterdam", "rotterdam", "den haag", "utrecht", "eindhoven", "'s hertogenbosch"):
        assert place in KNOWN_PLACES


# -- properties --------------------------------------------------------------------------------------

letters = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=2)


@settings(max_examples=200, deadline=None)
@given(
    st.integers(min_value=1000, max_value=9999),
    letters,
    st.sampled_from(["", " "]),
    st.sampled_from(["Amsterdam", "ROTTERDAM", "Den Haag", "Alphen aan den Rijn", "'s-Hertogenbosch"]),
)
def test_any_postcode_before_a_known_place(number: int, pair: str, space: str, place: str) -> None:
    postcode = f"{number}{space}{pair}"
    text = f"Afleveradres:\nKerkstraat 1\n{postcode} {place}\n"
    if pair in ("SA", "SD", "SS"):  # never issued
        assert spans(text) == [at(text, "Kerkstraat 1")]
    else:
        assert spans(text) == [at(text, "Kerkstraat 1"), at(text, postcode), at(text, place)]


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["Kerk", "Dorps", "Molen", "School", "Hoofd", "Burgemeester Visser", "Van Eeghen"]),
    st.sampled_from(["straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dijk", "steeg", "dreef"]),
    st.integers(min_value=1, max_value=9999),
    st.sampled_from(["", "a", "B", "-2", " bis", " hs", " II"]),
)
def test_any_street_and_house_number(name: str, suffix: str, number: int, addition: str) -> None:
    address = f"{name}{suffix} {number}{addition}"
    text = f"Het pakket gaat naar {address}, daarna terug."
    assert spans(text) == [at(text, address)]
