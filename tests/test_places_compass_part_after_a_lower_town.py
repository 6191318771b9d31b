"""Issue 12, chat places: a large town typed in lower case and its compass part or centre after it, the phrase ending
there (``amsterdam noord.``, ``rotterdam zuid 🙂``, ``den haag centrum,``): the district is part of the place. Not a
part the sentence goes on after (``utrecht noord toe``: the town alone). The sentences are written here."""

from __future__ import annotations

import pytest

from tests.recognizer_helpers import places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("adres klopt, amsterdam noord. sleutel in het kluisje", "amsterdam noord"),
        ("we wonen sinds kort in rotterdam zuid 🙂", "rotterdam zuid"),
        ("ik werk in den haag centrum, jij?", "den haag centrum"),
    ],
)
def test_a_lower_case_town_and_its_part_are_one_place(text: str, place: str) -> None:
    assert place in places(text)


def test_a_part_the_sentence_goes_on_after_is_left_out() -> None:
    found = places("ik rijd naar utrecht noord toe")
    assert "utrecht" in found
    assert "utrecht noord" not in found
