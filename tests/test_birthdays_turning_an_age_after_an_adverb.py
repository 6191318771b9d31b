"""A birthday on which someone turns an age, an adverb between the day and the age (issue 12): "die wordt 2 december
ook 60", "ze wordt 3 mei alweer 40". Not a thing's date ("de zaal wordt 3 mei ook 40 euro"). Cases written for these
tests, all fictitious."""

from __future__ import annotations

from tests.recognizer_helpers import births


def test_an_adverb_before_the_age() -> None:
    assert births("En vergeet oom Kees niet, die wordt 2 december ook 60 toevallig") == ["2 december"]
    assert births("mijn zus wordt 3 mei alweer 40, niet te geloven") == ["3 mei"]
    assert births("opa wordt op 9 juli eindelijk honderd!") == ["9 juli"]
    assert births("hij wordt 14 februari dan 18") == ["14 februari"]


def test_a_price_or_a_count_is_left_alone() -> None:
    assert births("de zaalhuur wordt 3 mei ook 40 euro duurder") == []
    assert births("het wordt 3 mei al 40 graden") == []
