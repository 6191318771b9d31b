"""Issue 12, streets in chats: "zitten op" says where a chat's writers live or stay (``wij zitten op Vlierbes 14,
ook geen stroom``): a capitalised listed street after it, its number closing the phrase, is an address, also when the
street is a Dutch word too. Not a short word that names a platform or a deck (``Perron 3``), not a common word
(``Kamer 12``), not without the verb. The cases are written here, not copied from any set; every address is made
up."""

from __future__ import annotations

from tests.recognizer_helpers import locations


def test_a_listed_street_after_wij_zitten_op() -> None:
    assert "Lijsterbes 31" in locations("Wij zitten op Lijsterbes 31, ook geen stroom hier.")


def test_a_listed_street_after_zit_with_adverbs() -> None:
    assert "Lijsterbes 9" in locations("mijn broer zit nu ook op Lijsterbes 9.")


def test_a_platform_or_a_room_is_no_street() -> None:
    assert locations("we zitten op Perron 3.") == []
    assert locations("ik zit nu op Kamer 12.") == []


def test_the_same_street_without_the_verb_needs_another_cue() -> None:
    assert locations("Lijsterbes 31 is mooi gesnoeid.") == []
