"""Issue 12, places in Flemish text: a deelgemeente (a former municipality merged into a larger one, which Flemish
addresses and forms still name: Wondelgem for Gent, Heverlee for Leuven) is a place as the municipalities of
``places_be_flemish.txt`` are; the list is ``places_be_deelgemeenten.txt``. Those that are Dutch words too (``laken``,
``drongen``) stay guarded in lower case. The cases are written here, not copied from any set; every name and address
is made up."""

from __future__ import annotations

from afscherm.detectors.place_names import SUBMUNICIPALITIES_FILE, lower_villages, place_index, place_words
from tests.recognizer_helpers import places


def test_the_list_holds_deelgemeenten_and_no_municipality_twice() -> None:
    names = [line for line in SUBMUNICIPALITIES_FILE.read_text(encoding="utf-8").splitlines() if line[:1] != "#"]
    assert {"Wondelgem", "Heverlee", "Wilrijk", "Drongen", "Mariakerke"} <= set(names)
    assert "Gent" not in names and "Leuven" not in names  # the municipalities: places_be_flemish.txt
    assert len(names) == len(set(names))


def test_the_deelgemeenten_are_listed_places() -> None:
    index = place_index()
    assert {"wondelgem", "heverlee", "zwijnaarde", "kessel lo"} <= set(index)  # normalised: hyphens as spaces


def test_those_that_are_words_are_guarded_in_lower_case() -> None:
    assert {"drongen", "laken", "burcht"} <= place_words()
    assert not {"drongen", "laken", "burcht"} & lower_villages()
    assert "zwijnaarde" in lower_villages()


def test_a_deelgemeente_closing_a_childs_line_in_a_list() -> None:
    assert "Wondelgem" in places("Kobe Peeters, 03/06/2014, Wondelgem")


def test_a_deelgemeente_after_a_place_cue() -> None:
    assert "Heverlee" in places("mijn zus woont sinds vorig jaar in Heverlee")
    assert "zwijnaarde" in places("ik blijf bij tante in zwijnaarde, kerkweg 3")


def test_a_deelgemeente_that_is_a_word_left_alone_as_a_word() -> None:
    assert places("de mensen drongen naar voren bij de kassa") == []
    assert places("de laken liggen nog in de droger") == []
