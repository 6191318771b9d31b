"""Issue 12, places in chats: ``langs`` (passing by on the way) leads to a place as ``via`` does: a weak cue, after
which a large town that is also a word counts in lower case only when it ends the phrase (``ik kom langs houten``). The
cases are written here, not copied from any set; every name is made up."""

from __future__ import annotations

from tests.recognizer_helpers import places


def test_a_large_town_that_is_a_word_ending_the_phrase_after_langs() -> None:
    assert places("ik rij morgen langs kampen") == ["kampen"]
    assert places("pak je me op? je komt toch langs leiden, toch") == ["leiden"]


def test_a_capitalised_town_after_langs() -> None:
    assert places("Ik kom morgen langs Zutphen.") == ["Zutphen"]


def test_the_word_going_on_after_langs_stays_a_word() -> None:
    assert places("we fietsen langs houten hekken") == []
    assert places("kom je vanavond nog langs?") == []


def test_a_person_after_langs_stays_out() -> None:
    assert places("ik ga morgen langs Jansen") == []
