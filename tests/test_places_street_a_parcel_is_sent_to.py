"""A capitalised BAG street with its house number after "naar", a verb of sending before "naar" or after the number
(location._sent_to_street): "graag naar Kerkewijk 58 sturen", "stuur het pakket naar ...". Own sentences; every
address is made up."""

from __future__ import annotations

import pytest

from tests.recognizer_helpers import locations


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Vervangend toestel graag naar Kerkewijk 58 sturen, ik werk thuis.", "Kerkewijk 58"),
        ("Kunt u het pakket naar Lijsterbes 20 opsturen?", "Lijsterbes 20"),
        ("stuur de sleutel maar naar Weteringschans 112", "Weteringschans 112"),
        ("Mag de bestelling naar Achter de Hoven 5 worden bezorgd?", "Achter de Hoven 5"),
    ],
)
def test_a_listed_street_a_parcel_is_sent_to(text: str, street: str) -> None:
    assert street in locations(text)


@pytest.mark.parametrize(
    "text",
    [
        "ga naar Kerkewijk 58 want daar is het feest",  # no sending: a listed street alone needs more
        "stuur het naar Perron 3",  # a platform: a short word
        "stuur het antwoord naar Hoofdstuk 5",  # no street
        "wij sturen de rekening naar kantoor 2",  # lower case, a common word
    ],
)
def test_no_street_without_sending_or_with_a_word(text: str) -> None:
    assert locations(text) == []
