"""Dates of birth (issue 12): a birth announced, then the child's name and the date in the next sentence ("Ons zoontje
is geboren! Hugo Dekker, op 27 oktober 2026 in het ziekenhuis"): the sentence end after "geboren" does not end its
reach when only the name (opening with a listed first name) stands between. Not a label or a word of another sentence
("Factuurdatum 12-03-2024", "Op 12-03-2026 komt de kraamzorg"), nor a future date. Cases written for these tests, all
fictitious."""

from __future__ import annotations

from tests.recognizer_helpers import births


def test_a_birth_announced_with_the_name_then_the_date() -> None:
    text = "Ons zoontje is geboren! Hugo Dekker, op 27 oktober 2026 in het ziekenhuis in Gorinchem."
    assert births(text) == ["27 oktober 2026"]
    assert births("Onze dochter is geboren. Fenna de Vries 3-11-2026 om 04:10") == ["3-11-2026"]


def test_another_sentence_is_left_alone() -> None:
    assert births("Ik ben in Delft geboren. Factuurdatum 12-03-2024") == []
    assert births("Jan is geboren. Op 12-03-2026 komt de kraamzorg") == []
    assert births("Onze dochter is geboren! Fenna de Vries, op 3-11-2099 gedoopt") == []
