"""Issue 12, places in chats (from the kinds of miss the tuning and retired chats showed): a town that is a word too
ends its phrase with a laugh, an emoji or another place's phrase as well as with punctuation; a corner is named with
"hoek" between its two streets."""

from __future__ import annotations

import pytest

from afscherm.detectors import analyze


def _found(text: str) -> set[tuple[str, str]]:
    return {(text[f.start : f.end], f.entity_type) for f in analyze([text])[0]}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("joris: ik sta nog bij de bakker in kampen haha", "kampen"),
        ("sanne: morgen met de trein naar leiden 🚆", "leiden"),
        ("zitten jullie in haren of bij oma in glimmen?", "haren"),
        ("ik werk niet meer in leiden maar in katwijk", "leiden"),
    ],
)
def test_a_town_that_is_a_word_ends_its_phrase_as_a_chat_ends_it(text: str, place: str) -> None:
    assert (place, "LOCATION") in _found(text)


@pytest.mark.parametrize(
    "text",
    ["de groep werd in kampen verdeeld", "hij heeft gel in haren en baard"],
)
def test_a_word_that_goes_on_in_its_sentence_is_no_town(text: str) -> None:
    assert not any(t == "LOCATION" for _, t in _found(text))


@pytest.mark.parametrize(
    ("text", "streets"),
    [
        ("tom: jup, schoolstraat hoek lingedijk, om 8 uur", ("schoolstraat", "lingedijk")),
        ("We staan Stationsweg hoek Prinsenlaan te wachten", ("Stationsweg", "Prinsenlaan")),
    ],
)
def test_both_streets_of_a_corner_named_with_hoek_between_them(text: str, streets: tuple[str, str]) -> None:
    found = _found(text)
    assert all((street, "LOCATION") in found for street in streets)


def test_a_surname_beside_hoek_is_no_street() -> None:
    assert ("Hoogendijk", "LOCATION") not in _found("mevrouw Hoogendijk hoek Kerkstraat belde")


@pytest.mark.parametrize(
    ("text", "district"),
    [
        ("we wonen sinds kort in zuilen", "zuilen"),
        ("ze woont nu in de pijp, lekker centraal", "de pijp"),
        ("ik woon in marslanden en werk in zwolle", "marslanden"),
    ],
)
def test_a_town_s_part_where_someone_lives_is_a_place_however_typed(text: str, district: str) -> None:
    assert (district, "LOCATION") in _found(text)


def test_the_neighbourhood_as_a_word_is_no_district() -> None:
    assert not any(t == "LOCATION" for _, t in _found("wij wonen in de wijk met de molen"))
